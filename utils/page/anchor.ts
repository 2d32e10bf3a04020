/**
 * Re-anchors saved annotations in an article's text as read again, when the page may have changed.
 *
 * Same order as Hypothesis's client: the position selector if the text there is still the quote,
 * else every exact occurrence of the quote ranked by its context, else the best approximate
 * occurrence within a bounded number of edits. Quote and fuzzy matching compare NFC forms of both
 * sides, so a page that now serves decomposed (NFD) text still anchors; offsets are always into
 * the `text` given.
 *
 * No dependency: Hypothesis uses `approx-string-match` (Myers' bit-parallel search) for step 3;
 * here a Sellers edit-distance scan with Ukkonen's cut-off does the same job in O(k·n) expected
 * time for k allowed errors, and tracks where each match starts so no reverse pass is needed.
 */

import type { Selectors } from '../store/schema';

export type AnchorHow = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  how: AnchorHow;
}

export interface AnchorItem {
  id: string;
  selectors: Selectors;
}

export interface AnchorAllResult {
  anchored: ({ id: string } & Anchor)[];
  /** Ids of the items that could not be anchored, in input order. */
  missing: string[];
}

/** At most this many edits for a fuzzy match, and never more than a quarter of the quote. */
export const MAX_FUZZY_ERRORS = 32;

/** Where `exact` of `selectors` now is in `text`, or null when it is gone (or empty/whitespace). */
export function anchorSelectors(text: string, selectors: Selectors): Anchor | null {
  return anchorPrepared(prepare(text), selectors);
}

/** Anchors every item in one pass over the text (the NFC form and its offset map are built once). */
export function anchorAll(text: string, items: readonly AnchorItem[]): AnchorAllResult {
  const prepared = prepare(text);
  const anchored: AnchorAllResult['anchored'] = [];
  const missing: string[] = [];
  for (const { id, selectors } of items) {
    const a = anchorPrepared(prepared, selectors);
    if (a) anchored.push({ id, ...a });
    else missing.push(id);
  }
  return { anchored, missing };
}

// ---------------------------------------------------------------------------------------------

/** The text as given, its NFC form, and (when they differ) maps from NFC offsets back to it. */
interface Prepared {
  text: string;
  norm: string;
  /** `startMap[i]`: offset in `text` where NFC offset `i` begins (length norm.length + 1). */
  startMap: Int32Array | null;
  /** `endMap[i]`: offset in `text` where a range ending at NFC offset `i` ends. */
  endMap: Int32Array | null;
}

/** Combining marks, plus Hangul medial/final jamo, which compose onto the preceding character. */
const CLUSTER = /[^\p{M}\u1160-\u11FF]?[\p{M}\u1160-\u11FF]+/gsu;

function prepare(text: string): Prepared {
  if (text.normalize('NFC') === text) return { text, norm: text, startMap: null, endMap: null };
  // Normalize piece by piece (a base character with its marks, or a run with none) so every
  // NFC offset knows which original characters it came from.
  const pieces: string[] = [];
  const starts: number[] = [0];
  const ends: number[] = [0];
  let n = 0;
  const identity = (seg: string, ob: number): void => {
    for (let d = 0; d < seg.length; d++) {
      starts[n + d] = ob + d;
      ends[n + d + 1] = ob + d + 1;
    }
    pieces.push(seg);
    n += seg.length;
  };
  const cluster = (seg: string, ob: number): void => {
    const nf = seg.normalize('NFC');
    for (let d = 0; d < nf.length; d++) {
      starts[n + d] = ob;
      ends[n + d + 1] = ob + seg.length;
    }
    pieces.push(nf);
    n += nf.length;
  };
  const gap = (seg: string, ob: number): void => {
    if (!seg) return;
    if (seg.normalize('NFC').length === seg.length) {
      identity(seg.normalize('NFC'), ob);
      return;
    }
    // Rare singletons that change length (some CJK compatibility ideographs): one code point at a time.
    let o = ob;
    for (const cp of seg) {
      cluster(cp, o);
      o += cp.length;
    }
  };
  let last = 0;
  for (const m of text.matchAll(CLUSTER)) {
    gap(text.slice(last, m.index), last);
    cluster(m[0], m.index);
    last = m.index + m[0].length;
  }
  gap(text.slice(last), last);
  starts[n] = text.length;
  return { text, norm: pieces.join(''), startMap: Int32Array.from(starts), endMap: Int32Array.from(ends) };
}

/** NFC offset nearest to original offset `o` (for the old-position hint). */
function toNorm(p: Prepared, o: number): number {
  const map = p.startMap;
  if (!map) return o;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original offsets for the NFC range [s, e), never splitting a surrogate pair. */
function toOrig(p: Prepared, s: number, e: number): { start: number; end: number } {
  let start = p.startMap ? p.startMap[s]! : s;
  let end = p.endMap ? p.endMap[e]! : e;
  const t = p.text;
  if (start > 0 && isLow(t.charCodeAt(start)) && isHigh(t.charCodeAt(start - 1))) start--;
  if (end < t.length && isLow(t.charCodeAt(end)) && isHigh(t.charCodeAt(end - 1))) end++;
  return { start, end };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function anchorPrepared(p: Prepared, selectors: Selectors): Anchor | null {
  const [quote, position] = selectors;
  const exactRaw = quote.exact;
  if (!exactRaw || !exactRaw.trim()) return null;
  const { text } = p;
  const { start, end } = position;

  // 1) Position: O(1) when the page has not moved.
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    const there = text.slice(start, end);
    if (there === exactRaw || there.normalize('NFC') === exactRaw.normalize('NFC')) {
      return { start, end, how: 'position' };
    }
  }

  const exact = exactRaw.normalize('NFC');
  const prefix = quote.prefix.normalize('NFC');
  const suffix = quote.suffix.normalize('NFC');
  const hint = toNorm(p, Number.isFinite(start) ? Math.max(0, Math.min(text.length, start)) : 0);
  const norm = p.norm;

  // 2) Exact quote: every occurrence, best context first, then nearest to the old position.
  let best: { s: number; ctx: number; dist: number } | null = null;
  for (let s = norm.indexOf(exact); s !== -1; s = norm.indexOf(exact, s + 1)) {
    const ctx = contextScore(norm, s, s + exact.length, prefix, suffix);
    const dist = Math.abs(s - hint);
    if (!best || ctx > best.ctx || (ctx === best.ctx && dist < best.dist)) best = { s, ctx, dist };
  }
  // Accept it when at least half the saved context agrees. Otherwise the marked occurrence may
  // have been edited while the same words stand elsewhere: rank it against the fuzzy matches.
  const weak = best !== null && best.ctx * 2 < prefix.length + suffix.length;
  if (best && !weak) return { ...toOrig(p, best.s, best.s + exact.length), how: 'quote' };

  // 3) Fuzzy: up to min(32, len/4) edits, ranked like Hypothesis's match-quote
  //    (quote similarity 50, prefix 20, suffix 20, position 2). Exact hits come back with
  //    0 errors and compete on the same score.
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length / 4));
  if (maxErrors < 1) return best ? { ...toOrig(p, best.s, best.s + exact.length), how: 'quote' } : null;
  const rank = (matches: ApproxMatch[], offset: number): Ranked | null => {
    let top: Ranked | null = null;
    for (const found of matches) {
      const m = { start: found.start + offset, end: found.end + offset, errors: found.errors };
      const before = norm.slice(Math.max(0, m.start - prefix.length), m.start);
      const after = norm.slice(m.end, m.end + suffix.length);
      const quoteScore = 1 - m.errors / exact.length;
      const prefixScore = prefix ? commonSuffix(before, prefix) / prefix.length : 0;
      const suffixScore = suffix ? commonPrefix(after, suffix) / suffix.length : 0;
      const posScore = 1 - Math.abs(m.start - hint) / Math.max(1, norm.length);
      const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore;
      if (!top || score > top.score) top = { s: m.start, e: m.end, errors: m.errors, score, context: prefixScore + suffixScore };
    }
    return top;
  };
  // Near the old position first: a long page costs a scan of the whole text per edited quote,
  // while an edit mostly leaves a passage where it was. The near match is taken only when it
  // is close (at most half the allowed edits) and most of its context agrees; else the whole text.
  let top: Ranked | null = null;
  const reach = NEAR_CHARS + 4 * exact.length;
  if (norm.length > 2 * reach + exact.length) {
    const from = Math.max(0, hint - reach);
    const near = rank(approxSearch(norm.slice(from, Math.min(norm.length, hint + exact.length + reach)), exact, maxErrors), from);
    if (near && near.errors * 2 <= maxErrors && near.context >= 1) top = near;
  }
  top ??= rank(approxSearch(norm, exact, maxErrors), 0);
  // 4) Gone. (approxSearch already rejects anything over maxErrors.)
  if (!top) return null;
  return { ...toOrig(p, top.s, top.e), how: top.errors === 0 ? 'quote' : 'fuzzy' };
}

/** A fuzzy match with its Hypothesis-style score and how much of its saved context agrees (0–2). */
interface Ranked {
  s: number;
  e: number;
  errors: number;
  score: number;
  context: number;
}

/** How far around the old position (plus four quote lengths) the fuzzy step looks first. */
const NEAR_CHARS = 2_000;

/** How much of `prefix` ends right before `s` plus how much of `suffix` starts at `e`. */
function contextScore(text: string, s: number, e: number, prefix: string, suffix: string): number {
  return commonSuffix(text.slice(Math.max(0, s - prefix.length), s), prefix) + commonPrefix(text.slice(e, e + suffix.length), suffix);
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Substrings of `text` within `maxErrors` edits (Levenshtein) of `pattern`: Sellers' scan with
 * Ukkonen's cut-off (only rows that can still be ≤ maxErrors are computed), tracking each cell's
 * start. Of a run of consecutive match ends only the one with the fewest errors is reported.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  const out: ApproxMatch[] = [];
  if (m === 0) return out;
  const pat = new Uint16Array(m);
  for (let i = 0; i < m; i++) pat[i] = pattern.charCodeAt(i);
  const D = new Int32Array(m + 1);
  const S = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) D[i] = i;
  const over = k + 1;
  let lact = Math.min(k, m); // last row whose value is ≤ k
  let run: ApproxMatch | null = null;
  let runEnd = -1;
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    let diag = 0;
    let diagS = j - 1;
    S[0] = j;
    const last = Math.min(m, lact + 1);
    for (let i = 1; i <= last; i++) {
      const left = i <= lact ? D[i]! : over;
      const leftS = S[i]!;
      let v = diag + (pat[i - 1] === c ? 0 : 1);
      let vs = diagS;
      const up = D[i - 1]! + 1;
      if (up < v) {
        v = up;
        vs = S[i - 1]!;
      }
      if (left + 1 < v) {
        v = left + 1;
        vs = leftS;
      }
      diag = left;
      diagS = leftS;
      D[i] = v;
      S[i] = vs;
    }
    let t = last;
    while (t > 0 && D[t]! > k) t--;
    lact = t;
    if (last === m && D[m]! <= k) {
      const e = D[m]!;
      if (run && runEnd === j - 1) {
        // Same run of ends: keep the first alignment with the fewest errors.
        if (e < run.errors) run = { start: S[m]!, end: j, errors: e };
      } else {
        if (run) out.push(run);
        run = { start: S[m]!, end: j, errors: e };
      }
      runEnd = j;
    }
  }
  if (run) out.push(run);
  return out;
}
