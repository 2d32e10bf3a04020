/**
 * Library management: editing tags and notes, renaming tags, deleting with undo. Each function is
 * one transaction and returns a {@link StoreResult} value (see clips.ts for saving and reading).
 */

import { cleanTags, storeFailure } from './clips';
import type { AnnotationRecord, NewsmarkDb, StoreResult } from './schema';

/** Replaces an annotation's tags and/or note; `updated` is false when there is no annotation `id`. */
export async function updateAnnotation(
  db: NewsmarkDb,
  id: string,
  changes: { tags?: string[]; note?: string },
  // Annotations keep no change time; the parameter keeps the signature of updateArticle.
  _now = Date.now(),
): Promise<StoreResult<{ updated: boolean }>> {
  const patch: Partial<AnnotationRecord> = {};
  if (changes.tags) patch.tags = cleanTags(changes.tags);
  if (changes.note !== undefined) patch.note = changes.note;
  try {
    return await db.transaction('rw', db.annotations, async () => {
      const exists = (await db.annotations.get(id)) !== undefined;
      if (exists && Object.keys(patch).length > 0) await db.annotations.update(id, patch);
      return { ok: true as const, updated: exists };
    });
  } catch (error) {
    return storeFailure(error);
  }
}
