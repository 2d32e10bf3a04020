import { describe, expect, it } from 'vitest';
import { extractFields } from '..';
import { toMatchText } from '../normalize';

describe('toMatchText', () => {
  it('leaves plain NFC text alone', () => {
    const m = toMatchText('Chỉ thị số 07/CT-BCA');
    expect(m.text).toBe('Chỉ thị số 07/CT-BCA');
    expect(m.toOriginalStart(3)).toBe(3);
  });

  it('folds dash, space and apostrophe variants one for one', () => {
    expect(toMatchText('NĐ–CP 2014—2024 a\u00a0b Attorney’s').text).toBe("NĐ-CP 2014-2024 a b Attorney's");
  });

  it('composes decomposed Vietnamese and maps spans back to the original', () => {
    const original = 'Bộ Công an'.normalize('NFD');
    const m = toMatchText(original);
    expect(m.text).toBe('Bộ Công an');
    expect(m.toOriginalStart(3)).toBe(original.indexOf('C'));
    expect(original.slice(m.toOriginalStart(0), m.toOriginalEnd(2))).toBe('Bộ'.normalize('NFD'));
    expect(m.toOriginalEnd(m.text.length)).toBe(original.length);
  });

  it('drops invisible characters but keeps spans on the original', () => {
    const original = 'Chỉ\u200b thị số 0\u00ad7/CT-\ufeffBCA';
    const m = toMatchText(original);
    expect(m.text).toBe('Chỉ thị số 07/CT-BCA');
    const start = m.text.indexOf('07');
    expect(original.slice(m.toOriginalStart(start), m.toOriginalEnd(m.text.length))).toBe('0\u00ad7/CT-\ufeffBCA');
  });

  it('ends a span before invisibles that follow it', () => {
    const original = 'UBND tỉnh\u200b\u200b họp';
    const m = toMatchText(original);
    expect(original.slice(0, m.toOriginalEnd(9))).toBe('UBND tỉnh');
  });
});

describe('extractFields on altered text', () => {
  const clean = 'Chiều 28/8, Ban Chỉ đạo 138 tỉnh tổng kết Chỉ thị số 07/CT-BCA-V28 của Bộ Công an; gần 128 vụ.';
  const expected = extractFields(clean, { lang: 'vi', published: '2024-08-29' });

  it.each([
    ['decomposed Unicode', clean.normalize('NFD')],
    ['zero-width characters between letters', clean.replace(/([a-zà-ỹ])(?=[a-zà-ỹ])/gu, '$1\u200b')],
    ['soft hyphens and BOMs', '\ufeff' + clean.replace(/ /g, '\u00ad ')],
    ['en dashes in the symbol', clean.replace('CT-BCA', 'CT–BCA')],
  ])('finds the same fields in %s, with spans into that text', (_name, altered) => {
    const fields = extractFields(altered, { lang: 'vi', published: '2024-08-29' });
    expect(fields.map((f) => [f.type, f.value])).toEqual(expected.map((f) => [f.type, f.value]));
    for (const f of fields) expect(altered.slice(f.start, f.end)).toBe(f.text);
    expect(fields.map((f) => f.text.normalize('NFC').replace(/[\u200b\u00ad\ufeff]/g, '').replace('–', '-'))).toEqual(
      expected.map((f) => f.text),
    );
  });
});

describe('old-style tone placement', () => {
  it('matches `Uỷ ban`, `Toà án`, `hoà` as `Ủy ban`, `Tòa án`, `hòa`, same length', () => {
    const m = toMatchText('Uỷ ban nhân dân, Toà án, hoà giải, khoẻ, thuỷ, quý II, hoàn thành');
    expect(m.text).toBe('Ủy ban nhân dân, Tòa án, hòa giải, khỏe, thủy, quý II, hoàn thành');
  });

  it('finds agencies written the old way, with spans into the original', () => {
    const text = 'Toà án nhân dân tỉnh và UBND tỉnh; Uỷ ban Kiểm tra Tỉnh uỷ họp.';
    const names = extractFields(text, { lang: 'vi' }).filter((f) => f.type === 'agency');
    expect(names.map((f) => [f.text, f.type === 'agency' && f.value.name])).toEqual([
      ['Toà án nhân dân tỉnh', 'Tòa án nhân dân tỉnh'],
      ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
      ['Uỷ ban Kiểm tra Tỉnh uỷ', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ]);
  });
});

describe('extraction in steps', () => {
  it('finds what one pass finds, yielding between steps', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { extractFieldsInSteps } = await import('..');
    const page = readFileSync(join(process.cwd(), '..', 'shared', 'samples', 'vi-antq-conference.txt'), 'utf8');
    const text = Array.from({ length: 12 }, () => page).join('\n\n');
    const steps = extractFieldsInSteps(text, { lang: 'vi', published: '2024-08-29' }, 4_000);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    const whole = extractFieldsInSteps(text, { lang: 'vi', published: '2024-08-29' }, 1 << 30);
    let w = whole.next();
    while (!w.done) w = whole.next();
    expect(r.value).toEqual(w.value);
    expect(r.value.length).toBe(12 * extractFields(page, { lang: 'vi', published: '2024-08-29' }).length);
  });
});

describe('fields known from earlier text', () => {
  it('resolve short mentions and acronyms in text that came later', () => {
    const first = extractFields('Bộ Công an ban hành Chỉ thị số 07/CT-BCA-V28. Phòng Cảnh sát hình sự (PC02) vào cuộc.', { lang: 'vi' });
    const later = extractFields('Thực hiện Chỉ thị số 07, PC02 đã bắt giữ 3 đối tượng.', { lang: 'vi', known: first });
    expect(later.map((f) => [f.text, f.type === 'directive' ? f.value.id : f.type === 'agency' ? f.value.name : ''])).toEqual([
      ['Chỉ thị số 07', 'Chỉ thị 07/CT-BCA-V28'],
      ['PC02', 'Phòng Cảnh sát hình sự'],
      ['3 đối tượng', ''],
    ]);
    const alone = extractFields('Thực hiện Chỉ thị số 07, PC02 đã bắt giữ 3 đối tượng.', { lang: 'vi' });
    expect(alone.map((f) => f.text)).toEqual(['Chỉ thị số 07', '3 đối tượng']);
  });
});
