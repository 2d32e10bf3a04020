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
    ['comma lists in names', repeat('Department of Justice, Health, Trade, ')],
    ['acronyms and heads', repeat('NCA and FBI and Riverton Police and ')],
    ['two-word definitions', repeat('Riverton Police Department (DG HOME) DG HOME ')],
    ['joined nouns', repeat('12 drivers and passengers and officers or ')],
    ['acronym modifiers', repeat('12 DUI CCTV ATM DUI ')],
    ['measures and substances', repeat('5kg crystal crack 5kg cocaine of white ')],
    ['containers', repeat('12 bricks of white bags of ')],
    ['over and events', repeat('charged over $5 million fraud over ')],
    ['month modifiers', repeat('the October the March deadline ')],
    ['year spans', repeat('the first five months of the first ')],
    ['hedged relative words', repeat('earlier later this early next ')],
    ['open plurals', repeat('12 big red cars trucks vans boxes ')],
    ['plurals without numbers', repeat('cars trucks vans boxes of heroin ')],
    ['number words and plurals', repeat('twenty-five stolen e-bikes and three ')],
    ['capitalized words before numbers', repeat('Troop 3 Apollo 11 Elm 14 Street ')],
    ['parenthesized acronyms', repeat('Alpha Beta Police Enforcement (ABPE) ')],
    ['acronyms without names', repeat('(ABCDEFGH) (AB) ')],
    ['place and police acronyms', repeat('Nova Scotia RCMP Surrey OPP ')],
    ['left comma lists', repeat('the Foreign, Commonwealth, Trade and ')],
    ['cued heads', repeat('National Crime Group Team Services Union ')],
    ['hyphenated money', repeat('$2.1-million-$3.4M-')],
    ['court places', repeat('High Court at Auckland at Court at ')],
  ])('%s', (_name, text) => {
    const out = extractEnglish(text, { published: { y: 2025, m: 2, d: 14 } });
    expect(Array.isArray(out)).toBe(true);
    for (const c of out) expect(c.start < c.end && c.end <= text.length).toBe(true);
  });
});
