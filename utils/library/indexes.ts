/**
 * The library's directive and agency indexes: every directive id and agency name cited in the saved
 * articles, with how often and when.
 */

import type { AgencyValue, DirectiveValue } from '../extract/types';
import type { AnnotationRecord } from '../store/schema';
import { fold } from './fold';
import type { LibraryIndex } from './search';
import type { AgencyEntry, DirectiveEntry } from './types';
import { localDay } from './time';

/**
 * Every directive cited, with the parts of its most recent annotation, the number of articles and
 * annotations citing it and the first and last day it was seen (an article's publication day, or
 * its saving day without one); most cited articles first, then by id.
 */
export function directiveIndex(index: LibraryIndex, dayOf: (ms: number) => string = localDay): DirectiveEntry[] {
  const entries: DirectiveEntry[] = [];
  const seenIn = seenCounter(index, dayOf);
  for (const [id, positions] of index.byDirective) {
    const seen = seenIn(positions);
    const latest = mostRecent(index, positions) as AnnotationRecord & { value: DirectiveValue };
    entries.push({ id, value: latest.value, ...seen });
  }
  return entries.sort((a, b) => b.articles - a.articles || collator.compare(a.id, b.id) || codePoints(a.id, b.id));
}

/**
 * Every agency named, counted as {@link directiveIndex} counts directives. Names are one agency when
 * they fold alike (`Bộ Y tế`, `BỘ Y TẾ`, `Bo Y te`); the most recent annotation gives its spelling.
 */
export function agencyIndex(index: LibraryIndex, dayOf: (ms: number) => string = localDay): AgencyEntry[] {
  const entries: AgencyEntry[] = [];
  const seenIn = seenCounter(index, dayOf);
  for (const positions of index.byAgency.values()) {
    const seen = seenIn(positions);
    const latest = mostRecent(index, positions) as AnnotationRecord & { value: AgencyValue };
    entries.push({ name: latest.value.name, value: latest.value, ...seen });
  }
  return entries.sort((a, b) => b.articles - a.articles || collator.compare(a.name, b.name) || codePoints(a.name, b.name));
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

/** Names the collator deems equal in code-point order, so the order never depends on the index's map order. */
const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts and first/last days of the articles holding the annotations at some positions. Each
 * article's day is worked out once per index listing (not once per directive citing it), and
 * articles are counted with a stamp per call rather than a Set.
 */
function seenCounter(index: LibraryIndex, dayOf: (ms: number) => string) {
  const days = new Array<string | undefined>(index.articles.length);
  const dayAt = (i: number) => (days[i] ??= index.publishedDay[i] || dayOf(index.articles[i]!.savedAt));
  const stamp = new Int32Array(index.articles.length).fill(-1);
  let serial = 0;
  return (positions: readonly number[]) => {
    serial++;
    let articles = 0;
    let firstSeen = '';
    let lastSeen = '';
    for (const j of positions) {
      const i = index.annotationArticle[j]!;
      if (stamp[i] === serial) continue;
      stamp[i] = serial;
      articles++;
      const day = dayAt(i);
      if (firstSeen === '' || day < firstSeen) firstSeen = day;
      if (day > lastSeen) lastSeen = day;
    }
    return { articles, annotations: positions.length, firstSeen, lastSeen };
  };
}

/** The most recently made annotation at `positions` (the later one on a tie). */
function mostRecent(index: LibraryIndex, positions: readonly number[]): AnnotationRecord {
  let latest = index.annotations[positions[0]!]!;
  for (const j of positions) {
    const a = index.annotations[j]!;
    if (a.createdAt >= latest.createdAt) latest = a;
  }
  return latest;
}

