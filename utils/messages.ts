/**
 * Every message between the content script, the popup and the background, typed once:
 * the request each side sends and the answer it gets.
 */

import { browser } from '#imports';
import type { FieldType } from './extract/types';

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
