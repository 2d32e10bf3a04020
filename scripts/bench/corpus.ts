/**
 * Bench inputs: article text from the sample and fixture pages, cut into paragraphs and
 * reassembled (deterministically shuffled) into texts of a chosen size or word count.
 */

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleTextOf } from '../../utils/extract/__tests__/score';

export type BenchLang = 'vi' | 'en';

/** `shared/` sits beside the repository (in CI too): ../shared from the repo root. */
const SAMPLES = new URL('../../../shared/samples/', import.meta.url);
const FIXTURES = new URL('../../utils/extract/__tests__/fixtures/', import.meta.url);

/** A publication date to pass along, so relative dates ("Chiều 28/8", "Thursday") resolve. */
export const PUBLISHED: Record<BenchLang, string> = { vi: '2024-08-29', en: '2025-02-14' };

const SAMPLE_PAGES: Record<BenchLang, string> = { vi: 'vi-antq-conference.html', en: 'en-press-release.html' };

/** The pages a language's texts are built from: the shared sample, then the fixtures. */
export function sourcePages(lang: BenchLang): string[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.html'))
    .sort()
    .map((f) => fileURLToPath(new URL(f, FIXTURES)));
  return [fileURLToPath(new URL(SAMPLE_PAGES[lang], SAMPLES)), ...fixtures];
}

/** Every non-empty paragraph of the language's pages, in page order. */
export function paragraphsOf(lang: BenchLang): string[] {
  return sourcePages(lang).flatMap((page) =>
    articleTextOf(page)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

/** mulberry32: a small seeded PRNG, so every run builds the same texts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An endless stream of the paragraphs: each round a fresh seeded shuffle of all of them. */
function* shuffled(paragraphs: readonly string[], seed: number): Generator<string> {
  if (paragraphs.length === 0) throw new Error('no paragraphs to build a text from');
  const random = prng(seed);
  const deck = [...paragraphs];
  for (;;) {
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    yield* deck;
  }
}

export const SEPARATOR = '\n\n';
export const MB = 1024 * 1024;
export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Whole shuffled paragraphs, joined by blank lines, until the text holds at least `bytes` UTF-8 bytes. */
export function textOfBytes(paragraphs: readonly string[], bytes: number, seed = 1): string {
  const parts: string[] = [];
  let size = 0;
  for (const p of shuffled(paragraphs, seed)) {
    if (size >= bytes) break;
    parts.push(p);
    size += utf8Bytes(p) + (parts.length > 1 ? SEPARATOR.length : 0);
  }
  return parts.join(SEPARATOR);
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

/** Shuffled paragraphs up to exactly `words` words (the last one cut at a word boundary). */
export function textOfWords(paragraphs: readonly string[], words: number, seed = 2): string {
  const parts: string[] = [];
  let count = 0;
  for (const p of shuffled(paragraphs, seed)) {
    if (count >= words) break;
    const w = wordsOf(p);
    if (count + w.length <= words) {
      parts.push(p);
      count += w.length;
    } else {
      parts.push(w.slice(0, words - count).join(' '));
      count = words;
    }
  }
  return parts.join(SEPARATOR);
}

/** The first whole paragraphs of `text` holding at most `bytes` UTF-8 bytes (at least one). */
export function prefixParagraphs(text: string, bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const p of text.split(SEPARATOR)) {
    const b = utf8Bytes(p);
    if (out.length > 0 && size + b > bytes) break;
    out.push(p);
    size += b;
  }
  return out;
}
