/** Tags as a reader types them: one comma-separated line, completed from the tags in use. */

/** The tags of a comma-separated line: trimmed, non-empty, each once, in the order typed. */
export function splitTags(line: string): string[] {
  return [...new Set(line.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * Tags as stored: trimmed, non-empty, each once, in the given order. A comma separates tags
 * wherever a reader types them, so a tag never holds one: "a, b" is two tags.
 */
export function cleanTags(tags: readonly string[]): string[] {
  return splitTags(tags.join(','));
}

/** Tags as one line to edit. */
export function joinTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Whether two tag lists hold the same tags in the same order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase();

/**
 * Completions for the tag being typed last on `line`: each known tag not typed yet that contains
 * what was typed of it (those that start with it first), written as the whole line would read
 * with it, so a browser's `<datalist>` (which matches the whole value) offers it after a comma.
 */
export function tagSuggestions(line: string, known: readonly string[], max = 20): string[] {
  const comma = line.lastIndexOf(',');
  const rest = line.slice(comma + 1);
  const typing = fold(rest.trim());
  const space = rest.slice(0, rest.length - rest.trimStart().length);
  // The line up to where the last tag begins; right after a comma, a space first.
  const lead = comma < 0 ? space : line.slice(0, comma + 1) + (rest === '' ? ' ' : space);
  const typed = new Set(splitTags(comma < 0 ? '' : line.slice(0, comma)).map(fold));
  const fits = known.filter((tag) => !typed.has(fold(tag)) && fold(tag).includes(typing));
  const starts = fits.filter((tag) => fold(tag).startsWith(typing));
  const inside = fits.filter((tag) => !fold(tag).startsWith(typing));
  return [...starts, ...inside].slice(0, max).map((tag) => lead + tag);
}
