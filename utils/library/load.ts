/**
 * Reads the whole library into memory for the library page, in chunks so a progress bar moves.
 *
 * Why not one `toArray()` per table: IndexedDB hands back a `getAll` result in one piece, so
 * 100,000 annotations are deserialized in one long task on the page's main thread with nothing
 * to show meanwhile. Chunks of a few thousand records by primary key (a key range from the last
 * key read, so no chunk re-reads the ones before it) keep each task short and report progress
 * between them; the extra requests cost about a millisecond each.
 */

import type { Table } from 'dexie';
import type { AnnotationRecord, ArticleRecord, NewsmarkDb } from '../store/schema';
import type { Progress } from './types';

/** Records per read; enough that the round trips are cheap, few enough that each read is a short task. */
export const LOAD_CHUNK = 2000;

/**
 * Every article and annotation, read in chunks of `chunk` records by primary key inside one
 * read-only transaction (so the two tables agree with each other even while saves go on).
 * `onProgress` hears `{ done, total }` in records of both tables, first with `done: 0`.
 * Rejects when the database cannot be read.
 */
export async function loadLibrary(
  db: NewsmarkDb,
  options: { chunk?: number; onProgress?: (p: Progress) => void } = {},
): Promise<{ articles: ArticleRecord[]; annotations: AnnotationRecord[] }> {
  const chunk = Math.max(1, Math.floor(options.chunk ?? LOAD_CHUNK));
  const onProgress = options.onProgress;
  return db.transaction('r', db.articles, db.annotations, async () => {
    const total = (await db.articles.count()) + (await db.annotations.count());
    const progress = { done: 0, total };
    onProgress?.({ ...progress });
    const report = (read: number) => {
      progress.done += read;
      onProgress?.({ ...progress });
    };
    const articles = await readInChunks(db.articles, chunk, report);
    const annotations = await readInChunks(db.annotations, chunk, report);
    return { articles, annotations };
  });
}

async function readInChunks<T extends { id: string }>(
  table: Table<T, string>,
  chunk: number,
  report: (read: number) => void,
): Promise<T[]> {
  const all: T[] = [];
  let last: string | undefined;
  for (;;) {
    const part = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(chunk).toArray();
    for (const record of part) all.push(record);
    if (part.length > 0) report(part.length);
    if (part.length < chunk) return all;
    last = part[part.length - 1]!.id;
  }
}
