import { describe, expect, it } from 'vitest';
import { saveClip } from '../../store/clips';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, freshDb } from '../../store/__tests__/fixtures';
import type { NewsmarkDb } from '../../store/schema';
import { annotationsOf } from '../../store/sets';
import { loadLibrary, nextSetChunk } from '../load';
import type { Progress } from '../types';
import { articleIdOf, storeSets } from './stored-fixtures';

/** `n` articles of 5 annotations each. */
async function library(n: number): Promise<NewsmarkDb> {
  const db = freshDb();
  for (let k = 0; k < n; k++) {
    const saved = await saveClip(db, clip(`https://example.com/${k}`, [DATE, AGENCY, DECREE, STAT, QUOTE], { title: `Bài ${k}` }), 1000 + k);
    if (!saved.ok) throw new Error(saved.message);
  }
  return db;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('loadLibrary', () => {
  it('reads every article and every annotation of the sets in chunks, reporting progress in records', async () => {
    const db = await library(7);
    const seen: Progress[] = [];
    const loaded = await loadLibrary(db, { chunk: 4, onProgress: (p) => seen.push(p) });
    expect(loaded.articles).toEqual((await db.articles.toArray()).sort(byId));
    expect(loaded.annotations).toEqual(annotationsOf(await db.annotationSets.toArray()));
    expect(loaded.articles).toHaveLength(7);
    expect(loaded.annotations).toHaveLength(35);
    // 7 articles in chunks of 4 (4, 3), then 7 sets of 5 annotations: about 4 annotations a read is one set a read.
    expect(seen.map((p) => p.done)).toEqual([0, 4, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([14]));
  });

  it('reads sets of very different sizes, every annotation once, with progress rising to the total', async () => {
    const db = freshDb();
    const sizes = [1, 120, 3, 1, 1, 1, 1, 60, 2, 500, 1, 1, 7, 1, 250, 1, 1, 1, 1, 1, 40, 1, 1, 1];
    await storeSets(db, sizes);
    const seen: Progress[] = [];
    const loaded = await loadLibrary(db, { chunk: 10, onProgress: (p) => seen.push(p) });
    const total = sizes.reduce((x, y) => x + y, 0);
    expect(loaded.annotations).toHaveLength(total);
    expect(new Set(loaded.annotations.map((a) => a.id)).size).toBe(total);
    expect([...loaded.annotations].sort(byId)).toEqual(annotationsOf(await db.annotationSets.toArray()).sort(byId));
    // Each set's annotations together, in reading order.
    for (let k = 0; k < sizes.length; k++) {
      const id = articleIdOf(k);
      const own = loaded.annotations.filter((a) => a.articleId === id);
      expect(own.map((a) => a.selectors[1].start)).toEqual(Array.from({ length: sizes[k]! }, (_, j) => j * 10));
    }
    expect(seen[0]).toEqual({ done: 0, total: sizes.length * 2 });
    expect(seen[seen.length - 1]).toEqual({ done: sizes.length * 2, total: sizes.length * 2 });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
      expect(seen[i]!.total).toBe(seen[0]!.total);
    }
  });

  it('sizes each read of sets by the sets read before it', async () => {
    const db = freshDb();
    await storeSets(db, [1, 1, 1, 1, 1, 20, 20, 20, 1, 1, 1, 1]);
    const done: number[] = [];
    const loaded = await loadLibrary(db, { chunk: 4, onProgress: (p) => void done.push(p.done) });
    expect(loaded.annotations).toHaveLength(69);
    // 12 articles: 4, 4, 4. Sets: 1 (the first guess, 50 annotations a set), 4 (an average of 1 so
    // far), 4 (three of them of 20); then, at about 7 a set, one set a read.
    expect(done).toEqual([0, 4, 8, 12, 13, 17, 21, 22, 23, 24]);
  });

  it('takes as many sets a read as hold about a chunk of annotations, at least one', () => {
    // Before any set is read: 50 annotations a set assumed.
    expect(nextSetChunk(2000, 0, 0)).toBe(40);
    expect(nextSetChunk(10, 0, 0)).toBe(1);
    expect(nextSetChunk(2000, 100, 500)).toBe(400);
    expect(nextSetChunk(2000, 2, 1000)).toBe(4);
    expect(nextSetChunk(100, 1, 500)).toBe(1);
    expect(nextSetChunk(100, 50, 50)).toBe(100);
  });

  it('ends on an exact multiple of the chunk without losing or repeating a record', async () => {
    const db = await library(4);
    const loaded = await loadLibrary(db, { chunk: 2 });
    expect(loaded.articles.map((a) => a.id)).toEqual((await db.articles.toCollection().primaryKeys()).sort());
    expect(new Set(loaded.annotations.map((a) => a.id)).size).toBe(20);
    expect(loaded.annotations).toHaveLength(20);
  });

  it('reads an empty library with one progress report', async () => {
    const seen: Progress[] = [];
    expect(await loadLibrary(freshDb(), { onProgress: (p) => seen.push(p) })).toEqual({ articles: [], annotations: [] });
    expect(seen).toEqual([{ done: 0, total: 0 }]);
  });

  it('uses the default chunk and ignores a nonsense one', async () => {
    const db = await library(2);
    expect((await loadLibrary(db)).annotations).toHaveLength(10);
    expect((await loadLibrary(db, { chunk: 0 })).articles).toHaveLength(2);
    expect((await loadLibrary(db, { chunk: 0 })).annotations).toHaveLength(10);
  });

  it('rejects when the database is closed', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    await expect(loadLibrary(db)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});
