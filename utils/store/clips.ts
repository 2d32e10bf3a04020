/**
 * Saved pages and their annotations: writes return {@link StoreResult} values, reads return data
 * (and reject only when the database itself fails, which `liveQuery` reports as an error).
 */

import type {
  AnnotationInput,
  AnnotationRecord,
  ArticleInput,
  ArticleRecord,
  Clip,
  ClipInput,
  NewsmarkDb,
  StoreFailure,
  StoreResult,
} from './schema';
import type { Table } from 'dexie';
import { quoteSelectors } from './selectors';
import { setOf } from './sets';
import { cleanTags } from '../tags';
import { normalizeUrl } from './url';

const ANNOTATION_TYPES = new Set<string>(['date', 'agency', 'directive', 'statistic', 'quote']);

/**
 * Saves a page and its annotations in one transaction, all or nothing: the article is upserted
 * by normalized url (id and `savedAt` kept, tags merged, note replaced when given), annotations
 * already saved for it (same type, offsets and text) are skipped. `saved` counts the new ones.
 */
export async function saveClip(
  db: NewsmarkDb,
  clip: ClipInput,
  now = Date.now(),
): Promise<StoreResult<{ articleId: string; saved: number }>> {
  const problem = checkClip(clip);
  if (problem) return { ok: false, error: 'invalid', message: problem };
  const url = normalizeUrl(clip.article.url);
  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      const existing = await db.articles.where('url').equals(url).first();
      const article = mergeArticle(existing, clip.article, url, now);
      await db.articles.put(article);
      // A new article has nothing saved to skip: no read.
      const saved = existing ? ((await db.annotationSets.get(article.id))?.annotations ?? []) : [];
      const seen = new Set(saved.map(sameAnnotationKey));
      const records: AnnotationRecord[] = [];
      for (const input of clip.annotations) {
        const record = toAnnotationRecord(input, article.id, clip.articleText, now);
        const key = sameAnnotationKey(record);
        if (seen.has(key)) continue;
        seen.add(key);
        records.push(record);
      }
      // The article's annotations are one record (see AnnotationSetRecord): one write, however many.
      if (records.length > 0) await db.annotationSets.put(setOf(article.id, [...saved, ...records]));
      return { ok: true as const, articleId: article.id, saved: records.length };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** The article saved under `url` (or with it as canonical url) and its annotations by position; undefined when none. */
export function getClipByUrl(db: NewsmarkDb, url: string): Promise<Clip | undefined> {
  const key = normalizeUrl(url);
  return db.transaction('r', db.articles, db.annotationSets, async () => {
    const article =
      (await db.articles.where('url').equals(key).first()) ??
      (await db.articles.where('canonicalUrl').equals(key).first());
    if (!article) return undefined;
    // A set is stored in reading order.
    const annotations = (await db.annotationSets.get(article.id))?.annotations ?? [];
    return { article, annotations };
  });
}

/** Replaces an article's tags and/or note; `updated` is false when there is no article `id`. */
export async function updateArticle(
  db: NewsmarkDb,
  id: string,
  changes: { tags?: string[]; note?: string },
  now = Date.now(),
): Promise<StoreResult<{ updated: boolean }>> {
  const patch: Partial<ArticleRecord> = { updatedAt: now };
  if (changes.tags) patch.tags = cleanTags(changes.tags);
  if (changes.note !== undefined) patch.note = changes.note;
  try {
    return { ok: true, updated: (await db.articles.update(id, patch)) > 0 };
  } catch (error) {
    return storeFailure(error);
  }
}

/** Every tag on articles and annotations, distinct and sorted, for autocomplete. */
export function allTags(db: NewsmarkDb): Promise<string[]> {
  return db.transaction('r', db.articles, db.annotationSets, async () => {
    const [onArticles, onAnnotations] = await Promise.all([distinctKeys(db.articles, 'tags'), distinctKeys(db.annotationSets, 'tags')]);
    return [...new Set([...onArticles, ...onAnnotations])].sort();
  });
}

/**
 * The distinct keys of `index`, in order, each read by one request for the first key above the
 * last. Why not `uniqueKeys()`: Chromium walks a 'nextunique' cursor through every entry of the
 * index (about 10 µs each), 100–200 ms for the tags of 100,000 annotations, holding up every
 * other read of the database meanwhile; a request per distinct tag is a few ms for tens of tags.
 * Inside liveQuery the requests together cover the whole index, so any new tag wakes it.
 */
async function distinctKeys(table: Table<any, string>, index: string): Promise<string[]> {
  const keys: string[] = [];
  for (let last: string | undefined; ; ) {
    const [next] = await (last === undefined ? table.orderBy(index) : table.where(index).above(last)).limit(1).keys();
    if (next === undefined) return keys;
    last = String(next);
    keys.push(last);
  }
}

/** The articles with an annotation of directive `directiveId`, each once, most recently saved first. */
export function articlesCiting(db: NewsmarkDb, directiveId: string): Promise<ArticleRecord[]> {
  return db.transaction('r', db.articles, db.annotationSets, async () => {
    const citing = await db.annotationSets.where('directiveIds').equals(directiveId).primaryKeys();
    const articles = await db.articles.bulkGet(citing);
    return articles.filter((a) => a !== undefined).sort((a, b) => b.savedAt - a.savedAt);
  });
}

/** What is wrong with `clip`, or undefined when it can be saved. */
function checkClip({ article, annotations, articleText }: ClipInput): string | undefined {
  if (typeof article?.url !== 'string' || article.url.trim() === '') return 'The page has no url.';
  if (typeof article.title !== 'string') return 'The page has no title.';
  if (typeof articleText !== 'string' || !Array.isArray(annotations)) return 'The clip has no text or annotations.';
  for (const [i, a] of annotations.entries()) {
    const where = `Annotation ${i + 1}`;
    if (!ANNOTATION_TYPES.has(a.type)) return `${where} has an unknown type "${String(a.type)}".`;
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end <= a.start || a.end > articleText.length) {
      return `${where} points outside the article's text.`;
    }
    if (articleText.slice(a.start, a.end) !== a.text) return `${where} does not match the article's text at its offsets.`;
    if (a.type === 'directive' && (typeof a.value?.id !== 'string' || a.value.id === '')) return `${where} is a directive without an id.`;
  }
  return undefined;
}

function mergeArticle(existing: ArticleRecord | undefined, input: ArticleInput, url: string, now: number): ArticleRecord {
  const canonicalUrl = input.canonicalUrl?.trim() ? normalizeUrl(input.canonicalUrl) : existing?.canonicalUrl;
  const record: ArticleRecord = {
    id: existing?.id ?? crypto.randomUUID(),
    url,
    title: input.title.trim() || existing?.title || '',
    site: input.site?.trim() || existing?.site || hostOf(url),
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    tags: cleanTags([...(existing?.tags ?? []), ...(input.tags ?? [])]),
    note: input.note ?? existing?.note ?? '',
  };
  // Optional fields are left out rather than stored as undefined; a later save without them keeps the old ones.
  const optional = {
    canonicalUrl,
    author: input.author ?? existing?.author,
    published: input.published ?? existing?.published,
    lang: input.lang ?? existing?.lang,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) record[key as keyof typeof optional] = value;
  }
  return record;
}

/** The record the store keeps for `input` (offsets into `articleText`) of article `articleId`, with a new id. */
export function toAnnotationRecord(input: AnnotationInput, articleId: string, articleText: string, now: number): AnnotationRecord {
  // TypeScript cannot tie `type` to `value` across the spread; checkClip has tied them at runtime.
  const record = {
    id: crypto.randomUUID(),
    articleId,
    type: input.type,
    value: input.value,
    text: input.text,
    selectors: quoteSelectors(articleText, input.start, input.end),
    tags: cleanTags(input.tags ?? []),
    note: input.note ?? '',
    createdAt: now,
  } as AnnotationRecord;
  if (input.type === 'directive') record.directiveId = input.value.id;
  return record;
}

/**
 * What makes two annotations of an article the same passage, so a save skips it: type, offsets and
 * text. The popup marks a field "(saved)" by the same key.
 */
export function passageKey(type: string, start: number, end: number, text: string): string {
  return [type, start, end, text].join('\u0000');
}

/** {@link passageKey} of a stored annotation. */
export function sameAnnotationKey(a: AnnotationRecord): string {
  return passageKey(a.type, a.selectors[1].start, a.selectors[1].end, a.text);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Maps a thrown database error to the failure the UI shows. */
export function storeFailure(error: unknown): StoreFailure {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return {
      ok: false,
      error: 'quota',
      message: 'The browser has no room left for Newsmark. Remove some saved articles or free disk space, then save again.',
    };
  }
  if (names.includes('DatabaseClosedError')) {
    return { ok: false, error: 'closed', message: 'The Newsmark library is closed. Reload this page and try again.' };
  }
  return { ok: false, error: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

/** The names of `error` and of the errors Dexie wrapped in it. */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const nested = [inner, ...(Array.isArray(failures) ? failures : [])];
  return [...(typeof name === 'string' ? [name] : []), ...nested.flatMap((e) => errorNames(e, depth + 1))];
}
