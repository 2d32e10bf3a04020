/**
 * The whole library out to a {@link Backup} and a backup back in: one transaction each, the import
 * all or nothing. Check a file with `parseBackup` (utils/library/backup.ts) before importing it.
 */

import { BACKUP_FORMAT, BACKUP_VERSION, backupOf, type Backup } from '../library/backup';
import type { Progress } from '../library/types';
import { cleanTags } from '../tags';
import { sameAnnotationKey, storeFailure } from './clips';
import type { AnnotationRecord, AnnotationSetRecord, ArticleRecord, NewsmarkDb, StoreResult } from './schema';
import { annotationsOf, groupByArticle, setOf } from './sets';

/** What an import changed: articles new or merged into one already saved; annotations new or already there. */
export interface ImportCounts {
  articles: { added: number; merged: number };
  annotations: { added: number; skipped: number };
}

/** Records per write request of {@link importBackup}. */
const CHUNK = 2000;

/** Every article and annotation, read in one transaction so they agree. */
export function exportBackup(db: NewsmarkDb, now = Date.now()): Promise<Backup> {
  return db.transaction('r', db.articles, db.annotationSets, async () => {
    const [articles, sets] = await Promise.all([db.articles.toArray(), db.annotationSets.toArray()]);
    return backupOf(articles, annotationsOf(sets), now);
  });
}

/**
 * Writes a checked backup in one read-write transaction: all of it, or on any failure nothing.
 * Ids are kept, so importing the same backup twice adds nothing. An article whose url is already
 * saved (under any id) is merged into the saved one: its annotations move there, tags are merged
 * and the saved note is kept unless empty; an article whose id is taken by another url gets a new
 * id. An annotation is skipped when its id exists, or when its article already has one of the same
 * type, offsets and text (under any id). Articles are written `chunk` at a time (default 2,000), and
 * annotations in their articles' sets, a group of sets holding about `chunk` of them at a time;
 * `onProgress` follows each write over all records of the backup, ending at `{ done: total, total }`.
 */
export async function importBackup(
  db: NewsmarkDb,
  backup: Backup,
  options: { chunk?: number; onProgress?: (p: Progress) => void; now?: number } = {},
): Promise<StoreResult<ImportCounts>> {
  const { chunk = CHUNK, onProgress, now = Date.now() } = options;
  if (backup?.format !== BACKUP_FORMAT || backup.version !== BACKUP_VERSION) {
    return { ok: false, error: 'invalid', message: 'This is not a Newsmark backup of a version this Newsmark reads.' };
  }
  if (!(chunk >= 1)) throw new RangeError(`importBackup: chunk must be at least 1, got ${chunk}`);
  const total = backup.articles.length + backup.annotations.length;
  let done = 0;
  const progress = (n: number) => {
    if (n === 0) return;
    done += n;
    onProgress?.({ done, total });
  };

  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      const plan = await planArticles(db, backup.articles, now);
      await writeInChunks(plan.added, chunk, (part) => db.articles.bulkAdd(part), progress);
      await writeInChunks(plan.changed, chunk, (part) => db.articles.bulkPut(part), progress);
      progress(backup.articles.length - plan.added.length - plan.changed.length);

      // Every saved annotation id at once, from the index: one key read is linear where 100,000
      // lookups or an anyOf are not (in fake-indexeddb quadratic).
      const existing = new Set(await db.annotationSets.orderBy('ids').keys());
      const fresh = backup.annotations
        .filter((a) => !existing.has(a.id))
        .map((a) => ({ ...a, articleId: plan.idOf.get(a.articleId) ?? a.articleId }));
      // Annotations go into their article's set: the saved one where the article was saved before.
      const byArticle = groupByArticle(fresh);
      const into = [...byArticle.keys()];
      const savedSets = new Map(
        (await db.annotationSets.bulkGet(into.filter((id) => plan.matched.has(id)))).flatMap((s) => (s ? [[s.articleId, s] as const] : [])),
      );
      // A saved article may already mark the same passage under another id (the field was removed
      // and saved again since the backup): such an annotation is skipped too.
      const sets: { set: AnnotationSetRecord; added: number }[] = [];
      let added = 0;
      for (const articleId of into) {
        const saved = savedSets.get(articleId)?.annotations ?? [];
        const passages = new Set(saved.map(samePassage));
        const adding: AnnotationRecord[] = [];
        for (const record of byArticle.get(articleId)!) {
          const key = samePassage(record);
          if (passages.has(key)) continue;
          passages.add(key);
          adding.push(record);
        }
        if (adding.length === 0) continue;
        added += adding.length;
        sets.push({ set: setOf(articleId, [...saved, ...adding]), added: adding.length });
      }
      // Chunks of about `chunk` annotations, so the progress bar moves as the sets are written.
      await writeSetsInChunks(db, sets, chunk, progress);
      progress(backup.annotations.length - added);
      if (total === 0) onProgress?.({ done: 0, total: 0 });
      return {
        ok: true as const,
        articles: { added: plan.added.length, merged: backup.articles.length - plan.added.length },
        annotations: { added, skipped: backup.annotations.length - added },
      };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

interface ArticlePlan {
  /** New articles, with their ids (a fresh one when theirs was taken). */
  added: ArticleRecord[];
  /** Saved articles whose tags or note the backup changes. */
  changed: ArticleRecord[];
  /** Ids of the saved articles that backup articles match by url (under their id or another). */
  matched: Set<string>;
  /** Backup article id → id it is saved under, where they differ. */
  idOf: Map<string, string>;
}

/** Matches each backup article to a saved one by url, and says what to write. */
async function planArticles(db: NewsmarkDb, articles: ArticleRecord[], now: number): Promise<ArticlePlan> {
  // The url index's keys and primary keys, read in one order: every saved url with its id.
  const [urls, ids] = await Promise.all([db.articles.orderBy('url').keys(), db.articles.orderBy('url').primaryKeys()]);
  const idByUrl = new Map(urls.map((url, i) => [String(url), ids[i]!]));
  const matches = articles.flatMap((a) => {
    const id = idByUrl.get(a.url);
    return id === undefined ? [] : [id];
  });
  const saved = new Map((await db.articles.bulkGet(matches)).flatMap((a) => (a ? [[a.url, a] as const] : [])));
  const takenIds = new Set(ids);
  const plan: ArticlePlan = { added: [], changed: [], matched: new Set(), idOf: new Map() };
  for (const article of articles) {
    const match = saved.get(article.url);
    if (!match) {
      // Same id, other url: a different page, so it needs an id of its own.
      const id = takenIds.has(article.id) ? crypto.randomUUID() : article.id;
      if (id !== article.id) plan.idOf.set(article.id, id);
      plan.added.push({ ...article, id });
      continue;
    }
    plan.matched.add(match.id);
    if (match.id !== article.id) plan.idOf.set(article.id, match.id);
    const tags = cleanTags([...match.tags, ...article.tags]);
    const note = match.note.trim() === '' ? article.note : match.note;
    if (note !== match.note || tags.length !== match.tags.length) {
      const merged = { ...match, tags, note, updatedAt: now };
      plan.changed.push(merged);
      saved.set(match.url, merged);
    }
  }
  return plan;
}

async function writeInChunks<T>(
  records: T[],
  chunk: number,
  write: (part: T[]) => Promise<unknown>,
  progress: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < records.length; i += chunk) {
    const part = records.slice(i, i + chunk);
    await write(part);
    progress(part.length);
  }
}

/**
 * Sets per write at least, where there are that many: Dexie notes every key a write of fewer than
 * 50 records touches, index keys included, for liveQuery, and broadcasts them to every page of the
 * extension. Groups of 40 sets (2,000 annotations) named 100,000 annotation ids that way, and the
 * library page spent one 300 ms task taking them in; a write of 50 or more is reported as "anything
 * may have changed", which the library answers by reading everything again, in slices.
 */
const MIN_GROUP = 50;

/** Writes `sets` a group at a time, each group holding about `chunk` new annotations (and at least {@link MIN_GROUP} sets), reporting those. */
async function writeSetsInChunks(
  db: NewsmarkDb,
  sets: { set: AnnotationSetRecord; added: number }[],
  chunk: number,
  progress: (n: number) => void,
): Promise<void> {
  let group: AnnotationSetRecord[] = [];
  let count = 0;
  const flush = async () => {
    if (group.length === 0) return;
    await db.annotationSets.bulkPut(group);
    progress(count);
    group = [];
    count = 0;
  };
  for (const { set, added } of sets) {
    group.push(set);
    count += added;
    if (count >= chunk && group.length >= MIN_GROUP) await flush();
  }
  await flush();
}

/** The key two annotations of an article share when they mark the same passage (as saveClip compares them). */
function samePassage(a: AnnotationRecord): string {
  return `${a.articleId}\u0000${sameAnnotationKey(a)}`;
}
