/** English dates: written and numeric days, months, years, periods, weekdays and relative words. */

import { dateCandidate, type Candidate } from '../common/candidates';
import {
  addDays,
  inferYear,
  isoOf,
  isoWithoutYear,
  isValidDate,
  startBefore,
  weekday,
  type Ymd,
} from '../common/calendar';
import { alternation } from '../common/text';
import {
  DATE_CUES,
  DATED_NOUNS,
  FULL_MONTHS,
  MONTH_DETERMINERS,
  MONTHS,
  PERIOD_JOINERS,
  PERIOD_OPENERS,
  RELATIVE_DAYS,
  RELATIVE_HEDGES,
  RELATIVE_STEPS,
  RELATIVE_UNITS,
  AGO_UNITS,
  WEEKDAYS,
  YEAR_PARTS,
  YEAR_SPANS,
} from './data/date-words';
import { SMALL_NUMBERS, UNIT_WORDS } from './data/number-words';
import { capitalAlternation } from './patterns';

/** A date as the text states it; what is missing is inferred later. */
interface Point {
  y?: number;
  m?: number;
  d?: number;
}

const FULL_NAMES = new Set(FULL_MONTHS);
const ABBREVIATIONS = Object.keys(MONTHS).filter((k) => !FULL_NAMES.has(k));
// Full names first, so `March` is never read as `Mar`; a `.` only after an abbreviation.
const MONTH = `(?:(?:${alternation(FULL_MONTHS)})|(?:${alternation(ABBREVIATIONS)})\\.?)(?![A-Za-z])`;
const FULL_MONTH = `(?:${alternation(FULL_MONTHS)})(?![A-Za-z])`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
const DAY = '(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])';
const YEAR = '(?:1[89]|2[01])[0-9]{2}(?![0-9])';
// Spaces within a line: a date never spans paragraphs.
const SP = '[^\\S\\r\\n]{1,3}';
const SP0 = '[^\\S\\r\\n]{0,3}';

const MDY = `(?:${WEEKDAY},?${SP})?${MONTH}${SP0}${DAY}(?:,?${SP}${YEAR})?`;
const DMY = `(?:${WEEKDAY},?${SP})?${DAY}${SP}(?:of${SP})?${MONTH}(?:,?${SP}${YEAR})?`;
const MY = `${MONTH},?${SP}${YEAR}`;

// Every pattern below starts with a letter or digit, so a word boundary (fast) says what a lookbehind would.
const L = '\\b';
const POINT_PATTERNS = [new RegExp(`${L}${MDY}`, 'g'), new RegExp(`${L}${DMY}`, 'g'), new RegExp(`${L}${MY}`, 'g')];
const MONTH_ATOM = new RegExp(`${L}${FULL_MONTH}`, 'g');
const YEAR_ATOM = new RegExp(`(?<![0-9A-Za-z/.,-])${YEAR}`, 'g');
// What joins the two ends of a period, and what may open it (kept in the span).
const PERIOD_GAP = new RegExp(`^(?:${SP0}-${SP0}|${SP}(${alternation(PERIOD_JOINERS.filter((j) => j !== '-'))})${SP})$`);
const PERIOD_OPENER = new RegExp(`(?:^|[^A-Za-z])(${capitalAlternation(PERIOD_OPENERS)})${SP}$`);
const DAY_RANGE = new RegExp(`${L}(${MONTH})${SP0}(${DAY})${SP0}(?:-|to|through|and)${SP0}(${DAY})(?:,?${SP}(${YEAR}))?`, 'g');
const DAY_RANGE_DMY = new RegExp(`${L}(${DAY})${SP0}(?:-|to)${SP0}(${DAY})${SP}(${MONTH})(?:,?${SP}(${YEAR}))?`, 'g');
const YEAR_RANGE = new RegExp(`(?<![0-9A-Za-z/.,-])(${YEAR}) {0,2}- {0,2}((?:1[89]|2[01])[0-9]{2}|[0-9]{2})(?![0-9]|[-/.][0-9])`, 'g');
// A month alone, not the start of `March 31` or `August 2024` (found above).
const MONTH_ALONE = `(${FULL_MONTH})(?!${SP0}[0-9]|,?${SP}${YEAR})`;
const CUED = new RegExp(`${L}(?:${capitalAlternation(DATE_CUES)})(?:${SP}|(?<=-))(?:${MONTH_ALONE}|(${YEAR}))`, 'g');
const STEPPED_MONTH = new RegExp(`${L}(${capitalAlternation(Object.keys(RELATIVE_STEPS))})${SP}${MONTH_ALONE}`, 'g');
const YEAR_PART = new RegExp(
  `${L}(?:(?:the${SP})?(${capitalAlternation(Object.keys(YEAR_PARTS).filter((k) => k.includes(' ')))})${SP}of${SP}|(${alternation(Object.keys(YEAR_PARTS).filter((k) => !k.includes(' ')))})${SP0})(${YEAR})`,
  'g',
);
const ISO = /(?<![0-9A-Za-z/.-])((?:1[89]|2[01])[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9]|[-/][0-9])/g;
const NUMERIC = /(?<![0-9A-Za-z/.-])([0-9]{1,2})([/.])([0-9]{1,2})\2((?:1[89]|2[01])[0-9]{2})(?![0-9]|[/.][0-9])/g;
const WEEKDAY_MENTION = new RegExp(`${L}(?:(${capitalAlternation(Object.keys(RELATIVE_STEPS))})${SP})?(${WEEKDAY})(?![A-Za-z])`, 'g');
// Named days (`Good Friday`) and recurring ones (`every Friday and Saturday night`).
const NOT_A_WEEKDAY = new RegExp(
  `(?:(?:Black|Good|Super|Cyber|Easter|Palm|Ash|Holy|Bloody|Maundy|Giving)\\s+|(?:every|each|most|all)\\s+(?:${WEEKDAY}\\s+(?:and|or)\\s+)?)$`,
);
const COUNT_WORD = `(?:[0-9]{1,3}|an?|one|${alternation(Object.keys(SMALL_NUMBERS).filter((w) => !w.includes(' ')))})`;
const RELATIVE = new RegExp(
  `${L}(?:(${capitalAlternation(Object.keys(RELATIVE_DAYS))})|(${capitalAlternation(Object.keys(RELATIVE_STEPS))})${SP}(${alternation(RELATIVE_UNITS)})|(${COUNT_WORD})${SP}(${alternation(AGO_UNITS)})s?${SP}ago)(?![A-Za-z])`,
  'g',
);
// `earlier this month`: a hedge before `last`/`this`/`next …` joins its span (looked up behind the match: cheaper).
const HEDGE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${capitalAlternation(RELATIVE_HEDGES)})${SP}$`);
// `the first five months of 2024`: months counted from one end of a year; `the` before joins the span.
const YEAR_SPAN = new RegExp(
  `${L}(${capitalAlternation(Object.keys(YEAR_SPANS))})${SP}(${COUNT_WORD})${SP}months${SP}of${SP}(${YEAR})`,
  'g',
);
const THE_BEFORE = new RegExp(`(?:^|[^A-Za-z])([Tt]he${SP})$`);
// A month name as a modifier: `the October deadline` (the month alone is the span; the determiner is looked up behind).
const MONTH_MODIFIER = new RegExp(`${L}(${FULL_MONTH})${SP}(?:${alternation(DATED_NOUNS)})(?![A-Za-z])`, 'g');
const DETERMINER_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${capitalAlternation(MONTH_DETERMINERS)})${SP}$`);
// `USA Today` is a newspaper.
const NOT_A_DAY = /(?:USA|Sports|Psychology)\s+$/;
// `over the last year` is a duration, not last year.
const DURATION_BEFORE = /(?:^|[^A-Za-z])(?:the|past|over|within|for)\s+$/i;

const POINT_PARSERS: { re: RegExp; read: (m: RegExpExecArray) => Point }[] = [
  {
    re: new RegExp(`^(?:${WEEKDAY},?${SP})?(${MONTH})${SP0}(${DAY})(?:,?${SP}(${YEAR}))?$`),
    read: (m) => ({ m: monthOf(m[1]!), d: parseInt(m[2]!, 10), y: m[3] ? Number(m[3]) : undefined }),
  },
  {
    re: new RegExp(`^(?:${WEEKDAY},?${SP})?(${DAY})${SP}(?:of${SP})?(${MONTH})(?:,?${SP}(${YEAR}))?$`),
    read: (m) => ({ m: monthOf(m[2]!), d: parseInt(m[1]!, 10), y: m[3] ? Number(m[3]) : undefined }),
  },
  { re: new RegExp(`^(${MONTH}),?${SP}(${YEAR})$`), read: (m) => ({ m: monthOf(m[1]!), y: Number(m[2]) }) },
  { re: new RegExp(`^(${FULL_MONTH})$`), read: (m) => ({ m: monthOf(m[1]!) }) },
  { re: new RegExp(`^(${YEAR})$`), read: (m) => ({ y: Number(m[1]) }) },
];

function monthOf(s: string): number {
  return MONTHS[s.replace(/\.$/, '')] ?? 0;
}

function parsePoint(s: string): Point | undefined {
  for (const { re, read } of POINT_PARSERS) {
    const m = re.exec(s);
    if (m) return read(m);
  }
  return undefined;
}

function countOf(s: string): number {
  const w = s.toLowerCase();
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  return /^[0-9]/.test(w) ? Number(w) : (SMALL_NUMBERS[w] ?? UNIT_WORDS[w] ?? 0);
}

/** ISO value of a point, its missing year inferred from `published` (or left out without it). */
function pointIso(p: Point, published: Ymd | undefined): string | undefined {
  if (p.m === undefined) return p.y === undefined ? undefined : isoOf(p.y);
  let y = p.y;
  if (y === undefined && published) y = inferYear(published, p.m, p.d);
  if (p.d !== undefined) {
    if (y === undefined) return isValidDate(2000, p.m, p.d) ? isoWithoutYear(p.m, p.d) : undefined;
    return isValidDate(y, p.m, p.d) ? isoOf(y, p.m, p.d) : undefined;
  }
  return y === undefined ? isoWithoutYear(p.m) : isoOf(y, p.m);
}

const isoOfYmd = (a: Ymd) => isoOf(a.y, a.m, a.d);

/** `A/B` for a period; a year-less end is inferred, a year-less start placed before the end. */
function periodIso(a: Point, b: Point, published: Ymd | undefined): string | undefined {
  const start = { ...a };
  const end = { ...b };
  if (end.y === undefined && end.m !== undefined) {
    if (start.y !== undefined && start.m !== undefined) {
      const sameYear = end.m > start.m || (end.m === start.m && (end.d ?? 31) >= (start.d ?? 1));
      end.y = sameYear ? start.y : start.y + 1;
    } else if (start.y === undefined && published) {
      end.y = inferYear(published, end.m, end.d);
    }
  }
  if (start.y === undefined && start.m !== undefined && end.y !== undefined) {
    start.y = startBefore({ y: end.y, m: end.m ?? 12, d: end.d }, start.m, start.d);
  }
  const from = pointIso(start, undefined);
  const to = pointIso(end, undefined);
  if (!from || !to || from === to) return undefined;
  // Only a real span: the start before the end.
  if (from.startsWith('--') === to.startsWith('--') && from.localeCompare(to) > 0) return undefined;
  return `${from}/${to}`;
}

/** A date-like piece of text that may be one end of a period. */
interface Atom {
  start: number;
  end: number;
  point: Point;
  /** `full`: a day or month with what makes it a date alone (`June 1`, `May 2023`). */
  kind: 'full' | 'month' | 'year';
}

/**
 * Periods: two ends joined by `to`/`-`/`and`… (`June 1 to December 31`), or opened by
 * `between`/`from` (`between 2022 and 2023`, `from January to March`). Linear in the atoms.
 */
function findPeriods(text: string, atoms: Atom[]): { start: number; end: number; from: Point; to: Point }[] {
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  // The longest atom at each place; a year inside `March 12, 2024` is no end of its own.
  const ends: Atom[] = [];
  for (const a of atoms) if (!ends.length || a.start >= ends[ends.length - 1]!.end) ends.push(a);
  const out: { start: number; end: number; from: Point; to: Point }[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const a = ends[i]!;
    const b = ends[i + 1]!;
    if (b.start - a.end > 14) continue;
    const gap = PERIOD_GAP.exec(text.slice(a.end, b.start));
    if (!gap) continue;
    const joiner = gap[1]?.toLowerCase() ?? '-';
    const opener = PERIOD_OPENER.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const between = opener?.[1]!.toLowerCase() === 'between';
    if (joiner === 'and' ? !between : between) continue;
    // Without an opener only days and months make a period: `June 1 to December 31`, `March to May 2024`.
    if (!opener && (a.kind === 'year' || b.kind !== 'full' || a.kind === 'month' && b.point.d !== undefined)) continue;
    const start = opener ? a.start - opener[0].length + opener[0].indexOf(opener[1]!) : a.start;
    out.push({ start, end: b.end, from: a.point, to: b.point });
  }
  return out;
}

const date = dateCandidate;

/** The Monday starting the week of `a`. */
const mondayOf = (a: Ymd) => addDays(a, -((weekday(a) + 6) % 7));

function relativeIso(step: -1 | 0 | 1, unit: string, p: Ymd): string {
  switch (unit) {
    case 'week': {
      const monday = addDays(mondayOf(p), 7 * step);
      return `${isoOfYmd(monday)}/${isoOfYmd(addDays(monday, 6))}`;
    }
    case 'weekend': {
      const wd = weekday(p);
      // This weekend: the one under way or coming; last: the latest one over before publication.
      let saturday = wd === 0 ? addDays(p, -1) : addDays(p, 6 - wd);
      if (step < 0) saturday = addDays(p, -(wd === 0 ? 8 : wd + 1));
      if (step > 0) saturday = addDays(saturday, 7);
      return `${isoOfYmd(saturday)}/${isoOfYmd(addDays(saturday, 1))}`;
    }
    case 'month': {
      const total = p.y * 12 + (p.m - 1) + step;
      return isoOf(Math.floor(total / 12), (total % 12) + 1);
    }
    default:
      return isoOf(p.y + step);
  }
}

function agoIso(n: number, unit: string, p: Ymd): string | undefined {
  if (n <= 0 || n > 500) return undefined;
  switch (unit) {
    case 'day':
      return isoOfYmd(addDays(p, -n));
    case 'week':
      return isoOfYmd(addDays(p, -7 * n));
    case 'month': {
      const total = p.y * 12 + (p.m - 1) - n;
      return isoOf(Math.floor(total / 12), (total % 12) + 1);
    }
    default:
      return isoOf(p.y - n);
  }
}

/** Every English date and period in `text`, resolved against `published`. */
export function findDates(text: string, published: Ymd | undefined): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, iso: string | undefined) => {
    if (iso) out.push(date(start, end, iso));
  };

  const atoms: Atom[] = [];
  for (const re of POINT_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const p = parsePoint(m[0]);
      if (!p) continue;
      push(m.index, m.index + m[0].length, pointIso(p, published));
      atoms.push({ start: m.index, end: m.index + m[0].length, point: p, kind: 'full' });
    }
  }
  for (const m of text.matchAll(MONTH_ATOM)) {
    atoms.push({ start: m.index, end: m.index + m[0].length, point: { m: monthOf(m[0]) }, kind: 'month' });
  }
  for (const m of text.matchAll(YEAR_ATOM)) {
    atoms.push({ start: m.index, end: m.index + m[0].length, point: { y: Number(m[0]) }, kind: 'year' });
  }
  for (const p of findPeriods(text, atoms)) push(p.start, p.end, periodIso(p.from, p.to, published));
  for (const m of text.matchAll(DAY_RANGE)) {
    const mo = monthOf(m[1]!);
    const y = m[4] ? Number(m[4]) : undefined;
    push(m.index, m.index + m[0].length, periodIso({ m: mo, d: parseInt(m[2]!, 10) }, { y, m: mo, d: parseInt(m[3]!, 10) }, published));
  }
  for (const m of text.matchAll(DAY_RANGE_DMY)) {
    const mo = monthOf(m[3]!);
    const y = m[4] ? Number(m[4]) : undefined;
    push(m.index, m.index + m[0].length, periodIso({ m: mo, d: parseInt(m[1]!, 10) }, { y, m: mo, d: parseInt(m[2]!, 10) }, published));
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const a = Number(m[1]);
    const tail = m[2]!;
    // `2022-23` only for consecutive years; `2019-44` is a number, not a period.
    const b = tail.length === 2 ? (Math.floor(a / 100) * 100 + Number(tail) === a + 1 ? a + 1 : 0) : Number(tail);
    if (b > a && b - a <= 200) push(m.index, m.index + m[0].length, `${a}/${b}`);
  }
  // The cue is part of the span: `in 2023`, `in April`.
  for (const m of text.matchAll(CUED)) {
    const end = m.index + m[0].length;
    // `in 2024-25` is a period (found above), `in 2019/1937` a number.
    if (m[2] && /^\s{0,2}[-/][0-9]/.test(text.slice(end, end + 4))) continue;
    let iso: string | undefined = m[2];
    if (m[1]) {
      const mo = monthOf(m[1]);
      // `since March` looks back: never the coming March.
      const past = published && /^since/i.test(m[0]);
      iso = past ? isoOf(mo <= published.m ? published.y : published.y - 1, mo) : pointIso({ m: mo }, published);
    }
    push(m.index, end, iso);
  }
  for (const m of text.matchAll(YEAR_PART)) {
    const part = YEAR_PARTS[(m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ')] ?? YEAR_PARTS[m[2] ?? ''];
    if (!part) continue;
    const y = Number(m[3]);
    push(m.index, m.index + m[0].length, `${isoOf(y, part[0])}/${isoOf(y, part[1])}`);
  }
  for (const m of text.matchAll(YEAR_SPAN)) {
    const n = countOf(m[2]!);
    if (n < 2 || n > 11) continue;
    const y = Number(m[3]);
    const [a, b] = YEAR_SPANS[m[1]!.toLowerCase()] === 'first' ? [1, n] : [13 - n, 12];
    const the = THE_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    push(m.index - (the ? the[1]!.length : 0), m.index + m[0].length, `${isoOf(y, a)}/${isoOf(y, b)}`);
  }
  for (const m of text.matchAll(MONTH_MODIFIER)) {
    if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    push(m.index, m.index + m[1]!.length, pointIso({ m: monthOf(m[1]!) }, published));
  }
  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) push(m.index, m.index + m[0].length, isoOf(y, mo, d));
  }
  for (const m of text.matchAll(NUMERIC)) {
    let [a, b] = [Number(m[1]), Number(m[3])];
    const y = Number(m[4]);
    // Slashes are American (month first) unless the first number cannot be a month; dots are day first.
    let [mo, d] = m[2] === '/' && a <= 12 ? [a, b] : [b, a];
    if (!isValidDate(y, mo, d)) [mo, d] = [d, mo];
    [a, b] = [mo, d];
    if (isValidDate(y, a, b)) push(m.index, m.index + m[0].length, isoOf(y, a, b));
  }
  if (!published) return out;

  for (const m of text.matchAll(STEPPED_MONTH)) {
    const step = RELATIVE_STEPS[m[1]!.toLowerCase()];
    const mo = monthOf(m[2]!);
    const { y, m: pm } = published;
    // `last September`: the latest September before this month; `next April`: the first after it.
    const year = step === -1 ? (mo < pm ? y : y - 1) : step === 1 ? (mo > pm ? y : y + 1) : inferYear(published, mo);
    push(m.index, m.index + m[0].length, isoOf(year, mo));
  }

  for (const m of text.matchAll(WEEKDAY_MENTION)) {
    if (NOT_A_WEEKDAY.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    const step = m[1] ? RELATIVE_STEPS[m[1].toLowerCase()] : undefined;
    const wd = WEEKDAYS[m[2]!]!;
    const back = (weekday(published) - wd + 7) % 7;
    let day: Ymd;
    if (step === 1) day = addDays(published, (wd - weekday(published) + 7) % 7 || 7);
    else if (step === -1) day = addDays(published, -(back || 7));
    else day = addDays(published, -back);
    push(m.index, m.index + m[0].length, isoOfYmd(day));
  }
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      if (NOT_A_DAY.test(text.slice(Math.max(0, start - 8), start))) continue;
      push(start, end, isoOfYmd(addDays(published, RELATIVE_DAYS[m[1].toLowerCase()] ?? 0)));
    } else if (m[2]) {
      const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      const from = hedge ? start - hedge[0].length + hedge[0].indexOf(hedge[1]!) : start;
      if (DURATION_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
      push(from, end, relativeIso(RELATIVE_STEPS[m[2].toLowerCase()] ?? 0, m[3]!, published));
    } else if (m[4]) {
      push(start, end, agoIso(countOf(m[4]), m[5]!, published));
    }
  }
  return out;
}
