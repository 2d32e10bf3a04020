// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFields } from '../../../utils/extract';
import { useLocale } from '../../../utils/__tests__/locale';
import { saveClip } from '../../../utils/store/clips';
import { addTags } from '../../../utils/store/manage';
import type { NewsmarkDb } from '../../../utils/store/schema';
import { AGENCY, DECREE, QUOTE, clip, freshDb } from '../../../utils/store/__tests__/fixtures';
import { storedAnnotations } from '../../../utils/library/__tests__/stored-fixtures';
import { Library } from '../Library';

const VI_TEXT = readFileSync(join(process.cwd(), '..', 'shared', 'samples', 'vi-antq-conference.txt'), 'utf8');
const VI_TITLE = VI_TEXT.split('\n')[0]!;
const VI_URL = 'https://congan.example.vn/tin-tuc/antq.html';
const EN_URL = 'https://news.example.com/clinics';

/** A database with the Vietnamese sample (every field the engine finds) and a small English clip. */
async function seeded(): Promise<NewsmarkDb> {
  const db = freshDb();
  const fields = extractFields(VI_TEXT, { lang: 'vi', published: '2024-08-29' });
  const vi = await saveClip(db, {
    article: { url: VI_URL, title: VI_TITLE, site: 'Công an tỉnh', lang: 'vi', published: '2024-08-29', tags: ['ANTQ'] },
    annotations: fields,
    articleText: VI_TEXT,
  });
  const en = await saveClip(db, clip(EN_URL, [DECREE, AGENCY, QUOTE], { site: 'news.example.com', lang: 'en', tags: ['health'] }));
  if (!vi.ok || !en.ok) throw new Error('fixture: the clips were not saved');
  return db;
}

const articleRows = () => screen.queryAllByRole('link').map((a) => a.textContent);
const search = (text: string) => fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: text } });
/** The header's totals once the library is read. */
const loaded = () => screen.findByText(/^Articles: 2 · annotations: [\d,]+$/);
const resultCount = () => screen.getByText(/^Found — /).textContent;

beforeEach(() => useLocale('en'));
afterEach(cleanup);

describe('Library: the article list', () => {
  it('lists every saved article with its annotations, and counts them', async () => {
    const db = await seeded();
    const total = (await storedAnnotations(db)).length;
    render(<Library db={db} searchDelayMs={0} />);
    await screen.findByText(`Articles: 2 · annotations: ${total}`);
    expect(articleRows().sort()).toEqual(['Clinics and the new decree', VI_TITLE].sort());
    expect(resultCount()).toBe(`Found — articles: 2, annotations: ${total}`);
    // Each article links to its page.
    expect(screen.getByRole('link', { name: 'Clinics and the new decree' }).getAttribute('href')).toBe(EN_URL);
  });

  it('links only to web pages: a javascript: url is shown as text, never as a link', async () => {
    const db = await seeded();
    const en = (await db.articles.where('url').equals(EN_URL).first())!;
    // A record as a crafted backup or an older version could hold it.
    await db.articles.update(en.id, { url: 'javascript:alert(document.domain)', title: 'Crafted' });
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    expect(screen.getByText('Crafted').tagName).toBe('SPAN');
    expect(screen.queryByRole('link', { name: 'Crafted' })).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(articleRows()).toEqual([VI_TITLE]);
  });

  it('draws only the rows in view of a long list, and tells assistive technology the full size', async () => {
    const db = freshDb();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...QUOTE }));
    // 60 identical quotes would collapse into one: give each its own offsets.
    const text = 'x '.repeat(2000);
    const annotations = many.map((q, i) => ({ ...q, text: 'x', start: i * 2, end: i * 2 + 1 }));
    for (let n = 0; n < 50; n++) {
      const saved = await saveClip(db, { article: { url: `https://example.com/${n}`, title: `Article ${n}` }, annotations, articleText: text });
      expect(saved.ok).toBe(true);
    }
    render(<Library db={db} searchDelayMs={0} />);
    await screen.findByText('Articles: 50 · annotations: 3,000');
    const list = screen.getByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(10);
    expect(items.length).toBeLessThan(100);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('3050');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
  });

  it('finds `chi thi 07` in Vietnamese text written with diacritics, and says when nothing matches', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    search('chi thi 07');
    await waitFor(() => expect(articleRows()).toEqual([VI_TITLE]));
    expect(screen.getAllByRole('checkbox', { name: /^Select annotation Chỉ thị số 07/ }).length).toBeGreaterThan(0);
    search('zzzz không có');
    await screen.findByText('Nothing found.');
  });

  it('filters by type and by tag, with a removable chip for the tag', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Directive \(/ }));
    await waitFor(() => expect(screen.getAllByText('Directive', { selector: '.badge' }).length).toBeGreaterThan(1));
    expect(document.querySelectorAll('.annotation-row:not([data-type=directive])')).toHaveLength(0);

    fireEvent.input(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'health' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter by this tag' }));
    await waitFor(() => expect(articleRows()).toEqual(['Clinics and the new decree']));
    expect(resultCount()).toBe('Found — articles: 1, annotations: 1');
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Tag: health' }));
    await waitFor(() => expect(articleRows()).toHaveLength(2));
  });
});

describe('Library: editing', () => {
  it("edits an article's tags and note, and the list shows them", async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and note of Clinics and the new decree' }));
    const dialog = screen.getByRole('dialog', { name: 'Article: Clinics and the new decree' });
    fireEvent.input(within(dialog).getByRole('combobox', { name: 'Tags (comma-separated)' }), { target: { value: 'health, Nghị định , health' } });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'gửi cho biên tập' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = await db.articles.where('url').equals(EN_URL).first();
    expect(stored).toMatchObject({ tags: ['health', 'Nghị định'], note: 'gửi cho biên tập' });
    await screen.findByText('gửi cho biên tập');
  });

  it('completes the tag typed after a comma from the tags in use', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and note of Clinics and the new decree' }));
    const dialog = screen.getByRole('dialog');
    const input = within(dialog).getByRole('combobox', { name: 'Tags (comma-separated)' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'draft, hea' } });
    const options = [...document.querySelectorAll(`#${input.getAttribute('list')} option`)].map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['draft, health']);
  });

  it('saves only the field changed: a tag added elsewhere while the dialog is open stays', async () => {
    const db = await seeded();
    const en = (await db.articles.where('url').equals(EN_URL).first())!;
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and note of Clinics and the new decree' }));
    const dialog = screen.getByRole('dialog', { name: 'Article: Clinics and the new decree' });
    // Meanwhile the popup (or a bulk action) adds a tag.
    const added = await addTags(db, { articleIds: [en.id] }, ['từ popup']);
    expect(added).toEqual({ ok: true, changed: 1 });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'chỉ sửa ghi chú' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.articles.get(en.id)).toMatchObject({ tags: ['health', 'từ popup'], note: 'chỉ sửa ghi chú' });
  });

  it('writes nothing when Save is pressed with nothing changed', async () => {
    const db = await seeded();
    const en = (await db.articles.where('url').equals(EN_URL).first())!;
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and note of Clinics and the new decree' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.input(within(dialog).getByRole('combobox', { name: 'Tags (comma-separated)' }), { target: { value: ' health ,' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.articles.get(en.id)).toEqual(en);
  });

  it("edits an annotation's tags", async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and note of clinics already comply' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.input(within(dialog).getByRole('combobox', { name: 'Tags (comma-separated)' }), { target: { value: 'trích dẫn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedAnnotations(db)).find((a) => a.type === 'quote')?.tags).toEqual(['trích dẫn']));
  });

  it('offers the tags in use to the tag filter and the bulk tag field from one list, kept with the selection', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    const tagsOf = (name: string) => {
      const id = screen.getByRole('combobox', { name }).getAttribute('list')!;
      expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
      return [...document.querySelectorAll(`#${id} option`)].map((o) => (o as HTMLOptionElement).value);
    };
    const inUse = tagsOf('Tag');
    expect(inUse).toContain('health');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select article Clinics and the new decree' }));
    expect(tagsOf('Tag for the selection')).toEqual(inUse);
    // Typing a search leaves the filters as they are.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'decree' } });
    expect(tagsOf('Tag')).toEqual(inUse);
  });

  it('adds a tag to the selection in bulk, then removes it', async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select article Clinics and the new decree' }));
    expect(screen.getByText('Selected — articles: 1, annotations: 3')).toBeTruthy();
    fireEvent.input(screen.getByRole('combobox', { name: 'Tag for the selection' }), { target: { value: 'gửi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await screen.findByText('Tag “gửi” added; records changed: 1.');
    // The ticked article carries the tag; its annotations are covered by it, not tagged one by one.
    expect((await db.articles.where('url').equals(EN_URL).first())?.tags).toEqual(['health', 'gửi']);
    expect(await db.annotationSets.where('tags').equals('gửi').count()).toBe(0);
    expect((await storedAnnotations(db)).filter((a) => a.tags.includes('gửi'))).toEqual([]);
    fireEvent.input(screen.getByRole('combobox', { name: 'Tag for the selection' }), { target: { value: 'gửi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    await screen.findByText('Tag “gửi” removed; records changed: 1.');
    expect((await db.articles.where('url').equals(EN_URL).first())?.tags).toEqual(['health']);
  });
});

describe('Library: delete and undo', () => {
  it('deletes an article with its annotations, and Undo puts them back', async () => {
    const db = await seeded();
    const before = (await storedAnnotations(db)).length;
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Delete article Clinics and the new decree' }));
    await screen.findByText('Deleted — articles: 1, annotations: 3.');
    await waitFor(() => expect(articleRows()).toEqual([VI_TITLE]));
    expect((await storedAnnotations(db)).length).toBe(before - 3);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored — articles: 1, annotations: 3.');
    await waitFor(() => expect(articleRows()).toHaveLength(2));
    expect((await storedAnnotations(db)).length).toBe(before);
  });

  it('moves the focus to Undo when the focused Delete button goes with its row, and keeps it off the body after', async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    const del = screen.getByRole('button', { name: 'Delete article Clinics and the new decree' });
    del.focus();
    fireEvent.click(del);
    await screen.findByText('Deleted — articles: 1, annotations: 3.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await waitFor(() => expect(articleRows()).toEqual([VI_TITLE]));
    expect(del.isConnected).toBe(false);
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    await screen.findByText('Restored — articles: 1, annotations: 3.');
    // Undo is gone with the toast it was on: the focus stays in the new toast.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Articles' }));
  });

  it('says a refused undo in its own words, not as a failed page save', async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Delete article Clinics and the new decree' }));
    await screen.findByText('Deleted — articles: 1, annotations: 3.');
    // The page is saved again meanwhile: the undo would overwrite the newer save, so it is refused.
    const again = await saveClip(db, clip(EN_URL, [QUOTE]));
    expect(again.ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const toast = await screen.findByText(/saved again since it was deleted/);
    expect(toast.textContent).toBe('“Clinics and the new decree” was saved again since it was deleted, so it cannot be restored over the newer save.');
  });

  it('deletes the selection: ticked annotations of an article left standing', async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select annotation clinics already comply' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select annotation Ministry of Health' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected — articles: 0, annotations: 2' }));
    await screen.findByText('Deleted — articles: 0, annotations: 2.');
    expect(await db.articles.count()).toBe(2);
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select annotation clinics already comply' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('checkbox', { name: 'Select annotation clinics already comply' });
  });

  it('says on the button every annotation a delete removes under a filter, not only the ticked ones', async () => {
    const db = await seeded();
    const before = (await storedAnnotations(db)).length;
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    // Only directives shown: the English article shows (and ticks) its decree, not its agency and quote.
    fireEvent.click(screen.getByRole('checkbox', { name: /^Directive \(/ }));
    await waitFor(() => expect(document.querySelectorAll('.annotation-row:not([data-type=directive])')).toHaveLength(0));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select article Clinics and the new decree' }));
    expect(screen.getByText('Selected — articles: 1, annotations: 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected — articles: 1, annotations: 3' }));
    await screen.findByText('Deleted — articles: 1, annotations: 3.');
    expect((await storedAnnotations(db)).length).toBe(before - 3);
  });

  it('deletes the selection all or nothing: a failure part-way deletes nothing', async () => {
    const db = await seeded();
    const vi = (await db.articles.where('url').equals(VI_URL).first())!;
    const before = { articles: await db.articles.count(), annotations: (await storedAnnotations(db)).length };
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select article Clinics and the new decree' }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: /^Select annotation Chỉ thị số 07/ })[0]!);
    // Writing the Vietnamese article's set without its annotation fails, after the English article's records went in the same write.
    const refuse = (articleId: string) => {
      if (articleId === vi.id) throw new Error('disk refused');
    };
    db.annotationSets.hook('updating', (_changes, _key, set) => refuse(set.articleId));
    db.annotationSets.hook('creating', (_key, set) => refuse(set.articleId));
    db.annotationSets.hook('deleting', (_key, set) => refuse(set.articleId));
    fireEvent.click(screen.getByRole('button', { name: /^Delete selected — articles: 1, annotations: 4$/ }));
    expect((await screen.findByText(/disk refused/)).textContent).toMatch(/^Saving failed; nothing was saved\. \(.*disk refused.*\)$/);
    expect({ articles: await db.articles.count(), annotations: (await storedAnnotations(db)).length }).toEqual(before);
    expect(articleRows()).toHaveLength(2);
  });
});

describe('Library: directives, agencies, tags', () => {
  it('opens a directive from the index as a filter of the article list', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('tab', { name: 'Directives' }));
    const open = screen.getByRole('button', { name: 'Chỉ thị 07/CT-BCA-V28: show the articles citing it' });
    expect(open.closest('tr')!.textContent).toContain('Bộ Công an');
    fireEvent.click(open);
    expect(screen.getByRole('tab', { name: 'Articles' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(articleRows()).toEqual([VI_TITLE]));
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Directive: Chỉ thị 07/CT-BCA-V28' }));
    await waitFor(() => expect(articleRows()).toHaveLength(2));
  });

  it('sorts the directive index by a column, and opens an agency from its index', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('tab', { name: 'Directives' }));
    const ids = () => screen.getAllByRole('rowheader').map((th) => th.textContent);
    const header = screen.getByRole('button', { name: 'Directive' });
    fireEvent.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    const ascending = ids();
    expect(ascending).toEqual([...ascending].sort(new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare));
    fireEvent.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual([...ascending].reverse());

    fireEvent.click(screen.getByRole('tab', { name: 'Agencies' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ministry of Health: show the articles naming it' }));
    await waitFor(() => expect(articleRows()).toEqual(['Clinics and the new decree']));
    expect(screen.getByRole('list', { name: 'Active filters' }).textContent).toContain('Agency: Ministry of Health');
  });

  it('moves between tabs with the arrow keys', async () => {
    render(<Library db={await seeded()} searchDelayMs={0} />);
    await loaded();
    const articles = screen.getByRole('tab', { name: 'Articles' });
    fireEvent.keyDown(articles, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Directives' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(articles, { key: 'End' });
    expect(screen.getByRole('tabpanel', { name: 'Export & import' })).toBeTruthy();
  });

  it('renames a tag, and asks before merging it into one in use', async () => {
    const db = await seeded();
    render(<Library db={db} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getByRole('tab', { name: 'Tags' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rename or merge health' }));
    fireEvent.input(screen.getByRole('combobox', { name: 'New name' }), { target: { value: 'ANTQ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    // Not yet: the merge is asked first.
    expect(screen.getByRole('alert').textContent).toContain('“ANTQ” already exists. Merge “health” into it?');
    expect(await db.articles.where('tags').equals('health').count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await screen.findByText('Tag “health” is now “ANTQ”.');
    expect(await db.articles.where('tags').equals('ANTQ').count()).toBe(2);
    expect(await db.articles.where('tags').equals('health').count()).toBe(0);
  });
});
