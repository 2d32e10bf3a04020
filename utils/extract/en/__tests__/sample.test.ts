/** The English sample page: every gold field found with its value, nothing else but the optional spans. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { find, type Found } from './helpers';

interface GoldField {
  text: string;
  value?: unknown;
}
interface GoldPage {
  published: string;
  fields: Record<'date' | 'agency' | 'directive' | 'statistic', GoldField[]>;
  optional: { type: string; text: string }[];
}

const SAMPLES = '/work/shared/samples';
const gold = (JSON.parse(readFileSync(`${SAMPLES}/gold.json`, 'utf8')) as Record<string, GoldPage>)['en-press-release']!;
const html = readFileSync(`${SAMPLES}/en-press-release.html`, 'utf8');
// The article's headline and paragraphs, one per line.
const article = /<article>([\s\S]*?)<\/article>/.exec(html)![1]!
  .replace(/<\/(?:p|h1)>/g, '\n')
  .replace(/<[^>]+>/g, '')
  .replace(/&amp;/g, '&');

/** The value gold writes for a field: a date's ISO, a directive's id, a statistic's number. */
function goldValue(f: Found): unknown {
  const v = f.value as Record<string, unknown>;
  if (f.type === 'date') return v.iso;
  if (f.type === 'directive') return v.id;
  if (f.type === 'statistic') return v.value;
  return undefined;
}

describe('en-press-release sample', () => {
  const found = find(article, gold.published);
  const squash = (s: string) => s.replace(/\s+/g, ' ');

  const expected = Object.entries(gold.fields).flatMap(([type, fields]) => fields.map((f) => [type, f.text, f.value] as const));
  it.each(expected)('finds %s "%s"', (type, text, value) => {
    const hits = found.filter((f) => f.type === type && squash(f.text) === text);
    expect(hits.length, `${type} "${text}"`).toBeGreaterThan(0);
    if (value !== undefined) for (const hit of hits) expect(goldValue(hit)).toEqual(value);
  });

  it('reports nothing beyond gold and optional spans', () => {
    const allowed = new Set([
      ...Object.entries(gold.fields).flatMap(([type, fields]) => fields.map((f) => `${type}|${f.text}`)),
      ...gold.optional.map((o) => `${o.type}|${o.text}`),
    ]);
    expect(found.map((f) => `${f.type}|${squash(f.text)}`).filter((k) => !allowed.has(k))).toEqual([]);
  });
});
