import { useMemo, useState } from 'preact/hooks';
import { describeValue, groupFields } from '../utils/extract/group';
import type { Field } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { failureText } from './failure';
import { TYPE_LABELS, approxLabel } from './labels';
import type { PageArticle } from '../utils/messages';
import { passageKey, sameAnnotationKey } from '../utils/store/clips';
import type { Clip, StoreResult } from '../utils/store/schema';
import { splitTags } from '../utils/tags';
import { TagsInput } from './TagsInput';

/** What the reader chose to keep. */
export interface ClipChoice {
  /** Indexes into the page's fields: every occurrence of each chosen field. */
  fields: number[];
  tags: string[];
  /** Absent when adding fields to a saved clip without typing a note: its note stays. */
  note?: string;
}

export type SaveClipProps = {
  page: PageArticle;
  /** The clip saved for this page before, if any: its tags and note are edited in SavedClip, here fields are added. */
  saved: Clip | undefined;
  /** Tags in use, offered as the reader types. */
  knownTags: string[];
  onSave: (choice: ClipChoice) => Promise<StoreResult<{ saved: number }>>;
  /** Scrolls the page to an occurrence of a field and flashes it. */
  onReveal: (field: Field) => void;
};

/**
 * Saves the page as a clip: its fields (a checkbox each; all chosen at first, or on a saved page
 * those not saved yet), tags and a note.
 */
export function SaveClip({ page, saved, knownTags, onSave, onReveal }: SaveClipProps) {
  /** Which occurrence of each field was shown last. */
  const [shown, setShown] = useState<Record<string, number>>({});
  const step = (key: string, occurrences: Field[], by: number) => {
    const next = ((shown[key] ?? -1) + by + occurrences.length) % occurrences.length;
    setShown({ ...shown, [key]: next });
    onReveal(occurrences[next]!);
  };
  const groups = useMemo(() => groupFields(page.fields), [page.fields]);
  /** Occurrences saved already, by type, offsets and text (how saveClip tells them apart). */
  const savedKeys = useMemo(
    () => new Set(saved?.annotations.map(sameAnnotationKey)),
    [saved],
  );
  const isSaved = (occurrences: Field[]) =>
    saved !== undefined && occurrences.every((f) => savedKeys.has(passageKey(f.type, f.start, f.end, f.text)));
  /** The reader's ticks and unticks; the rest follow the default, which follows the saved clip live. */
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const chosen = (key: string, occurrences: Field[]) => ticked[key] ?? !isSaved(occurrences);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  /** Typed in since the last save: the fields stay, even emptied, while the reader is at them. */
  const [typing, setTyping] = useState(false);
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  const toggle = (key: string, on: boolean) => setTicked((prev) => ({ ...prev, [key]: on }));

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const indexes = TYPE_LABELS.flatMap(({ type }) =>
      groups[type].flatMap((g, i) => (chosen(`${type}:${i}`, g.occurrences) ? g.occurrences.map((f) => page.fields.indexOf(f)) : [])),
    );
    const result = await onSave({ fields: indexes, tags: splitTags(tags), ...(saved && note === '' ? {} : { note }) });
    setBusy(false);
    if (result.ok) {
      // Saved: the tags and note now belong to the saved clip (edited above), the ticks to its defaults.
      setTags('');
      setNote('');
      setTyping(false);
      setTicked({});
    }
    setStatus(result.ok ? t('savedCount', String(result.saved)) : failureText(result));
  };

  return (
    <form class="save-clip" aria-labelledby="save-heading" onSubmit={(e) => void save(e)}>
      <h2 id="save-heading">{t('saveHeading')}</h2>
      <p class="article-meta">
        <strong>{page.article.title}</strong>
        <br />
        {[page.article.site, page.article.published, page.article.author, page.article.lang].filter(Boolean).join(' · ')}
      </p>
      {TYPE_LABELS.filter(({ type }) => groups[type].length > 0).map(({ type, label }) => (
        <fieldset key={type} data-type={type}>
          <legend>
            {t(label)} ({groups[type].length})
          </legend>
          {groups[type].map((g, i) => {
            const key = `${type}:${i}`;
            const value = describeValue(g, approxLabel);
            const already = isSaved(g.occurrences);
            return (
              <div key={key} class="field-row">
                <label>
                  <input type="checkbox" checked={chosen(key, g.occurrences)} onChange={(e) => toggle(key, (e.target as HTMLInputElement).checked)} />
                  {g.text}
                  {value !== g.text && <span class="value"> — {value}</span>}
                  {g.occurrences.length > 1 && <span class="times"> ({t('occurrences', String(g.occurrences.length))})</span>}
                  {already && <span class="already"> ({t('popupAlreadySaved')})</span>}
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
      {/* On a saved page its tags and note are edited above; here only while typed, so nothing typed vanishes. */}
      {(!saved || typing) && (
        <>
          <TagsInput id="save" label={t('tagsLabel')} value={tags} known={knownTags} onInput={(v) => (setTags(v), setTyping(true))} />
          <label>
            {t('noteLabel')}
            <textarea rows={3} value={note} onInput={(e) => (setNote((e.target as HTMLTextAreaElement).value), setTyping(true))} />
          </label>
        </>
      )}
      <button type="submit" disabled={busy}>
        {saved ? t('popupAddFields') : t('saveClip')}
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
