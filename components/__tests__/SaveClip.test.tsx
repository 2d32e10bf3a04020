// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFields } from '../../utils/extract';
import { useLocale } from '../../utils/__tests__/locale';
import type { PageArticle } from '../../utils/messages';
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
