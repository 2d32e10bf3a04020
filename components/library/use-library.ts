import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { loadLibrary } from '../../utils/library/load';
import { buildIndex } from '../../utils/library/search';
import type { Progress } from '../../utils/library/types';
import type { AnnotationRecord, ArticleRecord, NewsmarkDb } from '../../utils/store/schema';

export type LibraryIndex = ReturnType<typeof buildIndex>;

/** The whole library in memory, indexed for search. */
export interface LoadedLibrary {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
  index: LibraryIndex;
  annotationsById: ReadonlyMap<string, AnnotationRecord>;
  /** ms the last read and index build took. */
  loadMs: number;
}

export type LibraryState =
  | { status: 'loading'; progress: Progress | undefined; library?: undefined; message?: undefined }
  | { status: 'ready'; library: LoadedLibrary; progress?: undefined; message?: undefined; updating: boolean }
  | { status: 'failed'; message: string; library?: LoadedLibrary; progress?: undefined };

/** Reads every article and annotation (in chunks, reporting progress) and indexes them. */
export async function readLibrary(db: NewsmarkDb, onProgress?: (p: Progress) => void): Promise<LoadedLibrary> {
  // Marks (read by `npm run bench`) split a load into reading and indexing.
  const started = performance.mark('newsmark-load-start').startTime;
  const { articles, annotations } = await loadLibrary(db, { onProgress });
  performance.mark('newsmark-load-read');
  const index = buildIndex(articles, annotations);
  const annotationsById = new Map(annotations.map((a) => [a.id, a]));
  return { articles, annotations, index, annotationsById, loadMs: performance.mark('newsmark-load-indexed').startTime - started };
}

/**
 * The library, loaded once with progress and then kept live: a `liveQuery` over both tables'
 * counts re-runs on any write to them (here, in the popup, or in the background, which Dexie
 * broadcasts across the extension's pages), and each run reads and indexes the library again.
 * Reloads never overlap: changes during one are caught up by one more.
 */
export function useLibrary(db: NewsmarkDb): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading', progress: undefined });
  useEffect(() => {
    let stopped = false;
    let running = false;
    let again = false;
    let loaded: LoadedLibrary | undefined;
    const reload = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        if (loaded) setState({ status: 'ready', library: loaded, updating: true });
        try {
          const first = loaded === undefined;
          loaded = await readLibrary(db, first ? (progress) => !stopped && setState({ status: 'loading', progress }) : undefined);
          if (!stopped) setState({ status: 'ready', library: loaded, updating: again });
        } catch (error) {
          if (!stopped) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error), library: loaded });
        }
      } while (again && !stopped);
      running = false;
    };
    const subscription = liveQuery(() => Promise.all([db.articles.count(), db.annotations.count()])).subscribe({
      next: () => void reload(),
      error: (error: unknown) => !stopped && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error), library: loaded }),
    });
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
  }, [db]);
  return state;
}
