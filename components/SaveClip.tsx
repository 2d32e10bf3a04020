import { useState } from 'preact/hooks';
import { describeValue, groupFields } from '../utils/extract/group';
import type { Field } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { TYPE_LABELS, approxLabel } from './labels';
import type { PageArticle } from '../utils/messages';
import type { Clip, StoreResult } from '../utils/store/schema';

/** What the reader chose to keep. */
export interface ClipChoice {
  /** Indexes into the page's fields: every occurrence of each chosen field. */
  fields: number[];
  tags: string[];
  note: string;
}

export type SaveClipProps = {
  page: PageArticle;
  /** The clip saved for this page before, if any. */
  saved: Clip | undefined;
  /** Tags in use, offered as the reader types. */
  knownTags: string[];
  onSave: (choice: ClipChoice) => Promise<StoreResult<{ saved: number }>>;
  /** Scrolls the page to an occurrence of a field and flashes it. */
  onReveal: (field: Field) => void;
};


const splitTags = (s: string) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))];

/** Saves the page as a clip: its fields (all chosen at first, a checkbox each), tags and a note. */
export function SaveClip({ page, saved, knownTags, onSave, onReveal }: SaveClipProps) {
  /** Which occurrence of each field was shown last. */
  const [shown, setShown] = useState<Record<string, number>>({});
  const step = (key: string, occurrences: Field[], by: number) => {
    const next = ((shown[key] ?? -1) + by + occurrences.length) % occurrences.length;
    setShown({ ...shown, [key]: next });
    onReveal(occurrences[next]!);
  };
  const groups = groupFields(page.fields);
  const keys = TYPE_LABELS.flatMap(({ type }) => groups[type].map((_, i) => `${type}:${i}`));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(keys));
  const [tags, setTags] = useState(() => (saved?.article.tags ?? []).join(', '));
  const [note, setNote] = useState(() => saved?.article.note ?? '');
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  const toggle = (key: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const indexes = TYPE_LABELS.flatMap(({ type }) =>
      groups[type].flatMap((g, i) => (chosen.has(`${type}:${i}`) ? g.occurrences.map((f) => page.fields.indexOf(f)) : [])),
    );
    const result = await onSave({ fields: indexes, tags: splitTags(tags), note });
    setBusy(false);
    setStatus(result.ok ? t('savedCount', String(result.saved)) : `${t(`saveError_${result.error}`)} (${result.message})`);
  };

  return (
    <form class="save-clip" aria-labelledby="save-heading" onSubmit={(e) => void save(e)}>
      <h2 id="save-heading">{t('saveHeading')}</h2>
      <p class="article-meta">
        <strong>{page.article.title}</strong>
        <br />
        {[page.article.site, page.article.published, page.article.author, page.article.lang].filter(Boolean).join(' · ')}
      </p>
      {saved && <p class="saved-before">{t('savedBefore', new Date(saved.article.savedAt).toLocaleString())}</p>}
      {TYPE_LABELS.filter(({ type }) => groups[type].length > 0).map(({ type, label }) => (
        <fieldset key={type} data-type={type}>
          <legend>
            {t(label)} ({groups[type].length})
          </legend>
          {groups[type].map((g, i) => {
            const key = `${type}:${i}`;
            const value = describeValue(g, approxLabel);
            return (
              <div key={key} class="field-row">
                <label>
                  <input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, (e.target as HTMLInputElement).checked)} />
                  {g.text}
                  {value !== g.text && <span class="value"> — {value}</span>}
                  {g.occurrences.length > 1 && <span class="times"> ({t('occurrences', String(g.occurrences.length))})</span>}
                </label>
                {g.occurrences.length > 1 && (
                  <button type="button" class="step" aria-label={t('showPrevious', g.text)} onClick={() => step(key, g.occurrences, -1)}>
                    ‹
                  </button>
                )}
                <button type="button" class="step" aria-label={t('showOnPage', g.text)} onClick={() => step(key, g.occurrences, 1)}>
                  ›
                </button>
              </div>
            );
          })}
        </fieldset>
      ))}
      <label>
        {t('tagsLabel')}
        <input type="text" list="known-tags" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        <datalist id="known-tags">
          {knownTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </label>
      <label>
        {t('noteLabel')}
        <textarea rows={3} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="submit" disabled={busy}>
        {saved ? t('saveAgain') : t('saveClip')}
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
