import 'fake-indexeddb/auto';
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveClip, updateArticle } from '../../store/clips';
import { deleteArticles, updateAnnotation } from '../../store/manage';
import type { NewsmarkDb } from '../../store/schema';
import { setOf } from '../../store/sets';
import { AGENCY, DECREE, QUOTE, TEXT, clip, freshDb } from '../../store/__tests__/fixtures';
import { changesOf, type LibraryChanges } from '../changes';

let heard: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet) => void heard.push(parts);
afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listen);
  heard = [];
});

/** What Dexie reports for the writes `write` makes, merged into one list per table. */
async function changesFor(db: NewsmarkDb, write: () => Promise<unknown>) {
  heard = [];
  Dexie.on('storagemutated', listen);
  await write();
  await new Promise((r) => setTimeout(r, 0));
  Dexie.on('storagemutated').unsubscribe(listen);
  return heard.map((parts) => changesOf(parts, db.name));
}

/** `changes` with its lists sorted, so the order Dexie reports keys in does not matter. */
const sorted = (changes: LibraryChanges | undefined) =>
  changes === undefined || changes === 'all' ? changes : { articles: [...changes.articles].sort(), sets: [...changes.sets].sort() };

async function saved(db: NewsmarkDb, url: string, annotations: Parameters<typeof clip>[1]): Promise<string> {
  const result = await saveClip(db, clip(url, annotations));
  if (!result.ok) throw new Error(result.message);
  return result.articleId;
}

describe('changesOf', () => {
  it('names the article an edit changed', async () => {
    const db = freshDb();
    const id = await saved(db, 'https://example.com/a', [DECREE]);
    expect(await changesFor(db, () => updateArticle(db, id, { note: 'x' }))).toEqual([{ articles: [id], sets: [] }]);
  });

  it('names the set (by its article id) of an annotation edited', async () => {
    const db = freshDb();
    const id = await saved(db, 'https://example.com/a', [DECREE, AGENCY, QUOTE]);
    await saved(db, 'https://example.com/b', [QUOTE]);
    const annotation = (await db.annotationSets.get(id))!.annotations[1]!;
    expect(await changesFor(db, () => updateAnnotation(db, annotation.id, { note: 'sửa' }))).toEqual([{ articles: [], sets: [id] }]);
  });

  it('names an article deleted and its set', async () => {
    const db = freshDb();
    const id = await saved(db, 'https://example.com/a', [DECREE, AGENCY, QUOTE]);
    const [changes] = await changesFor(db, () => deleteArticles(db, [id]));
    expect(sorted(changes)).toEqual({ articles: [id], sets: [id] });
  });

  it('names the one set of a clip of 60 annotations (a set is one record, whatever it holds)', async () => {
    const db = freshDb();
    await db.open(); // opening a new database is reported as a change to all
    const many = Array.from({ length: 60 }, (_, i) => ({ ...QUOTE, text: TEXT[i]!, start: i, end: i + 1 }));
    const heard = await changesFor(db, () => saveClip(db, clip('https://example.com/many', many)));
    const id = (await db.articles.toCollection().primaryKeys())[0]!;
    expect((await db.annotationSets.get(id))!.annotations).toHaveLength(60);
    expect(heard.map(sorted)).toEqual([{ articles: [id], sets: [id] }]);
  });

  it('says any record may have changed after a bulk write of 50 sets or more', async () => {
    const db = freshDb();
    const id = await saved(db, 'https://example.com/a', [QUOTE]);
    const quote = (await db.annotationSets.get(id))!.annotations[0]!;
    const sets = Array.from({ length: 60 }, (_, k) => setOf(`a${k}`, [{ ...quote, id: `q${k}`, articleId: `a${k}` }]));
    const heard = await changesFor(db, () => db.transaction('rw', db.annotationSets, () => db.annotationSets.bulkPut(sets)));
    expect(heard).toEqual(['all']);
  });

  it('ignores other databases and other tables, and takes anything else as a change to all', () => {
    const keys = new RangeSet().addKeys(['a1']);
    expect(changesOf({ 'idb://other/articles/': keys }, 'newsmark')).toBeUndefined();
    expect(changesOf({ 'idb://newsmark/settings/': keys }, 'newsmark')).toBeUndefined();
    // The v1 table, gone in v2, is not the library's.
    expect(changesOf({ 'idb://newsmark/annotations/': keys }, 'newsmark')).toBeUndefined();
    expect(changesOf({ 'idb://newsmark/articles/': keys, 'idb://newsmark/articles/tags': keys }, 'newsmark')).toEqual({ articles: ['a1'], sets: [] });
    expect(
      changesOf({ 'idb://newsmark/annotationSets/': keys, 'idb://newsmark/annotationSets/ids': new RangeSet().addKeys(['n1', 'n2']) }, 'newsmark'),
    ).toEqual({ articles: [], sets: ['a1'] });
    expect(changesOf({ all: new RangeSet(-Infinity, [[]]) }, 'newsmark')).toBe('all');
    expect(changesOf({ 'idb://newsmark/annotationSets/': new RangeSet('a', 'z') }, 'newsmark')).toBe('all');
    // Index parts alone: something changed that no key names.
    expect(changesOf({ 'idb://newsmark/annotationSets/tags': keys }, 'newsmark')).toBe('all');
  });
});
