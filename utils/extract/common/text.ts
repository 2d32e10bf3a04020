/** Small helpers for writing patterns over matching text. */

const WORD = /[\p{L}\p{N}]/u;

/** True when the character at `i` is a letter or digit (false outside the text). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(text[i]!);
}

/** True when `[start, end)` is not inside a longer word or number. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordAt(text, start - 1) && !isWordAt(text, end);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of `words`, longest first, any run of spaces matching `\s+`. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ +/g, '\\s+'))
    .join('|');
}

/** Collapses runs of white space, so dictionary lookups ignore line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Upper-cases a string's first letter. */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
