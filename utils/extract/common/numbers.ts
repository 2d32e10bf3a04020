/** Number syntax of each language: digit grouping, decimals and scale words. */

import type { Lang } from '../types';

/**
 * Parses digits as written in `lang`: Vietnamese groups thousands with `.` and
 * writes decimals with `,` (`1.000`, `7,3`); English the other way round.
 * A lone separator followed by exactly three digits is read as grouping.
 */
export function parseDigits(s: string, lang: Lang): number {
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const t = s.replace(/\s/g, '');
  const groups = t.split(group);
  if (groups.length > 1 && groups.slice(1).every((g, i, a) => /^\d{3}/.test(g) && (i === a.length - 1 || g.length === 3))) {
    return Number(t.split(group).join('').replace(decimal, '.'));
  }
  // The other separator used as grouping (`1,000` in Vietnamese text, `1.000` in English)?
  const other = t.split(decimal);
  if (other.length > 2 && other.slice(1).every((g) => g.length === 3)) return Number(other.join(''));
  return Number(t.replace(group, '').replace(decimal, '.'));
}
