/** Candidates: what a language's rules propose before overlaps are settled. */

import type { Field, FieldType } from '../types';

type Unplaced<F> = F extends Field ? Omit<F, 'text'> : never;

/** A proposed field in matching-text coordinates, with how strongly it claims its span. */
export type Candidate = Unplaced<Field> & { priority: number };

/** Default claim of each type: a number inside a directive, date or agency name is not a statistic. */
export const PRIORITY: Record<FieldType, number> = {
  directive: 40,
  date: 30,
  agency: 20,
  statistic: 10,
};

const beats = (a: Candidate, b: Candidate) =>
  a.priority !== b.priority ? a.priority > b.priority : a.end - a.start !== b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;

/**
 * Keeps, of candidates whose spans overlap, the strongest (priority, then length,
 * then position) and any others that do not overlap what was kept. Sorted by start.
 */
export function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < sorted.length) {
    // A cluster: candidates chained by overlap.
    let j = i + 1;
    let clusterEnd = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, sorted[j]!.end);
      j++;
    }
    if (j === i + 1) kept.push(sorted[i]!);
    else {
      const cluster = sorted.slice(i, j).sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
      const chosen: Candidate[] = [];
      for (const c of cluster) {
        if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return kept;
}

/** A date candidate with its ISO value. */
export const dateCandidate = (start: number, end: number, iso: string): Candidate => ({
  type: 'date',
  start,
  end,
  value: { iso },
  priority: PRIORITY.date,
});
