import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { StoreResult } from '../../utils/store/schema';
import { Dialog } from './Dialog';
import { sameTags, splitTags } from '../../utils/tags';
import { TagsInput } from '../TagsInput';
import { failureText } from './format';
import type { RowTarget } from './ResultList';

export type EditDialogProps = {
  target: RowTarget;
  /** Tags in use, offered as the reader types. */
  knownTags: readonly string[];
  /** Gets only the fields the reader changed: another change made meanwhile elsewhere (a tag added in the popup) stays. */
  onSave: (changes: { tags?: string[]; note?: string }) => Promise<StoreResult<{ updated: boolean }>>;
  onClose: () => void;
};

/** Edits the tags and note of an article or an annotation; closes once saved, says why when not. */
export function EditDialog({ target, knownTags, onSave, onClose }: EditDialogProps) {
  const record = target.kind === 'article' ? target.article : target.annotation;
  // What the dialog opened with: a field still equal to it is not sent.
  const [initial] = useState(() => ({ tags: record.tags.join(', '), note: record.note }));
  const [tags, setTags] = useState(initial.tags);
  const [note, setNote] = useState(initial.note);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = target.kind === 'article' ? target.article.title || target.article.url : target.annotation.text;
  const submit = async (e: Event) => {
    e.preventDefault();
    const changes: { tags?: string[]; note?: string } = {};
    const newTags = splitTags(tags);
    if (!sameTags(newTags, splitTags(initial.tags))) changes.tags = newTags;
    if (note !== initial.note) changes.note = note;
    if (changes.tags === undefined && changes.note === undefined) return onClose();
    setBusy(true);
    const result = await onSave(changes);
    setBusy(false);
    if (result.ok && result.updated) onClose();
    else setError(result.ok ? t('libraryEditGone') : failureText(result));
  };
  return (
    <Dialog title={t(target.kind === 'article' ? 'libraryEditArticleTitle' : 'libraryEditAnnotationTitle', name)} onClose={onClose}>
      <form class="edit" onSubmit={(e) => void submit(e)}>
        <TagsInput id="library-edit" label={t('libraryTagsLabel')} value={tags} known={knownTags} onInput={setTags} />
        <label>
          {t('libraryNoteLabel')}
          <textarea rows={4} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        {error && <p role="alert">{error}</p>}
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {t('librarySave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('libraryCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
