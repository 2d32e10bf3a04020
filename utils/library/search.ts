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
 * Every record with its folded text and sort keys, built once per load. Treat it as read-only:
 * after a change to the library, {@link updateIndex} makes a new one from it (sharing what the
 * change leaves alone), or build one again.
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
  /** Annotations whose article is not in {@link articles}, by that article's id (kept so that an article put later finds them). */
  readonly orphans: ReadonlyMap<string, readonly AnnotationRecord[]>;
  /** Article positions in each sort order, made on first use. */
  readonly orders: Map<LibrarySort, Int32Array>;
}

const TYPE_CODE = new Map(ANNOTATION_TYPES.map((t, k) => [t, k]));
const QUOTE_CODE = ANNOTATION_TYPES.indexOf('quote');

/**
 * Folds and groups the library for searching; annotations whose article is not in `articles` are
 * left out (kept aside in {@link LibraryIndex.orphans}). Annotations at the same place in an article
 * are ordered by id, so the order `annotations` come in does not matter.
 */
export function buildIndex(articles: ArticleRecord[], annotations: AnnotationRecord[]): LibraryIndex {
  const steps = buildIndexInSteps(articles, annotations);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** About how many annotations one step of {@link buildIndexInSteps} handles (a few ms of work). */
export const INDEX_STEP = 2000;

/**
 * {@link buildIndex} in steps: it yields after about {@link INDEX_STEP} annotations' work, so a
 * page can draw and answer input between steps (100,000 annotations take 250–300 ms in all, half of
 * it folding their text). The arrays given must not change until it is done.
 */
export function* buildIndexInSteps(articles: ArticleRecord[], annotations: AnnotationRecord[]): Generator<void, LibraryIndex, void> {
  const articleById = new Map<string, number>();
  articles.forEach((a, i) => articleById.set(a.id, i));

  // Group by article with a counting sort, then put each group in reading order, sorting positions
  // in typed arrays (comparing records' nested selectors costs several times as much).
  const n = annotations.length;
  const owner = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const annotationStart = new Int32Array(articles.length + 1);
  const orphans = new Map<string, AnnotationRecord[]>();
  for (let j = 0; j < n; j++) {
    const a = annotations[j]!;
    const i = articleById.get(a.articleId) ?? -1;
    owner[j] = i;
    starts[j] = a.selectors[1].start;
    ends[j] = a.selectors[1].end;
    if (i >= 0) annotationStart[i + 1]!++;
    else push(orphans, a.articleId, a);
    if (j % (INDEX_STEP * 10) === INDEX_STEP * 10 - 1) yield;
  }
  for (let i = 0; i < articles.length; i++) annotationStart[i + 1]! += annotationStart[i]!;
  const total = annotationStart[articles.length]!;
  const order = new Int32Array(total);
  const next = annotationStart.slice(0, articles.length);
  for (let j = 0; j < n; j++) {
    const i = owner[j]!;
    if (i >= 0) order[next[i]!++] = j;
  }
  const byPosition = (x: number, y: number) => starts[x]! - starts[y]! || ends[x]! - ends[y]! || byId(annotations[x]!, annotations[y]!) || x - y;
  let sorted = 0;
  for (let i = 0; i < articles.length; i++) {
    const size = annotationStart[i + 1]! - annotationStart[i]!;
    if (size > 1) order.subarray(annotationStart[i], annotationStart[i + 1]).sort(byPosition);
    sorted += size;
    if (sorted >= INDEX_STEP * 2) {
      sorted = 0;
      yield;
    }
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
  let folded = 0;
  for (let i = 0; i < articles.length; i++) {
    for (const tag of articles[i]!.tags) pushOnce(articlesByTag, tag, i);
    for (let j = annotationStart[i]!; j < annotationStart[i + 1]!; j++) {
      if (++folded === INDEX_STEP) {
        folded = 0;
        yield;
      }
      const a = grouped[j]!;
      annotationArticle[j] = i;
      annotationType[j] = TYPE_CODE.get(a.type) ?? QUOTE_CODE;
      lines[j] = annotationLine(a);
      const directive = directiveKey(a);
      if (directive !== undefined) push(byDirective, directive, j);
      const agency = agencyKey(a);
      if (agency !== undefined) push(byAgency, agency, j);
      for (const tag of a.tags) pushOnce(annotationsByTag, tag, j);
    }
  }
  // One string for all annotations: a rare word is found with one indexOf run instead of 100,000 calls.
  yield;
  const annotationTextAll = lines.join('\n');
  const annotationTextStart = new Int32Array(total + 1);
  for (let j = 0; j < total; j++) annotationTextStart[j + 1] = annotationTextStart[j]! + lines[j]!.length + 1;
  yield;
  // Views into the joined string (V8 makes sliced strings), so the folded text is held once.
  const annotationText = new Array<string>(total);
  for (let j = 0; j < total; j++) {
    annotationText[j] = annotationTextAll.slice(annotationTextStart[j], annotationTextStart[j + 1]! - 1);
    if (j % (INDEX_STEP * 10) === INDEX_STEP * 10 - 1) yield;
  }

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
    orphans,
    orders: new Map(),
  };
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const directiveKey = (a: AnnotationRecord) => (a.type === 'directive' ? a.directiveId ?? a.value.id : undefined);
const agencyKey = (a: AnnotationRecord) => (a.type === 'agency' ? fold(a.value.name) : undefined);

/** What a write changed: records put (added, or replacing the record of the same id) and ids deleted, in each table. */
export interface LibraryChangeSet {
  articles: { put: readonly ArticleRecord[]; deleted: readonly string[] };
  annotations: { put: readonly AnnotationRecord[]; deleted: readonly string[] };
}

/** A run of the new index's annotations: copied from the old index, or an article's group made again. */
type Segment = { kind: 'old'; from: number; to: number; articleShift: number } | { kind: 'new'; article: number; records: AnnotationRecord[] };

/**
 * The index after `change`, equal to {@link buildIndex} over the changed records: the articles in
 * their old order with those put replaced and those deleted gone, new ones last (in `put` order);
 * an id both deleted and put ends up put. A new index is returned (the old one is left as it was,
 * so a view keyed on it sees the change) sharing what the change leaves alone.
 *
 * Cost: folding and sorting only for the records put and the groups of the articles they touch
 * (an article's annotations are sorted again when one of them is put, added or deleted), plus
 * plain copies of the flat arrays (the annotation records, positions and types, a few ms for
 * 100,000) and one copy of the joined annotation text. Looking up an annotation deleted, or moved
 * to another article, scans the annotation ids once. When annotations are added or deleted,
 * the positions in the tag, directive and agency lists after them shift: every list is renumbered.
 * Memory: the lines kept are views into the joined text they were cut from, so the text of the
 * index first built stays held beside the current one (one more copy, about 5 MB for 100,000).
 */
export function updateIndex(index: LibraryIndex, change: LibraryChangeSet): LibraryIndex {
  const articleNow = new Map<string, ArticleRecord | undefined>();
  for (const id of change.articles.deleted) articleNow.set(id, undefined);
  for (const a of change.articles.put) articleNow.set(a.id, a);
  const annotationNow = new Map<string, AnnotationRecord | undefined>();
  for (const id of change.annotations.deleted) annotationNow.set(id, undefined);
  for (const a of change.annotations.put) annotationNow.set(a.id, a);

  // ---- articles: old order, put ones replaced, deleted ones gone, new ones last
  const articles: ArticleRecord[] = [];
  const oldOf: number[] = []; // new article position → old position, or -1 for a new article
  const droppedArticles: number[] = [];
  let articlesChanged = false;
  index.articles.forEach((old, o) => {
    if (!articleNow.has(old.id)) {
      articles.push(old);
      oldOf.push(o);
      return;
    }
    articlesChanged = true;
    const now = articleNow.get(old.id);
    if (now) {
      articles.push(now);
      oldOf.push(o);
    } else droppedArticles.push(o);
  });
  const added = new Set<string>();
  for (const a of change.articles.put) {
    if (index.articleById.has(a.id) || added.has(a.id)) continue;
    added.add(a.id);
    articles.push(articleNow.get(a.id)!);
    oldOf.push(-1);
    articlesChanged = true;
  }
  const samePositions = added.size === 0 && droppedArticles.length === 0;
  const articleById = samePositions ? index.articleById : new Map(articles.map((a, i) => [a.id, i]));

  // ---- annotations: where the old versions of those put or deleted are
  const orphans = new Map(index.orphans);
  const removed = new Set<number>(); // old positions of annotations put or deleted
  const unfound = new Set(annotationNow.keys());
  for (const a of change.annotations.put) {
    const o = index.articleById.get(a.articleId);
    if (o === undefined) continue;
    for (let j = index.annotationStart[o]!; j < index.annotationStart[o + 1]!; j++) {
      if (unfound.delete(index.annotations[j]!.id)) removed.add(j);
    }
  }
  if (unfound.size > 0) {
    for (const [articleId, list] of index.orphans) {
      if (!list.some((a) => unfound.has(a.id))) continue;
      const kept = list.filter((a) => !unfound.has(a.id));
      for (const a of list) unfound.delete(a.id);
      if (kept.length > 0) orphans.set(articleId, kept);
      else orphans.delete(articleId);
    }
  }
  if (unfound.size > 0) {
    for (let j = 0; j < index.annotations.length && unfound.size > 0; j++) {
      if (unfound.delete(index.annotations[j]!.id)) removed.add(j);
    }
  }

  // ---- each touched article's group: what it keeps, what it gains (puts, and orphans of a new article)
  const groups = new Map<number, AnnotationRecord[]>(); // new article position → its annotations, unsorted
  const groupOf = (i: number) => {
    let group = groups.get(i);
    if (!group) {
      group = [];
      const o = oldOf[i]!;
      if (o >= 0) for (let j = index.annotationStart[o]!; j < index.annotationStart[o + 1]!; j++) if (!removed.has(j)) group.push(index.annotations[j]!);
      groups.set(i, group);
    }
    return group;
  };
  const newOfOld = new Int32Array(index.articles.length).fill(-1);
  oldOf.forEach((o, i) => o >= 0 && (newOfOld[o] = i));
  for (const j of removed) {
    const i = newOfOld[index.annotationArticle[j]!]!;
    if (i >= 0) groupOf(i);
  }
  for (let i = 0; i < articles.length; i++) {
    if (oldOf[i] !== -1) continue;
    const group = groupOf(i);
    const waiting = orphans.get(articles[i]!.id);
    if (waiting) {
      group.push(...waiting);
      orphans.delete(articles[i]!.id);
    }
  }
  for (const o of droppedArticles) {
    for (let j = index.annotationStart[o]!; j < index.annotationStart[o + 1]!; j++) {
      const a = index.annotations[j]!;
      if (!removed.has(j)) orphans.set(a.articleId, [...(orphans.get(a.articleId) ?? []), a]);
    }
  }
  for (const a of annotationNow.values()) {
    if (!a) continue;
    const i = articleById.get(a.articleId);
    if (i !== undefined) groupOf(i).push(a);
    else orphans.set(a.articleId, [...(orphans.get(a.articleId) ?? []), a]);
  }
  for (const group of groups.values()) group.sort((x, y) => x.selectors[1].start - y.selectors[1].start || x.selectors[1].end - y.selectors[1].end || byId(x, y));

  // ---- the new layout: runs of untouched groups copied, touched groups made again
  const segments: Segment[] = [];
  for (let i = 0; i < articles.length; i++) {
    const group = groups.get(i);
    if (group) {
      segments.push({ kind: 'new', article: i, records: group });
      continue;
    }
    const o = oldOf[i]!;
    const last = segments[segments.length - 1];
    const from = index.annotationStart[o]!;
    const to = index.annotationStart[o + 1]!;
    if (last?.kind === 'old' && last.to === from && last.articleShift === i - o) last.to = to;
    else segments.push({ kind: 'old', from, to, articleShift: i - o });
  }
  let total = 0;
  for (const s of segments) total += s.kind === 'old' ? s.to - s.from : s.records.length;

  const oldTotal = index.annotations.length;
  const oldAll = index.annotationTextAll;
  const oldStarts = index.annotationTextStart;
  // Old lines of records kept in a touched group, so an unchanged record is not folded again.
  const oldLine = new Map<AnnotationRecord, string>();
  for (const [i, group] of groups) {
    const o = oldOf[i]!;
    if (o < 0 || group.length === 0) continue;
    for (let j = index.annotationStart[o]!; j < index.annotationStart[o + 1]!; j++) oldLine.set(index.annotations[j]!, index.annotationText[j]!);
  }

  // Made by concatenating slices: copied in bulk, several times faster than element by element.
  const recordParts: AnnotationRecord[][] = [];
  const lineParts: string[][] = [];
  const annotationArticle = new Int32Array(total);
  const annotationType = new Uint8Array(total);
  const annotationTextStart = new Int32Array(total + 1);
  const annotationStart = new Int32Array(articles.length + 1);
  for (let i = 0; i < articles.length; i++) {
    const group = groups.get(i);
    const o = oldOf[i]!;
    annotationStart[i + 1] = annotationStart[i]! + (group ? group.length : index.annotationStart[o + 1]! - index.annotationStart[o]!);
  }
  const remap = new Int32Array(oldTotal).fill(-1); // old position → new, -1 for those of touched groups
  const pieces: string[] = [];
  const addedKeys: { tags: [string, number][]; directives: [string, number][]; agencies: [string, number][] } = { tags: [], directives: [], agencies: [] };
  let shifted = false;
  let j = 0;
  let textAt = 0;
  for (const s of segments) {
    if (s.kind === 'old') {
      const shift = j - s.from;
      if (shift !== 0 || s.articleShift !== 0) shifted = true;
      recordParts.push(index.annotations.slice(s.from, s.to));
      lineParts.push(index.annotationText.slice(s.from, s.to));
      for (let k = s.from; k < s.to; k++) remap[k] = k + shift;
      annotationType.set(index.annotationType.subarray(s.from, s.to), j);
      if (s.articleShift === 0) annotationArticle.set(index.annotationArticle.subarray(s.from, s.to), j);
      else for (let k = s.from; k < s.to; k++) annotationArticle[k + shift] = index.annotationArticle[k]! + s.articleShift;
      const textShift = textAt - oldStarts[s.from]!;
      for (let k = s.from; k < s.to; k++) annotationTextStart[k + shift] = oldStarts[k]! + textShift;
      // Each line with its '\n' (the joined text has none after the last line: added here, cut at the end).
      pieces.push(oldAll.slice(oldStarts[s.from], oldStarts[s.to]), s.to === oldTotal && s.to > s.from ? '\n' : '');
      textAt += oldStarts[s.to]! - oldStarts[s.from]!;
      j += s.to - s.from;
    } else {
      const lines: string[] = [];
      recordParts.push(s.records);
      lineParts.push(lines);
      for (const a of s.records) {
        const line = oldLine.get(a) ?? annotationLine(a);
        lines.push(line);
        annotationArticle[j] = s.article;
        annotationType[j] = TYPE_CODE.get(a.type) ?? QUOTE_CODE;
        annotationTextStart[j] = textAt;
        pieces.push(line, '\n');
        textAt += line.length + 1;
        for (const tag of new Set(a.tags)) addedKeys.tags.push([tag, j]);
        const directive = directiveKey(a);
        if (directive !== undefined) addedKeys.directives.push([directive, j]);
        const agency = agencyKey(a);
        if (agency !== undefined) addedKeys.agencies.push([agency, j]);
        j++;
      }
    }
  }
  annotationTextStart[total] = textAt;
  const annotations = ([] as AnnotationRecord[]).concat(...recordParts);
  const annotationText = ([] as string[]).concat(...lineParts);
  const joined = pieces.join('');
  const annotationTextAll = total > 0 ? joined.slice(0, -1) : '';

  // ---- position lists: the touched groups' old positions out, their new ones in
  const removedKeys: { tags: Set<string>; directives: Set<string>; agencies: Set<string> } = { tags: new Set(), directives: new Set(), agencies: new Set() };
  for (let o = 0; o < oldTotal; o++) {
    if (remap[o] !== -1) continue;
    const a = index.annotations[o]!;
    for (const tag of a.tags) removedKeys.tags.add(tag);
    const directive = directiveKey(a);
    if (directive !== undefined) removedKeys.directives.add(directive);
    const agency = agencyKey(a);
    if (agency !== undefined) removedKeys.agencies.add(agency);
  }

  const sameArticles = !articlesChanged;
  return {
    articles: sameArticles ? index.articles : articles,
    articleById,
    annotations,
    annotationStart,
    annotationArticle,
    annotationType,
    articleText: articles.map((a, i) => (oldOf[i]! >= 0 && index.articles[oldOf[i]!] === a ? index.articleText[oldOf[i]!]! : articleLine(a))),
    annotationTextAll,
    annotationTextStart,
    annotationText,
    publishedDay: articles.map((a, i) => (oldOf[i]! >= 0 && index.articles[oldOf[i]!] === a ? index.publishedDay[oldOf[i]!]! : publishedDay(a.published) ?? '')),
    articlesByTag: sameArticles ? index.articlesByTag : tagPositions(articles),
    annotationsByTag: renumbered(index.annotationsByTag, remap, shifted, removedKeys.tags, addedKeys.tags),
    byDirective: renumbered(index.byDirective, remap, shifted, removedKeys.directives, addedKeys.directives),
    byAgency: renumbered(index.byAgency, remap, shifted, removedKeys.agencies, addedKeys.agencies),
    orphans,
    // Sort orders depend on the articles alone.
    orders: sameArticles ? new Map(index.orders) : new Map(),
  };
}

function tagPositions(articles: readonly ArticleRecord[]): Map<string, number[]> {
  const byTag = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const tag of a.tags) pushOnce(byTag, tag, i);
  });
  return byTag;
}

/**
 * Position lists after a change: positions renumbered by `remap` (-1: gone), the `added` ones put
 * in, each list in ascending order, empty lists dropped. Without a shift only the lists of the
 * `touched` keys and those gaining positions are copied; the others are shared.
 */
function renumbered(
  lists: ReadonlyMap<string, readonly number[]>,
  remap: Int32Array,
  shifted: boolean,
  touched: ReadonlySet<string>,
  added: readonly [string, number][],
): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>(shifted ? [] : lists);
  const renumber = (key: string) => {
    const list: number[] = [];
    for (const p of lists.get(key) ?? []) if (remap[p] !== -1) list.push(remap[p]!);
    if (list.length > 0) out.set(key, list);
    else out.delete(key);
  };
  if (shifted) for (const key of lists.keys()) renumber(key);
  else for (const key of touched) renumber(key);
  const grown = new Set<string>();
  for (const [key, position] of added) {
    let list = out.get(key) as number[] | undefined;
    if (!list) out.set(key, (list = []));
    else if (!shifted && !touched.has(key) && !grown.has(key)) out.set(key, (list = [...list]));
    list.push(position);
    grown.add(key);
  }
  for (const key of grown) (out.get(key) as number[]).sort((x, y) => x - y);
  return out;
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
 * articles citing it, with their annotations as for any other query.
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
  // From the tag lists rather than every annotation's tags: the work is the tagged records', not the library's.
  const tags = new Map<string, number>();
  const stamp = new Int32Array(index.articles.length).fill(-1);
  let serial = 0;
  for (const tag of new Set([...index.articlesByTag.keys(), ...index.annotationsByTag.keys()])) {
    let articles = 0;
    for (const i of index.articlesByTag.get(tag) ?? []) if (stamp[i] !== serial) (stamp[i] = serial), articles++;
    for (const j of index.annotationsByTag.get(tag) ?? []) {
      const i = index.annotationArticle[j]!;
      if (stamp[i] !== serial) (stamp[i] = serial), articles++;
    }
    tags.set(tag, articles);
    serial++;
  }
  const sites = new Map<string, number>();
  const langs = new Map<string, number>();
  for (const article of index.articles) {
    if (article.site) count(sites, article.site);
    if (article.lang) count(langs, article.lang);
  }
  const perType = new Int32Array(ANNOTATION_TYPES.length);
  for (const code of index.annotationType) perType[code]!++;
  const types = new Map<AnnotationType, number>();
  ANNOTATION_TYPES.forEach((type, code) => perType[code]! > 0 && types.set(type, perType[code]!));
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
  // Names the collator deems equal (`An ninh`, `an ninh`) in code-point order, whatever order the map holds them in.
  return [...map].sort((x, y) => y[1] - x[1] || collator.compare(x[0], y[0]) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
