/**
 * Vietnamese statistics: a number (`1.000`, `7,3`, `1,2 triệu`, `hàng trăm`) with what it
 * counts, a percentage or money, and the qualifier before it (`gần`, `hơn`, `khoảng`).
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { parseDigits } from '../common/numbers';
import { alternation, isWordAt, squash } from '../common/text';
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
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(${DIGITS})|(${WORDS}))(?:\\s+(${SCALE}))?\\s*(?:(%|phần trăm)|(${NOUN})${END}(?:\\s+(${GOODS})${END})?|(${CURRENCY})${END})`,
  'gu',
);
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(Object.keys(QUALIFIERS))})\\s+$`, 'u');
const CHANGE_BEFORE = /(?<![\p{L}\p{N}])(tăng|giảm)\s+$/u;
/** Ordinals and labels: `lần thứ 5`, `Điều 5`, `số 5`. */
const LABEL_BEFORE = /(?<![\p{L}\p{N}])(?:thứ|số|Điều|điều|khoản|Khoản|Điểm|Cụm|cụm|Khu|khu|Tổ|tổ|Đội|lô|Lô|phòng|Phòng|nhà|số nhà|tầng|đường|Quốc lộ|quốc lộ|QL|tỉnh lộ|km|Km|hẻm|ngõ|kiệt|ấp)\s+$/u;

/** Every Vietnamese statistic in `text`. */
export function findStatistics(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let start = m.index;
    const end = start + m[0].length;
    if (isWordAt(text, start - 1) || /[.,/-]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    if (LABEL_BEFORE.test(before)) continue;
    const [, digits, words, scaleWord, percent, noun, goods, currency] = m;
    const lowerWords = words?.toLocaleLowerCase('vi');
    if (words && words !== lowerWords && !/^Hàng /u.test(words)) continue;
    let value = digits ? parseDigits(digits, 'vi') : NUMBER_WORDS[squash(lowerWords!)]!;
    if (!Number.isFinite(value)) continue;
    if (scaleWord) value *= SCALES[squash(scaleWord)] ?? 1;
    let unit: string;
    if (percent) unit = '%';
    else if (currency) unit = CURRENCIES[squash(currency)] ?? currency;
    else {
      unit = squash(noun!);
      // Only measures take what they measure: `10 kg ma túy`, not `52 đối tượng ma túy`.
      if (goods && !MEASURES.has(unit)) continue;
    }
    let approx: Approx | undefined = words?.toLowerCase().startsWith('hàng') ? 'over' : undefined;
    const qualifier = QUALIFIER_BEFORE.exec(before);
    if (qualifier) {
      approx = QUALIFIERS[squash(qualifier[1]!)];
      start -= qualifier[0].length;
    } else if (percent) {
      const change = CHANGE_BEFORE.exec(before);
      if (change) start -= change[0].length;
    }
    const stat = { value: Math.round(value * 1e6) / 1e6, unit, ...(approx ? { approx } : {}) };
    out.push({ type: 'statistic', start, end, value: stat, priority: PRIORITY.statistic });
  }
  return out;
}
