/**
 * Every message between the content script, the popup and the background, typed once:
 * the request each side sends and the answer it gets.
 */

import { browser } from '#imports';
import type { ExtractOptions, Field, FieldType } from './extract/types';
import type { ArticleInput, ClipInput, StoreResult } from './store/schema';

/** What the content script has done on its page. */
export type PageState =
  | { state: 'idle'; article: boolean; site: string; disabled: boolean }
  | { state: 'working'; article: boolean; site: string; disabled: boolean }
  | {
      state: 'done';
      article: boolean;
      site: string;
      disabled: boolean;
      counts: Record<FieldType, number>;
      capped: boolean;
      /** Annotations saved for this page: how many were found again, and those that were not. */
      saved?: { found: number; missing: SavedAnchors['missing'] };
    }
  | { state: 'no-article'; article: boolean; site: string; disabled: boolean };

/**
 * A page's state as its content script reports it, with the page's address: the popup reads the
 * saved clip by it without waiting for the article (Chrome gives an extension page a tab's url
 * only when the toolbar button granted activeTab).
 */
export type PageStatus = PageState & { url: string };

/**
 * Whether two statuses say the same thing, compared by what they hold: each answer of the
 * content script is a new object (polled every second), and the popup redraws only on a change.
 */
export function sameStatus(a: PageStatus | undefined, b: PageStatus | undefined): boolean {
  return sameJson(a, b);
}

/** Deep equality of JSON-like values (what a message carries). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && sameJson(x[k], y[k]));
}

/** Requests to a tab's content script, and their answers. */
export interface ContentRequests {
  /** Find and highlight the fields of this page now, article or not. */
  run: { request: { type: 'run' }; response: PageStatus };
  /** What has been done on this page. */
  status: { request: { type: 'status' }; response: PageStatus };
  /** Draws again what is saved from this page (after a save or a removal elsewhere), without reading the page again. */
  'show-saved': { request: { type: 'show-saved' }; response: PageStatus };
  /** The page's article as it would be saved: metadata, text and fields (offsets into the text). */
  article: { request: { type: 'article' }; response: PageArticle | undefined };
  /** Saves the selected text as a quote (context menu, shortcut); with nothing selected, the page. */
  'save-selection': { request: { type: 'save-selection' }; response: SaveOutcome };
  /** Scrolls the page to the text at `[start, end)` of its article and flashes it. */
  reveal: { request: { type: 'reveal'; start: number; end: number }; response: boolean };
}

/** What a save from the page came to: the store's answer, or why nothing was asked. */
export type SaveOutcome = StoreResult<{ articleId: string; saved: number }> | { ok: false; error: 'no-article' | 'no-selection'; message: string };

/** A page's article, ready to be saved. */
export interface PageArticle {
  article: ArticleInput;
  text: string;
  fields: Field[];
}

export type ContentRequest = ContentRequests[keyof ContentRequests]['request'];

/** Sends a request to the content script of `tabId`; undefined when none answers (a page it cannot run on). */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  request: ContentRequests[K]['request'],
): Promise<ContentRequests[K]['response'] | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as ContentRequests[K]['response'];
  } catch {
    return undefined;
  }
}

const CONTENT_TYPES = new Set<string>(['run', 'status', 'show-saved', 'article', 'reveal', 'save-selection']);

/** Answers content-script requests with `handle`. */
export function onContentRequest(
  handle: <R extends ContentRequest>(request: R) => Promise<ContentRequests[R['type']]['response']> | ContentRequests[R['type']]['response'],
): () => void {
  const listener = (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const request = message as ContentRequest;
    if (!CONTENT_TYPES.has(request?.type)) return undefined;
    Promise.resolve(handle(request)).then(reply, () => reply(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Requests to the background: the engine, loaded once for every tab, and the database. */
export interface BackgroundRequests {
  /** The fields of an article's text. */
  extract: { request: { type: 'extract'; text: string; options: ExtractOptions }; response: Field[] };
  /** Saves a clip: the article and the chosen annotations, in one transaction. */
  save: { request: { type: 'save'; clip: ClipInput }; response: StoreResult<{ articleId: string; saved: number }> };
  /** Where the annotations saved for a URL are in its article text as read now. */
  anchor: { request: { type: 'anchor'; url: string; text: string }; response: SavedAnchors | undefined };
}

/** Saved annotations found again in a page, and those that were not. */
export interface SavedAnchors {
  anchored: { id: string; start: number; end: number }[];
  missing: { id: string; type: string; text: string }[];
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]['request'];

/** Sends `request` to the background and returns its answer; rejects when none comes. */
export async function askBackground<K extends keyof BackgroundRequests>(
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return (await browser.runtime.sendMessage(request)) as BackgroundRequests[K]['response'];
}

/** Asks the background for the fields of `text`; rejects when it cannot answer. */
export async function requestExtraction(text: string, options: ExtractOptions): Promise<Field[]> {
  const fields = await askBackground<'extract'>({ type: 'extract', text, options });
  if (!Array.isArray(fields)) throw new Error('newsmark: no answer from the background');
  return fields;
}

const BACKGROUND_TYPES = new Set<string>(['extract', 'save', 'anchor']);

/** Answers background requests, one handler per request type (in the background). */
export function onBackgroundRequest(handlers: {
  [K in keyof BackgroundRequests]: (
    request: BackgroundRequests[K]['request'],
  ) => BackgroundRequests[K]['response'] | Promise<BackgroundRequests[K]['response']>;
}): () => void {
  const listener = (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const request = message as BackgroundRequest;
    if (!BACKGROUND_TYPES.has(request?.type)) return undefined;
    const handle = handlers[request.type] as (r: BackgroundRequest) => unknown;
    Promise.resolve()
      .then(() => handle(request))
      .then(reply, () => reply(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
