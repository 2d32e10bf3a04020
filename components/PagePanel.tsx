import type { FieldType } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { TYPE_LABELS } from './labels';
import type { PageState } from '../utils/messages';

export type PagePanelProps = {
  /** The current tab's state; undefined when no content script answers there. */
  page: PageState | undefined;
  visible: readonly FieldType[];
  hidden: boolean;
  onRun: () => void;
  onToggleType: (type: FieldType, on: boolean) => void;
  onHideAll: (hidden: boolean) => void;
  onNeverOnSite: (never: boolean) => void;
};


/** The current page: what was found, a button to run where it did not run, and display choices. */
export function PagePanel({ page, visible, hidden, onRun, onToggleType, onHideAll, onNeverOnSite }: PagePanelProps) {
  if (!page) {
    return (
      <section aria-labelledby="page-heading" class="page-panel">
        <h2 id="page-heading">{t('pageHeading')}</h2>
        <p>{t('pageUnavailable')}</p>
      </section>
    );
  }
  const done = page.state === 'done' ? page : undefined;
  return (
    <section aria-labelledby="page-heading" class="page-panel">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      {done ? (
        <p>
          {t('pageFound')}{' '}
          {TYPE_LABELS.map(({ type, label }) => `${t(label)} ${done.counts[type]}`).join(' · ')}
        </p>
      ) : (
        <p>{page.state === 'no-article' ? t('pageNoArticleText') : page.article ? '' : t('pageNotArticle')}</p>
      )}
      {done?.saved && (
        <div class="saved-anchors">
          <p>{t('savedFound', String(done.saved.found))}</p>
          {done.saved.missing.length > 0 && (
            <>
              <p>{t('savedMissing')}</p>
              <ul aria-label={t('savedMissing')}>
                {done.saved.missing.map((m) => (
                  <li key={m.id}>{m.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {!done && (
        <button type="button" onClick={onRun} disabled={page.state === 'working'}>
          {t('runOnPage')}
        </button>
      )}
      <fieldset class="toggles">
        {TYPE_LABELS.map(({ type, label }) => (
          <label key={type} data-type={type}>
            <input
              type="checkbox"
              checked={visible.includes(type)}
              disabled={hidden}
              onChange={(e) => onToggleType(type, (e.target as HTMLInputElement).checked)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={hidden} onChange={(e) => onHideAll((e.target as HTMLInputElement).checked)} />
        {t('hideAll')}
      </label>
      {page.site && (
        <label>
          <input type="checkbox" checked={page.disabled} onChange={(e) => onNeverOnSite((e.target as HTMLInputElement).checked)} />
          {t('neverOnSite')} ({page.site})
        </label>
      )}
    </section>
  );
}
