// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../utils/__tests__/locale';
import type { PageState } from '../../utils/messages';
import { PagePanel, type PagePanelProps } from '../PagePanel';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

const base = { article: true, site: 'example.vn', disabled: false };
const props = (page: PageState | undefined, over: Partial<PagePanelProps> = {}): PagePanelProps => ({
  page,
  visible: ['date', 'agency', 'directive', 'statistic'],
  hidden: false,
  onRun: vi.fn(),
  onToggleType: vi.fn(),
  onHideAll: vi.fn(),
  onNeverOnSite: vi.fn(),
  ...over,
});

describe('PagePanel', () => {
  it('shows the counts of a processed page and no run button', () => {
    render(<PagePanel {...props({ ...base, state: 'done', capped: false, counts: { date: 3, agency: 12, directive: 4, statistic: 7 } })} />);
    expect(screen.getByText(/Fields highlighted on this page: Dates 3 · Agencies 12 · Directives 4 · Statistics 7/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Find fields on this page' })).toBeNull();
  });

  it('offers to run on a page that is not an article', () => {
    const p = props({ ...base, article: false, state: 'idle' });
    render(<PagePanel {...p} />);
    expect(screen.getByText('This page does not say it is an article.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Find fields on this page' }));
    expect(p.onRun).toHaveBeenCalledOnce();
  });

  it('toggles a type, hides all, and switches a site off, by accessible name', () => {
    const p = props({ ...base, state: 'idle' });
    render(<PagePanel {...p} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Agencies' }));
    expect(p.onToggleType).toHaveBeenCalledWith('agency', false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide all highlights' }));
    expect(p.onHideAll).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Never on this site \(example\.vn\)/ }));
    expect(p.onNeverOnSite).toHaveBeenCalledWith(true);
  });

  it('says so where Newsmark cannot run', () => {
    render(<PagePanel {...props(undefined)} />);
    expect(screen.getByText('Newsmark cannot run on this page.')).toBeTruthy();
  });
});

describe('PagePanel on a page saved before', () => {
  it('says how many saved annotations were found again and lists the ones that were not', () => {
    render(
      <PagePanel
        {...props({
          ...base,
          state: 'done',
          capped: false,
          counts: { date: 1, agency: 1, directive: 1, statistic: 1 },
          saved: { found: 5, missing: [{ id: 'a1', type: 'quote', text: 'Một câu đã bị sửa khỏi bài.' }] },
        })}
      />,
    );
    expect(screen.getByText('Saved annotations found again: 5')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Saved, but not found on this page:' }).textContent).toBe('Một câu đã bị sửa khỏi bài.');
  });
});
