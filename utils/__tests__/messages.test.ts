import { describe, expect, it } from 'vitest';
import { sameStatus, type PageStatus } from '../messages';

const counts = { date: 2, agency: 1, directive: 0, statistic: 3 };
const done = (over: Partial<Extract<PageStatus, { state: 'done' }>> = {}): PageStatus => ({
  state: 'done',
  article: true,
  site: 'example.com',
  disabled: false,
  url: 'https://example.com/a',
  counts: { ...counts },
  capped: false,
  saved: { found: 1, missing: [{ id: 'x', type: 'date', text: '12 March 2024' }] },
  ...over,
});

describe('sameStatus', () => {
  it('holds for two answers that say the same, made as separate objects', () => {
    expect(sameStatus(done(), done())).toBe(true);
    expect(sameStatus(undefined, undefined)).toBe(true);
  });

  it('fails for any change: state, a count, a saved annotation missing, the address', () => {
    expect(sameStatus(done(), { state: 'working', article: true, site: 'example.com', disabled: false, url: 'https://example.com/a' })).toBe(false);
    expect(sameStatus(done(), done({ counts: { ...counts, date: 3 } }))).toBe(false);
    expect(sameStatus(done(), done({ saved: { found: 1, missing: [] } }))).toBe(false);
    expect(sameStatus(done(), done({ saved: { found: 1, missing: [{ id: 'y', type: 'date', text: '12 March 2024' }] } }))).toBe(false);
    expect(sameStatus(done(), done({ saved: undefined }))).toBe(false);
    expect(sameStatus(done(), done({ url: 'https://example.com/b' }))).toBe(false);
    expect(sameStatus(done(), undefined)).toBe(false);
    expect(sameStatus(undefined, done())).toBe(false);
  });
});
