import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { StoreResult } from '../../utils/store/schema';
import { Dialog } from './Dialog';
import { count, failureText } from './format';

export type TagsViewProps = {
  /** Every tag with how many articles and annotations carry it. */
  tags: readonly [string, number][];
  /** Renames `from` to `to`; onto a tag in use, that merges them. */
  onRename: (from: string, to: string) => Promise<StoreResult<object>>;
  /** Shows the articles carrying `tag`. */
  onShow: (tag: string) => void;
};

/** Every tag with its count; rename one, or merge it into another (asked first). */
export function TagsView({ tags, onRename, onShow }: TagsViewProps) {
  const [renaming, setRenaming] = useState<string>();
  if (tags.length === 0) return <p>{t('libraryNoTags')}</p>;
  return (
    <>
      <table class="index tags-table">
        <caption>{t('libraryTagsCaption', count(tags.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('libraryColTag')}</th>
            <th scope="col" class="num">
              {t('libraryColCount')}
            </th>
            <th scope="col">{t('libraryColActions')}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map(([tag, n]) => (
            <tr key={tag}>
              <th scope="row">
                <button type="button" class="link" aria-label={t('libraryShowTag', tag)} onClick={() => onShow(tag)}>
                  {tag}
                </button>
              </th>
              <td class="num">{count(n)}</td>
              <td>
                <button type="button" class="small" aria-label={t('libraryRenameTag', tag)} onClick={() => setRenaming(tag)}>
                  {t('libraryRename')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {renaming !== undefined && (
        <RenameDialog from={renaming} tags={tags} onRename={onRename} onClose={() => setRenaming(undefined)} />
      )}
    </>
  );
}

type RenameDialogProps = {
  from: string;
  tags: readonly [string, number][];
  onRename: TagsViewProps['onRename'];
  onClose: () => void;
};

function RenameDialog({ from, tags, onRename, onClose }: RenameDialogProps) {
  const [to, setTo] = useState(from);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const target = to.trim();
  const existing = tags.find(([tag]) => tag === target && tag !== from);
  const rename = async () => {
    setBusy(true);
    const result = await onRename(from, target);
    setBusy(false);
    if (result.ok) onClose();
    else setError(failureText(result));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!target || target === from) return onClose();
    if (existing && !confirming) return setConfirming(true);
    void rename();
  };
  return (
    <Dialog title={t('libraryRenameTitle', from)} onClose={onClose}>
      <form class="edit" onSubmit={submit}>
        <label>
          {t('libraryNewName')}
          <input type="text" list="library-rename-tags" value={to} disabled={confirming} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
        <datalist id="library-rename-tags">
          {tags.map(([tag]) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        {confirming && existing && (
          <p role="alert">{t('libraryMergeConfirm', [existing[0], from, count(tags.find(([x]) => x === from)?.[1] ?? 0)])}</p>
        )}
        {error && <p role="alert">{error}</p>}
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {confirming ? t('libraryMerge') : t('libraryRename')}
          </button>
          <button type="button" onClick={confirming ? () => setConfirming(false) : onClose}>
            {t('libraryCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
