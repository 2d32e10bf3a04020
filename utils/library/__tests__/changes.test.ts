import 'fake-indexeddb/auto';
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveClip, updateArticle } from '../../store/clips';
import { deleteArticles } from '../../store/manage';
import type { NewsmarkDb } from '../../store/schema';
import { AGENCY, DECREE, QUOTE, TEXT, clip, freshDb } from '../../store/__tests__/fixtures';
import { changesOf } from '../changes';

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

describe('changesOf', () => {
  it('names the article an edit changed', async () => {
    const db = freshDb();
    const saved = await saveClip(db, clip('https://example.com/a', [DECREE]));
    if (!saved.ok) throw new Error(saved.message);
    expect(await changesFor(db, () => updateArticle(db, saved.articleId, { note: 'x' }))).toEqual([{ articles: [saved.articleId], annotations: [] }]);
  });

  it('names an article deleted with its annotations', async () => {
    const db = freshDb();
    const saved = await saveClip(db, clip('https://example.com/a', [DECREE, AGENCY, QUOTE]));
    if (!saved.ok) throw new Error(saved.message);
    const ids = (await db.annotations.toArray()).map((a) => a.id).sort();
    const [changes] = await changesFor(db, () => deleteArticles(db, [saved.articleId]));
    expect(changes).not.toBe('all');
    const { articles, annotations } = changes as { articles: string[]; annotations: string[] };
    expect(articles).toEqual([saved.articleId]);
    expect(annotations.sort()).toEqual(ids);
  });

  it('says any record may have changed after a bulk write of 50 or more', async () => {
    const db = freshDb();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...QUOTE, text: TEXT[i]!, start: i, end: i + 1 }));
    const heard = await changesFor(db, () => saveClip(db, clip('https://example.com/many', many)));
    expect(heard.length).toBeGreaterThan(0);
    expect(new Set(heard)).toEqual(new Set(['all']));
  });

  it('ignores other databases and other tables, and takes anything else as a change to all', () => {
    const keys = new RangeSet().addKeys(['a1']);
    expect(changesOf({ 'idb://other/articles/': keys }, 'newsmark')).toBeUndefined();
    expect(changesOf({ 'idb://newsmark/settings/': keys }, 'newsmark')).toBeUndefined();
    expect(changesOf({ 'idb://newsmark/articles/': keys, 'idb://newsmark/articles/tags': keys }, 'newsmark')).toEqual({ articles: ['a1'], annotations: [] });
    expect(changesOf({ all: new RangeSet(-Infinity, [[]]) }, 'newsmark')).toBe('all');
    expect(changesOf({ 'idb://newsmark/annotations/': new RangeSet('a', 'z') }, 'newsmark')).toBe('all');
  });
});
