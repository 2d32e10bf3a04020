// @vitest-environment happy-dom
// First: Dexie reads the global indexedDB when it loads, and liveQuery only runs when it found one.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchClip, watchTags, type LiveClip } from '../../utils/store/live';
import { useLocale } from '../../utils/__tests__/locale';
import { getClipByUrl, saveClip, updateArticle } from '../../utils/store/clips';
import { deleteArticles, removeAnnotationWithUndo, updateAnnotation } from '../../utils/store/manage';
import type { Clip, NewsmarkDb } from '../../utils/store/schema';
import { AGENCY, DATE, DECREE, QUOTE, clip, freshDb } from '../../utils/store/__tests__/fixtures';
import type { DraftStorage } from '../NotesEditor';
import { SavedClip, type SavedClipProps } from '../SavedClip';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

const URL = 'https://news.example.com/health/decree-15';

/** A Storage in memory, standing in for the popup's localStorage (it outlives the component, as the real one outlives the popup). */
function memoryDrafts(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

/** The popup's wiring: the clip and tags watched live in `db` (utils/store/live.ts), written with the store's functions. */
function Live({ db, url, drafts, missing }: { db: NewsmarkDb; url: string; drafts: DraftStorage; missing?: Set<string> }) {
  const [live, setLive] = useState<LiveClip>({ state: 'loading' });
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => watchClip(db, url, setLive), [db, url]);
  useEffect(() => watchTags(db, setTags), [db]);
  if (live.state !== 'saved') return <p>{live.state}</p>;
  const c = live.clip;
  return (
    <SavedClip
      clip={c}
      knownTags={tags}
      missing={missing}
      drafts={drafts}
      onUpdateArticle={(changes) => updateArticle(db, c.article.id, changes)}
      onUpdateAnnotation={(id, changes) => updateAnnotation(db, id, changes)}
      onRemoveAnnotation={(a) => removeAnnotationWithUndo(db, a.id)}
    />
  );
}

async function savedDb(): Promise<NewsmarkDb> {
  const db = freshDb();
  const result = await saveClip(db, clip(URL, [DATE, AGENCY, DECREE, QUOTE], { tags: ['health', 'law'], note: 'read later' }), Date.UTC(2024, 2, 13));
  if (!result.ok) throw new Error(result.message);
  return db;
}

const stored = async (db: NewsmarkDb) => (await getClipByUrl(db, URL))!;

describe('SavedClip on a database', () => {
  it('shows when the page was saved, its tags and note, and each annotation with type, text and value', async () => {
    const db = await savedDb();
    const missing = new Set([(await stored(db)).annotations.find((a) => a.type === 'quote')!.id]);
    render(<Live db={db} url={URL} drafts={memoryDrafts()} missing={missing} />);
    await screen.findByText(/^Saved before, on /);
    expect(screen.getByText(/^Saved before, on /).classList.contains('saved-before')).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Tags (comma-separated)' }) as HTMLInputElement).value).toBe('health, law');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('read later');
    const list = screen.getByRole('list', { name: 'Saved annotations (4)' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.annotation-line')!.textContent)).toEqual([
      'Date12 March 2024— 2024-03-12Remove',
      'AgencyMinistry of HealthRemove',
      'DirectiveDecree 15/2024/ND-CP— 15/2024/ND-CPRemove',
      'Quoteclinics already comply(not found on this page)Remove',
    ]);
    // Every Remove button says what it removes.
    expect(within(list).getAllByRole('button', { name: /^Remove / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove Date “12 March 2024”',
      'Remove Agency “Ministry of Health”',
      'Remove Directive “Decree 15/2024/ND-CP”',
      'Remove Quote “clinics already comply”',
    ]);
  });

  it('saves the article’s tags and note with Save changes, and the form then shows what is stored', async () => {
    const db = await savedDb();
    const drafts = memoryDrafts();
    render(<Live db={db} url={URL} drafts={drafts} />);
    const tags = (await screen.findByRole('combobox', { name: 'Tags (comma-separated)' })) as HTMLInputElement;
    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    fireEvent.input(tags, { target: { value: 'law, , health policy , law' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: '' } });
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    expect(save.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(save);
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Changes saved.'));
    expect((await stored(db)).article).toMatchObject({ tags: ['law', 'health policy'], note: '' });
    await waitFor(() => expect(tags.value).toBe('law, health policy'));
    expect(screen.queryByText('Not saved yet')).toBeNull();
    expect(drafts.items.size).toBe(0);
  });

  it('saves when focus leaves the editor, not when it moves from tags to note', async () => {
    const db = await savedDb();
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    const tags = screen.getByRole('combobox', { name: 'Tags (comma-separated)' });
    fireEvent.input(tags, { target: { value: 'health' } });
    fireEvent.focusOut(tags, { relatedTarget: note });
    fireEvent.input(note, { target: { value: 'Đọc lại vào thứ Hai' } });
    expect((await stored(db)).article.tags).toEqual(['health', 'law']);
    fireEvent.focusOut(note, { relatedTarget: null });
    await waitFor(async () => expect((await stored(db)).article).toMatchObject({ tags: ['health'], note: 'Đọc lại vào thứ Hai' }));
  });

  it('keeps typing that was never saved (the popup closed) and shows it again the next time', async () => {
    const db = await savedDb();
    const drafts = memoryDrafts();
    const first = render(<Live db={db} url={URL} drafts={drafts} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Note' }), { target: { value: 'half a sent' } });
    first.unmount(); // closed before any save
    expect((await stored(db)).article.note).toBe('read later');

    render(<Live db={db} url={URL} drafts={drafts} />);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    expect(note.value).toBe('half a sent');
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    fireEvent.input(note, { target: { value: 'half a sentence' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored(db)).article.note).toBe('half a sentence'));
    await waitFor(() => expect(drafts.items.size).toBe(0));
  });

  it('discards unsaved typing on request', async () => {
    const db = await savedDb();
    const drafts = memoryDrafts();
    render(<Live db={db} url={URL} drafts={drafts} />);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'oops' } });
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(note.value).toBe('read later');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Tags (comma-separated)' }));
    expect(drafts.items.size).toBe(0);
  });

  it('removes an annotation by its Remove button, then focuses the next one', async () => {
    const db = await savedDb();
    const drafts = memoryDrafts();
    const agencyId = (await stored(db)).annotations.find((a) => a.type === 'agency')!.id;
    drafts.setItem(`newsmark-draft:annotation-${agencyId}`, JSON.stringify({ note: 'never saved' }));
    render(<Live db={db} url={URL} drafts={drafts} />);
    const remove = await screen.findByRole('button', { name: 'Remove Agency “Ministry of Health”' });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Agency “Ministry of Health”' })).toBeNull());
    expect((await stored(db)).annotations.map((a) => a.text)).toEqual(['12 March 2024', 'Decree 15/2024/ND-CP', 'clinics already comply']);
    expect(screen.getByRole('list', { name: 'Saved annotations (3)' })).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Removed “Ministry of Health”.');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Directive “Decree 15/2024/ND-CP”'));
    // Its unsaved typing goes with it.
    expect(drafts.items.has(`newsmark-draft:annotation-${agencyId}`)).toBe(false);
  });

  it('puts a removed annotation back exactly with Undo', async () => {
    const db = await savedDb();
    const before = (await stored(db)).annotations;
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Directive “Decree 15/2024/ND-CP”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Directive “Decree 15/2024/ND-CP”' })).toBeNull());
    expect((await stored(db)).annotations).toHaveLength(before.length - 1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo removing “Decree 15/2024/ND-CP”' }));
    await screen.findByRole('button', { name: 'Remove Directive “Decree 15/2024/ND-CP”' });
    expect((await stored(db)).annotations).toEqual(before);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Put back “Decree 15/2024/ND-CP”.');
    // One undo per removal: the button is gone.
    expect(screen.queryByRole('button', { name: /^Undo removing/ })).toBeNull();
  });

  it('moves focus to the list’s heading when the last annotation goes', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL, [QUOTE]));
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Quote “clinics already comply”' }));
    await screen.findByText('No annotations are saved for this page.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Saved annotations (0)'));
  });

  it('edits an annotation’s tags and note behind its disclosure', async () => {
    const db = await savedDb();
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    const summary = await screen.findByLabelText('Tags and note of Directive “Decree 15/2024/ND-CP”');
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const tags = await screen.findByRole('combobox', { name: 'Tags of “Decree 15/2024/ND-CP” (comma-separated)' });
    // Suggestions come from the tags in use, completing the tag typed last.
    fireEvent.input(tags, { target: { value: 'decree, he' } });
    await waitFor(() => expect([...details.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['decree, health']));
    fireEvent.input(tags, { target: { value: 'decree, health' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note on “Decree 15/2024/ND-CP”' }), { target: { value: 'in force 1 May' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await stored(db)).annotations.find((a) => a.type === 'directive')).toMatchObject({ tags: ['decree', 'health'], note: 'in force 1 May' }),
    );
    await waitFor(() => expect(screen.getByText('#decree #health')).toBeTruthy());
    expect(screen.getByText('in force 1 May')).toBeTruthy();
  });

  it('shows a save made elsewhere at once, and keeps what is being typed', async () => {
    const db = await savedDb();
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'mine' } });
    // Another tab adds a field and a tag to the same page.
    const other = await saveClip(db, clip(URL, [DATE, QUOTE, { ...AGENCY, text: 'Health', start: AGENCY.start + 12, end: AGENCY.end }], { tags: ['politics'] }));
    expect(other).toMatchObject({ ok: true, saved: 1 });
    await screen.findByRole('list', { name: 'Saved annotations (5)' });
    expect((screen.getByRole('combobox', { name: 'Tags (comma-separated)' }) as HTMLInputElement).value).toBe('health, law, politics');
    expect(note.value).toBe('mine');
  });

  it('goes when the page’s clip is deleted elsewhere (the library)', async () => {
    const db = await savedDb();
    const { article } = await stored(db);
    render(<Live db={db} url={URL} drafts={memoryDrafts()} />);
    await screen.findByText(/^Saved before, on /);
    // As the library deletes it: the article and its annotation set, in one transaction.
    expect(await deleteArticles(db, [article.id])).toMatchObject({ ok: true });
    await screen.findByText('none');
    expect(screen.queryByText(/^Saved before, on /)).toBeNull();
  });
});

describe('SavedClip failures', () => {
  const sample = async (): Promise<Clip> => stored(await savedDb());
  const props = (c: Clip, over: Partial<SavedClipProps> = {}): SavedClipProps => ({
    clip: c,
    knownTags: [],
    drafts: memoryDrafts(),
    onUpdateArticle: vi.fn(async () => ({ ok: true as const, updated: true })),
    onUpdateAnnotation: vi.fn(async () => ({ ok: true as const, updated: true })),
    onRemoveAnnotation: vi.fn(async () => ({ ok: true as const, undo: async () => ({ ok: true as const }) })),
    ...over,
  });

  it('says plainly when storage is full, and keeps the typing to save again', async () => {
    const c = await sample();
    const drafts = memoryDrafts();
    const onUpdateArticle = vi.fn(async () => ({ ok: false as const, error: 'quota' as const, message: 'QuotaExceededError' }));
    render(<SavedClip {...props(c, { onUpdateArticle, drafts })} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'keep me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Storage is full; nothing was saved. (QuotaExceededError)'));
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('keep me');
    expect([...drafts.items.values()]).toEqual([JSON.stringify({ note: 'keep me' })]);
    expect(screen.getByRole('button', { name: 'Save changes' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('says when the change found nothing to change', async () => {
    const c = await sample();
    const onUpdateArticle = vi.fn(async () => ({ ok: true as const, updated: false }));
    render(<SavedClip {...props(c, { onUpdateArticle })} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('It was removed meanwhile; nothing was changed.'));
  });

  it('says when an annotation could not be removed, and keeps it listed', async () => {
    const c = await sample();
    const onRemoveAnnotation = vi.fn(async () => ({ ok: false as const, error: 'closed' as const, message: 'DatabaseClosedError' }));
    render(<SavedClip {...props(c, { onRemoveAnnotation })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Date “12 March 2024”' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Nothing was removed. (DatabaseClosedError)'));
    expect(onRemoveAnnotation).toHaveBeenCalledWith(c.annotations[0]);
    expect(screen.getByRole('button', { name: 'Remove Date “12 March 2024”' })).toBeTruthy();
  });

  it('says what went wrong when a write throws instead of answering, and can save again', async () => {
    const c = await sample();
    const onUpdateArticle = vi.fn().mockRejectedValueOnce(new Error('chunk failed to load')).mockResolvedValueOnce({ ok: true, updated: true });
    const onRemoveAnnotation = vi.fn(async () => {
      throw new Error('gone away');
    });
    render(<SavedClip {...props(c, { onUpdateArticle, onRemoveAnnotation })} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'again' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Saving failed; nothing was saved. (chunk failed to load)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Changes saved.'));
    expect(onUpdateArticle).toHaveBeenLastCalledWith({ note: 'again' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Date “12 March 2024”' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Nothing was removed. (gone away)'));
  });

  it('says storage is full when a write throws the browser’s quota error instead of answering', async () => {
    const c = await sample();
    const onUpdateArticle = vi.fn().mockRejectedValueOnce(Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }));
    render(<SavedClip {...props(c, { onUpdateArticle })} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'full' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent?.startsWith('Storage is full; nothing was saved.'))).toContain(true));
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('full');
  });

  it('opens an annotation’s disclosure by itself when typing for it was left unsaved', async () => {
    const c = await sample();
    const drafts = memoryDrafts();
    const decree = c.annotations.find((a) => a.type === 'directive')!;
    drafts.setItem(`newsmark-draft:annotation-${decree.id}`, JSON.stringify({ tags: 'left, over', note: '' }));
    render(<SavedClip {...props(c, { drafts })} />);
    expect((screen.getByRole('combobox', { name: 'Tags of “Decree 15/2024/ND-CP” (comma-separated)' }) as HTMLInputElement).value).toBe('left, over');
    // A draft that is not one (another program's key) is ignored.
    drafts.setItem(`newsmark-draft:article-${c.article.id}`, '{not json');
    cleanup();
    render(<SavedClip {...props(c, { drafts })} />);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('read later');
  });

  it('is in Vietnamese for a Vietnamese reader', async () => {
    useLocale('vi');
    const c = await sample();
    render(<SavedClip {...props(c)} />);
    expect(screen.getByRole('heading', { name: 'Đã lưu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xóa Ngày tháng “12 March 2024”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeTruthy();
  });
});
