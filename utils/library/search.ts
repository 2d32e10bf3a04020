/**
 * The library's in-memory search: {@link buildIndex} folds every record once, {@link search} then
 * answers each keystroke by scanning the folded text (100,000 annotations in 10–20 ms in Node).
 *
 * A query's words are matched as substrings of folded text (see fold.ts), so `thi` also finds
 * `thiết`, as the browser's find-in-page would. An article's own text is its title, site, note
 * and tags; an annotation's is its text, its value in words, its directive id, note and tags.
 * Each word must occur in the article's own text or in the annotation's: words the article holds
 * need not be repeated in the annotation, so `bộ y tế 2024` finds the dates `2024` of an article
 * titled `Bộ Y tế …`.
 */

import { describeValue } from '../extract/group';
import type { AnnotationRecord, AnnotationType, ArticleRecord } from '../store/schema';
import { fold, words } from './fold';
import type { ArticleHit, LibraryQuery, LibraryRow, LibrarySort, SearchResult } from './types';

/** Annotation types in their code order (see {@link LibraryIndex.annotationType}). */
export const ANNOTATION_TYPES: readonly AnnotationType[] = ['date', 'agency', 'directive', 'statistic', 'quote'];

/**
 * Every record with its folded text and sort keys, built once per load. Treat it as read-only;
 * after a change to the library, build a new one.
 */
export interface LibraryIndex {
  /** The articles, in the order given. */
  readonly articles: readonly ArticleRecord[];
  /** Article position in {@link articles} by id. */
  readonly articleById: ReadonlyMap<string, number>;
  /** The annotations grouped by article (in {@link articles} order), each group in reading order; those of no article are left out. */
  readonly annotations: readonly AnnotationRecord[];
  /** Article `i`'s annotations are `annotations[annotationStart[i] .. annotationStart[i + 1])`. */
  readonly annotationStart: Int32Array;
  /** Article position of each annotation. */
  readonly annotationArticle: Int32Array;
  /** Type code of each annotation: its position in {@link ANNOTATION_TYPES}. */
  readonly annotationType: Uint8Array;
  /** Each article's folded title, site, note and tags, separated by spaces. */
  readonly articleText: readonly string[];
  /** Every annotation's folded text, value, directive id, note and tags (separated by spaces), one annotation per line, in {@link annotations} order. */
  readonly annotationTextAll: string;
  /** Where each annotation's line starts in {@link annotationTextAll}; one more entry for the end. */
  readonly annotationTextStart: Int32Array;
  /** Each annotation's line, a view into {@link annotationTextAll}. */
  readonly annotationText: readonly string[];
  /** Each article's publication day `YYYY-MM-DD`, or '' when it has none. */
  readonly publishedDay: readonly string[];
  /** Article positions by tag. */
  readonly articlesByTag: ReadonlyMap<string, readonly number[]>;
  /** Annotation positions by tag. */
  readonly annotationsByTag: ReadonlyMap<string, readonly number[]>;
  /** Annotation positions by directive id. */
  readonly byDirective: ReadonlyMap<string, readonly number[]>;
  /** Annotation positions by folded agency name. */
  readonly byAgency: ReadonlyMap<string, readonly number[]>;
  /** Article positions in each sort order, made on first use. */
  readonly orders: Map<LibrarySort, Int32Array>;
}

/** Folds and groups the library for searching; annotations whose article is not in `articles` are left out. */
export function buildIndex(articles: ArticleRecord[], annotations: AnnotationRecord[]): LibraryIndex {
  const articleById = new Map<string, number>();
  articles.forEach((a, i) => articleById.set(a.id, i));

  // Group by article with a counting sort, then put each group in reading order, sorting positions
  // in typed arrays (comparing records' nested selectors costs several times as much).
  const n = annotations.length;
  const owner = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const annotationStart = new Int32Array(articles.length + 1);
  for (let j = 0; j < n; j++) {
    const a = annotations[j]!;
    const i = articleById.get(a.articleId) ?? -1;
    owner[j] = i;
    starts[j] = a.selectors[1].start;
    ends[j] = a.selectors[1].end;
    if (i >= 0) annotationStart[i + 1]!++;
  }
  for (let i = 0; i < articles.length; i++) annotationStart[i + 1]! += annotationStart[i]!;
  const total = annotationStart[articles.length]!;
  const order = new Int32Array(total);
  const next = annotationStart.slice(0, articles.length);
  for (let j = 0; j < n; j++) {
    const i = owner[j]!;
    if (i >= 0) order[next[i]!++] = j;
  }
  const byPosition = (x: number, y: number) => starts[x]! - starts[y]! || ends[x]! - ends[y]! || x - y;
  for (let i = 0; i < articles.length; i++) {
    if (annotationStart[i + 1]! - annotationStart[i]! > 1) order.subarray(annotationStart[i], annotationStart[i + 1]).sort(byPosition);
  }
  const grouped = new Array<AnnotationRecord>(total);
  for (let k = 0; k < total; k++) grouped[k] = annotations[order[k]!]!;

  const annotationArticle = new Int32Array(total);
  const annotationType = new Uint8Array(total);
  const lines = new Array<string>(total);
  const byDirective = new Map<string, number[]>();
  const byAgency = new Map<string, number[]>();
  const articlesByTag = new Map<string, number[]>();
  const annotationsByTag = new Map<string, number[]>();
  const typeCode = new Map(ANNOTATION_TYPES.map((t, k) => [t, k]));
  for (let i = 0; i < articles.length; i++) {
    for (const tag of articles[i]!.tags) pushOnce(articlesByTag, tag, i);
    for (let j = annotationStart[i]!; j < annotationStart[i + 1]!; j++) {
      const a = grouped[j]!;
      annotationArticle[j] = i;
      annotationType[j] = typeCode.get(a.type) ?? ANNOTATION_TYPES.indexOf('quote');
      lines[j] = annotationLine(a);
      if (a.type === 'directive') push(byDirective, a.directiveId ?? a.value.id, j);
      if (a.type === 'agency') push(byAgency, fold(a.value.name), j);
      for (const tag of a.tags) pushOnce(annotationsByTag, tag, j);
    }
  }
  // One string for all annotations: a rare word is found with one indexOf run instead of 100,000 calls.
  const annotationTextAll = lines.join('\n');
  const annotationTextStart = new Int32Array(total + 1);
  for (let j = 0; j < total; j++) annotationTextStart[j + 1] = annotationTextStart[j]! + lines[j]!.length + 1;
  // Views into the joined string (V8 makes sliced strings), so the folded text is held once.
  const annotationText = lines.map((_, j) => annotationTextAll.slice(annotationTextStart[j], annotationTextStart[j + 1]! - 1));

  return {
    articles,
    articleById,
    annotations: grouped,
    annotationStart,
    annotationArticle,
    annotationType,
    articleText: articles.map(articleLine),
    annotationTextAll,
    annotationTextStart,
    annotationText,
    publishedDay: articles.map((a) => publishedDay(a.published) ?? ''),
    articlesByTag,
    annotationsByTag,
    byDirective,
    byAgency,
    orders: new Map(),
  };
}

/** An article's annotations in reading order, as the index holds them; empty for an unknown id. */
export function annotationsOf(index: LibraryIndex, articleId: string): AnnotationRecord[] {
  const i = index.articleById.get(articleId);
  if (i === undefined) return [];
  return index.annotations.slice(index.annotationStart[i], index.annotationStart[i + 1]);
}

/**
 * The articles and annotations matching `query` (see {@link LibraryQuery}), sorted by `query.sort`
 * (newest saved first by default). An article whose own text holds every word is listed with all
 * its annotations (of the chosen types and tags); otherwise with just the annotations that hold the
 * words it lacks. With types chosen, an article needs one annotation of them to be listed. Tags are
 * met by the article's and the annotation's tags together. `directiveId` and `agency` keep the
 * articles citing it, with their annotations as for any other query (see indexes.ts `citing` for
 * just the annotations about it).
 */
export function search(index: LibraryIndex, query: LibraryQuery): SearchResult {
  const wanted = articleFilter(index, query);
  const types = typeFilter(query.types);
  const tagged = tagFilter(index, query.tags ?? []);
  const sought = distinctWords(query.text ?? '');

  // Annotations holding the first (longest) word, found in one run over all annotation text.
  const first = sought[0];
  const holdsFirst = first === undefined ? undefined : annotationsHolding(index, first);

  const hits: ArticleHit[] = [];
  let annotationCount = 0;
  for (const i of sortOrder(index, query.sort ?? 'saved-desc')) {
    if (wanted && !wanted[i]) continue;
    const article = index.articles[i]!;
    const text = index.articleText[i]!;
    // The words the article's own text lacks: each annotation must hold them itself.
    const lacking = sought.filter((w) => !text.includes(w));
    const articleTagged = !tagged || tagged.articles[i] === tagged.need;
    const from = index.annotationStart[i]!;
    const to = index.annotationStart[i + 1]!;
    const kept: AnnotationRecord[] = [];
    for (let j = from; j < to; j++) {
      if (types && !types[index.annotationType[j]!]) continue;
      if (!articleTagged && tagged.articles[i]! + tagged.annotations[j]! !== tagged.need) continue;
      if (lacking.length > 0) {
        // The first word was looked up for all annotations at once; check only the others here.
        const known = holdsFirst !== undefined && lacking[0] === first;
        if (known && !holdsFirst[j]) continue;
        const line = index.annotationText[j]!;
        let all = true;
        for (let w = known ? 1 : 0; w < lacking.length && all; w++) all = line.includes(lacking[w]!);
        if (!all) continue;
      }
      kept.push(index.annotations[j]!);
    }
    const articleAlone = lacking.length === 0 && articleTagged && !types;
    if (kept.length === 0 && !articleAlone) continue;
    hits.push({ article, annotations: kept });
    annotationCount += kept.length;
  }
  return { hits, annotationCount };
}

/** Counts for the filter UI, most frequent first: articles per tag (on the article or one of its annotations), site and language; annotations per type. */
export function facets(index: LibraryIndex): {
  tags: [string, number][];
  sites: [string, number][];
  langs: [string, number][];
  types: [AnnotationType, number][];
} {
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  const langs = new Map<string, number>();
  index.articles.forEach((article, i) => {
    const own = new Set(article.tags);
    for (let j = index.annotationStart[i]!; j < index.annotationStart[i + 1]!; j++) {
      for (const t of index.annotations[j]!.tags) own.add(t);
    }
    for (const t of own) count(tags, t);
    if (article.site) count(sites, article.site);
    if (article.lang) count(langs, article.lang);
  });
  const types = new Map<AnnotationType, number>();
  for (const code of index.annotationType) count(types, ANNOTATION_TYPES[code]!);
  return { tags: byCount(tags), sites: byCount(sites), langs: byCount(langs), types: byCount(types) };
}

/** The result as flat rows, for export: one per annotation, or one without annotation for an article listed alone. */
export function rowsOf(result: SearchResult): LibraryRow[] {
  const rows: LibraryRow[] = [];
  for (const { article, annotations } of result.hits) {
    if (annotations.length === 0) rows.push({ article });
    for (const annotation of annotations) rows.push({ article, annotation });
  }
  return rows;
}

/** The `YYYY-MM-DD` an article's `published` starts with, or undefined when it does not start with one. */
export function publishedDay(published: string | undefined): string | undefined {
  const day = published?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** Which articles pass the query's article-level filters, or undefined when it has none. */
function articleFilter(index: LibraryIndex, query: LibraryQuery): Uint8Array | undefined {
  const { sites, langs, published, saved, directiveId, agency } = query;
  const from = published?.from || undefined;
  const to = published?.to || undefined;
  const siteSet = sites?.length ? new Set(sites) : undefined;
  const langSet = langs?.length ? new Set(langs) : undefined;
  const savedFrom = saved?.from ?? -Infinity;
  const savedTo = saved?.to ?? Infinity;
  const citing = directiveId !== undefined ? index.byDirective.get(directiveId) ?? [] : undefined;
  const naming = agency !== undefined ? index.byAgency.get(fold(agency)) ?? [] : undefined;
  if (!siteSet && !langSet && !from && !to && !saved && !citing && !naming) return undefined;

  const pass = new Uint8Array(index.articles.length);
  const citingArticles = citing && new Set(citing.map((j) => index.annotationArticle[j]));
  const namingArticles = naming && new Set(naming.map((j) => index.annotationArticle[j]));
  index.articles.forEach((a, i) => {
    if (siteSet && !siteSet.has(a.site)) return;
    if (langSet && !langSet.has(a.lang ?? '')) return;
    if (from || to) {
      const day = index.publishedDay[i]!;
      if (day === '' || (from && day < from) || (to && day > to)) return;
    }
    if (a.savedAt < savedFrom || a.savedAt > savedTo) return;
    if (citingArticles && !citingArticles.has(i)) return;
    if (namingArticles && !namingArticles.has(i)) return;
    pass[i] = 1;
  });
  return pass;
}

/** Which type codes a query keeps, or undefined for all. */
function typeFilter(types: AnnotationType[] | undefined): Uint8Array | undefined {
  if (!types?.length) return undefined;
  const keep = new Uint8Array(ANNOTATION_TYPES.length);
  for (const t of types) {
    const code = ANNOTATION_TYPES.indexOf(t);
    if (code >= 0) keep[code] = 1;
  }
  return keep;
}

/**
 * How many of the query's tags each article carries, and each annotation carries that its
 * article does not: an annotation passes when the two add up to `need`. Undefined without tags.
 */
function tagFilter(index: LibraryIndex, queryTags: string[]): { need: number; articles: Uint16Array; annotations: Uint16Array } | undefined {
  const tags = [...new Set(queryTags.map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length === 0) return undefined;
  const articles = new Uint16Array(index.articles.length);
  const annotations = new Uint16Array(index.annotations.length);
  const articleHas = new Uint8Array(index.articles.length);
  for (const tag of tags) {
    articleHas.fill(0);
    for (const i of index.articlesByTag.get(tag) ?? []) {
      articleHas[i] = 1;
      articles[i]!++;
    }
    for (const j of index.annotationsByTag.get(tag) ?? []) {
      if (!articleHas[index.annotationArticle[j]!]) annotations[j]!++;
    }
  }
  return { need: tags.length, articles, annotations };
}

/** The query's words without those another word contains (it holds them wherever it occurs), longest first. */
function distinctWords(text: string): string[] {
  const all = words(text);
  return all.filter((w, k) => !all.some((longer, l) => l < k && longer.includes(w)));
}

/** Flags the annotations whose line holds `word`, found by one run of indexOf over all annotation text. */
function annotationsHolding(index: LibraryIndex, word: string): Uint8Array {
  const flags = new Uint8Array(index.annotations.length);
  const all = index.annotationTextAll;
  const starts = index.annotationTextStart;
  let at = all.indexOf(word);
  while (at !== -1) {
    // The annotation whose line holds position `at`: the last start ≤ at.
    let lo = 0;
    let hi = index.annotations.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    flags[lo] = 1;
    at = all.indexOf(word, starts[lo + 1]!);
  }
  return flags;
}

/** Article positions in `sort` order, made once per index. */
function sortOrder(index: LibraryIndex, sort: LibrarySort): Int32Array {
  let order = index.orders.get(sort);
  if (!order) {
    order = Int32Array.from(index.articles.keys()).sort(comparator(index, sort));
    index.orders.set(sort, order);
  }
  return order;
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

function comparator(index: LibraryIndex, sort: LibrarySort): (i: number, k: number) => number {
  const a = index.articles;
  const newest = (i: number, k: number) => a[k]!.savedAt - a[i]!.savedAt || (a[i]!.id < a[k]!.id ? -1 : a[i]!.id > a[k]!.id ? 1 : 0);
  const day = index.publishedDay;
  // Articles without a publication date go last either way.
  const undated = (i: number, k: number) => Number(day[i] === '') - Number(day[k] === '');
  switch (sort) {
    case 'saved-desc':
      return newest;
    case 'saved-asc':
      return (i, k) => a[i]!.savedAt - a[k]!.savedAt || newest(i, k);
    case 'published-desc':
      return (i, k) => undated(i, k) || (day[k]! < day[i]! ? -1 : day[k]! > day[i]! ? 1 : 0) || newest(i, k);
    case 'published-asc':
      return (i, k) => undated(i, k) || (day[i]! < day[k]! ? -1 : day[i]! > day[k]! ? 1 : 0) || newest(i, k);
    case 'title':
      return (i, k) => collator.compare(a[i]!.title, a[k]!.title) || newest(i, k);
    case 'site':
      return (i, k) => collator.compare(a[i]!.site, a[k]!.site) || newest(i, k);
  }
}

function articleLine(a: ArticleRecord): string {
  // Parts joined by a space: no query word holds one, so none can span two parts.
  return fold(joinParts([a.title, a.site, a.note, ...a.tags]));
}

function annotationLine(a: AnnotationRecord): string {
  return fold(joinParts([a.text, valueWords(a), a.directiveId ?? '', a.note, ...a.tags]));
}

/**
 * An annotation's value in words, as describeValue (utils/extract/group.ts) gives it, so a date is
 * found by its ISO form and an agency by its full name; a statistic's number is written plainly
 * (`12500`, which `toLocaleString` would make `12,500`), as formatting 20,000 numbers would slow the
 * index build by a third and its text already holds the page's own formatting.
 */
function valueWords(a: AnnotationRecord): string {
  if (a.type === 'quote') return '';
  if (a.type === 'statistic') return joinParts([a.value.approx ?? '', String(a.value.value), a.value.unit]);
  return describeValue(a);
}

function joinParts(parts: string[]): string {
  let joined = '';
  for (const part of parts) if (part !== '') joined = joined === '' ? part : `${joined} ${part}`;
  return joined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `position` to `key`'s list unless it ended with it already (a record listing a tag twice). */
function pushOnce(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function byCount<K extends string>(map: Map<K, number>): [K, number][] {
  return [...map].sort((x, y) => y[1] - x[1] || collator.compare(x[0], y[0]));
}
