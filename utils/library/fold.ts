/**
 * Text folding for the library's search: the same words match however they were typed or stored
 * (composed or decomposed Unicode, upper or lower case, with or without Vietnamese diacritics).
 */

// Combining marks are what NFD splits diacritics into; invisible format characters (zero-width
// space and joiners, soft hyphen, BOM, bidi marks) come from pages and pasted text.
const MARKS_AND_INVISIBLES = /[\p{M}\p{Cf}]+/gu;
const D_STROKE = /đ/g;
const SPACES = /\s+/g;
const NOT_ASCII = /[^\x20-\x7e]/;
// A search word's leading and trailing punctuation ("“Chỉ thị”", "07,") is not part of what is sought.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * `text` lower-cased, without diacritics (`đ` → `d`) or invisible characters, whitespace collapsed
 * to single spaces and trimmed: `Chỉ thị  số 07/CT-BCA` → `chi thi so 07/ct-bca`.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most folded text is plain ASCII already (every Vietnamese letter folds to one); skip the Unicode work then.
  if (!NOT_ASCII.test(lower)) return lower.replace(SPACES, ' ').trim();
  return lower
    .normalize('NFD')
    .replace(MARKS_AND_INVISIBLES, '')
    .replace(D_STROKE, 'd')
    .replace(SPACES, ' ')
    .trim();
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
