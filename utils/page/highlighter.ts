/**
 * Draws fields on the page. With the CSS Custom Highlight API the DOM is never
 * touched: one `Highlight` per type, registered as `newsmark-<type>`. Without it
 * (Firefox before 140) text is wrapped in `<newsmark-mark data-type>` elements that
 * `clear()` removes again.
 */

import type { Field, FieldType } from '../extract/types';
import type { TextMap } from './text-map';

/** The names in `CSS.highlights`: a contract with tests and users' own style sheets. */
export const HIGHLIGHT_NAMES: Record<FieldType, string> = {
  date: 'newsmark-date',
  agency: 'newsmark-agency',
  directive: 'newsmark-directive',
  statistic: 'newsmark-statistic',
};

export const FIELD_TYPES: readonly FieldType[] = ['date', 'agency', 'directive', 'statistic'];

/** The element that wraps text where the Highlight API is missing. */
export const MARK_TAG = 'newsmark-mark';

/** What the content script needs from a highlighter. */
export interface Highlighter {
  /** Whether highlights are drawn without touching the DOM. */
  readonly native: boolean;
  /** Draws `fields`, whose offsets `map` turns into ranges; returns how many were drawn. */
  add(fields: readonly Field[], map: TextMap): number;
  /** Shows only `types` (all four by default); hidden ones stay known, not drawn. */
  show(types: ReadonlySet<FieldType>): void;
  /** Removes every highlight and wrapper. */
  clear(): void;
  /**
   * The field a wrapper element (or an element inside one) draws; always undefined for native
   * highlights, which have no elements. Wrapping splits the page's text nodes, so the text map
   * can no longer find a caret in them: a click asks the element instead.
   */
  fieldOf(element: Element | null): Field | undefined;
}

interface HighlightLike {
  add(range: Range): void;
  clear(): void;
  readonly size: number;
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, HighlightLike> };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
}

/** A highlighter for `win`'s document: native where `CSS.highlights` exists, wrappers otherwise (or when forced). */
export function createHighlighter(win: Window = window, options: { forceWrappers?: boolean } = {}): Highlighter {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const HighlightCtor = w.Highlight;
  if (!options.forceWrappers && registry && HighlightCtor) return nativeHighlighter(registry, HighlightCtor);
  return wrappingHighlighter(win.document);
}

function nativeHighlighter(registry: Map<string, HighlightLike>, HighlightCtor: new () => HighlightLike): Highlighter {
  const highlights = Object.fromEntries(FIELD_TYPES.map((t) => [t, new HighlightCtor()])) as Record<FieldType, HighlightLike>;
  let visible: ReadonlySet<FieldType> = new Set(FIELD_TYPES);
  const register = () => {
    for (const t of FIELD_TYPES) {
      if (visible.has(t)) registry.set(HIGHLIGHT_NAMES[t], highlights[t]);
      else if (registry.get(HIGHLIGHT_NAMES[t]) === highlights[t]) registry.delete(HIGHLIGHT_NAMES[t]);
    }
  };
  register();
  return {
    native: true,
    add(fields, map) {
      let drawn = 0;
      for (const f of fields) {
        const range = map.rangeOf(f.start, f.end);
        if (!range) continue;
        highlights[f.type].add(range);
        drawn++;
      }
      return drawn;
    },
    show(types) {
      visible = new Set(types);
      register();
    },
    fieldOf: () => undefined,
    clear() {
      for (const t of FIELD_TYPES) {
        highlights[t].clear();
        if (registry.get(HIGHLIGHT_NAMES[t]) === highlights[t]) registry.delete(HIGHLIGHT_NAMES[t]);
      }
      register();
    },
  };
}

function wrappingHighlighter(doc: Document): Highlighter {
  const marks = new Set<Element>();
  const fieldOfMark = new WeakMap<Element, Field>();
  let visible: ReadonlySet<FieldType> = new Set(FIELD_TYPES);
  const applyVisibility = (mark: Element) => {
    const type = mark.getAttribute('data-type') as FieldType;
    if (visible.has(type)) mark.removeAttribute('data-hidden');
    else mark.setAttribute('data-hidden', '');
  };
  /** Wraps `[from, to)` of a text node; the node keeps the text before `from`. */
  const wrap = (node: Text, from: number, to: number, field: Field) => {
    const { type } = field;
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-type', type);
    applyVisibility(mark);
    middle.parentNode?.insertBefore(mark, middle);
    mark.appendChild(middle);
    marks.add(mark);
    fieldOfMark.set(mark, field);
  };
  return {
    native: false,
    add(fields, map) {
      // Pieces per text node, wrapped from the last one back so earlier offsets stay valid.
      const pieces: { node: Text; from: number; to: number; field: Field }[] = [];
      for (const f of fields) {
        const range = map.rangeOf(f.start, f.end);
        if (!range) continue;
        const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
        let node: Node | null = range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer : walker.nextNode();
        for (; node; node = walker.nextNode()) {
          if (!range.intersectsNode(node)) continue;
          const text = node as Text;
          const from = node === range.startContainer ? range.startOffset : 0;
          const to = node === range.endContainer ? range.endOffset : text.data.length;
          if (to > from) pieces.push({ node: text, from, to, field: f });
          if (node === range.endContainer) break;
        }
      }
      const byNode = new Map<Text, typeof pieces>();
      for (const p of pieces) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
      for (const [node, list] of byNode) {
        for (const p of list.sort((a, b) => b.from - a.from)) wrap(node, p.from, p.to, p.field);
      }
      return fields.length;
    },
    show(types) {
      visible = new Set(types);
      marks.forEach(applyVisibility);
    },
    fieldOf(element) {
      const mark = element?.closest(MARK_TAG);
      return mark && marks.has(mark) && !mark.hasAttribute('data-hidden') ? fieldOfMark.get(mark) : undefined;
    },
    clear() {
      const parents = new Set<Node>();
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parents.add(parent);
      }
      marks.clear();
      // Rejoin the text nodes the wrappers split.
      parents.forEach((p) => p.normalize());
    },
  };
}
