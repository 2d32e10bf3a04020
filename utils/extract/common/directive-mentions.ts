/** Short mentions of a directive ("Chỉ thị số 07") resolved to the full one in the same text. */

import type { DirectiveValue } from '../types';
import type { Candidate } from './candidates';

const key = (v: DirectiveValue) => `${v.kind.toLowerCase()}|${Number.parseInt(v.number, 10) || v.number}`;

/**
 * Gives a mention without code or year the value of the one full reference of the same
 * kind and number, in the candidates or among `known` values (earlier text of the article).
 */
export function resolveShortMentions(candidates: Candidate[], known: readonly DirectiveValue[] = []): Candidate[] {
  const full = new Map<string, DirectiveValue | null>();
  const values = [...known, ...candidates.flatMap((c) => (c.type === 'directive' ? [c.value] : []))];
  for (const v of values) {
    if (!v.code && !v.year) continue;
    const k = key(v);
    const seen = full.get(k);
    // Two different full references with one short form: ambiguous, leave short ones alone.
    full.set(k, seen === undefined || seen?.id === v.id ? v : null);
  }
  if (full.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.type !== 'directive' || c.value.code || c.value.year) return c;
    const target = full.get(key(c.value));
    return target ? { ...c, value: { ...target } } : c;
  });
}
