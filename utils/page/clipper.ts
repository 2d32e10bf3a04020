/**
 * The page's side of saving: the article as a clip would keep it, saving fields, a
 * selection or the whole page through the background, showing what was saved before
 * (`newsmark-saved`), and showing a passage the popup points at (`newsmark-focus`).
 */

import { detectLanguage } from '../extract/lang';
import type { Field } from '../extract/types';
import type { BackgroundRequests, PageArticle, SaveOutcome, SavedAnchors } from '../messages';
import type { AnnotationInput } from '../store/schema';
import type { Annotator } from './annotator';

/** Sends a request to the background (`askBackground`), injected so tests can answer. */
type Ask = <K extends keyof BackgroundRequests>(request: BackgroundRequests[K]['request']) => Promise<BackgroundRequests[K]['response']>;

export interface ClipperOptions {
  annotator: Annotator;
  ask: Ask;
  /** Words for outcomes that never reached the store. */
  say: { noArticle: string; selectInArticle: string; invalid: string };
  /** How long a shown passage stays flashed. */
  focusMs?: number;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  get(name: string): unknown;
  delete(name: string): boolean;
}

/** Saving and revisiting for the article of `doc`, read by `annotator`. */
export function createClipper(doc: Document, { annotator, ask, say, focusMs = 1_500 }: ClipperOptions) {
  const win = doc.defaultView!;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new () => Set<Range> }).Highlight;
  const saved = HighlightCtor ? new HighlightCtor() : undefined;
  const focus = HighlightCtor ? new HighlightCtor() : undefined;
  let focusTimer: number | undefined;

  /** The article as a clip keeps it: metadata, text, and fields with offsets into that text. */
  async function pageArticle(): Promise<PageArticle | undefined> {
    const snapshot = await annotator.snapshot();
    if (!snapshot) return undefined;
    const { article, fields } = snapshot;
    const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    return {
      article: {
        url: win.location.href,
        ...(canonical ? { canonicalUrl: canonical } : {}),
        title: article.title,
        site: article.siteName ?? win.location.hostname,
        ...(article.author ? { author: article.author } : {}),
        ...(article.published ? { published: article.published } : {}),
        lang: detectLanguage(article.text, article.lang),
      },
      text: article.text,
      fields,
    };
  }

  /** Finds what was saved from this page in it again and draws it; what is not found is returned. */
  async function showSaved(): Promise<SavedAnchors | undefined> {
    const snapshot = await annotator.snapshot();
    if (!snapshot || !saved || !registry) return undefined;
    const anchors = await ask<'anchor'>({ type: 'anchor', url: win.location.href, text: snapshot.article.text }).catch(() => undefined);
    saved.clear();
    if (!anchors) return undefined;
    for (const a of anchors.anchored) {
      const range = annotator.rangeOf(a.start, a.end);
      if (range) saved.add(range);
    }
    registry.set('newsmark-saved', saved);
    return anchors;
  }

  /** Saves the article with `pick`'s annotations as one clip, then shows what is saved. */
  async function saveWith(pick: (page: PageArticle) => AnnotationInput[] | string): Promise<SaveOutcome> {
    const page = await pageArticle();
    if (!page) return { ok: false, error: 'no-article', message: say.noArticle };
    const annotations = pick(page);
    if (typeof annotations === 'string') return { ok: false, error: 'no-selection', message: annotations };
    try {
      const outcome = await ask<'save'>({ type: 'save', clip: { article: page.article, annotations, articleText: page.text } });
      if (outcome.ok) await showSaved();
      return outcome;
    } catch (e) {
      return { ok: false, error: 'unknown', message: (e as Error).message };
    }
  }

  return {
    pageArticle,
    showSaved,
    /** The whole page with all its fields. */
    savePage: () => saveWith((page) => page.fields),
    /** One field, as it reads now: the same field nearest to where it was. */
    saveField: (field: Field) =>
      saveWith((page) => {
        const same = page.fields.filter((f) => f.type === field.type && f.text === field.text);
        const nearest = same.sort((a, b) => Math.abs(a.start - field.start) - Math.abs(b.start - field.start))[0];
        return nearest ? [nearest] : say.invalid;
      }),
    /** The selected passage of the article as a quote. */
    saveSelection: () =>
      saveWith((page) => {
        const selection = win.getSelection();
        const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
        const at = range && annotator.offsetsOf(range);
        if (!at) return say.selectInArticle;
        return [{ type: 'quote', value: null, text: page.text.slice(at.start, at.end), start: at.start, end: at.end }];
      }),
    /** Scrolls to `[start, end)` of the article and flashes it. */
    async reveal(start: number, end: number): Promise<boolean> {
      await annotator.snapshot();
      const range = annotator.rangeOf(start, end);
      const element = range?.startContainer.parentElement;
      if (!range || !element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (focus && registry) {
        focus.clear();
        focus.add(range);
        registry.set('newsmark-focus', focus);
        win.clearTimeout(focusTimer);
        focusTimer = win.setTimeout(() => registry.delete('newsmark-focus'), focusMs);
      }
      return true;
    },
    /** Takes this page's saved and focus highlights away. */
    stop() {
      win.clearTimeout(focusTimer);
      if (registry?.get('newsmark-saved') === saved) registry?.delete('newsmark-saved');
      if (registry?.get('newsmark-focus') === focus) registry?.delete('newsmark-focus');
    },
  };
}

export type Clipper = ReturnType<typeof createClipper>;
