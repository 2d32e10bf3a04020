import { useEffect, useRef, useState } from 'preact/hooks';
import { describeValue } from '../utils/extract/group';
import { t } from '../utils/i18n';
import { storeFailure } from '../utils/store/clips';
import type { AnnotationRecord, Clip, StoreResult } from '../utils/store/schema';
import { approxLabel, typeLabel } from './labels';
import { failureText } from './failure';
import { NotesEditor, browserDrafts, dropDraft, hasDraft, type DraftStorage } from './NotesEditor';

type Changes = { tags?: string[]; note?: string };

export type SavedClipProps = {
  /** The clip saved for this page, as stored now. */
  clip: Clip;
  /** Tags in use, offered as the reader types. */
  knownTags: readonly string[];
  /** Ids of saved annotations that were not found on the page as it reads now. */
  missing?: ReadonlySet<string>;
  onUpdateArticle: (changes: Changes) => Promise<StoreResult<{ updated: boolean }>>;
  onUpdateAnnotation: (id: string, changes: Changes) => Promise<StoreResult<{ updated: boolean }>>;
  /** Removes an annotation; `undo` puts it back exactly (its tags, note and selectors). */
  onRemoveAnnotation: (annotation: AnnotationRecord) => Promise<StoreResult<{ undo: () => Promise<StoreResult<unknown>> }>>;
  /** Where unsaved typing waits; localStorage by default. */
  drafts?: DraftStorage;
};

/** A long quote cut for a button's name. */
const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const NO_MISSING: ReadonlySet<string> = new Set();

/** The page's saved clip: when it was saved, its tags and note, and each annotation, all editable and removable. */
export function SavedClip({ clip, knownTags, missing = NO_MISSING, onUpdateArticle, onUpdateAnnotation, onRemoveAnnotation, drafts = browserDrafts() }: SavedClipProps) {
  const { article, annotations } = clip;
  const [status, setStatus] = useState('');
  /** The last removal, while it can be undone. */
  const [undoable, setUndoable] = useState<{ text: string; undo: () => Promise<StoreResult<unknown>> }>();
  /** The annotation whose Remove button takes focus once the list has been redrawn. */
  const [focusNext, setFocusNext] = useState<string | null>();
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusNext === undefined) return;
    // Wait for the live clip to drop the removed annotation before moving focus.
    if (focusNext !== null && !annotations.some((a) => a.id === focusNext)) return;
    const button = focusNext && root.current?.querySelector<HTMLButtonElement>(`[data-annotation="${focusNext}"] button.remove`);
    (button || heading.current)?.focus();
    setFocusNext(undefined);
  }, [annotations, focusNext]);

  const remove = async (a: AnnotationRecord, index: number) => {
    const result = await onRemoveAnnotation(a).catch(storeFailure);
    if (!result.ok) return setStatus(failureText(result, t('popupRemoveFailed')));
    dropDraft(drafts, `annotation-${a.id}`);
    setStatus(t('popupRemoved', short(a.text)));
    setUndoable({ text: a.text, undo: result.undo });
    const neighbour = annotations[index + 1] ?? annotations[index - 1];
    setFocusNext(neighbour?.id ?? null);
  };

  const undo = async () => {
    if (!undoable) return;
    const { text, undo: putBack } = undoable;
    setUndoable(undefined);
    const result = await putBack().catch(storeFailure);
    setStatus(result.ok ? t('popupRestored', short(text)) : failureText(result, t('popupRestoreFailed')));
  };

  return (
    <section class="saved-clip" aria-labelledby="saved-heading" ref={root}>
      <h2 id="saved-heading">{t('popupSavedHeading')}</h2>
      <p class="saved-before">{t('savedBefore', new Date(article.savedAt).toLocaleString())}</p>
      <NotesEditor
        id={`article-${article.id}`}
        tags={article.tags}
        note={article.note}
        knownTags={knownTags}
        labels={{ tags: t('tagsLabel'), note: t('noteLabel') }}
        onSave={onUpdateArticle}
        drafts={drafts}
      />
      <h3 id="saved-annotations" tabIndex={-1} ref={heading}>
        {t('popupAnnotationsHeading', String(annotations.length))}
      </h3>
      {annotations.length === 0 ? (
        <p>{t('popupNoAnnotations')}</p>
      ) : (
        <ul class="annotations" aria-labelledby="saved-annotations">
          {annotations.map((a, i) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              missing={missing.has(a.id)}
              knownTags={knownTags}
              onRemove={() => void remove(a, i)}
              onUpdate={(changes) => onUpdateAnnotation(a.id, changes)}
              drafts={drafts}
            />
          ))}
        </ul>
      )}
      <p role="status" class="saved-status">
        {status}
      </p>
      {undoable && (
        <button type="button" class="undo" aria-label={t('popupUndoRemove', short(undoable.text))} onClick={() => void undo()}>
          {t('popupUndo')}
        </button>
      )}
    </section>
  );
}

type AnnotationItemProps = {
  annotation: AnnotationRecord;
  missing: boolean;
  knownTags: readonly string[];
  onRemove: () => void;
  onUpdate: (changes: Changes) => Promise<StoreResult<{ updated: boolean }>>;
  drafts: DraftStorage | undefined;
};

/** One saved annotation: type, text and value, a Remove button, and its tags and note behind a disclosure. */
function AnnotationItem({ annotation: a, missing, knownTags, onRemove, onUpdate, drafts }: AnnotationItemProps) {
  const type = typeLabel(a.type);
  const value = a.type === 'quote' ? undefined : describeValue(a, approxLabel);
  // The editor is drawn only once opened: a clip of 500 annotations opens the popup no slower.
  // Typing left unsaved in it when the popup last closed opens it again.
  const [open, setOpen] = useState(() => hasDraft(drafts, `annotation-${a.id}`));
  const name = short(a.text);
  return (
    <li data-annotation={a.id} data-type={a.type} class="annotation">
      <div class="annotation-line">
        <span class="type">{type}</span>
        <span class="text">{a.text}</span>
        {value !== undefined && value !== a.text && <span class="value">— {value}</span>}
        {missing && <span class="missing">({t('popupNotOnPage')})</span>}
        {a.tags.length > 0 && <span class="tags">{a.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        {a.note && <span class="note">{a.note}</span>}
        <button type="button" class="remove" aria-label={t('popupRemoveAnnotation', [type, name])} onClick={onRemove}>
          {t('popupRemove')}
        </button>
      </div>
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary aria-label={t('popupAnnotationNotesOf', [type, name])}>{t('popupAnnotationNotes')}</summary>
        {open && (
          <NotesEditor
            id={`annotation-${a.id}`}
            tags={a.tags}
            note={a.note}
            knownTags={knownTags}
            labels={{ tags: t('popupAnnotationTags', name), note: t('popupAnnotationNote', name) }}
            onSave={onUpdate}
            drafts={drafts}
          />
        )}
      </details>
    </li>
  );
}
