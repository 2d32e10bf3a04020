import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGold, summarize, valueAccuracy } from './score';

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples', 'gold.json');
const FIXTURES = join(process.cwd(), 'utils', 'extract', '__tests__', 'fixtures', 'gold.json');

describe('the shared sample pages', () => {
  const scores = scoreGold(SAMPLES);

  it.each(scores.map((s) => [s.page, s] as const))('%s: every gold field, right values, nothing from the chrome', (_page, s) => {
    expect(s.missed).toEqual([]);
    expect(s.wrongValues).toEqual([]);
    expect(s.extra).toEqual([]);
  });
});

/**
 * Three sets of pages in the style of real news sites, each written independently of the
 * rules and of the others (fixtures/ first, then holdout/, then blind/); the engine is
 * held to the targets on every one.
 */
describe.each([
  ['fixtures', FIXTURES],
  ['holdout', join(process.cwd(), 'utils', 'extract', '__tests__', 'holdout', 'gold.json')],
  ['blind', join(process.cwd(), 'utils', 'extract', '__tests__', 'blind', 'gold.json')],
])('pages in the style of real news sites: %s', (_name, file) => {
  const scores = scoreGold(file);
  const vi = scores.filter((s) => s.lang === 'vi');
  const en = scores.filter((s) => s.lang === 'en');

  it('has pages in both languages', () => {
    expect(vi.length).toBeGreaterThanOrEqual(5);
    expect(en.length).toBeGreaterThanOrEqual(4);
  });

  it('scores F1 ≥ 0.90 on Vietnamese', () => {
    expect(summarize(vi).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores F1 ≥ 0.85 on English', () => {
    expect(summarize(en).f1).toBeGreaterThanOrEqual(0.85);
  });

  it('finds ≥ 95% of directives', () => {
    expect(summarize(scores, 'directive').recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gets ≥ 90% of date and directive values right', () => {
    expect(valueAccuracy(scores, 'date')).toBeGreaterThanOrEqual(0.9);
    expect(valueAccuracy(scores, 'directive')).toBeGreaterThanOrEqual(0.9);
  });
});
