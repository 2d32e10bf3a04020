import type { Selectors } from './schema';

/**
 * Both W3C selectors for `text.slice(start, end)`: the quote with up to `context` characters
 * either side (never half a surrogate pair), and the position. Throws on offsets outside `text`.
 */
export function quoteSelectors(text: string, start: number, end: number, context = 32): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`newsmark: offsets ${start}–${end} outside a text of ${text.length}`);
  }
  let prefix = text.slice(Math.max(0, start - context), start);
  let suffix = text.slice(end, end + context);
  if (/^[\uDC00-\uDFFF]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\uD800-\uDBFF]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix, suffix },
    { type: 'TextPositionSelector', start, end },
  ];
}
