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
import { annotationsOf } from '../store/sets';
import type { AnnotationRecord, ArticleRecord, NewsmarkDb } from '../store/schema';
import type { Progress } from './types';

/** Articles (or annotations, in sets) per read; enough that the round trips are cheap, few enough that each read is a short task. */
const LOAD_CHUNK = 2000;

/**
 * Annotations per set assumed for the first read of sets (what the bench's library holds: 100,000
 * over 2,000 articles). Later reads use the average of the sets read so far.
 */
const FIRST_GUESS_PER_SET = 50;

/**
 * Every article, and every annotation flattened from the annotation sets (set after set, by article
 * id, each set in reading order), inside one read-only transaction (so the two tables agree with
 * each other even while saves go on). Articles are read `chunk` at a time; sets so that a read
 * holds about `chunk` annotations (see {@link nextSetChunk}).
 * `onProgress` hears `{ done, total }` in records read — articles plus sets — first with `done: 0`,
 * last with `done === total`. Rejects when the database cannot be read.
 */
export async function loadLibrary(
  db: NewsmarkDb,
  options: { chunk?: number; onProgress?: (p: Progress) => void } = {},
): Promise<{ articles: ArticleRecord[]; annotations: AnnotationRecord[] }> {
  const chunk = Math.max(1, Math.floor(options.chunk ?? LOAD_CHUNK));
  const onProgress = options.onProgress;
  return db.transaction('r', db.articles, db.annotationSets, async () => {
    // Records, not annotations: the number of annotations is only known once every set is read
    // (counting the multi-entry `ids` index would walk 100,000 index entries to say it).
    const total = (await db.articles.count()) + (await db.annotationSets.count());
    const progress = { done: 0, total };
    onProgress?.({ ...progress });
    const report = (read: number) => {
      progress.done += read;
      onProgress?.({ ...progress });
    };
    const articles = await readInChunks(db.articles, (a) => a.id, () => chunk, report);
    let setsRead = 0;
    let annotationsRead = 0;
    const sets = await readInChunks(
      db.annotationSets,
      (s) => s.articleId,
      () => nextSetChunk(chunk, setsRead, annotationsRead),
      (read, part) => {
        setsRead += read;
        for (const set of part) annotationsRead += set.annotations.length;
        report(read);
      },
    );
    return { articles, annotations: annotationsOf(sets) };
  });
}

/**
 * How many sets the next read takes so that it holds about `chunk` annotations. Sets vary in size
 * (a quote saved alone, a clip of 500 fields), so a fixed number of sets would make reads of wildly
 * different cost: the size is the average of the sets read so far (a guess of
 * {@link FIRST_GUESS_PER_SET} before any), so a library of small sets is not read in hundreds of
 * tiny requests nor one of big sets in long tasks. One set larger than `chunk` is still read
 * whole: a set is one record.
 */
export function nextSetChunk(chunk: number, setsRead: number, annotationsRead: number): number {
  const perSet = annotationsRead > 0 ? annotationsRead / setsRead : FIRST_GUESS_PER_SET;
  return Math.max(1, Math.round(chunk / perSet));
}

/** Every record of `table` by primary key, `size()` records per read (asked before each read). */
async function readInChunks<T>(
  table: Table<T, string>,
  keyOf: (record: T) => string,
  size: () => number,
  report: (read: number, part: T[]) => void,
): Promise<T[]> {
  const all: T[] = [];
  let last: string | undefined;
  for (;;) {
    const limit = size();
    const part = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(limit).toArray();
    for (const record of part) all.push(record);
    if (part.length > 0) report(part.length, part);
    if (part.length < limit) return all;
    last = keyOf(part[part.length - 1]!);
  }
}
