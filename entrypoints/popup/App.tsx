import { useEffect, useMemo, useState } from 'preact/hooks';
import { FieldList } from '../../components/FieldList';
import { PagePanel } from '../../components/PagePanel';
import { SaveClip, type ClipChoice } from '../../components/SaveClip';
import type { FieldType } from '../../utils/extract/types';
import { askBackground, sendToTab, type PageArticle, type PageState } from '../../utils/messages';
import type { Clip } from '../../utils/store/schema';
import { disabledSites, highlightsHidden, visibleTypes } from '../../utils/settings';
import { extractFields } from '../../utils/extract';
import { groupFields } from '../../utils/extract/group';
import { t } from '../../utils/i18n';

type LangChoice = 'auto' | 'vi' | 'en';

/** The current tab's state, kept fresh while the popup is open. */
function useCurrentPage() {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageState>();
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (stopped || tab?.id === undefined) return;
      setTabId(tab.id);
      setPage(await sendToTab<'status'>(tab.id, { type: 'status' }));
    };
    void poll();
    const timer = setInterval(() => void poll(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  const run = async () => {
    if (tabId !== undefined) setPage(await sendToTab<'run'>(tabId, { type: 'run' }));
  };
  return { page, run, tabId };
}

/** The tab's article as it would be saved, the clip saved for it before, and the tags in use. */
function useClip(tabId: number | undefined, done: boolean) {
  const [article, setArticle] = useState<PageArticle>();
  const [saved, setSaved] = useState<Clip>();
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (tabId === undefined || !done) return;
    let stopped = false;
    void (async () => {
      const page = await sendToTab<'article'>(tabId, { type: 'article' });
      if (stopped || !page) return;
      // The form starts from the saved clip (read by index), so it is shown once that is known;
      // the tags for autocomplete (a walk over every tag) come after.
      const before = await askBackground<'clip'>({ type: 'clip', url: page.article.url }).catch(() => undefined);
      if (stopped) return;
      setSaved(before);
      setArticle(page);
      const known = await askBackground<'tags'>({ type: 'tags' }).catch(() => undefined);
      if (!stopped) setTags(known ?? []);
    })();
    return () => {
      stopped = true;
    };
  }, [tabId, done]);
  const save = async (choice: ClipChoice) => {
    if (!article) return { ok: false as const, error: 'invalid' as const, message: 'no article' };
    const annotations = choice.fields.map((i) => article.fields[i]!);
    const result = await askBackground<'save'>({
      type: 'save',
      clip: { article: { ...article.article, tags: choice.tags, note: choice.note }, annotations, articleText: article.text },
    }).catch((e: Error) => ({ ok: false as const, error: 'unknown' as const, message: e.message }));
    if (result.ok) setSaved(await askBackground<'clip'>({ type: 'clip', url: article.article.url }).catch(() => undefined));
    return result;
  };
  return { article, saved, tags, save };
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

/** The current page's fields and display choices, and a finder for pasted text. */
export function App() {
  const { page, run, tabId } = useCurrentPage();
  const clip = useClip(tabId, page?.state === 'done');
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
  const [text, setText] = useState('');
  const [lang, setLang] = useState<LangChoice>('auto');
  const [published, setPublished] = useState('');
  const groups = useMemo(
    () => groupFields(extractFields(text, { lang, published: published || undefined })),
    [text, lang, published],
  );
  return (
    <main>
      <PagePanel
        page={shown}
        visible={visible}
        hidden={hidden}
        onRun={() => void run()}
        onToggleType={toggleType}
        onHideAll={(h) => void highlightsHidden.setValue(h)}
        onNeverOnSite={(n) => void neverOnSite(n)}
      />
      {clip.article && (
        <SaveClip
          key={clip.article.article.url}
          page={clip.article}
          saved={clip.saved}
          knownTags={clip.tags}
          onSave={clip.save}
          onReveal={(f) => tabId !== undefined && void sendToTab<'reveal'>(tabId, { type: 'reveal', start: f.start, end: f.end })}
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
      {text.trim() && <FieldList groups={groups} />}
    </main>
  );
}
