import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { changesOf, type LibraryChanges } from '../../utils/library/changes';
import { loadLibrary } from '../../utils/library/load';
import { annotationsOf, buildIndex, buildIndexInSteps, INDEX_STEP, updateIndex, type LibraryChangeSet } from '../../utils/library/search';
import { runInSlices } from '../../utils/library/slices';
import type { Progress } from '../../utils/library/types';
import type { AnnotationRecord, ArticleRecord, NewsmarkDb } from '../../utils/store/schema';

export type LibraryIndex = ReturnType<typeof buildIndex>;

/** The whole library in memory, indexed for search. */
export interface LoadedLibrary {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
  index: LibraryIndex;
  /**
   * Every annotation by id. A patch updates this map in place (copying 100,000 entries would take
   * tens of ms) and hands it on: it always describes the latest library, not the one it came with.
   * (An article's annotations, what its set held, come from the index: {@link heldFor}.)
   */
  annotationsById: ReadonlyMap<string, AnnotationRecord>;
  /** ms the last read (or patch) and index build (or update) took. */
  loadMs: number;
}

export type LibraryState =
  | { status: 'loading'; progress: Progress | undefined; library?: undefined; message?: undefined }
  | { status: 'ready'; library: LoadedLibrary; progress?: undefined; message?: undefined; updating: boolean }
  | { status: 'failed'; message: string; library?: LoadedLibrary; progress?: undefined };

/**
 * The index and the by-id map of what was read, built in slices of a few ms (100,000 annotations
 * take 250–300 ms in all): the page stays responsive while a library loads or reloads after an
 * import. Marks (read by `npm run bench`) split a load into reading and indexing.
 */
async function indexed(articles: ArticleRecord[], annotations: AnnotationRecord[], started: number): Promise<LoadedLibrary> {
  performance.mark('newsmark-load-read');
  const index = await runInSlices(buildIndexInSteps(articles, annotations));
  const annotationsById = await runInSlices(mapById(annotations));
  return { articles, annotations, index, annotationsById, loadMs: performance.mark('newsmark-load-indexed').startTime - started };
}

function* mapById(annotations: readonly AnnotationRecord[]): Generator<void, Map<string, AnnotationRecord>, void> {
  const byId = new Map<string, AnnotationRecord>();
  for (let i = 0; i < annotations.length; i++) {
    byId.set(annotations[i]!.id, annotations[i]!);
    if (i % INDEX_STEP === INDEX_STEP - 1) yield;
  }
  return byId;
}

/** Reads every article and annotation (in chunks, reporting progress) and indexes them (in slices). */
export async function readLibrary(db: NewsmarkDb, onProgress?: (p: Progress) => void): Promise<LoadedLibrary> {
  const started = performance.mark('newsmark-load-start').startTime;
  const { articles, annotations } = await loadLibrary(db, { onProgress });
  return indexed(articles, annotations, started);
}

/** `records` with those of `ids` replaced by `fresh` (same order; undefined: deleted), new ones at the end. */
function replaced<T extends { id: string }>(records: readonly T[], ids: readonly string[], fresh: readonly (T | undefined)[]): T[] {
  const byId = new Map(ids.map((id, i) => [id, fresh[i]]));
  const out: T[] = [];
  for (const record of records) {
    if (!byId.has(record.id)) out.push(record);
    else {
      const now = byId.get(record.id);
      if (now) out.push(now);
      byId.delete(record.id);
    }
  }
  for (const record of byId.values()) if (record) out.push(record);
  return out;
}

/**
 * The annotations `index` holds for article `articleId` (its group, or those kept aside while the
 * article itself is missing): what its annotation set held when last read. Sets hold the annotations
 * of their own article (the store makes every set with setOf from records of that article), and the
 * index groups annotations by their `articleId`, so this is that set, without a scan of the library.
 */
export function heldFor(index: LibraryIndex, articleId: string): readonly AnnotationRecord[] {
  return index.articleById.has(articleId) ? annotationsOf(index, articleId) : (index.orphans.get(articleId) ?? []);
}

/**
 * What changed between the annotations an article's set held (`held`) and holds now (`now`;
 * undefined: the set is gone): those added or differing in any field are `put`, those no longer in
 * it `deleted`. Why compare: a write names the whole set even when it changed one annotation of
 * 500, and updateIndex's work is the records it is handed. The same record read twice serializes
 * the same way; a difference in key order alone only re-indexes a record that did not change.
 */
export function setChanges(held: readonly AnnotationRecord[], now: readonly AnnotationRecord[] | undefined): { put: AnnotationRecord[]; deleted: string[] } {
  const before = new Map(held.map((a) => [a.id, a]));
  const put: AnnotationRecord[] = [];
  for (const a of now ?? []) {
    const old = before.get(a.id);
    before.delete(a.id);
    if (old === undefined || JSON.stringify(old) !== JSON.stringify(a)) put.push(a);
  }
  return { put, deleted: [...before.keys()] };
}

/**
 * The library after a write that changed the records `changes` names: the articles and annotation
 * sets named read again (in one transaction), the rest kept, and the index updated with the
 * articles and only those annotations of each set that were added, changed or removed (updateIndex:
 * the work is the changed records', not the library's, nor the whole set's). A set that is gone
 * takes all its annotations with it. Marks for `npm run bench`: newsmark-patch-start / -read / -indexed.
 */
export async function patchLibrary(db: NewsmarkDb, library: LoadedLibrary, changes: Exclude<LibraryChanges, 'all'>): Promise<LoadedLibrary> {
  const started = performance.mark('newsmark-patch-start').startTime;
  const articleIds = [...new Set(changes.articles)];
  const setIds = [...new Set(changes.sets)];
  const [articles, sets] = await db.transaction('r', db.articles, db.annotationSets, () =>
    Promise.all([db.articles.bulkGet(articleIds), db.annotationSets.bulkGet(setIds)]),
  );
  performance.mark('newsmark-patch-read');
  // Annotation id → its record now, or undefined when deleted. Deletions first: an annotation that
  // moved from one named set to another is put, as updateIndex takes an id both deleted and put.
  const annotationNow = new Map<string, AnnotationRecord | undefined>();
  const puts: AnnotationRecord[] = [];
  setIds.forEach((articleId, i) => {
    const { put, deleted } = setChanges(heldFor(library.index, articleId), sets[i]?.annotations);
    for (const id of deleted) annotationNow.set(id, undefined);
    puts.push(...put);
  });
  for (const a of puts) annotationNow.set(a.id, a);
  const annotationIds = [...annotationNow.keys()];
  const fresh = [...annotationNow.values()];
  const change: LibraryChangeSet = {
    articles: { put: articles.filter((a) => a !== undefined), deleted: articleIds.filter((_, i) => articles[i] === undefined) },
    annotations: { put: fresh.filter((a) => a !== undefined), deleted: annotationIds.filter((_, i) => fresh[i] === undefined) },
  };
  const index = updateIndex(library.index, change);
  const byId = library.annotationsById as Map<string, AnnotationRecord>;
  annotationIds.forEach((id, i) => (fresh[i] ? byId.set(id, fresh[i]) : byId.delete(id)));
  return {
    articles: index.articles as ArticleRecord[],
    annotations: annotationIds.length > 0 ? replaced(library.annotations, annotationIds, fresh) : library.annotations,
    index,
    annotationsById: byId,
    loadMs: performance.mark('newsmark-patch-indexed').startTime - started,
  };
}

const merged = (a: LibraryChanges | undefined, b: LibraryChanges): LibraryChanges =>
  a === undefined ? b
  : a === 'all' || b === 'all' ? 'all'
  : { articles: [...a.articles, ...b.articles], sets: [...a.sets, ...b.sets] };

/**
 * The library, loaded once with progress and then kept live. Dexie reports every committed write
 * (`storagemutated`: here, in the popup, in the background or the import worker, which it
 * broadcasts across the extension's pages) with the articles and annotation sets it touched; those
 * are read again and the index updated with what changed in them. A write that names no ids (a bulk
 * write of 50 articles or sets or more, a clear) reads
 * everything again, and so does a patch that fails. Updates never overlap: writes during one are caught up by the next.
 */
export function useLibrary(db: NewsmarkDb): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading', progress: undefined });
  useEffect(() => {
    let stopped = false;
    let running = false;
    let pending: LibraryChanges | undefined = 'all';
    let loaded: LoadedLibrary | undefined;
    const fail = (error: unknown) =>
      !stopped && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error), library: loaded });
    const update = async () => {
      if (running) return;
      running = true;
      while (pending !== undefined && !stopped) {
        const changes = pending;
        pending = undefined;
        try {
          if (!loaded) loaded = await readLibrary(db, (progress) => !stopped && setState({ status: 'loading', progress }));
          else {
            setState({ status: 'ready', library: loaded, updating: true });
            loaded = changes === 'all' ? await readLibrary(db) : await patchLibrary(db, loaded, changes);
          }
          if (!stopped) setState({ status: 'ready', library: loaded, updating: pending !== undefined });
        } catch (error) {
          // A failed patch took its ids out of `pending`: the index may no longer match the database.
          // Read everything again (once: a failed full read is reported) before saying it failed.
          if (changes !== 'all' && loaded && !stopped) pending = 'all';
          else fail(error);
        }
      }
      running = false;
    };
    const onWrite = (parts: ObservabilitySet) => {
      const changes = changesOf(parts, db.name);
      if (changes === undefined) return;
      pending = merged(pending, changes);
      void update();
    };
    Dexie.on('storagemutated', onWrite);
    void update();
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onWrite);
    };
  }, [db]);
  return state;
}
