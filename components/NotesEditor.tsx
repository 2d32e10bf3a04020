import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { failureText } from './failure';
import { storeFailure } from '../utils/store/clips';
import type { StoreResult } from '../utils/store/schema';
import { joinTags, sameTags, splitTags } from '../utils/tags';
import { TagsInput } from './TagsInput';

/** Where unsaved typing waits (localStorage in the popup): a popup closes on any click outside it. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the reader has typed and not saved: only the fields touched, so a change made elsewhere to the other one shows. */
export interface NotesDraft {
  tags?: string;
  note?: string;
}

export type NotesEditorProps = {
  /** Unique in the page; also names the draft kept in `drafts`. */
  id: string;
  /** As stored. */
  tags: readonly string[];
  note: string;
  knownTags: readonly string[];
  labels: { tags: string; note: string };
  /** Gets only the fields typed in. */
  onSave: (changes: { tags?: string[]; note?: string }) => Promise<StoreResult<{ updated: boolean }>>;
  drafts?: DraftStorage;
};

const draftKey = (id: string) => `newsmark-draft:${id}`;

function readDraft(drafts: DraftStorage | undefined, id: string): NotesDraft | undefined {
  try {
    const raw = drafts?.getItem(draftKey(id));
    const draft = raw ? (JSON.parse(raw) as unknown) : undefined;
    if (typeof draft !== 'object' || draft === null) return undefined;
    const { tags, note } = draft as Record<string, unknown>;
    const out: NotesDraft = { ...(typeof tags === 'string' ? { tags } : {}), ...(typeof note === 'string' ? { note } : {}) };
    return out.tags !== undefined || out.note !== undefined ? out : undefined;
  } catch {
    return undefined; // no storage, or a draft that is not ours: start from what is stored
  }
}

/** Whether typing for editor `id` is waiting in `drafts`. */
export function hasDraft(drafts: DraftStorage | undefined, id: string): boolean {
  return readDraft(drafts, id) !== undefined;
}

/** Forgets the typing waiting for editor `id` (its record is gone). */
export function dropDraft(drafts: DraftStorage | undefined, id: string): void {
  quietly(() => drafts?.removeItem(draftKey(id)));
}

function quietly(write: () => void) {
  try {
    write();
  } catch {
    // Storage full or unavailable: the typing is still on screen and saved on blur.
  }
}

/** The page's localStorage, where there is one. */
export const browserDrafts = (): DraftStorage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * Edits tags and a note: saved with "Save changes" or when focus leaves the editor; until saved,
 * the typing is kept in `drafts`, so a popup closed mid-sentence shows it again next time.
 */
export function NotesEditor({ id, tags, note, knownTags, labels, onSave, drafts = browserDrafts() }: NotesEditorProps) {
  const [draft, setDraft] = useState<NotesDraft | undefined>(() => readDraft(drafts, id));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** The draft as last typed, for a save that ends after more typing. */
  const latest = useRef(draft);
  latest.current = draft;
  const shown = { tags: draft?.tags ?? joinTags(tags), note: draft?.note ?? note };
  /** The draft without the fields that hold what is stored; undefined when nothing is left. */
  const unsaved = (d: NotesDraft | undefined): NotesDraft | undefined => {
    if (!d) return undefined;
    const rest: NotesDraft = {
      ...(d.tags !== undefined && !sameTags(splitTags(d.tags), tags) ? { tags: d.tags } : {}),
      ...(d.note !== undefined && d.note !== note ? { note: d.note } : {}),
    };
    return rest.tags !== undefined || rest.note !== undefined ? rest : undefined;
  };
  const dirty = unsaved(draft) !== undefined;

  // Once the store holds what was typed (saved here, or the same change made elsewhere), that part of the draft goes.
  useEffect(() => {
    if (!draft) return;
    const rest = unsaved(draft);
    if (rest?.tags === draft.tags && rest?.note === draft.note) return;
    setDraft(rest);
    quietly(() => (rest ? drafts?.setItem(draftKey(id), JSON.stringify(rest)) : drafts?.removeItem(draftKey(id))));
  }, [tags, note, draft]);

  const edit = (change: Partial<NotesDraft>) => {
    const next = { ...draft, ...change };
    latest.current = next;
    setDraft(next);
    setStatus('');
    quietly(() => drafts?.setItem(draftKey(id), JSON.stringify(next)));
  };

  const save = async () => {
    const sent = unsaved(draft);
    if (!sent || busy) return;
    setBusy(true);
    const result = await onSave({
      ...(sent.tags !== undefined ? { tags: splitTags(sent.tags) } : {}),
      ...(sent.note !== undefined ? { note: sent.note } : {}),
    }).catch(storeFailure);
    setBusy(false);
    if (!result.ok) setStatus(failureText(result));
    else if (!result.updated) setStatus(t('popupGone'));
    else {
      // The draft itself stays until the live clip shows the change, so the fields never flicker back.
      if (latest.current === draft) quietly(() => drafts?.removeItem(draftKey(id)));
      setStatus(t('popupChangesSaved'));
    }
  };

  const discard = () => {
    latest.current = undefined;
    setDraft(undefined);
    setStatus('');
    quietly(() => drafts?.removeItem(draftKey(id)));
    // The button goes with the draft: focus goes back to the first field.
    root.current?.querySelector('input')?.focus();
  };

  return (
    <div
      class="notes-editor"
      ref={root}
      onFocusOut={(e) => {
        const next = (e as FocusEvent).relatedTarget as Node | null;
        if (dirty && !(next && root.current?.contains(next))) void save();
      }}
    >
      <TagsInput id={id} label={labels.tags} value={shown.tags} known={knownTags} onInput={(tags) => edit({ tags })} />
      <label>
        {labels.note}
        <textarea rows={3} value={shown.note} onInput={(e) => edit({ note: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <div class="editor-actions">
        {/* aria-disabled, not disabled: a button that turns disabled under the keyboard drops its focus. */}
        <button type="button" aria-disabled={!dirty || busy} onClick={() => void save()}>
          {t('saveAgain')}
        </button>
        {dirty && (
          <button type="button" onClick={discard}>
            {t('popupDiscard')}
          </button>
        )}
        {dirty && <span class="unsaved">{t('popupUnsaved')}</span>}
      </div>
      <p role="status" class="editor-status">
        {status}
      </p>
    </div>
  );
}
