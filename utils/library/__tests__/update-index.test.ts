import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../../store/schema';
import { agencyIndex, directiveIndex } from '../indexes';
import { buildIndex, facets, search, updateIndex, type LibraryChangeSet, type LibraryIndex } from '../search';
import type { LibraryQuery, LibrarySort } from '../types';
import { shape } from './index-shape';
import { ANNOTATIONS, ARTICLES, EN2, ORPHAN, VI1, VI1_QUOTE } from './library-fixtures';

/** A small deterministic generator (Park–Miller), so a failing sequence can be run again. */
function generator(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 48_271) % 2_147_483_647;
    return state % n;
  };
  return { next, pick: <T>(list: readonly T[]) => list[next(list.length)]! };
}

const TAGS = ['an ninh', 'An ninh', 'y tế', 'law', 'chỉ thị', 'mới'];
const NOTES = ['', 'Đọc lại sau', 'chi thi 07 quan trong', 'note'];
const TITLES = ['Chỉ thị 07/CT-BCA-V28 về an ninh', 'Bộ Y tế hướng dẫn', 'Decree and clinics', 'Điều 9'];
const ARTICLE_IDS = ['vi1', 'vi2', 'en1', 'en2', 'gone', 'x1', 'x2'];

/** A version of an article: one of the fixtures' fields changed, or a new one. */
function articleVersion(g: ReturnType<typeof generator>, id: string, now: ArticleRecord | undefined): ArticleRecord {
  const base = now ?? ARTICLES.find((a) => a.id === id) ?? { ...EN2, id, url: `https://example.com/${id}`, title: g.pick(TITLES), savedAt: EN2.savedAt + g.next(5) * 1000 };
  switch (g.next(5)) {
    case 0:
      return { ...base, tags: [g.pick(TAGS), g.pick(TAGS)] };
    case 1:
      return { ...base, note: g.pick(NOTES) };
    case 2:
      return { ...base, title: g.pick(TITLES), site: g.pick(['VnExpress', 'Blog', 'news.example.com']) };
    case 3:
      return { ...base, savedAt: VI1.savedAt + g.next(4) * 86_400_000, published: g.pick([undefined, '2024-03-12', '2025-01-01T08:00:00+07:00']) };
    default:
      return { ...base };
  }
}

/** A version of an annotation: tags, note, place, article or text changed, or a copy of a fixture under a new id. */
function annotationVersion(g: ReturnType<typeof generator>, id: string, now: AnnotationRecord | undefined): AnnotationRecord {
  const base = now ?? { ...g.pick([...ANNOTATIONS, VI1_QUOTE]), id };
  const start = g.next(6) * 10;
  switch (g.next(6)) {
    case 0:
      return { ...base, tags: g.next(2) ? [g.pick(TAGS)] : [g.pick(TAGS), g.pick(TAGS), g.pick(TAGS)] };
    case 1:
      return { ...base, note: g.pick(NOTES) };
    case 2:
      // Another place, sometimes the same as another annotation's (ties are ordered by id).
      return { ...base, selectors: [base.selectors[0], { type: 'TextPositionSelector', start, end: start + g.next(3) * 5 }] };
    case 3:
      return { ...base, articleId: g.pick(ARTICLE_IDS) };
    case 4:
      return { ...base, text: `${base.text} ${g.pick(NOTES)}`, createdAt: base.createdAt + g.next(3) };
    default:
      return { ...base };
  }
}

/** The records as the page keeps them: articles in their order with new ones last, annotations by id. */
class Model {
  articles: ArticleRecord[] = [...ARTICLES];
  annotations = new Map(ANNOTATIONS.map((a) => [a.id, a]));

  apply(change: LibraryChangeSet): void {
    const put = new Map(change.articles.put.map((a) => [a.id, a]));
    const deleted = new Set(change.articles.deleted.filter((id) => !put.has(id)));
    const known = new Set(this.articles.map((a) => a.id));
    this.articles = this.articles.filter((a) => !deleted.has(a.id)).map((a) => put.get(a.id) ?? a);
    for (const a of change.articles.put) if (!known.has(a.id)) this.articles.push(a), known.add(a.id);
    for (const id of change.annotations.deleted) this.annotations.delete(id);
    for (const a of change.annotations.put) this.annotations.set(a.id, a);
  }

  /** The annotations in an order of their own: the index must not depend on it. */
  annotationList(g: ReturnType<typeof generator>): AnnotationRecord[] {
    const list = [...this.annotations.values()];
    for (let i = list.length - 1; i > 0; i--) {
      const k = g.next(i + 1);
      [list[i], list[k]] = [list[k]!, list[i]!];
    }
    return list;
  }
}

function randomChange(g: ReturnType<typeof generator>, model: Model, serial: () => number): LibraryChangeSet {
  const change: LibraryChangeSet = { articles: { put: [], deleted: [] }, annotations: { put: [], deleted: [] } };
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  const usedArticles = new Set<string>();
  const usedAnnotations = new Set<string>();
  for (let k = g.next(3); k > 0; k--) {
    const id = g.pick(ARTICLE_IDS);
    if (usedArticles.has(id)) continue;
    usedArticles.add(id);
    if (g.next(4) === 0) (change.articles.deleted as string[]).push(id);
    else (change.articles.put as ArticleRecord[]).push(articleVersion(g, id, byId.get(id)));
  }
  const ids = [...model.annotations.keys()];
  for (let k = 1 + g.next(4); k > 0; k--) {
    const roll = g.next(10);
    const id = roll < 2 || ids.length === 0 ? `new-${serial()}` : g.pick(ids);
    if (usedAnnotations.has(id)) continue;
    usedAnnotations.add(id);
    if (roll >= 8 && model.annotations.has(id)) (change.annotations.deleted as string[]).push(id);
    else (change.annotations.put as AnnotationRecord[]).push(annotationVersion(g, id, model.annotations.get(id)));
  }
  return change;
}

const QUERIES: LibraryQuery[] = [
  {},
  { text: 'chi thi 07' },
  { text: 'an ninh' },
  { text: 'bo y te' },
  { tags: ['an ninh'] },
  { tags: ['law', 'y tế'] },
  { types: ['directive', 'agency'] },
  { directiveId: '07/CT-BCA-V28' },
  { agency: 'bo y te' },
  { sites: ['VnExpress'], text: 'huong dan' },
  { published: { from: '2024-03-12' } },
];
const SORTS: LibrarySort[] = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title', 'site'];

/** What the page shows from an index: every query's results (in each sort), the facets and the two indexes. */
function shown(index: LibraryIndex) {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    results: [...QUERIES.map((q) => search(index, q)), ...SORTS.map((sort) => search(index, { sort, text: 'a' }))].map((r) => ({
      count: r.annotationCount,
      hits: r.hits.map((h) => [h.article, h.annotations]),
    })),
    facets: facets(index),
    directives: directiveIndex(index, day),
    agencies: agencyIndex(index, day),
  };
}

describe('updateIndex', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('after each of 60 random changes (seed %i), equals buildIndex over the changed records', (seed) => {
    const g = generator(seed * 7919);
    let n = 0;
    const model = new Model();
    let index = buildIndex(model.articles, model.annotationList(g));
    for (let step = 0; step < 60; step++) {
      const change = randomChange(g, model, () => n++);
      const before = index;
      const beforeShape = shape(before);
      // Search once first, so the index has cached sort orders for the update to keep or drop.
      search(index, { sort: g.pick(SORTS) });
      index = updateIndex(index, change);
      model.apply(change);
      const fresh = buildIndex(model.articles, model.annotationList(g));
      const context = `seed ${seed}, step ${step}: ${JSON.stringify({ articles: change.articles.put.map((a) => a.id), deleted: change.articles.deleted, annotations: change.annotations.put.map((a) => `${a.id}@${a.articleId}`), gone: change.annotations.deleted })}`;
      expect(shape(index), context).toEqual(shape(fresh));
      expect(shown(index), context).toEqual(shown(fresh));
      // The old index is left as it was.
      expect(shape(before), context).toEqual(beforeShape);
    }
  });

  it('keeps an orphan aside until its article is put, and puts an article’s annotations aside when it is deleted', () => {
    let index = buildIndex(ARTICLES, ANNOTATIONS);
    expect(search(index, { text: 'lost' }).hits).toEqual([]);
    const gone: ArticleRecord = { ...EN2, id: ORPHAN.articleId, title: 'Back again' };
    index = updateIndex(index, { articles: { put: [gone], deleted: [] }, annotations: { put: [], deleted: [] } });
    expect(search(index, { text: 'lost' }).hits.map((h) => [h.article.id, h.annotations.map((a) => a.id)])).toEqual([[gone.id, [ORPHAN.id]]]);
    index = updateIndex(index, { articles: { put: [], deleted: [VI1.id] }, annotations: { put: [], deleted: [] } });
    expect(search(index, { text: 'chi thi so 07' }).hits).toEqual([]);
    expect(index.orphans.get(VI1.id)).toHaveLength(7);
    index = updateIndex(index, { articles: { put: [VI1], deleted: [] }, annotations: { put: [], deleted: [] } });
    expect(shape(index)).toEqual(shape(buildIndex([...ARTICLES.filter((a) => a !== VI1), gone, VI1], ANNOTATIONS)));
  });

  it('shares what a note change leaves alone and makes a new index object', () => {
    const index = buildIndex(ARTICLES, ANNOTATIONS);
    const edited = { ...VI1_QUOTE, note: 'cảnh báo mới' };
    const next = updateIndex(index, { articles: { put: [], deleted: [] }, annotations: { put: [edited], deleted: [] } });
    expect(next).not.toBe(index);
    expect(next.articles).toBe(index.articles);
    expect(next.articlesByTag).toBe(index.articlesByTag);
    expect(search(next, { text: 'canh bao moi' }).hits.map((h) => h.annotations)).toEqual([[edited]]);
    expect(search(index, { text: 'canh bao moi' }).hits).toEqual([]);
  });
});
