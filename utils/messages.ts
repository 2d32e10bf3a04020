/**
 * Every message between the content script, the popup and the background, typed once:
 * the request each side sends and the answer it gets.
 */

import { browser } from '#imports';
import type { ExtractOptions, Field, FieldType } from './extract/types';

/** What the content script has done on its page. */
export type PageState =
  | { state: 'idle'; article: boolean; site: string; disabled: boolean }
  | { state: 'working'; article: boolean; site: string; disabled: boolean }
  | { state: 'done'; article: boolean; site: string; disabled: boolean; counts: Record<FieldType, number>; capped: boolean }
  | { state: 'no-article'; article: boolean; site: string; disabled: boolean };

/** Requests to a tab's content script, and their answers. */
export interface ContentRequests {
  /** Find and highlight the fields of this page now, article or not. */
  run: { request: { type: 'run' }; response: PageState };
  /** What has been done on this page. */
  status: { request: { type: 'status' }; response: PageState };
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

/** Answers content-script requests with `handle`. */
export function onContentRequest(handle: (request: ContentRequest) => PageState | Promise<PageState>): () => void {
  const listener = (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const request = message as ContentRequest;
    if (request?.type !== 'run' && request?.type !== 'status') return undefined;
    Promise.resolve(handle(request)).then(reply, () => reply(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Requests to the background, where the engine is loaded once for every tab. */
export interface BackgroundRequests {
  /** The fields of an article's text. */
  extract: { request: { type: 'extract'; text: string; options: ExtractOptions }; response: Field[] };
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]['request'];

/** Asks the background for the fields of `text`; rejects when it cannot answer. */
export async function requestExtraction(text: string, options: ExtractOptions): Promise<Field[]> {
  const request: BackgroundRequests['extract']['request'] = { type: 'extract', text, options };
  const fields = (await browser.runtime.sendMessage(request)) as Field[] | undefined;
  if (!Array.isArray(fields)) throw new Error('newsmark: no answer from the background');
  return fields;
}

/** Answers background requests with `handle` (in the background). */
export function onBackgroundRequest(handle: (request: BackgroundRequest) => Field[] | Promise<Field[]>): () => void {
  const listener = (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const request = message as BackgroundRequest;
    if (request?.type !== 'extract' || typeof request.text !== 'string') return undefined;
    Promise.resolve(handle(request)).then(reply, () => reply(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
