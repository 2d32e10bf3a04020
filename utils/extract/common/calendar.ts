/** Calendar arithmetic shared by the languages: validity, year inference, ISO strings. */

/** A calendar day; months and days are 1-based. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for what is known. */
export function isoOf(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 without a year (`--MM-DD`, `--MM`), for texts with no publication date. */
export function isoWithoutYear(m: number, d?: number): string {
  return d === undefined ? `--${pad(m)}` : `--${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True for a real calendar day within the years news talks about. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
export function parseIsoDate(s: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Days from `a` to `b`. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d);
}

/** `n` days after `a` (negative for before). */
export function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: Ymd): number {
  return new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
}

/** How far ahead of publication a year-less date may be and still mean the coming one. */
const AHEAD_MONTHS = 3;

/**
 * The year of a year-less day (or month, with `d` undefined) as read on `published`:
 * the coming one if within three months after publication, else the latest on or before it.
 */
export function inferYear(published: Ymd, m: number, d?: number): number {
  const y = published.y;
  if (d === undefined) {
    const ahead = (m - published.m + 12) % 12;
    if (ahead > 0 && ahead <= AHEAD_MONTHS) return m > published.m ? y : y + 1;
    return m <= published.m ? y : y - 1;
  }
  if (!isValidDate(2000, m, d)) return y; // no such day in any year
  const onOrAfter = (yy: number, step: number) => {
    while (!isValidDate(yy, m, d)) yy += step; // 29 February waits for a leap year
    return yy;
  };
  let upcoming = onOrAfter(y, 1);
  if (daysBetween(published, { y: upcoming, m, d }) <= 0) upcoming = onOrAfter(upcoming + 1, 1);
  const limitMonth = published.m + AHEAD_MONTHS;
  const limit: Ymd = {
    y: y + Math.floor((limitMonth - 1) / 12),
    m: ((limitMonth - 1) % 12) + 1,
    d: 0,
  };
  limit.d = Math.min(published.d, daysInMonth(limit.y, limit.m));
  if (daysBetween({ y: upcoming, m, d }, limit) >= 0) return upcoming;
  let past = onOrAfter(y, -1);
  if (daysBetween(published, { y: past, m, d }) > 0) past = onOrAfter(past - 1, -1);
  return past;
}

/** The ISO value of a day and month whose year is `year`, or inferred from `published`. */
export function resolveDay(m: number, d: number, year: number | undefined, published: Ymd | undefined): string | undefined {
  const y = year ?? (published ? inferYear(published, m, d) : undefined);
  if (y === undefined) return isValidDate(2000, m, d) ? isoWithoutYear(m, d) : undefined;
  return isValidDate(y, m, d) ? isoOf(y, m, d) : undefined;
}

/** The ISO value of a month whose year is `year`, or inferred from `published`. */
export function resolveMonth(m: number, year: number | undefined, published: Ymd | undefined): string {
  const y = year ?? (published ? inferYear(published, m) : undefined);
  return y === undefined ? isoWithoutYear(m) : isoOf(y, m);
}

/** Compares two ISO values of possibly different precision by their first day. */
export function isoBefore(a: string, b: string): boolean {
  return a.localeCompare(b) < 0;
}

/**
 * A period whose end's year is known (or inferred) and whose start lacks one:
 * the start takes the latest year that keeps it before the end.
 */
export function startBefore(end: { y: number; m: number; d?: number }, m: number, d?: number): number {
  const sameYearBefore = d === undefined ? m <= end.m : m < end.m || (m === end.m && d <= (end.d ?? 31));
  return sameYearBefore ? end.y : end.y - 1;
}
