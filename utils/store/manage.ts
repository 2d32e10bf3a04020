/**
 * Library management: editing tags and notes, renaming tags, deleting with undo. Each function is
 * one transaction and returns a {@link StoreResult} value (see clips.ts for saving and reading).
 */

import { cleanTags, sameTags } from '../tags';
import { storeFailure } from './clips';
import type { AnnotationRecord, ArticleRecord, NewsmarkDb, StoreFailure, StoreResult } from './schema';
import { editAnnotations, editSets, putAnnotations, withoutAnnotations } from './sets';

/** Replaces an annotation's tags and/or note; `updated` is false when there is no annotation `id`. */
export async function updateAnnotation(
  db: NewsmarkDb,
  id: string,
  changes: { tags?: string[]; note?: string },
): Promise<StoreResult<{ updated: boolean }>> {
  const patch: Partial<AnnotationRecord> = {};
  if (changes.tags) patch.tags = cleanTags(changes.tags);
  if (changes.note !== undefined) patch.note = changes.note;
  try {
    return await db.transaction('rw', db.annotationSets, async () => {
      const set = await db.annotationSets.where('ids').equals(id).first();
      if (set && Object.keys(patch).length > 0) await editSets(db, [set], (a) => (a.id === id ? ({ ...a, ...patch } as AnnotationRecord) : a));
      return { ok: true as const, updated: set !== undefined };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** The records a delete removed, as {@link restoreDeleted} takes them back. */
export interface DeletedRecords {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}

/** What {@link addTags} and {@link removeTags} act on. */
export interface TagTarget {
  articleIds?: string[];
  annotationIds?: string[];
}

/**
 * Adds `tags` (cleaned) to the target articles and annotations; `changed` counts the records that
 * gained one. Unknown ids are skipped; no tag at all is 'invalid'.
 */
export function addTags(db: NewsmarkDb, target: TagTarget, tags: string[], now = Date.now()): Promise<StoreResult<{ changed: number }>> {
  const adding = cleanTags(tags);
  if (adding.length === 0) return Promise.resolve(invalid('Type a tag to add.', 'storeRefused_noTagToAdd'));
  return editTags(db, target, (old) => cleanTags([...old, ...adding]), now);
}

/**
 * Removes `tags` from the target articles and annotations; `changed` counts the records that lost
 * one. Unknown ids are skipped; no tag at all is 'invalid'.
 */
export function removeTags(db: NewsmarkDb, target: TagTarget, tags: string[], now = Date.now()): Promise<StoreResult<{ changed: number }>> {
  const removing = new Set(cleanTags(tags));
  if (removing.size === 0) return Promise.resolve(invalid('Choose a tag to remove.', 'storeRefused_noTagToRemove'));
  return editTags(db, target, (old) => old.filter((t) => !removing.has(t)), now);
}

/**
 * Renames tag `from` to `to` on every article and annotation carrying it, merging where `to` is
 * already there (each tag stays once, at the first place either stood). Counts the records changed;
 * an empty `to`, or one equal to `from`, is 'invalid'. Case counts: `Health` → `health` is a rename.
 */
export async function renameTag(
  db: NewsmarkDb,
  from: string,
  to: string,
  now = Date.now(),
): Promise<StoreResult<{ articles: number; annotations: number }>> {
  const oldName = from.trim();
  const newName = to.trim();
  if (oldName === '') return invalid('Choose the tag to rename.', 'storeRefused_noTagToRename');
  if (newName === '') return invalid('A tag cannot be renamed to nothing. To remove it, use Remove tag.', 'storeRefused_emptyTagName');
  if (newName === oldName) return invalid(`The tag is already called "${oldName}".`, 'storeRefused_sameTagName', [oldName]);
  const rename = (tags: string[]) => cleanTags(tags.map((t) => (t === oldName ? newName : t)));
  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      const articles = await db.articles.where('tags').equals(oldName).toArray();
      const sets = await db.annotationSets.where('tags').equals(oldName).toArray();
      await db.articles.bulkPut(articles.map((a) => ({ ...a, tags: rename(a.tags), updatedAt: now })));
      const annotations = await editSets(db, sets, (a) => (a.tags.includes(oldName) ? { ...a, tags: rename(a.tags) } : a));
      return { ok: true as const, articles: articles.length, annotations: annotations.length };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** Deletes articles and all their annotations ({@link deleteRecords} of articles only). */
export function deleteArticles(db: NewsmarkDb, ids: string[]): Promise<StoreResult<{ deleted: DeletedRecords }>> {
  return deleteRecords(db, { articleIds: ids });
}

/** Deletes annotations, their articles staying ({@link deleteRecords} of annotations only). */
export function deleteAnnotations(db: NewsmarkDb, ids: string[]): Promise<StoreResult<{ deleted: DeletedRecords }>> {
  return deleteRecords(db, { annotationIds: ids });
}

/**
 * Deletes articles (with all their annotations) and annotations in ONE transaction: all of them go,
 * or, on a failure, none. `deleted` holds what went, each record once, for {@link restoreDeleted}.
 * Unknown ids are skipped.
 */
export async function deleteRecords(
  db: NewsmarkDb,
  target: { articleIds?: string[]; annotationIds?: string[] },
): Promise<StoreResult<{ deleted: DeletedRecords }>> {
  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      const articles = uniqueById(await db.articles.bulkGet(target.articleIds ?? []));
      const ofArticles = await withoutArticles(db, articles.map((a) => a.id));
      const annotations = [...ofArticles, ...(await withoutAnnotations(db, target.annotationIds ?? []))];
      return { ok: true as const, deleted: { articles, annotations } };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/**
 * Deletes one annotation and hands back its undo (restoring it exactly); fails as 'invalid' when
 * there is no annotation `id` (removed meanwhile elsewhere).
 */
export async function removeAnnotationWithUndo(
  db: NewsmarkDb,
  id: string,
): Promise<StoreResult<{ undo: () => Promise<StoreResult<{ articles: number; annotations: number }>> }>> {
  const result = await deleteAnnotations(db, [id]);
  if (!result.ok) return result;
  if (result.deleted.annotations.length === 0) return invalid('This annotation was removed already.', 'storeRefused_alreadyRemoved');
  return { ok: true, undo: () => restoreDeleted(db, result.deleted) };
}

/**
 * Undoes a delete: puts the records back exactly as they were, all or nothing. Refuses as 'invalid',
 * writing nothing, when the page was saved again since (another article now holds its url: restoring
 * would lose that newer save; the reader can delete it and undo again) or when an annotation's article
 * is neither restored nor still there.
 */
export async function restoreDeleted(
  db: NewsmarkDb,
  deleted: DeletedRecords,
): Promise<StoreResult<{ articles: number; annotations: number }>> {
  if (!Array.isArray(deleted?.articles) || !Array.isArray(deleted.annotations)) return invalid('There is nothing to undo.', 'storeRefused_nothingToUndo');
  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      for (const article of deleted.articles) {
        const holder = await db.articles.where('url').equals(article.url).first();
        if (holder && holder.id !== article.id) {
          return invalid(
            `"${article.title || article.url}" was saved again since it was deleted, so it cannot be restored over the newer save.`,
            'storeRefused_savedAgain',
            [article.title || article.url],
          );
        }
      }
      const restoring = new Set(deleted.articles.map((a) => a.id));
      const others = [...new Set(deleted.annotations.map((a) => a.articleId))].filter((id) => !restoring.has(id));
      const present = await db.articles.bulkGet(others);
      if (present.some((a) => a === undefined)) {
        return invalid('The article of these annotations has been deleted, so they cannot be restored.', 'storeRefused_articleGone');
      }
      await db.articles.bulkPut(deleted.articles);
      await putAnnotations(db, deleted.annotations);
      return { ok: true as const, articles: deleted.articles.length, annotations: deleted.annotations.length };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** Applies `edit` to the tags of the target records in one transaction, writing only those it changes. */
async function editTags(
  db: NewsmarkDb,
  target: TagTarget,
  edit: (tags: string[]) => string[],
  now: number,
): Promise<StoreResult<{ changed: number }>> {
  try {
    return await db.transaction('rw', db.articles, db.annotationSets, async () => {
      const articles = changedTags(await db.articles.bulkGet(target.articleIds ?? []), edit);
      await db.articles.bulkPut(articles.map((a) => ({ ...a, updatedAt: now })));
      const annotations = await editAnnotations(db, target.annotationIds ?? [], (a) => {
        const tags = edit(a.tags);
        return sameTags(tags, a.tags) ? a : { ...a, tags };
      });
      return { ok: true as const, changed: articles.length + annotations.length };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** The records (each once) whose tags `edit` changes, with the new tags. */
function changedTags<T extends { id: string; tags: string[] }>(records: (T | undefined)[], edit: (tags: string[]) => string[]): T[] {
  const seen = new Set<string>();
  const changed: T[] = [];
  for (const record of records) {
    if (!record || seen.has(record.id)) continue;
    seen.add(record.id);
    const tags = edit(record.tags);
    if (!sameTags(tags, record.tags)) changed.push({ ...record, tags });
  }
  return changed;
}

/** Deletes the articles `articleIds` (known to exist) and their sets; returns their annotations. */
async function withoutArticles(db: NewsmarkDb, articleIds: string[]): Promise<AnnotationRecord[]> {
  const sets = await db.annotationSets.bulkGet(articleIds);
  await db.annotationSets.bulkDelete(articleIds);
  await db.articles.bulkDelete(articleIds);
  return sets.flatMap((s) => s?.annotations ?? []);
}

/** The records found, each once, in order. */
function uniqueById<T extends { id: string }>(records: readonly (T | undefined)[]): T[] {
  return [...new Map(records.filter((r) => r !== undefined).map((r) => [r.id, r])).values()];
}

/** A refusal, in English and (by `key` of public/_locales, with `args`) in the reader's language. */
function invalid(message: string, key: string, args?: string[]): StoreFailure {
  return { ok: false, error: 'invalid', message, say: args ? { key, args } : { key } };
}
