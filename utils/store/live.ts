/**
 * Saved data kept live with Dexie's `liveQuery`: a save made anywhere in the extension — the
 * background, another tab, the library — reaches every extension page that watches it.
 */

import { liveQuery } from 'dexie';
import { allTags, getClipByUrl } from './clips';
import type { Clip, NewsmarkDb } from './schema';

/** What is known of the clip saved for a page. */
export type LiveClip =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'saved'; clip: Clip }
  | { state: 'failed'; message: string };

/**
 * Calls `next` with the clip saved for `url`, read by index, and again whenever a write anywhere
 * touches what was read; returns the unsubscribe.
 */
export function watchClip(db: NewsmarkDb, url: string, next: (clip: LiveClip) => void): () => void {
  const subscription = liveQuery(() => getClipByUrl(db, url)).subscribe({
    next: (found) => next(found ? { state: 'saved', clip: found } : { state: 'none' }),
    error: (error: unknown) => next({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
  });
  return () => subscription.unsubscribe();
}

/** Calls `next` with every tag in use, and again when they change; returns the unsubscribe. */
export function watchTags(db: NewsmarkDb, next: (tags: string[]) => void): () => void {
  const subscription = liveQuery(() => allTags(db)).subscribe({
    next,
    // Without suggestions the fields still work; the clip's own watcher says when the database fails.
    error: () => next([]),
  });
  return () => subscription.unsubscribe();
}
