// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFields } from '../../utils/extract';
import { useLocale } from '../../utils/__tests__/locale';
import type { PageArticle } from '../../utils/messages';
import { quoteSelectors } from '../../utils/store/selectors';
import type { AnnotationRecord, Clip } from '../../utils/store/schema';
import { SaveClip, type ClipChoice } from '../SaveClip';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

const text = 'Chiều 28/8, Bộ Công an tổng kết Chỉ thị số 07/CT-BCA-V28. Bộ Công an khen thưởng 8 tập thể.';
const page: PageArticle = {
  article: { url: 'https://example.vn/a', title: 'Tổng kết', site: 'example.vn', published: '2024-08-29', lang: 'vi' },
  text,
  fields: extractFields(text, { lang: 'vi', published: '2024-08-29' }),
};

describe('SaveClip', () => {
  it('saves every occurrence of the chosen fields, with tags and a note', async () => {
    const onSave = vi.fn(async (_c: ClipChoice) => ({ ok: true as const, saved: 4 }));
    render(<SaveClip page={page} saved={undefined} knownTags={['ANTQ']} onSave={onSave} onReveal={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^28\/8/ }));
    fireEvent.input(screen.getByRole('combobox', { name: 'Tags (comma-separated)' }), { target: { value: ' ANTQ, , Bộ Công an ' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'ghi chú' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save clip' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved: 4 new annotations.'));
    const choice = onSave.mock.calls[0]![0];
    const saved = choice.fields.map((i) => page.fields[i]!.text);
    expect(saved).toEqual(['Bộ Công an', 'Bộ Công an', 'Chỉ thị số 07/CT-BCA-V28', '8 tập thể']);
    expect(choice).toMatchObject({ tags: ['ANTQ', 'Bộ Công an'], note: 'ghi chú' });
  });

  it('says plainly when storage is full', async () => {
    const onSave = vi.fn(async () => ({ ok: false as const, error: 'quota' as const, message: 'QuotaExceededError' }));
    render(<SaveClip page={page} saved={undefined} knownTags={[]} onSave={onSave} onReveal={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save clip' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Storage is full; nothing was saved. (QuotaExceededError)'));
  });
});

/** The clip as stored after saving `fields` of the page. */
function savedWith(fields: PageArticle['fields']): Clip {
  return {
    article: { id: 'a1', url: page.article.url, title: 'Tổng kết', site: 'example.vn', savedAt: 1, updatedAt: 1, tags: ['ANTQ'], note: 'cũ' },
    annotations: fields.map(
      (f, i) =>
        ({ id: `n${i}`, articleId: 'a1', type: f.type, value: f.value, text: f.text, selectors: quoteSelectors(text, f.start, f.end), tags: [], note: '', createdAt: 1 }) as AnnotationRecord,
    ),
  };
}

describe('SaveClip on a page saved before', () => {
  it('adds the fields not saved yet, leaving the clip’s tags and note as they are', async () => {
    const onSave = vi.fn(async (_c: ClipChoice) => ({ ok: true as const, saved: 1 }));
    const saved = savedWith(page.fields.filter((f) => f.type !== 'statistic'));
    render(<SaveClip page={page} saved={saved} knownTags={[]} onSave={onSave} onReveal={vi.fn()} />);
    // Its tags and note are edited with the saved clip; here there is nothing to retype.
    expect(screen.queryByRole('combobox', { name: 'Tags (comma-separated)' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    const agency = screen.getByRole('checkbox', { name: /^Bộ Công an/ }) as HTMLInputElement;
    expect(agency.checked).toBe(false);
    expect(agency.closest('label')!.textContent).toContain('(saved)');
    expect((screen.getByRole('checkbox', { name: /^8 tập thể/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add chosen fields' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved: 1 new annotations.'));
    const choice = onSave.mock.calls[0]![0];
    expect(choice.fields.map((i) => page.fields[i]!.text)).toEqual(['8 tập thể']);
    expect(choice).toEqual({ fields: choice.fields, tags: [] });
  });

  it('keeps the form’s typing when the page gets saved elsewhere meanwhile', () => {
    const props = { page, knownTags: [], onSave: vi.fn(), onReveal: vi.fn() };
    const { rerender } = render(<SaveClip {...props} saved={undefined} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'đang gõ' } });
    rerender(<SaveClip {...props} saved={savedWith(page.fields.slice(0, 1))} />);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLInputElement).value).toBe('đang gõ');
    expect(screen.getByRole('button', { name: 'Add chosen fields' })).toBeTruthy();
    // Emptied, the field stays where the reader is typing.
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: '' } });
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  it('completes the tag typed last from the tags in use', () => {
    render(<SaveClip page={page} saved={undefined} knownTags={['ANTQ', 'Bộ Công an', 'kinh tế']} onSave={vi.fn()} onReveal={vi.fn()} />);
    const tags = screen.getByRole('combobox', { name: 'Tags (comma-separated)' });
    fireEvent.input(tags, { target: { value: 'ANTQ, bộ' } });
    const list = document.getElementById(tags.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['ANTQ, Bộ Công an']);
  });
});

describe('SaveClip stepping through a field on the page', () => {
  it('shows the next and the previous occurrence, wrapping around', () => {
    const onReveal = vi.fn();
    render(<SaveClip page={page} saved={undefined} knownTags={[]} onSave={vi.fn()} onReveal={onReveal} />);
    const next = screen.getByRole('button', { name: 'Show Bộ Công an on the page (next)' });
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(screen.getByRole('button', { name: 'Show the previous Bộ Công an on the page' }));
    const starts = onReveal.mock.calls.map(([f]) => (f as { start: number }).start);
    const occurrences = page.fields.filter((f) => f.text === 'Bộ Công an').map((f) => f.start);
    expect(starts).toEqual([occurrences[0], occurrences[1], occurrences[0], occurrences[1]]);
  });
});
