/**
 * Vietnamese statistics: a number (`1.000`, `7,3`, `1,2 triệu`, `hàng trăm`) with what it
 * counts, a percentage or money, and the qualifier before it (`gần`, `hơn`, `khoảng`).
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { parseDigits } from '../common/numbers';
import { alternation, isWordAt, squash, wordsBefore } from '../common/text';
import type { Approx } from '../types';
import { COUNTED_NOUNS, CURRENCIES, MEASURED_GOODS, MEASURE_UNITS, NOT_COUNTED, NUMBER_WORDS, QUALIFIERS, SCALES } from './data/counted-nouns';

const DIGITS = '\\d{1,3}(?:\\.\\d{3}){1,5}(?:,\\d{1,6})?|\\d{1,15}(?:,\\d{1,6})?';
const WORDS = alternation(Object.keys(NUMBER_WORDS));
const SCALE = alternation(Object.keys(SCALES));
const CURRENCY = alternation(Object.keys(CURRENCIES));
const NOUN = alternation(COUNTED_NOUNS);
const GOODS = alternation(MEASURED_GOODS);
const MEASURES = new Set(MEASURE_UNITS);
const END = '(?![\\p{L}\\p{N}])';
const TAIL = `(?:\\s+(${SCALE}))?\\s*(?:(%|phần trăm)|(${NOUN})${END}(?:\\s+(${GOODS})${END})?|(${CURRENCY})${END})`;
/** Two passes: digits scan fast; number words need a word start. Groups: number, then TAIL's five. */
const PATTERNS = [new RegExp(`(${DIGITS})${TAIL}`, 'gu'), new RegExp(`(?<![\\p{L}])(${WORDS})${TAIL}`, 'gu')];
/** A number, then one or two lowercase words of something not listed: `38 giao dịch`. */
const OPEN = new RegExp(`(${DIGITS})(?:\\s+(${SCALE}))?\\s+(\\p{Ll}{1,8})(?:\\s+(\\p{Ll}{1,8}))?${END}`, 'gu');
const NOT_COUNTED_SET = new Set(NOT_COUNTED);
const CHANGES = new Set(['tăng', 'giảm']);
/** Ordinals and labels: `lần thứ 5`, `Điều 5`, `số 5`. */
const LABELS = new Set(['thứ', 'số', 'gấp', 'SN', 'sinh năm', 'lúc', 'Điều', 'điều', 'khoản', 'Khoản', 'Điểm', 'Cụm', 'cụm', 'Khu', 'khu', 'Tổ', 'tổ', 'Đội', 'lô', 'Lô', 'Phòng', 'nhà', 'số nhà', 'tầng', 'đường', 'Quốc lộ', 'quốc lộ', 'QL', 'tỉnh lộ', 'km', 'Km', 'hẻm', 'ngõ', 'kiệt', 'ấp']);

/** What comes before a number: undefined for a label or a code's tail, else its qualifier and span start. */
function lookBehind(text: string, start: number): { start: number; approx?: Approx; change: boolean } | undefined {
  const prev = text.charCodeAt(start - 1);
  // Not the tail of a longer number or code (`07/2024`, `1.000.000.000.000`).
  if (isWordAt(text, start - 1) || prev === 46 || prev === 44 || prev === 47 || prev === 45) return undefined;
  const before = wordsBefore(text, start, 2);
  if (before.some((b) => LABELS.has(b.words))) return undefined;
  const qualifier = before.findLast((b) => QUALIFIERS[b.words] !== undefined);
  if (qualifier) return { start: qualifier.start, approx: QUALIFIERS[qualifier.words], change: false };
  if (before[0] && CHANGES.has(before[0].words)) return { start: before[0].start, change: true };
  return { start, change: false };
}

const statistic = (start: number, end: number, value: number, unit: string, approx?: Approx): Candidate => ({
  type: 'statistic',
  start,
  end,
  value: { value: Math.round(value * 1e6) / 1e6, unit, ...(approx ? { approx } : {}) },
  priority: PRIORITY.statistic,
});

/** The statistic a listed-noun match makes, or undefined when the number is a label or a code's tail. */
function statisticOf(text: string, m: RegExpMatchArray, written: boolean): Candidate | undefined {
  const behind = lookBehind(text, m.index!);
  if (!behind) return undefined;
  const [, number, scaleWord, percent, noun, goods, currency] = m;
  const lower = number!.toLowerCase();
  // Written numbers are lowercase, but for a sentence's `Hàng trăm`.
  if (written && number !== lower && !number!.startsWith('Hàng ')) return undefined;
  let value = written ? NUMBER_WORDS[squash(lower)]! : parseDigits(number!, 'vi');
  if (!Number.isFinite(value)) return undefined;
  if (scaleWord) value *= SCALES[squash(scaleWord)] ?? 1;
  let unit: string;
  if (percent) unit = '%';
  else if (currency) unit = CURRENCIES[squash(currency)] ?? currency;
  else {
    unit = squash(noun!);
    // Only measures take what they measure: `10 kg ma túy`, not `52 đối tượng ma túy`.
    if (goods && !MEASURES.has(unit)) return undefined;
  }
  // `tăng 12%` keeps its verb; other counts start at their number or qualifier.
  const start = behind.change && !percent ? m.index! : behind.start;
  const approx = behind.approx ?? (lower.startsWith('hàng') ? 'over' : undefined);
  return statistic(start, m.index! + m[0].length, value, unit, approx);
}

/** A count of something the lists do not name (`38 giao dịch`), or undefined when the words count nothing. */
function openStatisticOf(text: string, m: RegExpMatchArray): Candidate | undefined {
  const [, number, scaleWord, first, second] = m;
  // Years (`2023 cả nước`) and numbers with a leading zero (phones, codes) count nothing.
  if (/^(?:1[89]|20)\d\d$|^0\d/.test(number!) || NOT_COUNTED_SET.has(first!)) return undefined;
  const behind = lookBehind(text, m.index!);
  if (!behind) return undefined;
  let value = parseDigits(number!, 'vi');
  if (!Number.isFinite(value)) return undefined;
  if (scaleWord) value *= SCALES[squash(scaleWord)] ?? 1;
  const two = second !== undefined && !NOT_COUNTED_SET.has(second);
  const end = two ? m.index! + m[0].length : m.index! + m[0].lastIndexOf(first!) + first!.length;
  const start = behind.change ? m.index! : behind.start;
  return statistic(start, end, value, two ? `${first} ${second}` : first!, behind.approx);
}

/** Every Vietnamese statistic in `text`. */
export function findStatistics(text: string): Candidate[] {
  const out: Candidate[] = [];
  const counted = new Set<number>();
  PATTERNS.forEach((pattern, pass) => {
    for (const m of text.matchAll(pattern)) {
      counted.add(m.index);
      const stat = statisticOf(text, m, pass === 1);
      if (stat) out.push(stat);
    }
  });
  for (const m of text.matchAll(OPEN)) {
    if (counted.has(m.index)) continue;
    const stat = openStatisticOf(text, m);
    if (stat) out.push(stat);
  }
  return out;
}
