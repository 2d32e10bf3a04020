/**
 * The popup's first look at the database, with plain IndexedDB: Dexie is most of the popup's
 * code, so it loads beside the first read (./live.ts, opened by the popup's entrypoints/popup/live.ts) instead of before it, and the saved clip
 * shows as soon as the page's url is known. Everything after this one read — live updates and
 * writes — goes through Dexie and the store's functions.
 */

import type { AnnotationSetRecord, ArticleRecord, Clip } from './schema';
import { normalizeUrl } from './url';

/**
 * A connection to the `newsmark` database for {@link readClip}; undefined when there is no database
 * yet (it is not created here: creating it is Dexie's, with its schema) or it is not Newsmark's.
 * Opened before the page's url is known, so the read waits for no open. Close it after reading.
 */
export function openForFirstRead(idb: IDBFactory = indexedDB, name = 'newsmark'): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    let none = false;
    open.onupgradeneeded = () => {
      none = true;
      open.transaction?.abort();
    };
    open.onerror = (e) => {
      e.preventDefault();
      if (none) resolve(undefined);
      else reject(open.error ?? new Error('newsmark: the database did not open'));
    };
    open.onblocked = () => reject(new Error('newsmark: the database is being upgraded'));
    open.onsuccess = () => {
      const db = open.result;
      // Never hold up an upgrade (a new version of the extension opening its database).
      db.onversionchange = () => db.close();
      // A v1 database (the extension updated, the database not yet upgraded) has no sets: undefined,
      // and Dexie, opening it next, upgrades it and reads the clip.
      if (db.objectStoreNames.contains('articles') && db.objectStoreNames.contains('annotationSets')) return resolve(db);
      db.close();
      resolve(undefined);
    };
  });
}

/**
 * The clip saved for `url`, as `getClipByUrl` (utils/store/clips.ts) reads it — by `url`, then by
 * `canonicalUrl`, annotations in reading order; undefined when none.
 */
export function readClip(db: IDBDatabase, url: string): Promise<Clip | undefined> {
  return new Promise((resolve, reject) => {
    const key = normalizeUrl(url);
    const tx = db.transaction(['articles', 'annotationSets'], 'readonly');
    const articles = tx.objectStore('articles');
    let clip: Clip | undefined;
    const withAnnotations = (article: ArticleRecord | undefined) => {
      if (!article) return;
      const request = tx.objectStore('annotationSets').get(article.id);
      request.onsuccess = () => {
        // A set is stored in reading order.
        clip = { article, annotations: (request.result as AnnotationSetRecord | undefined)?.annotations ?? [] };
      };
    };
    const byUrl = articles.index('url').get(key);
    byUrl.onsuccess = () => {
      if (byUrl.result) return withAnnotations(byUrl.result as ArticleRecord);
      const byCanonical = articles.index('canonicalUrl').get(key);
      byCanonical.onsuccess = () => withAnnotations(byCanonical.result as ArticleRecord | undefined);
    };
    tx.oncomplete = () => resolve(clip);
    tx.onabort = () => reject(tx.error ?? new Error('newsmark: reading the database was aborted'));
  });
}
