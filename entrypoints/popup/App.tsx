import { useMemo, useState } from 'preact/hooks';
import { useAfterward, useCurrentPage, useKnownTags, usePageArticle, usePastedFields, useSavedClip, useSetting, type LangChoice, type PopupSources } from '../../components/popup-data';
import { FieldList } from '../../components/FieldList';
import { PagePanel } from '../../components/PagePanel';
import { SaveClip, type ClipChoice } from '../../components/SaveClip';
import { SavedClip } from '../../components/SavedClip';
import type { FieldType } from '../../utils/extract/types';
import { askBackground, sendToTab, type PageStatus } from '../../utils/messages';
import { storeFailure, updateArticle } from '../../utils/store/clips';
import { removeAnnotationWithUndo, updateAnnotation } from '../../utils/store/manage';
import type { Clip, NewsmarkDb, StoreFailure, StoreResult } from '../../utils/store/schema';
import { disabledSites, highlightsHidden, visibleTypes } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { openForFirstRead, readClip } from '../../utils/store/first-read';


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

/** The popup's data sources: the extension's APIs and its database (components/popup-data.ts reads them). */
const sources: PopupSources = {
  activeTab,
  ownTab,
  firstStatus,
  firstClip,
  queryActive: () => browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab),
  ask: (tabId, request) => sendToTab(tabId, request),
  watchClip: (url, next) => afterLoading(loadLive().then(({ popupDb, watchClip }) => watchClip(popupDb, url, next))),
  watchTags: (next) => afterLoading(loadLive().then(({ popupDb, watchTags }) => watchTags(popupDb, next))),
};

/** An unsubscribe for a subscription still being made: it ends it once it exists. */
function afterLoading(subscribing: Promise<() => void>): () => void {
  let stopped = false;
  let cancel = () => {
    stopped = true;
  };
  void subscribing.then(
    (unsubscribe) => (stopped ? unsubscribe() : (cancel = unsubscribe)),
    () => undefined, // Dexie's chunk did not load: the writes say so when they fail
  );
  return () => cancel();
}

/*
 * The hooks on the way to the saved clip (the tab, its page's state, its article, the clip) start
 * their work in layout effects: a plain effect waits for the next frame, three times over.
 */

/** The current page: its fields, display choices, its saved clip to edit, and a finder for pasted text. */
export function App() {
  const { page, run, showSaved, tab } = useCurrentPage(sources);
  const done = page?.state === 'done' ? page : undefined;
  const article = usePageArticle(sources, tab?.id, done !== undefined);
  const clip = useSavedClip(sources, tab?.url ?? page?.url ?? article?.article.url);
  const saved = clip.state === 'saved' ? clip.clip : undefined;
  const knownTags = useKnownTags(sources, clip.state !== 'loading');
  // The save form comes after the saved clip (or its absence) is drawn: it is not what the popup shows first.
  const formShown = useAfterward(clip.state !== 'loading');
  const missingList = done?.saved?.missing;
  const missing = useMemo(() => new Set(missingList?.map((m) => m.id)), [missingList]);
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
    }).catch(storeFailure);
    // The page marks what is saved now, as it would after a reload.
    if (result.ok) void showSaved();
    return result;
  };
  const remove = async (id: string) => {
    const result = await withDb((db) => removeAnnotationWithUndo(db, id));
    // The page draws its saved annotations again, without this one (and with it after an undo).
    if (result.ok && done) void showSaved();
    if (!result.ok) return result;
    const undo = async () => {
      const restored = await result.undo();
      if (restored.ok && done) void showSaved();
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
