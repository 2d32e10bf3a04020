/**
 * An article's annotations as stored: one {@link AnnotationSetRecord} per article (schema v2).
 * Every write of a set goes through {@link setOf}, so the fields the indexes read always match the
 * annotations.
 */

import type { AnnotationRecord, AnnotationSetRecord, AnnotationType, NewsmarkDb } from './schema';

/** Reading order: by start offset, then end. */
export function byPosition(a: AnnotationRecord, b: AnnotationRecord): number {
  return a.selectors[1].start - b.selectors[1].start || a.selectors[1].end - b.selectors[1].end;
}

/**
 * The set of article `articleId` holding `annotations` (sorted into reading order, the array left
 * as it is); one that names another article is stored as this article's (a set holds its own only).
 */
export function setOf(articleId: string, annotations: readonly AnnotationRecord[]): AnnotationSetRecord {
  const sorted = annotations.map((a) => (a.articleId === articleId ? a : { ...a, articleId })).sort(byPosition);
  const types = new Set<AnnotationType>();
  const directiveIds = new Set<string>();
  const tags = new Set<string>();
  for (const a of sorted) {
    types.add(a.type);
    if (a.directiveId !== undefined) directiveIds.add(a.directiveId);
    for (const t of a.tags) tags.add(t);
  }
  return {
    articleId,
    annotations: sorted,
    ids: sorted.map((a) => a.id),
    types: [...types],
    directiveIds: [...directiveIds],
    tags: [...tags],
  };
}

/** `annotations` by article id, each article's in the order given. */
export function groupByArticle(annotations: readonly AnnotationRecord[]): Map<string, AnnotationRecord[]> {
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  return byArticle;
}

/** Every annotation of `sets`, set after set. */
export function annotationsOf(sets: readonly (AnnotationSetRecord | undefined)[]): AnnotationRecord[] {
  const out: AnnotationRecord[] = [];
  for (const set of sets) if (set) for (const a of set.annotations) out.push(a);
  return out;
}

/**
 * Puts `records` into the sets of their articles: one with the id of an annotation already there
 * replaces it, the rest are added. Reads and writes `db.annotationSets` only; call it inside a
 * read-write transaction that includes that table so it is all or nothing with the rest.
 */
export async function putAnnotations(db: NewsmarkDb, records: readonly AnnotationRecord[]): Promise<void> {
  const byArticle = groupByArticle(records);
  const articleIds = [...byArticle.keys()];
  const sets = await db.annotationSets.bulkGet(articleIds);
  await db.annotationSets.bulkPut(
    articleIds.map((articleId, i) => {
      const fresh = byArticle.get(articleId)!;
      const replacing = new Set(fresh.map((a) => a.id));
      const kept = (sets[i]?.annotations ?? []).filter((a) => !replacing.has(a.id));
      return setOf(articleId, [...kept, ...fresh]);
    }),
  );
}

/**
 * Takes the annotations `ids` out of their sets (a set left empty is deleted) and returns them,
 * each once, set by set in reading order; unknown ids are skipped. Call it inside a read-write transaction on `db.annotationSets`.
 */
export async function withoutAnnotations(db: NewsmarkDb, ids: readonly string[]): Promise<AnnotationRecord[]> {
  if (ids.length === 0) return [];
  const removing = new Set(ids);
  const sets = await db.annotationSets.where('ids').anyOf([...removing]).toArray();
  const removed: AnnotationRecord[] = [];
  const emptied: string[] = [];
  const kept: AnnotationSetRecord[] = [];
  for (const set of uniqueSets(sets)) {
    const left = set.annotations.filter((a) => !removing.has(a.id));
    for (const a of set.annotations) if (removing.has(a.id)) removed.push(a);
    if (left.length === 0) emptied.push(set.articleId);
    else kept.push(setOf(set.articleId, left));
  }
  await db.annotationSets.bulkDelete(emptied);
  await db.annotationSets.bulkPut(kept);
  return removed;
}

/**
 * Applies `edit` to the annotations `ids` in their sets, writing only the sets where it changed
 * something (`edit` returns the record unchanged, the same object, to leave it). Returns the
 * annotations changed, as they now are. Call it inside a read-write transaction on `db.annotationSets`.
 */
export async function editAnnotations(
  db: NewsmarkDb,
  ids: readonly string[],
  edit: (annotation: AnnotationRecord) => AnnotationRecord,
): Promise<AnnotationRecord[]> {
  if (ids.length === 0) return [];
  const editing = new Set(ids);
  const sets = await db.annotationSets.where('ids').anyOf([...editing]).toArray();
  return editSets(db, sets, (a) => (editing.has(a.id) ? edit(a) : a));
}

/** Applies `edit` to every annotation of `sets`, writing those sets it changed; returns the changed annotations. */
export async function editSets(
  db: NewsmarkDb,
  sets: readonly AnnotationSetRecord[],
  edit: (annotation: AnnotationRecord) => AnnotationRecord,
): Promise<AnnotationRecord[]> {
  const changed: AnnotationRecord[] = [];
  const writes: AnnotationSetRecord[] = [];
  for (const set of uniqueSets(sets)) {
    let touched = false;
    const annotations = set.annotations.map((a) => {
      const after = edit(a);
      if (after !== a) {
        touched = true;
        changed.push(after);
      }
      return after;
    });
    if (touched) writes.push(setOf(set.articleId, annotations));
  }
  await db.annotationSets.bulkPut(writes);
  return changed;
}

/** Each set once (a multi-entry query returns a set once per matching entry). */
function uniqueSets(sets: readonly AnnotationSetRecord[]): AnnotationSetRecord[] {
  return [...new Map(sets.map((s) => [s.articleId, s])).values()];
}
