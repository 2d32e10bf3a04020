/**
 * The page side of Newsmark: reads the article, extracts its fields in slices that
 * leave the main thread free, draws them, and keeps up as the page changes.
 */

import { detectLanguage } from '../extract/lang';
import type { ExtractOptions, Field, FieldType } from '../extract/types';
import { collectText, isOutsideArticleText, readArticle, type Article } from './article';
import { FIELD_TYPES, type Highlighter } from './highlighter';
import { createTextMap, type TextMap } from './text-map';

/** Text nodes read at most (a 100,000-word article has some thousands); a page with more is capped, and says so. */
export const MAX_TEXT_NODES = 200_000;

/** What a run found. */
export interface AnnotatorResult {
  fields: Field[];
  counts: Record<FieldType, number>;
  capped: boolean;
}

/**
 * Finds the fields of a text somewhere: in the background, where the engine is loaded
 * once for every tab ({@link requestExtraction}), or in the page in slices (tests).
 */
export type Extractor = (text: string, options: ExtractOptions) => Promise<Field[]>;

/** Ranges drawn at once before the page gets the main thread back. */
export const DRAW_CHUNK = 1_500;

export interface AnnotatorOptions {
  highlighter: Highlighter;
  extract: Extractor;
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

/** Nodes Newsmark itself puts in pages: its wrappers and its UI. */
const isOwn = (n: Node) => n instanceof Element && (n.localName === 'newsmark-mark' || n.hasAttribute('data-newsmark-ui'));

/**
 * What a batch of mutations asks for: nothing, reading only the nodes added (a page that
 * grows: infinite scroll, lazy paragraphs), or reading the article again (text changed,
 * removed, or shown by an attribute).
 */
function changesOf(records: MutationRecord[], root: Element): { added: Node[]; reread: boolean } {
  const added: Node[] = [];
  let reread = false;
  for (const r of records) {
    if (!root.contains(r.target) || isOwn(r.target)) continue;
    if (r.type === 'characterData' || r.type === 'attributes') reread = true;
    else {
      if (Array.from(r.removedNodes).some((n) => !isOwn(n) && /\S/.test(n.textContent ?? ''))) reread = true;
      for (const n of Array.from(r.addedNodes)) if (!isOwn(n) && /\S/.test(n.textContent ?? '')) added.push(n);
    }
  }
  return { added, reread };
}

/** The added nodes that are not inside another added node, in document order. */
function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes.filter((n) => n.isConnected));
  return [...set].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

/** Reads, extracts and highlights `doc`'s article; re-runs when its text changes. */
export function createAnnotator(doc: Document, options: AnnotatorOptions) {
  const win = doc.defaultView!;
  const { highlighter } = options;
  let generation = 0;
  let article: Article | null = null;
  /** What was read and found: the article, then each batch of text added since. */
  let pieces: Piece[] = [];
  let capped = false;
  let observer: MutationObserver | undefined;
  let timer: number | undefined;
  let pendingAdded: Node[] = [];
  let pendingReread = false;

  const allFields = () => pieces.flatMap((p) => p.fields);
  /** Runs a highlighter change without the observer taking it for the page's (wrappers change the DOM). */
  const quietly = (change: () => void) => {
    change();
    observer?.takeRecords();
  };

  /** The fields of `text` in this article's language and date; null if a newer run began meanwhile. */
  async function extract(text: string, known: readonly Field[], mine: number): Promise<Field[] | null> {
    const lang = detectLanguage(article?.text ?? text, article?.lang ?? doc.documentElement.lang);
    try {
      const fields = await options.extract(text, { lang, published: article?.published, known });
      return mine === generation ? fields : null;
    } catch {
      return null; // the extension was reloaded or the page is going away
    }
  }

  /** Draws `fields` in chunks that give the page the main thread back; false if a newer run began. */
  async function draw(fields: readonly Field[], map: TextMap, mine: number): Promise<boolean> {
    for (let i = 0; i < fields.length; i += DRAW_CHUNK) {
      if (i > 0) {
        await yieldToPage(win);
        if (mine !== generation) return false;
      }
      quietly(() => highlighter.add(fields.slice(i, i + DRAW_CHUNK), map));
    }
    return true;
  }

  function report(): AnnotatorResult {
    const fields = allFields();
    const counts = Object.fromEntries(FIELD_TYPES.map((t) => [t, 0])) as Record<FieldType, number>;
    for (const f of fields) counts[f.type]++;
    const result = { fields, counts, capped };
    options.onResult?.(result);
    return result;
  }

  /** Reads the whole article and draws its fields; a newer run started meanwhile makes this one stop. */
  async function run(): Promise<AnnotatorResult | null> {
    const mine = ++generation;
    const previous = article?.text;
    article = readArticle(doc, { maxTextNodes: MAX_TEXT_NODES });
    if (!article) {
      quietly(() => highlighter.clear());
      pieces = [];
      return null;
    }
    watch(article.root);
    // An attribute or layout change that leaves the text as it was changes nothing.
    if (previous === article.text && pieces.length === 1) return report();
    capped = article.capped === true;
    const { text, segments } = article;
    // Reading a long article is a slice of its own.
    await yieldToPage(win);
    if (mine !== generation) return null;
    const fields = await extract(text, [], mine);
    if (!fields) return null;
    const map = createTextMap(segments, doc);
    pieces = [{ map, fields }];
    quietly(() => highlighter.clear());
    if (!(await draw(fields, map, mine))) return null;
    return report();
  }

  /** Reads only text added to the article since, with what came before as context. */
  async function readAdded(nodes: Node[]): Promise<void> {
    const root = article?.root;
    if (!root) return;
    const mine = generation;
    for (const node of topmost(nodes)) {
      if (isOutsideArticleText(node, root)) continue;
      const { text, segments } =
        node.nodeType === Node.ELEMENT_NODE
          ? collectText(node as Element, { maxTextNodes: MAX_TEXT_NODES })
          : { text: (node as Text).data, segments: [{ node: node as Text, start: 0 }] };
      if (!/\S/.test(text)) continue;
      const fields = await extract(text, allFields(), mine);
      if (!fields) return;
      const map = createTextMap(segments, doc);
      pieces.push({ map, fields });
      if (!(await draw(fields, map, mine))) return;
    }
    report();
  }

  /** Notices the article element leaving the page (an app rendering another article). */
  let pageObserver: MutationObserver | undefined;

  function watch(root: Element) {
    pageObserver?.disconnect();
    pageObserver = new MutationObserver(() => {
      if (root.isConnected) return;
      win.clearTimeout(timer);
      timer = win.setTimeout(() => void run(), options.debounceMs ?? 200);
    });
    pageObserver.observe(doc.body, { childList: true, subtree: true });
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      const { added, reread } = changesOf(records, root);
      if (!reread && added.length === 0) return;
      pendingReread ||= reread;
      pendingAdded.push(...added);
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        const [again, nodes] = [pendingReread, pendingAdded];
        pendingReread = false;
        pendingAdded = [];
        void (again ? run() : readAdded(nodes));
      }, options.debounceMs ?? 200);
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open'],
    });
  }

  /** The field of `piece` around text offset `at` (binary search), if any. */
  const fieldIn = (piece: Piece, at: number): Field | undefined => {
    let lo = 0;
    let hi = piece.fields.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = piece.fields[mid]!;
      if (f.end <= at) lo = mid + 1;
      else if (f.start > at) hi = mid - 1;
      else return f;
    }
    return undefined;
  };

  return {
    run,
    /** The field under a DOM position (from a caret or a hit test), with its piece's map. */
    fieldAt(node: Node, offset: number): { field: Field; map: TextMap } | undefined {
      for (const piece of pieces) {
        const at = piece.map.offsetOf(node, offset);
        const field = at === undefined ? undefined : fieldIn(piece, at);
        if (field) return { field, map: piece.map };
      }
      return undefined;
    },
    /** The field drawn under the point `(x, y)` of the viewport, if any. */
    fieldAtPoint(x: number, y: number): Field | undefined {
      if (!highlighter.native) return highlighter.fieldOf(doc.elementFromPoint(x, y));
      const d = doc as Document & {
        caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
        caretRangeFromPoint?: (x: number, y: number) => Range | null;
      };
      const caret = d.caretPositionFromPoint?.(x, y);
      const fallback = caret ? null : d.caretRangeFromPoint?.(x, y);
      const node = caret?.offsetNode ?? fallback?.startContainer;
      const offset = caret?.offset ?? fallback?.startOffset ?? 0;
      if (!node) return undefined;
      // The caret sits between characters: try the one after it, then the one before.
      const hit = this.fieldAt(node, offset) ?? (offset > 0 ? this.fieldAt(node, offset - 1) : undefined);
      const range = hit && hit.map.rangeOf(hit.field.start, hit.field.end);
      if (!hit || !range) return undefined;
      const inside = Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      return inside ? hit.field : undefined;
    },
    get fields(): readonly Field[] {
      return allFields();
    },
    /** A DOM range for offsets in the article's text, when it was read in one piece. */
    rangeOf(start: number, end: number): Range | null {
      return pieces.length === 1 ? pieces[0]!.map.rangeOf(start, end) : null;
    },
    /** Offsets in the article's text of a DOM range (a selection) inside it, when it was read in one piece. */
    offsetsOf(range: Range): { start: number; end: number } | undefined {
      const piece = pieces.length === 1 ? pieces[0] : undefined;
      const start = piece?.map.offsetOf(range.startContainer, range.startOffset);
      const end = piece?.map.offsetOf(range.endContainer, range.endOffset);
      return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
    },
    /**
     * The article and its fields with offsets into its text, as a clip saves them: read
     * again first when text was added since (added pieces have offsets of their own).
     */
    async snapshot(): Promise<{ article: Article; fields: Field[] } | null> {
      if (!article || pieces.length !== 1) await run();
      const piece = pieces[0];
      return article && piece && pieces.length === 1 ? { article, fields: piece.fields } : null;
    },
    /** Stops watching and removes every highlight. */
    stop() {
      generation++;
      observer?.disconnect();
      observer = undefined;
      pageObserver?.disconnect();
      pageObserver = undefined;
      win.clearTimeout(timer);
      pendingAdded = [];
      pendingReread = false;
      highlighter.clear();
      pieces = [];
      article = null;
    },
  };
}

/** Text read at once and the fields found in it. */
interface Piece {
  map: TextMap;
  fields: Field[];
}

export type Annotator = ReturnType<typeof createAnnotator>;
