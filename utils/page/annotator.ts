/**
 * The page side of Newsmark: reads the article, extracts its fields in slices that
 * leave the main thread free, draws them, and keeps up as the page changes.
 */

import { extractFieldsInSteps } from '../extract';
import { detectLanguage } from '../extract/lang';
import type { Field, FieldType } from '../extract/types';
import { readArticle, type Article } from './article';
import { FIELD_TYPES, type Highlighter } from './highlighter';
import { createTextMap, type TextMap } from './text-map';

/** Longest stretch of work before the page gets the main thread back. */
export const SLICE_MS = 40;
/** Text nodes read at most (a 100,000-word article has some thousands); a page with more is capped, and says so. */
export const MAX_TEXT_NODES = 200_000;

/** What a run found. */
export interface AnnotatorResult {
  fields: Field[];
  counts: Record<FieldType, number>;
  capped: boolean;
}

export interface AnnotatorOptions {
  highlighter: Highlighter;
  /** Milliseconds to wait after the last change before reading the page again. */
  debounceMs?: number;
  /** Called after every run. */
  onResult?: (result: AnnotatorResult) => void;
}

/** Gives the main thread back: `scheduler.yield` where there is one, else a macrotask. */
function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Whether a mutation touched the article's text (not Newsmark's own marks or UI). */
function touchesText(records: MutationRecord[], root: Element): boolean {
  return records.some((r) => {
    if (r.type === 'characterData') return root.contains(r.target);
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return root.contains(r.target) && nodes.some((n) => !(n instanceof Element && (n.localName === 'newsmark-mark' || n.hasAttribute('data-newsmark-ui'))));
  });
}

/** Reads, extracts and highlights `doc`'s article; re-runs when its text changes. */
export function createAnnotator(doc: Document, options: AnnotatorOptions) {
  const win = doc.defaultView!;
  const { highlighter } = options;
  let generation = 0;
  let article: Article | null = null;
  let map: TextMap | undefined;
  let fields: Field[] = [];
  let observer: MutationObserver | undefined;
  let timer: number | undefined;

  /** One run; a newer run started meanwhile makes this one stop early. */
  async function run(): Promise<AnnotatorResult | null> {
    const mine = ++generation;
    article = readArticle(doc, { maxTextNodes: MAX_TEXT_NODES });
    if (!article) {
      highlighter.clear();
      fields = [];
      return null;
    }
    const capped = article.capped === true;
    const { segments, text } = article;
    const lang = detectLanguage(text, article.lang ?? doc.documentElement.lang);
    const steps = extractFieldsInSteps(text, { lang, published: article.published });
    let sliceStart = performance.now();
    let step = steps.next();
    while (!step.done) {
      if (performance.now() - sliceStart > SLICE_MS / 2) {
        await yieldToPage(win);
        if (mine !== generation) return null;
        sliceStart = performance.now();
      }
      step = steps.next();
    }
    if (mine !== generation) return null;
    map = createTextMap(segments, doc);
    fields = step.value;
    highlighter.clear();
    highlighter.add(fields, map);
    const counts = Object.fromEntries(FIELD_TYPES.map((t) => [t, 0])) as Record<FieldType, number>;
    for (const f of fields) counts[f.type]++;
    const result = { fields, counts, capped };
    options.onResult?.(result);
    watch(article.root);
    return result;
  }

  function watch(root: Element) {
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      if (!touchesText(records, root)) return;
      win.clearTimeout(timer);
      timer = win.setTimeout(() => void run(), options.debounceMs ?? 300);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  return {
    run,
    /** The field under a DOM position (from a caret or a hit test), if any. */
    fieldAt(node: Node, offset: number): Field | undefined {
      const at = map?.offsetOf(node, offset);
      if (at === undefined) return undefined;
      let lo = 0;
      let hi = fields.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const f = fields[mid]!;
        if (f.end <= at) lo = mid + 1;
        else if (f.start > at) hi = mid - 1;
        else return f;
      }
      return undefined;
    },
    /** The field drawn under the point `(x, y)` of the viewport, if any. */
    fieldAtPoint(x: number, y: number): Field | undefined {
      const d = doc as Document & {
        caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
        caretRangeFromPoint?: (x: number, y: number) => Range | null;
      };
      const caret = d.caretPositionFromPoint?.(x, y);
      const node = caret?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer;
      const offset = caret?.offset ?? d.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
      if (!node) return undefined;
      // The caret sits between characters: try the one after it, then the one before.
      const f = this.fieldAt(node, offset) ?? (offset > 0 ? this.fieldAt(node, offset - 1) : undefined);
      const range = f && map?.rangeOf(f.start, f.end);
      if (!f || !range) return undefined;
      const inside = Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      return inside ? f : undefined;
    },
    get fields(): readonly Field[] {
      return fields;
    },
    /** Stops watching and removes every highlight. */
    stop() {
      generation++;
      observer?.disconnect();
      observer = undefined;
      win.clearTimeout(timer);
      highlighter.clear();
      fields = [];
      map = undefined;
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
