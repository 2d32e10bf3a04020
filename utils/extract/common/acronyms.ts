/** Acronyms an article defines for an agency: "Drug Enforcement Administration (DEA)". */

import type { Candidate } from './candidates';
import { PRIORITY } from './candidates';

const DEFINITION = /^\s*\(\s*([A-ZĐ][A-Za-zĐ0-9&.\-]{1,11})\s*\)/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Adds every later use of an acronym that the text defines right after an agency's
 * name (or that `inherited` defines: acronym → name), valued as that agency; returns
 * all candidates sorted by start.
 */
export function resolveAcronyms(
  candidates: Candidate[],
  text: string,
  inherited: Iterable<readonly [string, string]> = [],
): Candidate[] {
  const names = new Map<string, string>(inherited);
  for (const c of candidates) {
    if (c.type !== 'agency') continue;
    const m = DEFINITION.exec(text.slice(c.end, c.end + 20));
    if (m && /[A-ZĐ].*[A-ZĐ0-9]/.test(m[1]!) && !names.has(m[1]!)) names.set(m[1]!, c.value.name);
  }
  if (names.size === 0) return candidates;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const taken = candidates.map((c) => [c.start, c.end] as const);
  const overlaps = (s: number, e: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![1] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < taken.length && taken[lo]![0] < e;
  };
  const added: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    added.push({ type: 'agency', start, end, value: { name: names.get(m[0])! }, priority: PRIORITY.agency });
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.start - b.start) : candidates;
}
