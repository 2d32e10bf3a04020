/**
 * Vietnamese statistics: a number (`1.000`, `7,3`, `1,2 triệu`, `hàng trăm`) with what it
 * counts, a percentage or money, and the qualifier before it (`gần`, `hơn`, `khoảng`).
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { parseDigits } from '../common/numbers';
import { alternation, isWordAt, squash, wordsBefore } from '../common/text';
import type { Approx } from '../types';
import { COUNTED_NOUNS, CURRENCIES, MEASURED_GOODS, MEASURE_UNITS, NUMBER_WORDS, QUALIFIERS, SCALES } from './data/counted-nouns';

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
const CHANGES = new Set(['tăng', 'giảm']);
/** Ordinals and labels: `lần thứ 5`, `Điều 5`, `số 5`. */
const LABELS = new Set(['thứ', 'số', 'Điều', 'điều', 'khoản', 'Khoản', 'Điểm', 'Cụm', 'cụm', 'Khu', 'khu', 'Tổ', 'tổ', 'Đội', 'lô', 'Lô', 'Phòng', 'nhà', 'số nhà', 'tầng', 'đường', 'Quốc lộ', 'quốc lộ', 'QL', 'tỉnh lộ', 'km', 'Km', 'hẻm', 'ngõ', 'kiệt', 'ấp']);

/** The statistic a pattern's match makes, or undefined when the number is a label or a code's tail. */
function statisticOf(text: string, m: RegExpMatchArray, written: boolean): Candidate | undefined {
  let start = m.index!;
  const end = start + m[0].length;
  const prev = text.charCodeAt(start - 1);
  // Not the tail of a longer number or code (`07/2024`, `1.000.000.000.000`).
  if (isWordAt(text, start - 1) || prev === 46 || prev === 44 || prev === 47 || prev === 45) return undefined;
  const before = wordsBefore(text, start, 2);
  if (before.some((b) => LABELS.has(b.words))) return undefined;
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
  let approx: Approx | undefined = lower.startsWith('hàng') ? 'over' : undefined;
  const qualifier = before.findLast((b) => QUALIFIERS[b.words] !== undefined);
  if (qualifier) {
    approx = QUALIFIERS[qualifier.words];
    start = qualifier.start;
  } else if (percent && before[0] && CHANGES.has(before[0].words)) {
    start = before[0].start;
  }
  const stat = { value: Math.round(value * 1e6) / 1e6, unit, ...(approx ? { approx } : {}) };
  return { type: 'statistic', start, end, value: stat, priority: PRIORITY.statistic };
}

/** Every Vietnamese statistic in `text`. */
export function findStatistics(text: string): Candidate[] {
  const out: Candidate[] = [];
  PATTERNS.forEach((pattern, pass) => {
    for (const m of text.matchAll(pattern)) {
      const stat = statisticOf(text, m, pass === 1);
      if (stat) out.push(stat);
    }
  });
  return out;
}
