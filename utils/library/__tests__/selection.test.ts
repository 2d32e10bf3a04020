import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../../store/schema';
import {
  EMPTY_SELECTION,
  allSelected,
  bulkTargets,
  deleteCount,
  isEmptySelection,
  pruneSelection,
  selectAll,
  selectedResult,
  toggleAnnotation,
  toggleArticle,
} from '../selection';
import type { SearchResult } from '../types';

const article = (id: string) => ({ id, url: `https://e.com/${id}`, title: id, site: 'e.com', savedAt: 0, updatedAt: 0, tags: [], note: '' }) as ArticleRecord;
const note = (id: string, articleId: string) =>
  ({
    id,
    articleId,
    type: 'quote',
    value: null,
    text: id,
    selectors: [
      { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: id.length },
    ],
    tags: [],
    note: '',
    createdAt: 0,
  }) as AnnotationRecord;

const A = article('a');
const B = article('b');
const C = article('c');
const a1 = note('a1', 'a');
const a2 = note('a2', 'a');
const b1 = note('b1', 'b');
const everything: SearchResult = {
  hits: [
    { article: A, annotations: [a1, a2] },
    { article: B, annotations: [b1] },
    { article: C, annotations: [] },
  ],
  annotationCount: 3,
};
/** The results of a search that shows only a2 of article a. */
const narrowed: SearchResult = { hits: [{ article: A, annotations: [a2] }], annotationCount: 1 };
const byId = new Map([a1, a2, b1].map((x) => [x.id, x]));

describe('selection', () => {
  it('ticks an article with the annotations shown under it, and unticks them together', () => {
    const on = toggleArticle(EMPTY_SELECTION, narrowed.hits[0]!, true);
    expect([...on.articles]).toEqual(['a']);
    expect([...on.annotations]).toEqual(['a2']);
    expect(isEmptySelection(toggleArticle(on, narrowed.hits[0]!, false))).toBe(true);
    expect(EMPTY_SELECTION.articles.size).toBe(0); // never mutated
  });

  it('selects all results, and knows when all are selected', () => {
    const all = selectAll(everything);
    expect(allSelected(all, everything)).toBe(true);
    expect(allSelected(toggleAnnotation(all, 'b1', false), everything)).toBe(false);
    expect(allSelected(EMPTY_SELECTION, { hits: [], annotationCount: 0 })).toBe(false);
  });

  it('exports the ticked annotations under their articles, an article ticked alone as itself, in the library order', () => {
    const selection = toggleAnnotation(toggleArticle(EMPTY_SELECTION, { article: C, annotations: [] }, true), 'a2', true);
    expect(selectedResult(selection, everything)).toEqual({
      hits: [
        { article: A, annotations: [a2] },
        { article: C, annotations: [] },
      ],
      annotationCount: 1,
    });
  });

  it('tags and deletes a ticked article as a whole, and an annotation alone only when its article is not ticked', () => {
    const selection = toggleAnnotation(toggleArticle(EMPTY_SELECTION, everything.hits[0]!, true), 'b1', true);
    expect(bulkTargets(selection, byId)).toEqual({ articleIds: ['a'], annotationIds: ['b1'] });
  });

  it('counts every annotation of a ticked article a delete removes, not only those a filter showed and ticked', () => {
    // Under a search showing only a2 of article a, the article is ticked (with a2), and b1 alone.
    const selection = toggleAnnotation(toggleArticle(EMPTY_SELECTION, narrowed.hits[0]!, true), 'b1', true);
    expect(selection.annotations.size).toBe(2);
    const inAll = new Map([['a', 2], ['b', 1]]);
    expect(deleteCount(selection, byId, (id) => inAll.get(id) ?? 0)).toEqual({ articles: 1, annotations: 3 });
    expect(deleteCount(EMPTY_SELECTION, byId, (id) => inAll.get(id) ?? 0)).toEqual({ articles: 0, annotations: 0 });
  });

  it('forgets ids that are gone, and keeps the same object when none are', () => {
    const selection = selectAll(everything);
    expect(pruneSelection(selection, new Set(['a', 'b', 'c']), new Set(['a1', 'a2', 'b1']))).toBe(selection);
    const pruned = pruneSelection(selection, new Set(['a', 'c']), new Set(['a1', 'a2']));
    expect([...pruned.articles]).toEqual(['a', 'c']);
    expect([...pruned.annotations]).toEqual(['a1', 'a2']);
  });
});
