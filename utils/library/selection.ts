/**
 * The library's selection: which articles and annotations the reader ticked, and what a bulk
 * action or an export does with them. Pure: ids in, ids and rows out.
 *
 * Ticking an article ticks it and the annotations shown under it. An article's tag covers its
 * annotations (the tag filter matches either), and deleting an article deletes its annotations,
 * so bulk tagging and deleting act on the article alone when it is ticked, and on an annotation
 * only when its article is not.
 */

import type { AnnotationRecord } from '../store/schema';
import type { ArticleHit, SearchResult } from './types';

export interface Selection {
  articles: ReadonlySet<string>;
  annotations: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = Object.freeze({ articles: new Set<string>(), annotations: new Set<string>() });

export function isEmptySelection(selection: Selection): boolean {
  return selection.articles.size === 0 && selection.annotations.size === 0;
}

/** Ticks (or unticks) an article with the annotations shown under it. */
export function toggleArticle(selection: Selection, hit: ArticleHit, on: boolean): Selection {
  const articles = new Set(selection.articles);
  const annotations = new Set(selection.annotations);
  if (on) articles.add(hit.article.id);
  else articles.delete(hit.article.id);
  for (const a of hit.annotations) {
    if (on) annotations.add(a.id);
    else annotations.delete(a.id);
  }
  return { articles, annotations };
}

/** Ticks (or unticks) one annotation. */
export function toggleAnnotation(selection: Selection, id: string, on: boolean): Selection {
  const annotations = new Set(selection.annotations);
  if (on) annotations.add(id);
  else annotations.delete(id);
  return { articles: selection.articles, annotations };
}

/** Every article of the results and every annotation shown. */
export function selectAll(result: SearchResult): Selection {
  const articles = new Set<string>();
  const annotations = new Set<string>();
  for (const hit of result.hits) {
    articles.add(hit.article.id);
    for (const a of hit.annotations) annotations.add(a.id);
  }
  return { articles, annotations };
}

/** Whether every article and annotation of the results is ticked (false when there are none). */
export function allSelected(selection: Selection, result: SearchResult): boolean {
  if (result.hits.length === 0) return false;
  if (selection.articles.size < result.hits.length || selection.annotations.size < result.annotationCount) return false;
  return result.hits.every((h) => selection.articles.has(h.article.id) && h.annotations.every((a) => selection.annotations.has(a.id)));
}

/**
 * The selection as a search result, in the order of `everything` (the unfiltered results): an
 * article with its ticked annotations, or alone when only the article is ticked.
 */
export function selectedResult(selection: Selection, everything: SearchResult): SearchResult {
  const hits: ArticleHit[] = [];
  let annotationCount = 0;
  for (const hit of everything.hits) {
    const annotations = hit.annotations.filter((a) => selection.annotations.has(a.id));
    if (annotations.length === 0 && !selection.articles.has(hit.article.id)) continue;
    hits.push({ article: hit.article, annotations });
    annotationCount += annotations.length;
  }
  return { hits, annotationCount };
}

/** What a bulk action touches: ticked articles, and ticked annotations of articles not ticked. */
export function bulkTargets(
  selection: Selection,
  annotationsById: ReadonlyMap<string, Pick<AnnotationRecord, 'articleId'>>,
): { articleIds: string[]; annotationIds: string[] } {
  const articleIds = [...selection.articles];
  const annotationIds = [...selection.annotations].filter((id) => {
    const a = annotationsById.get(id);
    return a !== undefined && !selection.articles.has(a.articleId);
  });
  return { articleIds, annotationIds };
}

/**
 * How many records deleting the selection removes: the ticked articles with EVERY annotation of
 * theirs (a filter may show, and so tick, only some of them), and the ticked annotations of articles
 * not ticked. `annotationCountOf` says how many annotations an article has in all.
 */
export function deleteCount(
  selection: Selection,
  annotationsById: ReadonlyMap<string, Pick<AnnotationRecord, 'articleId'>>,
  annotationCountOf: (articleId: string) => number,
): { articles: number; annotations: number } {
  const { articleIds, annotationIds } = bulkTargets(selection, annotationsById);
  let annotations = annotationIds.length;
  for (const id of articleIds) annotations += annotationCountOf(id);
  return { articles: articleIds.length, annotations };
}

/** Anything that says whether it holds an id: a Set, or a Map keyed by id (no copy needed). */
export interface IdSet {
  has(id: string): boolean;
}

/** The selection without ids that no longer exist (after a delete, or a change elsewhere). */
export function pruneSelection(selection: Selection, articleIds: IdSet, annotationIds: IdSet): Selection {
  if (isEmptySelection(selection)) return selection;
  const articles = new Set([...selection.articles].filter((id) => articleIds.has(id)));
  const annotations = new Set([...selection.annotations].filter((id) => annotationIds.has(id)));
  if (articles.size === selection.articles.size && annotations.size === selection.annotations.size) return selection;
  return { articles, annotations };
}
