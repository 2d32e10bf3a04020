import { describe, expect, it } from 'vitest';
import { isoTime, localDay } from '../time';

describe('isoTime', () => {
  it('writes epoch ms as ISO 8601 UTC', () => {
    expect(isoTime(Date.UTC(2026, 10, 26, 9, 30))).toBe('2026-11-26T09:30:00.000Z');
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(-8.64e15)).toBe('-271821-04-20T00:00:00.000Z');
  });

  it('gives an empty string for a time no date can hold, never throwing', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, 1e20]) expect(isoTime(ms)).toBe('');
  });
});

describe('localDay', () => {
  it('writes the local calendar day', () => {
    expect(localDay(new Date(2024, 1, 29, 12).getTime())).toBe('2024-02-29');
    expect(localDay(new Date(2024, 11, 31, 23, 59).getTime())).toBe('2024-12-31');
    expect(localDay(new Date(987, 0, 5, 12).getTime())).toBe('0987-01-05');
    expect(localDay(new Date(2026, 10, 26, 0, 0))).toBe('2026-11-26');
  });
});
