/** Hostile input: the rules must return (linear time, no catastrophic backtracking) and stay sane. */

import { describe, expect, it } from 'vitest';
import { extractEnglish } from '../index';

const SIZE = 1 << 18;
const cycle = (alphabet: string) => {
  let s = '';
  for (let i = 0; i < SIZE; i++) s += alphabet[(i * 7919 + (i >> 3) * 31) % alphabet.length];
  return s;
};
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

describe('hostile input', () => {
  it.each([
    ['digits', repeat('1')],
    ['digits, slashes and dashes', cycle('0123456789/-')],
    ['grouped digits', repeat('1,000,')],
    ['text without spaces', cycle('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')],
    ['capitalized words', repeat('Riverton ')],
    ['name chains', repeat('Riverton Police of the ')],
    ['connector chains', repeat('Department of Justice and Health and Human and ')],
    ['long white space', `in${' '.repeat(SIZE)}2024`],
    ['binary garbage', Array.from({ length: SIZE }, (_, i) => String.fromCharCode((i * 2654435761) % 65000)).join('')],
    ['date chains', repeat('March 1 to March 2 to ')],
    ['qualifier chains', repeat('more than 5 more than five ')],
    ['currency signs', repeat('$')],
    ['directive chains', repeat('Decree 1/2024/ND-CP-')],
  ])('%s', (_name, text) => {
    const out = extractEnglish(text, { published: { y: 2025, m: 2, d: 14 } });
    expect(Array.isArray(out)).toBe(true);
    for (const c of out) expect(c.start < c.end && c.end <= text.length).toBe(true);
  });
});
