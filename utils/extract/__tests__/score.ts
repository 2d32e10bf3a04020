/**
 * Scores the engine against a gold file in the format of `shared/samples/gold.json`:
 * unique (type, text) pairs from the article's headline and body.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../page/article';
import { extractFields, type Field, type FieldType } from '..';

interface GoldField {
  text: string;
  value?: string | number;
}

interface GoldPage {
  file: string;
  lang: 'vi' | 'en';
  published: string;
  fields: Partial<Record<FieldType, GoldField[]>>;
  optional?: { type: FieldType; text: string }[];
}

/** What one page scored. */
export interface PageScore {
  page: string;
  lang: 'vi' | 'en';
  truePositives: number;
  /** Gold fields not found, as `type: text`. */
  missed: string[];
  /** Fields found that the gold does not list, as `type: text`. */
  extra: string[];
  /** Gold fields found with another value, as `type: text → got, want`. */
  wrongValues: string[];
  /** Gold fields that have a value, found, by type: [right, checked]. */
  valueChecks: Partial<Record<FieldType, [number, number]>>;
  byType: Partial<Record<FieldType, { tp: number; fn: number; fp: number }>>;
  /** The same counts when a found span that overlaps a gold span of its type counts as finding it. */
  lenient: { tp: number; fn: number; fp: number };
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const keyOf = (type: string, text: string) => `${type}: ${squash(text)}`;

/** The comparable form of a field's value, as gold writes it. */
export function goldValueOf(f: Field): string | number | undefined {
  switch (f.type) {
    case 'date':
      return f.value.iso;
    case 'directive':
      return f.value.id;
    case 'statistic':
      return f.value.value;
    case 'agency':
      return f.value.name;
  }
}

/** Reads a page's article text the way the extension and the CLI do. */
export function articleTextOf(file: string): string {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const article = readArticle(document as unknown as Document);
  if (!article) throw new Error(`no article text in ${file}`);
  return article.text;
}

/** Scores every page listed in `goldFile` (pages sit beside it, or at their `file` path relative to it). */
export function scoreGold(goldFile: string): PageScore[] {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldPage | string>;
  const scores: PageScore[] = [];
  for (const [page, entry] of Object.entries(gold)) {
    if (typeof entry === 'string') continue;
    const text = articleTextOf(join(dirname(goldFile), entry.file));
    const found = new Map<string, Field>();
    for (const f of extractFields(text, { lang: entry.lang, published: entry.published })) {
      const k = keyOf(f.type, f.text);
      if (!found.has(k)) found.set(k, f);
    }
    const optional = new Set((entry.optional ?? []).map((o) => keyOf(o.type, o.text)));
    const score: PageScore = { page, lang: entry.lang, truePositives: 0, missed: [], extra: [], wrongValues: [], valueChecks: {}, byType: {}, lenient: { tp: 0, fn: 0, fp: 0 } };
    const tally = (type: FieldType) => (score.byType[type] ??= { tp: 0, fn: 0, fp: 0 });
    const expected = new Set<string>();
    for (const [type, list] of Object.entries(entry.fields) as [FieldType, GoldField[]][]) {
      for (const g of list) {
        const k = keyOf(type, g.text);
        expected.add(k);
        const f = found.get(k);
        if (!f) {
          score.missed.push(k);
          tally(type).fn++;
          continue;
        }
        score.truePositives++;
        tally(type).tp++;
        if (g.value !== undefined && type !== 'agency') {
          const check = (score.valueChecks[type] ??= [0, 0]);
          check[1]++;
          const got = goldValueOf(f);
          if (got === g.value) check[0]++;
          else score.wrongValues.push(`${k} → ${JSON.stringify(got)}, want ${JSON.stringify(g.value)}`);
        }
      }
    }
    for (const [k, f] of found) {
      if (expected.has(k) || optional.has(k)) continue;
      score.extra.push(k);
      tally(f.type).fp++;
    }
    // Lenient: a miss and an extra of the same type whose texts overlap in the article pair up.
    const locate = (k: string) => {
      const [type, ...rest] = k.split(': ');
      const needle = rest.join(': ');
      const at = squash(text).indexOf(needle);
      return { type, start: at, end: at + needle.length };
    };
    const extras = score.extra.map(locate);
    let paired = 0;
    for (const m of score.missed.map(locate)) {
      const i = extras.findIndex((e) => e.type === m.type && m.start >= 0 && e.start >= 0 && e.start < m.end && m.start < e.end);
      if (i >= 0) {
        extras.splice(i, 1);
        paired++;
      }
    }
    score.lenient = { tp: score.truePositives + paired, fn: score.missed.length - paired, fp: score.extra.length - paired };
    scores.push(score);
  }
  return scores;
}

/** Precision, recall and F1 over several pages' scores, optionally of one type. */
export function summarize(scores: PageScore[], type?: FieldType): { precision: number; recall: number; f1: number } {
  let tp = 0, fn = 0, fp = 0;
  for (const s of scores) {
    for (const [t, c] of Object.entries(s.byType)) {
      if (type && t !== type) continue;
      tp += c.tp;
      fn += c.fn;
      fp += c.fp;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Precision, recall and F1 when overlapping spans of the same type count as found. */
export function summarizeLenient(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  let tp = 0, fn = 0, fp = 0;
  for (const s of scores) {
    tp += s.lenient.tp;
    fn += s.lenient.fn;
    fp += s.lenient.fp;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Share of checked values that were right, over several pages, optionally of one type. */
export function valueAccuracy(scores: PageScore[], type?: FieldType): number {
  let right = 0, checked = 0;
  for (const s of scores) {
    for (const [t, [r, c]] of Object.entries(s.valueChecks)) {
      if (type && t !== type) continue;
      right += r;
      checked += c;
    }
  }
  return checked ? right / checked : 1;
}
