import { describe, expect, it } from 'vitest';
import { saveClip } from '../../store/clips';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, freshDb } from '../../store/__tests__/fixtures';
import type { NewsmarkDb } from '../../store/schema';
import { loadLibrary } from '../load';
import type { Progress } from '../types';

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
  it('reads every record of both tables in chunks, reporting progress', async () => {
    const db = await library(7);
    const seen: Progress[] = [];
    const loaded = await loadLibrary(db, { chunk: 4, onProgress: (p) => seen.push(p) });
    expect(loaded.articles).toEqual((await db.articles.toArray()).sort(byId));
    expect(loaded.annotations).toEqual((await db.annotations.toArray()).sort(byId));
    expect(loaded.articles).toHaveLength(7);
    expect(loaded.annotations).toHaveLength(35);
    // 7 articles in chunks of 4 (4, 3), then 35 annotations (8 × 4, 3).
    expect(seen.map((p) => p.done)).toEqual([0, 4, 7, 11, 15, 19, 23, 27, 31, 35, 39, 42]);
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([42]));
  });

  it('ends on an exact multiple of the chunk without losing or repeating a record', async () => {
    const db = await library(4);
    const loaded = await loadLibrary(db, { chunk: 2 });
    expect(loaded.articles.map((a) => a.id)).toEqual((await db.articles.toCollection().primaryKeys()).sort());
    expect(new Set(loaded.annotations.map((a) => a.id)).size).toBe(20);
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
  });

  it('rejects when the database is closed', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    await expect(loadLibrary(db)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});
