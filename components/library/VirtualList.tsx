import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export type VirtualListProps<T> = {
  items: readonly T[];
  /** Each item's height in px; fixed per kind of item, so offsets are known without measuring. */
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** The list's accessible name. */
  label: string;
  /** Px drawn above and below the visible part, so Tab and fast scrolling find rows ready. */
  overscan?: number;
  /** The viewport height to assume before it is measured (and where layout gives none, as in tests). */
  fallbackHeight?: number;
  /** A change of this value (another search) scrolls back to the top; a reload of the same search does not. */
  resetKey?: unknown;
};

/** The first index whose row ends below `y`: offsets[i] is where row i starts, offsets[n] the total. */
export function firstRowBelow(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A list that draws only the rows in view (plus `overscan`): rows are absolutely placed at
 * offsets summed from their fixed heights, so 100,000 rows cost a typed array, not 100,000 nodes.
 * Focus moving past the drawn rows scrolls the list, which draws the next ones.
 */
export function VirtualList<T>({ items, heightOf, keyOf, render, label, overscan = 600, fallbackHeight = 800, resetKey }: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + heightOf(items[i]!);
    return out;
  }, [items, heightOf]);
  const total = offsets[items.length]!;

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  useEffect(() => {
    const el = viewport.current;
    if (el) el.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);
  // Fewer rows than before (a delete) can leave the viewport past the end: the browser clamps it.
  useEffect(() => setScrollTop(viewport.current?.scrollTop ?? 0), [total]);

  const frame = useRef(0);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(viewport.current?.scrollTop ?? 0);
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const first = firstRowBelow(offsets, Math.max(0, scrollTop - overscan));
  const rows: ComponentChildren[] = [];
  for (let i = first; i < items.length && offsets[i]! < scrollTop + height + overscan; i++) {
    const item = items[i]!;
    rows.push(
      <div
        key={keyOf(item)}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        class="vrow"
        style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
      >
        {render(item, i)}
      </div>,
    );
  }
  return (
    <div ref={viewport} class="vlist" onScroll={onScroll}>
      <div role="list" aria-label={label} class="vlist-inner" style={{ height: `${total}px` }}>
        {rows}
      </div>
    </div>
  );
}
