/** Offsets in collected article text ↔ DOM positions, through one table of text nodes. */

import type { TextSegment } from './article';

/** The way between a text's offsets and the live DOM it was collected from. */
export interface TextMap {
  /** A DOM range for `[start, end)`, or null when its nodes have left the page or changed. */
  rangeOf(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside a collected text node, or undefined. */
  offsetOf(node: Node, offset: number): number | undefined;
}

/** Index of the last segment starting at or before `pos` (binary search), or -1. */
function segmentAt(segments: readonly TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Builds the map for `segments` (sorted by start, as `collectText` makes them). */
export function createTextMap(segments: readonly TextSegment[], doc: Document = document): TextMap {
  let starts: Map<Node, number> | undefined;
  const lengths = segments.map((s) => s.node.data.length);
  return {
    rangeOf(start, end) {
      if (end <= start) return null;
      let i = segmentAt(segments, start);
      // A start in the gap after a node (a block separator) moves to the next node.
      if (i < 0 || start >= segments[i]!.start + lengths[i]!) i++;
      let j = segmentAt(segments, end - 1);
      if (i >= segments.length || j < i) return null;
      const first = segments[i]!;
      const last = segments[j]!;
      if (!first.node.isConnected || !last.node.isConnected) return null;
      if (first.node.data.length !== lengths[i] || last.node.data.length !== lengths[j]) return null;
      const range = doc.createRange();
      range.setStart(first.node, Math.max(0, start - first.start));
      range.setEnd(last.node, Math.min(lengths[j]!, end - last.start));
      return range;
    },
    offsetOf(node, offset) {
      starts ??= new Map(segments.map((s) => [s.node, s.start]));
      const start = starts.get(node);
      return start === undefined ? undefined : start + offset;
    },
  };
}
