/**
 * Text folding for the library's search: the same words match however they were typed or stored
 * (composed or decomposed Unicode, upper or lower case, with or without Vietnamese diacritics).
 */

// What NFD splits diacritics into (the combining-mark blocks), and the invisible format characters
// pages and pasted text carry: soft hyphen, zero-width space and joiners, bidi marks, word joiner,
// BOM. Listed ranges rather than \p{M}\p{Cf}: a non-Unicode regex runs about twice as fast.
const MARKS_AND_INVISIBLES = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+/g;
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
// Whitespace other than a single plain space: only then is a collapsing pass needed.
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;
// A search word's leading and trailing punctuation ("“Chỉ thị”", "07,") is not part of what is sought.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * `text` lower-cased, without diacritics (`đ` → `d`) or invisible characters, whitespace collapsed
 * to single spaces and trimmed: `Chỉ thị  số 07/CT-BCA` → `chi thi so 07/ct-bca`.
 * Built to fold 100,000 annotations in a few hundred milliseconds: each pass runs only when needed.
 */
export function fold(text: string): string {
  let folded = text.toLowerCase();
  if (NOT_PRINTABLE_ASCII.test(folded)) {
    folded = folded.normalize('NFD').replace(MARKS_AND_INVISIBLES, '');
    if (folded.includes('đ')) folded = folded.replaceAll('đ', 'd');
  }
  if (ODD_SPACE.test(folded)) folded = folded.replace(SPACES, ' ');
  return folded.trim();
}

/** The distinct folded words of a search query, longest first (the longest is usually the rarest, so it is tried first). */
export function words(query: string): string[] {
  const found = new Set<string>();
  for (const word of fold(query).split(' ')) {
    const bare = word.replace(EDGE_PUNCTUATION, '');
    if (bare !== '') found.add(bare);
  }
  return [...found].sort((a, b) => b.length - a.length);
}
