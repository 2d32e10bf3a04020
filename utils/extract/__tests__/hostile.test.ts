import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFields, type Field } from '..';

/** Deterministic pseudo-random bytes. */
function garbage(length: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 0xffff);
  }
  return out;
}

const spansHold = (text: string, fields: Field[]) => fields.every((f) => text.slice(f.start, f.end) === f.text && f.start < f.end);

// Each case must finish: a regex that backtracks catastrophically would blow the timeout, not an assertion.
describe.each(['vi', 'en', 'auto'] as const)('bad input (%s)', (lang) => {
  const run = (text: string) => extractFields(text, { lang, published: '2024-08-29' });

  it('returns nothing for empty text', () => {
    expect(run('')).toEqual([]);
    expect(run('   \n\n ')).toEqual([]);
  });

  it.each([
    ['1 MB of digits', '7'.repeat(1 << 20)],
    ['1 MB of digits and slashes', '12/'.repeat(349_526)],
    ['1 MB of digits and dashes', '12-3-'.repeat(209_716)],
    ['1 MB of digits, slashes, dashes and dots', '1/2-3.4,5 '.repeat(104_858)],
    ['1 MB of thousands groups', '1.000.000'.repeat(116_509)],
    ['1 MB of symbol parts', 'Chỉ thị số 07/CT-BCA-'.repeat(47_000)],
    ['1 MB of agency heads', 'Bộ Sở Cục Ban Phòng '.repeat(52_000)],
    ['1 MB of capitalized words', 'Department Of The Office Of '.repeat(37_000)],
    ['1 MB without spaces', 'abcxyzđăâêôơư'.repeat(80_660)],
    ['binary garbage', garbage(1 << 20)],
    ['unpaired surrogates', '\ud800a\udc00b'.repeat(250_000)],
  ])('survives %s', (_name, text) => {
    const fields = run(text);
    expect(Array.isArray(fields)).toBe(true);
    expect(spansHold(text, fields)).toBe(true);
  });
});

describe('very large input', () => {
  it('extracts from 50 MB of article text with spans into it', () => {
    const page = readFileSync(join(process.cwd(), '..', 'shared', 'samples', 'vi-antq-conference.txt'), 'utf8');
    const text = page.repeat(Math.ceil((50 << 20) / Buffer.byteLength(page)));
    const fields = extractFields(text, { lang: 'vi', published: '2024-08-29' });
    const perPage = extractFields(page, { lang: 'vi', published: '2024-08-29' }).length;
    const copies = Math.ceil((50 << 20) / Buffer.byteLength(page));
    // Short mentions resolve across copies just as within one, so counts scale exactly.
    expect(fields.length).toBe(perPage * copies);
    const last = fields[fields.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  }, 120_000);
});
