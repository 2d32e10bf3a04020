/** Libraries written straight into a test database, as the store writes them (schema v2: one set per article). */

import type { AnnotationRecord, ArticleRecord, NewsmarkDb } from '../../store/schema';
import { putAnnotations } from '../../store/sets';

/** The id of the `k`th article {@link storeSets} writes: `a000`, `a001`, … (so primary-key order is `k` order). */
export const articleIdOf = (k: number) => `a${String(k).padStart(3, '0')}`;

/** Article `articleId`'s quote number `j`, at offset `10 j`; every 7th tagged `t`. */
export function quoteOf(articleId: string, j: number, createdAt = 0): AnnotationRecord {
  return {
    id: `${articleId}-q${j}`,
    articleId,
    type: 'quote',
    value: null,
    text: `trích ${j}`,
    selectors: [
      { type: 'TextQuoteSelector', exact: `trích ${j}`, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: j * 10, end: j * 10 + 7 },
    ],
    tags: j % 7 === 0 ? ['t'] : [],
    note: '',
    createdAt,
  };
}

/** An article record with id `id`. */
export function articleOf(id: string, savedAt = 0): ArticleRecord {
  return { id, url: `https://example.com/${id}`, title: `Bài ${id}`, site: 'example.com', savedAt, updatedAt: savedAt, tags: [], note: '' };
}

/** Writes article {@link articleIdOf}(k) with `sizes[k]` quotes for each k, in one transaction; gives the article ids. */
export async function storeSets(db: NewsmarkDb, sizes: readonly number[]): Promise<string[]> {
  const articles = sizes.map((_, k) => articleOf(articleIdOf(k), k));
  const annotations = sizes.flatMap((size, k) => Array.from({ length: size }, (_, j) => quoteOf(articleIdOf(k), j, k)));
  await db.transaction('rw', db.articles, db.annotationSets, async () => {
    await db.articles.bulkPut(articles);
    await putAnnotations(db, annotations);
  });
  return articles.map((a) => a.id);
}

/** Every annotation stored in `db`, flattened from its sets (the store tests' own). */
export { storedAnnotations } from '../../store/__tests__/fixtures';
