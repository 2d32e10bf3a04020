import { describe, expect, it } from 'vitest';
import { inferYear, parseIsoDate, resolveDay, resolveMonth, startBefore } from './calendar';

const on = (s: string) => parseIsoDate(s)!;

describe('inferYear', () => {
  it.each([
    ['2024-08-29', 8, 28, 2024], // yesterday
    ['2024-08-29', 8, 29, 2024], // the day itself
    ['2025-02-14', 3, 31, 2025], // a deadline six weeks ahead
    ['2025-02-14', 5, 14, 2025], // exactly three months ahead
    ['2025-02-14', 5, 15, 2024], // just over three months ahead: last year
    ['2025-01-09', 12, 31, 2024], // "December 31" in early January looks back
    ['2024-12-20', 1, 5, 2025], // early January seen from late December is the coming one
    ['2025-03-01', 2, 29, 2024], // 29 February goes to the last leap year
  ])('published %s, day %i/%i → %i', (published, m, d, year) => {
    expect(inferYear(on(published), m, d)).toBe(year);
  });

  it.each([
    ['2024-08-29', 8, 2024],
    ['2024-08-29', 11, 2024],
    ['2024-08-29', 12, 2023],
    ['2024-11-10', 2, 2025],
    ['2024-03-13', 6, 2024],
  ])('published %s, month %i → %i', (published, m, year) => {
    expect(inferYear(on(published), m)).toBe(year);
  });
});

describe('resolving', () => {
  it('writes ISO at the text’s precision, and year-less values without a publication date', () => {
    expect(resolveDay(8, 15, 2014, undefined)).toBe('2014-08-15');
    expect(resolveDay(8, 28, undefined, on('2024-08-29'))).toBe('2024-08-28');
    expect(resolveDay(8, 28, undefined, undefined)).toBe('--08-28');
    expect(resolveDay(2, 30, 2024, undefined)).toBeUndefined();
    expect(resolveDay(2, 31, undefined, on('2024-08-29'))).toBeUndefined();
    expect(resolveMonth(12, undefined, undefined)).toBe('--12');
    expect(resolveMonth(12, 2022, undefined)).toBe('2022-12');
  });

  it('places a period’s start before its end', () => {
    expect(startBefore({ y: 2024, m: 12, d: 31 }, 6, 1)).toBe(2024);
    expect(startBefore({ y: 2025, m: 2, d: 10 }, 11, 1)).toBe(2024);
  });

  it('rejects malformed publication dates', () => {
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
    expect(parseIsoDate('2024-08-29T08:15:00+07:00')).toEqual({ y: 2024, m: 8, d: 29 });
  });
});
