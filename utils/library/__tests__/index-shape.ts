/** Comparing two library indexes in tests. */

import type { LibraryIndex } from '../search';

const sortedEntries = (map: ReadonlyMap<string, readonly number[]>) => [...map].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));

/** Everything the index holds, comparable with toEqual (maps as sorted entries, records by id). */
export function shape(index: LibraryIndex) {
  return {
    articles: index.articles.map((a) => a.id),
    articleById: [...index.articleById].sort(([x], [y]) => (x < y ? -1 : 1)),
    annotations: index.annotations.map((a) => a.id),
    annotationStart: [...index.annotationStart],
    annotationArticle: [...index.annotationArticle],
    annotationType: [...index.annotationType],
    articleText: index.articleText,
    annotationTextAll: index.annotationTextAll,
    annotationTextStart: [...index.annotationTextStart],
    annotationText: index.annotationText,
    publishedDay: index.publishedDay,
    articlesByTag: sortedEntries(index.articlesByTag),
    annotationsByTag: sortedEntries(index.annotationsByTag),
    byDirective: sortedEntries(index.byDirective),
    byAgency: sortedEntries(index.byAgency),
    orphans: [...index.orphans].map(([id, list]) => [id, list.map((a) => a.id).sort()]).sort(([x], [y]) => (x! < y! ? -1 : 1)),
  };
}
