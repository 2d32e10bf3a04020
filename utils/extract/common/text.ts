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

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  const parts = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeRe(ch)) + emit(child));
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  // Greedy `?`: the longer word is tried first, the shorter one on backtracking.
  return node.end ? (parts.length === 1 && parts[0]!.length === 1 ? `${body}?` : `(?:${body})?`) : body;
}

/**
 * A regex alternation of `words` that prefers the longest match, any run of spaces
 * matching `\s+`. Written as a trie (`Ch(?:ỉ thị|ương trình)`), so the engine
 * rejects a position after a character or two instead of trying every word.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word.replace(/ +/g, ' ')) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

/** Collapses runs of white space, so dictionary lookups ignore line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Upper-cases a string's first letter. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The one, two… `max` words right before `pos` (separated by white space only), as
 * `{ start, words }` with single spaces: a cheap look-behind for qualifiers and labels.
 */
export function wordsBefore(text: string, pos: number, max: number): { start: number; words: string }[] {
  const out: { start: number; words: string }[] = [];
  let i = pos;
  const parts: string[] = [];
  while (out.length < max) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9 || text.charCodeAt(j - 1) === 10)) j--;
    if (j === i && i !== pos) break;
    const wordEnd = j;
    while (j > 0 && isWordAt(text, j - 1)) j--;
    if (j === wordEnd || (i === pos && wordEnd === pos)) break;
    parts.unshift(text.slice(j, wordEnd));
    out.push({ start: j, words: parts.join(' ') });
    i = j;
  }
  return out;
}
