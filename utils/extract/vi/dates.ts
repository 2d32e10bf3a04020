/** Vietnamese dates: numeric and written-out days, months, years, quarters and periods. */

import { dateCandidate, type Candidate } from '../common/candidates';
import { isoOf, isValidDate, resolveDay, resolveMonth, startBefore, type Ymd } from '../common/calendar';
import { alternation, isWholeWord } from '../common/text';
import { DAY_CUES, MONTH_WORDS, YEAR_CUES } from './data/date-words';

const YEAR = '(?:1[89]|2[01])\\d\\d';
const MONTH_WORD = alternation(Object.keys(MONTH_WORDS));
const MONTH = `(\\d{1,2}|${MONTH_WORD})`;
const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const COUNT_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, 'mười hai': 12 };

const FULL_NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})/g;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g;
const DAY_MONTH = /(\d{1,2})([/.-])(\d{1,2})/g;
const WRITTEN_DAY = new RegExp(`([Nn]gày\\s+)?(\\d{1,2})\\s+tháng\\s+${MONTH}(?:(?:\\s+năm\\s+|\\s*[,/-]\\s*(?:năm\\s+)?)(${YEAR}))?`, 'gu');
const MONTH_YEAR = new RegExp(`[Tt]háng\\s+${MONTH}(?:\\s*[/-]\\s*|\\.|\\s*,?\\s+năm\\s+)(${YEAR})`, 'gu');
const MONTH_ALONE = new RegExp(`[Tt]háng\\s+${MONTH}`, 'gu');
const YEAR_CUED = new RegExp(`(?:${alternation(YEAR_CUES)})\\s+(${YEAR})`, 'gu');
const YEAR_RANGE = new RegExp(`(${YEAR})\\s?-\\s?(${YEAR})`, 'g');
const FROM_TO_YEAR = new RegExp(`[Tt]ừ\\s+(?:năm\\s+)?(${YEAR})\\s+(?:đến|tới)\\s+(?:năm\\s+)?(${YEAR})`, 'gu');
const PART_OF_YEAR = new RegExp(`(\\d{1,2}|${alternation(Object.keys(COUNT_WORDS))})\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(${YEAR}))?`, 'giu');
const QUARTER = new RegExp(`[Qq]uý\\s+(IV|I{1,3}|[1-4])(?:(?:\\s*[/-]\\s*|\\s+năm\\s+)(${YEAR}))?`, 'gu');
const DAY_RANGE = /[Tt]ừ\s+(?:ngày\s+)?(\d{1,2})(?:[/-](\d{1,2})(?:[/-](\d{4}))?)?\s+(?:đến|tới)\s+(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?/gu;
const MONTH_RANGE = new RegExp(`[Tt]ừ\\s+tháng\\s+(\\d{1,2})(?:[/-](${YEAR}))?\\s+(?:đến|tới)\\s+(?:hết\\s+)?tháng\\s+(\\d{1,2})(?:\\s*[/-]\\s*|\\s+năm\\s+)(${YEAR})`, 'gu');

const DAY_CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(DAY_CUES)})\\s*[(,]?\\s*$|\\(\\s*$`, 'iu');
const FRACTION_BEFORE = /(?:tỷ lệ|tỉ lệ|chiếm|khoảng|gần|hơn|trên|số|Điều|khoản|tỉ số|tỷ số)\s*$/iu;

const monthOf = (s: string): number => MONTH_WORDS[s] ?? Number(s);

const date = dateCandidate;

/** Every Vietnamese date and period in `text`, resolved against `published`. */
export function findDates(text: string, published: Ymd | undefined): Candidate[] {
  const out: Candidate[] = [];
  const whole = (m: RegExpExecArray) => isWholeWord(text, m.index, m.index + m[0].length);
  const push = (m: RegExpExecArray, iso: string | undefined) => {
    if (iso) out.push(date(m.index, m.index + m[0].length, iso));
  };

  for (const m of text.matchAll(FULL_NUMERIC)) {
    const [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // `15/8/2014` but not the tail of `07/15/8/2014`-like symbols.
    if (!whole(m) || /[/.-]$/.test(text.slice(0, m.index)) || /^[/.-]\d/.test(text.slice(m.index + m[0].length))) continue;
    if (isValidDate(y, mo, d)) push(m, isoOf(y, mo, d));
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (whole(m) && isValidDate(y, mo, d)) push(m, isoOf(y, mo, d));
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!whole(m) || /^[/.,-]\d/.test(after) || /[/.,-]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const [d, mo] = [Number(m[1]), Number(m[3])];
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // `7-8 người` is a range of numbers, `1/3 số vụ` a fraction, `7.3` may be a decimal:
    // dashes and dots need a cue, slashes must not be fractions.
    if (m[2] !== '/' ? !DAY_CUE_BEFORE.test(before) : FRACTION_BEFORE.test(before) || /^\s*%/.test(after)) continue;
    push(m, resolveDay(mo, d, undefined, published));
  }
  for (const m of text.matchAll(WRITTEN_DAY)) {
    if (!whole(m) || (!m[1] && !m[4])) continue;
    const d = Number(m[2]);
    const mo = monthOf(m[3]!);
    push(m, resolveDay(mo, d, m[4] ? Number(m[4]) : undefined, published));
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const mo = monthOf(m[1]!);
    if (whole(m) && mo >= 1 && mo <= 12) push(m, isoOf(Number(m[2]), mo));
  }
  for (const m of text.matchAll(MONTH_ALONE)) {
    const mo = monthOf(m[1]!);
    // `tháng năm` (months and years) is not May: month words must be capitalized, which the list is.
    if (whole(m) && mo >= 1 && mo <= 12 && !/^[/-]\d/.test(text.slice(m.index + m[0].length))) push(m, resolveMonth(mo, undefined, published));
  }
  for (const m of text.matchAll(YEAR_CUED)) {
    if (whole(m)) push(m, m[1]);
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (whole(m) && b > a && b - a <= 100 && !/[/-]$/.test(text.slice(0, m.index))) push(m, `${a}/${b}`);
  }
  for (const m of text.matchAll(FROM_TO_YEAR)) {
    if (whole(m) && Number(m[2]) > Number(m[1])) push(m, `${m[1]}/${m[2]}`);
  }
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const y = m[3] ? Number(m[3]) : published?.y;
    if (!whole(m) || y === undefined || n < 1 || n > 12) continue;
    const first = m[2] === 'đầu';
    push(m, first ? `${isoOf(y, 1)}/${isoOf(y, n)}` : `${isoOf(y, 13 - n)}/${isoOf(y, 12)}`);
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = ROMAN_QUARTER[m[1]!]!;
    if (!whole(m)) continue;
    const endMonth = q * 3;
    const endIso = resolveMonth(endMonth, m[2] ? Number(m[2]) : undefined, published);
    if (endIso.startsWith('--')) continue;
    const y = Number(endIso.slice(0, 4));
    push(m, `${isoOf(y, endMonth - 2)}/${isoOf(y, endMonth)}`);
  }
  for (const m of text.matchAll(DAY_RANGE)) {
    // `từ ngày 13 đến 16/11`: a start without its month shares the end's.
    const [d1, d2, m2] = [Number(m[1]), Number(m[4]), Number(m[5])];
    const m1 = m[2] ? Number(m[2]) : m2;
    if (!m[2] && !/^[Tt]ừ\s+ngày/u.test(m[0])) continue;
    const y2 = m[6] ? Number(m[6]) : undefined;
    const endIso = resolveDay(m2, d2, y2, published);
    if (!whole(m) || !endIso || endIso.startsWith('--')) continue;
    const end = { y: Number(endIso.slice(0, 4)), m: m2, d: d2 };
    const y1 = m[3] ? Number(m[3]) : startBefore(end, m1, d1);
    if (isValidDate(y1, m1, d1)) push(m, `${isoOf(y1, m1, d1)}/${endIso}`);
  }
  for (const m of text.matchAll(MONTH_RANGE)) {
    const [m1, m2, y2] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!whole(m) || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) continue;
    const y1 = m[2] ? Number(m[2]) : startBefore({ y: y2, m: m2 }, m1);
    push(m, `${isoOf(y1, m1)}/${isoOf(y2, m2)}`);
  }
  return out;
}
