/**
 * The popup's data, as hooks: the page it is about and that page's state, the page's article, the
 * clip saved for it (a first plain read, then live), the tags in use, settings. Where the data
 * comes from is passed in ({@link PopupSources}), so the hooks run in tests without a browser; the
 * popup entrypoint wires them to the extension's APIs.
 */

import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { groupFields, type FieldGroup } from '../utils/extract/group';
import type { FieldType } from '../utils/extract/types';
import { sameStatus, type ContentRequests, type PageArticle, type PageStatus } from '../utils/messages';
import type { LiveClip } from '../utils/store/live';
import type { Clip } from '../utils/store/schema';
import { normalizeUrl } from '../utils/store/url';

/** The language the pasted-text finder reads in. */
export type LangChoice = 'auto' | 'vi' | 'en';

/** A tab as the popup sees it: `url` only when the browser shows it (activeTab). */
export interface PopupTab {
  id?: number;
  url?: string;
}

/** Where the popup's data comes from. */
export interface PopupSources {
  /** The window's active tab, asked before the first render. */
  activeTab: Promise<PopupTab | undefined>;
  /** The popup's own tab when it is opened as a tab (tests, screenshots); undefined in a real popup. */
  ownTab: Promise<number | undefined>;
  /** The active page's first status, asked before the first render. */
  firstStatus: Promise<PageStatus | undefined>;
  /** The clip saved for the page, read before the first render when its url was known. */
  firstClip: Promise<{ url: string; clip: Clip | undefined } | undefined>;
  /** The active tab again (polled each second). */
  queryActive(): Promise<PopupTab | undefined>;
  /** A request to a tab's content script; undefined when it does not answer. */
  ask<K extends 'status' | 'run' | 'show-saved' | 'article'>(tabId: number, request: ContentRequests[K]['request']): Promise<ContentRequests[K]['response'] | undefined>;
  /** Calls `next` with the clip saved for `url` and again on every change; returns the unsubscribe. */
  watchClip(url: string, next: (clip: LiveClip) => void): () => void;
  /** Calls `next` with every tag in use and again on every change; returns the unsubscribe. */
  watchTags(next: (tags: string[]) => void): () => void;
}

/*
 * The hooks on the way to the saved clip (the tab, its page's state, its article, the clip) start
 * their work in layout effects: a plain effect waits for the next frame, three times over.
 */

/**
 * The page the popup is about — its window's active tab, never the popup's own tab — and that
 * page's state, kept fresh while the popup is open. (A real popup closes when the reader moves to
 * another tab; opened as a tab, it follows the one brought to the front.)
 */
export function useCurrentPage(sources: PopupSources) {
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [page, setPage] = useState<PageStatus>();
  useLayoutEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let target: number | undefined;
    let asked = sources.activeTab;
    let first = true;
    const poll = async () => {
      const [active, own] = await Promise.all([asked, sources.ownTab]);
      if (stopped) return;
      if (active?.id !== undefined && active.id !== own && active.id !== target) {
        target = active.id;
        // `url` is there when the toolbar button granted activeTab; otherwise the status says it.
        setTab({ id: active.id, ...(active.url ? { url: active.url } : {}) });
      }
      if (target !== undefined) {
        // The first answer was asked before the first render.
        const state = first ? await sources.firstStatus : await sources.ask<'status'>(target, { type: 'status' });
        // The same answer as a second ago keeps the state it had: nothing to draw again.
        if (!stopped) setPage((last) => (sameStatus(last, state) ? last : state));
      }
      first = false;
      if (stopped) return;
      timer = setTimeout(() => {
        asked = sources.queryActive();
        void poll();
      }, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  /** Reads the page again (and draws what is saved from it); cheap when its text is unchanged. */
  const run = async () => {
    if (tab === undefined) return;
    const state = await sources.ask<'run'>(tab.id, { type: 'run' });
    if (state) setPage((last) => (sameStatus(last, state) ? last : state));
  };
  /** Has the page draw again what is saved from it (after a save or a removal here), without reading the page again. */
  const showSaved = async () => {
    if (tab === undefined) return;
    const state = await sources.ask<'show-saved'>(tab.id, { type: 'show-saved' });
    if (state) setPage((last) => (sameStatus(last, state) ? last : state));
  };
  return { page, run, showSaved, tab };
}

/** The tab's article as it would be saved, once the page has been read. */
export function usePageArticle(sources: PopupSources, tabId: number | undefined, done: boolean): PageArticle | undefined {
  const [article, setArticle] = useState<PageArticle>();
  useLayoutEffect(() => {
    setArticle(undefined);
    if (tabId === undefined || !done) return;
    let stopped = false;
    void sources.ask<'article'>(tabId, { type: 'article' }).then((page) => {
      if (!stopped && page) setArticle(page);
    });
    return () => {
      stopped = true;
    };
  }, [tabId, done]);
  return article;
}

/**
 * The clip saved for `url`: read once at first, then kept live; `loading` until the first read.
 * The live reads replace the first one as soon as they come.
 */
export function useSavedClip(sources: PopupSources, url: string | undefined): LiveClip {
  const [clip, setClip] = useState<LiveClip>({ state: 'loading' });
  useLayoutEffect(() => {
    if (url === undefined) return;
    let stopped = false;
    let watching = false;
    let unsubscribe: (() => void) | undefined;
    const watch = () => {
      if (stopped) return;
      unsubscribe = sources.watchClip(url, (next) => {
        watching = true;
        setClip(next);
      });
    };
    void sources.firstClip
      .then((first) => {
        // Read for this page before the render; another url (the tab changed) waits for the live read.
        if (!first || normalizeUrl(first.url) !== normalizeUrl(url) || stopped || watching) return;
        setClip(first.clip ? { state: 'saved', clip: first.clip } : { state: 'none' });
      })
      .finally(watch);
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [url]);
  return url === undefined ? { state: 'loading' } : clip;
}

/** Every tag in use, kept live, once `enabled` (after the clip: its walk over every tag must not delay it). */
export function useKnownTags(sources: PopupSources, enabled: boolean): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!enabled) return;
    return sources.watchTags(setTags);
  }, [enabled]);
  return tags;
}

/** True one task after `ready` turns true: what is not shown first waits for what is to be drawn. */
export function useAfterward(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, [ready, after]);
  return after;
}

/** The fields of pasted text; the engine is loaded only then, so the popup opens without it. */
export function usePastedFields(text: string, lang: LangChoice, published: string): Record<FieldType, FieldGroup[]> | undefined {
  const [groups, setGroups] = useState<Record<FieldType, FieldGroup[]>>();
  useEffect(() => {
    if (!text.trim()) return setGroups(undefined);
    let stale = false;
    void import('../utils/extract').then(({ extractFields }) => {
      if (!stale) setGroups(groupFields(extractFields(text, { lang, published: published || undefined })));
    });
    return () => {
      stale = true;
    };
  }, [text, lang, published]);
  return groups;
}

/** A stored setting as state that follows changes from other tabs and the shortcut. */
export function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void; fallback: T }) {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

