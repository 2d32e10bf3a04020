import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { FieldList } from '../../components/FieldList';
import { PagePanel } from '../../components/PagePanel';
import { SaveClip, type ClipChoice } from '../../components/SaveClip';
import { SavedClip } from '../../components/SavedClip';
import type { FieldType } from '../../utils/extract/types';
import { groupFields, type FieldGroup } from '../../utils/extract/group';
import { askBackground, sendToTab, type PageArticle, type PageStatus } from '../../utils/messages';
import { storeFailure, updateArticle } from '../../utils/store/clips';
import { removeAnnotationWithUndo, updateAnnotation } from '../../utils/store/manage';
import type { Clip, NewsmarkDb, StoreFailure, StoreResult } from '../../utils/store/schema';
import { normalizeUrl } from '../../utils/store/url';
import { disabledSites, highlightsHidden, visibleTypes } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { openForFirstRead, readClip } from '../../utils/store/first-read';
import type { LiveClip } from './live';

type LangChoice = 'auto' | 'vi' | 'en';

/*
 * The popup reads and edits the database itself: an extension page is in the database's origin.
 * Its first read is plain IndexedDB (utils/store/first-read.ts); Dexie, with liveQuery for live updates and
 * the store's writes, is most of the popup's code and loads meanwhile (./live.ts).
 */
const firstConnection = openForFirstRead().catch(() => undefined); // the live read says what went wrong
let live: Promise<typeof import('./live')> | undefined;
/** Dexie's half, loaded once asked for: after the first read, whose main thread it would otherwise hold up. */
const loadLive = () => (live ??= import('./live'));
/** A store write on the popup's Dexie; a failure to load it is a failed write, said like the others. */
const withDb = <T,>(write: (db: NewsmarkDb) => Promise<T>): Promise<T | StoreFailure> =>
  loadLive().then(({ popupDb }) => write(popupDb), storeFailure);
/** Asked before the first render, so the answer is there when the popup first needs it. */
const activeTab = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
/** The tab this page is in when it is opened as a tab (tests, screenshots); undefined in a real popup. */
const ownTab = browser.tabs.getCurrent().then(
  (tab) => tab?.id,
  () => undefined,
);
/** The page's first status, asked while the popup's first render is still being made. */
const firstStatus: Promise<PageStatus | undefined> = Promise.all([activeTab, ownTab]).then(([active, own]) => {
  performance.mark('newsmark-popup-tab');
  return active?.id !== undefined && active.id !== own ? sendToTab<'status'>(active.id, { type: 'status' }) : undefined;
});
/**
 * The clip saved for the page, read with plain IndexedDB as soon as the page's url is known (from
 * activeTab in a real popup, else from the status): the first render does not wait for it, nor it
 * for the render. Undefined when the url is not known or the database cannot be read yet.
 */
const firstClip: Promise<{ url: string; clip: Clip | undefined } | undefined> = Promise.all([activeTab, firstStatus]).then(
  async ([active, status]) => {
    performance.mark('newsmark-popup-status');
    const url = active?.url ?? status?.url;
    const db = await firstConnection;
    performance.mark('newsmark-popup-db-open');
    if (url === undefined || !db) return undefined;
    try {
      const clip = await readClip(db, url);
      performance.mark('newsmark-popup-clip-read');
      return { url, clip };
    } catch {
      return undefined; // the live read says what went wrong
    } finally {
      db.close();
    }
  },
);

/*
 * The hooks on the way to the saved clip (the tab, its page's state, its article, the clip) start
 * their work in layout effects: a plain effect waits for the next frame, three times over.
 */

/**
 * The page the popup is about — its window's active tab, never the popup's own tab — and that
 * page's state, kept fresh while the popup is open. (A real popup closes when the reader moves to
 * another tab; opened as a tab, it follows the one brought to the front.)
 */
function useCurrentPage() {
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [page, setPage] = useState<PageStatus>();
  useLayoutEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let target: number | undefined;
    let asked = activeTab;
    let first = true;
    const poll = async () => {
      const [active, own] = await Promise.all([asked, ownTab]);
      if (stopped) return;
      if (active?.id !== undefined && active.id !== own && active.id !== target) {
        target = active.id;
        // `url` is there when the toolbar button granted activeTab; otherwise the status says it.
        setTab({ id: active.id, ...(active.url ? { url: active.url } : {}) });
      }
      if (target !== undefined) {
        // The first answer was asked before the first render.
        const state = first ? await firstStatus : await sendToTab<'status'>(target, { type: 'status' });
        if (!stopped) setPage(state);
      }
      first = false;
      if (stopped) return;
      timer = setTimeout(() => {
        asked = browser.tabs.query({ active: true, currentWindow: true }).then(([next]) => next);
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
    const state = await sendToTab<'run'>(tab.id, { type: 'run' });
    if (state) setPage(state);
  };
  return { page, run, tab };
}

/** The tab's article as it would be saved, once the page has been read. */
function usePageArticle(tabId: number | undefined, done: boolean): PageArticle | undefined {
  const [article, setArticle] = useState<PageArticle>();
  useLayoutEffect(() => {
    setArticle(undefined);
    if (tabId === undefined || !done) return;
    let stopped = false;
    void sendToTab<'article'>(tabId, { type: 'article' }).then((page) => {
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
function useSavedClip(url: string | undefined): LiveClip {
  const [clip, setClip] = useState<LiveClip>({ state: 'loading' });
  useLayoutEffect(() => {
    if (url === undefined) return;
    let stopped = false;
    let watching = false;
    let unsubscribe: (() => void) | undefined;
    const watch = () =>
      void loadLive().then(({ popupDb, watchClip }) => {
        if (stopped) return;
        unsubscribe = watchClip(popupDb, url, (next) => {
          watching = true;
          setClip(next);
        });
      });
    void firstClip
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
function useKnownTags(enabled: boolean): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let unsubscribe: (() => void) | undefined;
    void loadLive().then(({ popupDb, watchTags }) => {
      if (!stopped) unsubscribe = watchTags(popupDb, setTags);
    });
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [enabled]);
  return tags;
}

/** True one task after `ready` turns true: what is not shown first waits for what is to be drawn. */
function useAfterward(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, [ready, after]);
  return after;
}

/** The fields of pasted text; the engine is loaded only then, so the popup opens without it. */
function usePastedFields(text: string, lang: LangChoice, published: string): Record<FieldType, FieldGroup[]> | undefined {
  const [groups, setGroups] = useState<Record<FieldType, FieldGroup[]>>();
  useEffect(() => {
    if (!text.trim()) return setGroups(undefined);
    let stale = false;
    void import('../../utils/extract').then(({ extractFields }) => {
      if (!stale) setGroups(groupFields(extractFields(text, { lang, published: published || undefined })));
    });
    return () => {
      stale = true;
    };
  }, [text, lang, published]);
  return groups;
}

/** A stored setting as state that follows changes from other tabs and the shortcut. */
function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void; fallback: T }) {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/** The current page: its fields, display choices, its saved clip to edit, and a finder for pasted text. */
export function App() {
  const { page, run, tab } = useCurrentPage();
  const done = page?.state === 'done' ? page : undefined;
  const article = usePageArticle(tab?.id, done !== undefined);
  const clip = useSavedClip(tab?.url ?? page?.url ?? article?.article.url);
  const saved = clip.state === 'saved' ? clip.clip : undefined;
  const knownTags = useKnownTags(clip.state !== 'loading');
  // The save form comes after the saved clip (or its absence) is drawn: it is not what the popup shows first.
  const formShown = useAfterward(clip.state !== 'loading');
  const missing = new Set(done?.saved?.missing.map((m) => m.id));
  const visible = useSetting(visibleTypes);
  const hidden = useSetting(highlightsHidden);
  const sites = useSetting(disabledSites);
  // The site's setting shows what is stored at once, not what the tab said a second ago.
  const shown = page && { ...page, disabled: sites.includes(page.site) };
  const toggleType = (type: FieldType, on: boolean) =>
    void visibleTypes.setValue(on ? [...new Set([...visible, type])] : visible.filter((v) => v !== type));
  const neverOnSite = async (never: boolean) => {
    if (!page?.site) return;
    const sites = await disabledSites.getValue();
    await disabledSites.setValue(never ? [...new Set([...sites, page.site])] : sites.filter((s) => s !== page.site));
  };

  const save = async (choice: ClipChoice): Promise<StoreResult<{ saved: number }>> => {
    if (!article) return { ok: false, error: 'invalid', message: 'no article' };
    const annotations = choice.fields.map((i) => article.fields[i]!);
    // Saved by the background, not by this page's Dexie: the popup closes on any click outside
    // it, and a clip of hundreds of fields must not be cut off with it. The clip shows here through liveQuery.
    const result = await askBackground<'save'>({
      type: 'save',
      clip: { article: { ...article.article, tags: choice.tags, ...(choice.note === undefined ? {} : { note: choice.note }) }, annotations, articleText: article.text },
    }).catch((e: Error) => ({ ok: false as const, error: 'unknown' as const, message: e.message }));
    // The page marks what is saved now, as it would after a reload.
    if (result.ok) void run();
    return result;
  };
  const remove = async (id: string) => {
    const result = await withDb((db) => removeAnnotationWithUndo(db, id));
    // The page draws its saved annotations again, without this one (and with it after an undo).
    if (result.ok && done) void run();
    if (!result.ok) return result;
    const undo = async () => {
      const restored = await result.undo();
      if (restored.ok && done) void run();
      return restored;
    };
    return { ...result, undo };
  };
  const openLibrary = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  };

  const [text, setText] = useState('');
  const [lang, setLang] = useState<LangChoice>('auto');
  const [published, setPublished] = useState('');
  const groups = usePastedFields(text, lang, published);
  return (
    <main>
      <div class="popup-bar">
        <button type="button" class="open-library" onClick={() => void openLibrary()}>
          {t('popupOpenLibrary')}
        </button>
      </div>
      <PagePanel
        page={shown}
        visible={visible}
        hidden={hidden}
        onRun={() => void run()}
        onToggleType={toggleType}
        onHideAll={(h) => void highlightsHidden.setValue(h)}
        onNeverOnSite={(n) => void neverOnSite(n)}
      />
      {clip.state === 'failed' && <p role="alert">{t('popupLibraryFailed', clip.message)}</p>}
      {saved && (
        <SavedClip
          clip={saved}
          knownTags={knownTags}
          missing={missing}
          onUpdateArticle={(changes) => withDb((db) => updateArticle(db, saved.article.id, changes))}
          onUpdateAnnotation={(id, changes) => withDb((db) => updateAnnotation(db, id, changes))}
          onRemoveAnnotation={(a) => remove(a.id)}
        />
      )}
      {article && formShown && (
        <SaveClip
          key={article.article.url}
          page={article}
          saved={saved}
          knownTags={knownTags}
          onSave={save}
          onReveal={(f) => tab !== undefined && void sendToTab<'reveal'>(tab.id, { type: 'reveal', start: f.start, end: f.end })}
        />
      )}
      <h2>{t('popupHeading')}</h2>
      <label>
        {t('textLabel')}
        <textarea
          value={text}
          placeholder={t('textPlaceholder')}
          rows={8}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="options">
        <label>
          {t('langLabel')}
          <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as LangChoice)}>
            <option value="auto">{t('langAuto')}</option>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('publishedLabel')}
          <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {text.trim() && groups && <FieldList groups={groups} />}
    </main>
  );
}
