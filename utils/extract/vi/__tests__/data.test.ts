/** One table per Vietnamese word list: every entry a researcher adds is exercised through the engine. */

import { describe, expect, it } from 'vitest';
import { extractFields, type Field, type FieldType } from '../..';
import { AGENCY_ABBREVIATIONS } from '../data/abbreviations';
import { AGENCY_HEADS } from '../data/agency-heads';
import { AGENCY_NAMES } from '../data/agency-names';
import { COUNTED_NOUNS, CURRENCIES, MEASURED_GOODS, MEASURE_UNITS, NUMBER_WORDS, QUALIFIERS, SCALES } from '../data/counted-nouns';
import { MONTH_WORDS } from '../data/date-words';
import { DIRECTIVE_CODES, DIRECTIVE_KINDS, ISSUER_CODES } from '../data/directive-kinds';
import { PROVINCES } from '../data/places';

const run = (text: string, type: FieldType): Field[] =>
  extractFields(text, { lang: 'vi', published: '2024-08-29' }).filter((f) => f.type === type);
const spans = (text: string, type: FieldType) => run(text, type).map((f) => f.text);

describe('agency heads', () => {
  it.each(Object.entries(AGENCY_HEADS))('%s (%s)', (head, rule) => {
    // Each head with what its rule asks for after it.
    const name = rule === 'alone' ? head : rule === 'place' ? `${head} tỉnh Nghệ An` : `${head} Cảnh sát hình sự`;
    const expected = head === 'Cơ quan' ? `${head} Cảnh sát điều tra` : name;
    expect(spans(`Hôm qua, ${expected} đã có văn bản.`, 'agency')).toContain(expected);
  });
});

describe('agency names', () => {
  it.each(AGENCY_NAMES.filter((n) => /^\p{Lu}/u.test(n)))('Sở %s', (name) => {
    expect(spans(`Theo Sở ${name} cho biết, việc này đã xong.`, 'agency')).toEqual([`Sở ${name}`]);
  });
});

describe('abbreviations', () => {
  const usable = Object.entries(AGENCY_ABBREVIATIONS).filter(([a]) => !/^(?:TP|Tp|TX)\.?$/.test(a));
  it.each(usable)('%s → %s', (abbr, full) => {
    const text = `Đại diện Sở ${abbr} tỉnh phát biểu.`;
    const [f] = run(text, 'agency');
    expect(f?.text).toBe(`Sở ${abbr} tỉnh`);
    expect(f?.type === 'agency' && f.value.name).toBe(`Sở ${full} tỉnh`);
  });
});

describe('provinces', () => {
  it.each(PROVINCES)('Công an tỉnh %s', (province) => {
    expect(spans(`Giám đốc Công an tỉnh ${province} Nguyễn Văn An phát biểu.`, 'agency')).toEqual([`Công an tỉnh ${province}`]);
  });
});

describe('directive kinds', () => {
  it.each(DIRECTIVE_KINDS)('%s số 12/KH-UBND', (kind) => {
    const [f] = run(`Thực hiện ${kind} số 12/KH-UBND của tỉnh.`, 'directive');
    expect(f?.type === 'directive' && f.value).toMatchObject({ id: `${kind} 12/KH-UBND`, kind });
  });
});

describe('directive type codes', () => {
  it.each(Object.entries(DIRECTIVE_CODES))('số 12/%s-UBND is a %s', (code, kind) => {
    const [f] = run(`Theo văn bản (số 12/${code}-UBND) ban hành.`, 'directive');
    expect(f?.type === 'directive' && f.value).toMatchObject({ kind, code: `${code}-UBND` });
  });
});

describe('issuer codes', () => {
  it.each(Object.entries(ISSUER_CODES))('Quyết định số 12/QĐ-%s is issued by %s', (code, issuer) => {
    const [f] = run(`Theo Quyết định số 12/QĐ-${code} đã ban hành.`, 'directive');
    expect(f?.type === 'directive' && f.value.issuer).toBe(issuer);
  });
});

describe('counted nouns', () => {
  it.each(COUNTED_NOUNS)('52 %s', (noun) => {
    const [f] = run(`Lực lượng chức năng đã xử lý 52 ${noun} trong đợt này.`, 'statistic');
    expect(f?.text).toBe(`52 ${noun}`);
    expect(f?.value).toMatchObject({ value: 52, unit: noun });
  });
});

describe('measures and goods', () => {
  it.each(MEASURE_UNITS.flatMap((u) => MEASURED_GOODS.map((g) => [u, g])))('10 %s %s', (unit, goods) => {
    expect(spans(`thu giữ 10 ${unit} ${goods} tại chỗ`, 'statistic')).toEqual([`10 ${unit} ${goods}`]);
  });
});

describe('currencies and scales', () => {
  it.each(Object.entries(CURRENCIES))('5 %s → %s', (word, code) => {
    const [f] = run(`thiệt hại 5 ${word} cho người dân`, 'statistic');
    expect(f?.value).toMatchObject({ value: 5, unit: code });
  });
  it.each(Object.entries(SCALES))('2 %s đồng', (scale, factor) => {
    const [f] = run(`thu 2 ${scale} đồng`, 'statistic');
    expect(f?.value).toMatchObject({ value: 2 * factor, unit: 'VND' });
  });
});

describe('number words and qualifiers', () => {
  it.each(Object.entries(NUMBER_WORDS))('%s đối tượng', (words, value) => {
    const [f] = run(`bắt giữ ${words} đối tượng`, 'statistic');
    expect(f?.value).toMatchObject({ value, unit: 'đối tượng' });
  });
  it.each(Object.entries(QUALIFIERS))('%s 30 người → %s', (qualifier, approx) => {
    const [f] = run(`có ${qualifier} 30 người tham gia`, 'statistic');
    expect(f?.text).toBe(`${qualifier} 30 người`);
    expect(f?.value).toMatchObject({ value: 30, approx });
  });
});

describe('month words', () => {
  it.each(Object.entries(MONTH_WORDS))('tháng %s năm 2023', (word, month) => {
    const [f] = run(`vào tháng ${word} năm 2023 đã có`, 'date');
    expect(f?.value).toEqual({ iso: `2023-${String(month).padStart(2, '0')}` });
  });
});
