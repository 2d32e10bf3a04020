import { useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { allSelected, isEmptySelection, type Selection } from '../../utils/library/selection';
import type { ArticleHit, LibraryQuery, SearchResult } from '../../utils/library/types';
import { FilterChips, Filters, type LibraryFacets } from './Filters';
import { count } from './format';
import { ResultList, type RowTarget } from './ResultList';

export type ArticlesViewProps = {
  /** What is typed in the search box (the search itself follows a moment later). */
  text: string;
  onText: (text: string) => void;
  query: LibraryQuery;
  onQuery: (query: LibraryQuery) => void;
  facets: LibraryFacets;
  result: SearchResult;
  selection: Selection;
  onSelectArticle: (hit: ArticleHit, on: boolean) => void;
  onSelectAnnotation: (id: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onEdit: (target: RowTarget) => void;
  onDelete: (target: RowTarget) => void;
  onBulkTag: (tag: string, add: boolean) => void;
  onDeleteSelection: () => void;
  /** What deleting the selection removes: every annotation of a ticked article, shown or not. */
  deleteCount: { articles: number; annotations: number };
  /** The search as run: a new one scrolls the list back to the top. */
  searched: LibraryQuery;
};

/** Search, filters, the result list and what to do with a selection. */
export function ArticlesView(props: ArticlesViewProps) {
  const { text, onText, query, onQuery, facets, result, selection } = props;
  const [bulkTag, setBulkTag] = useState('');
  const everything = allSelected(selection, result);
  // Typing (the search box, the bulk tag) redraws this view: the filters and the list are kept as
  // they were unless what they show changed (an element used again is not rendered again).
  const filters = useMemo(() => <Filters query={query} facets={facets} onChange={onQuery} />, [query, facets, onQuery]);
  const { onSelectArticle, onSelectAnnotation, onEdit, onDelete, searched } = props;
  const list = useMemo(
    () =>
      result.hits.length === 0 ? (
        <p class="empty">{t('libraryNoResults')}</p>
      ) : (
        <ResultList
          result={result}
          selection={selection}
          onSelectArticle={onSelectArticle}
          onSelectAnnotation={onSelectAnnotation}
          onEdit={onEdit}
          onDelete={onDelete}
          resetKey={searched}
        />
      ),
    [result, selection, onSelectArticle, onSelectAnnotation, onEdit, onDelete, searched],
  );
  const bulk = (add: boolean) => {
    if (!bulkTag.trim()) return;
    props.onBulkTag(bulkTag.trim(), add);
    setBulkTag('');
  };
  return (
    // data-searched: the text of the search the list shows, for tests and the bench to wait on.
    <div class="articles-view" data-searched={props.searched.text ?? ''}>
      <div class="search-row">
        <input
          type="search"
          class="search"
          value={text}
          aria-label={t('librarySearch')}
          placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => onText((e.target as HTMLInputElement).value)}
        />
      </div>
      <details class="filter-box" open>
        <summary>{t('libraryFilters')}</summary>
        {filters}
      </details>
      <FilterChips query={query} onChange={onQuery} />
      <div class="result-bar">
        <p class="result-count" aria-live="polite">
          {t('libraryResultCount', [count(result.hits.length), count(result.annotationCount)])}
        </p>
        <label class="inline">
          <input type="checkbox" checked={everything} disabled={result.hits.length === 0} onChange={(e) => props.onSelectAll((e.target as HTMLInputElement).checked)} />
          {t('librarySelectAll')}
        </label>
        {!isEmptySelection(selection) && (
          <div class="bulk" role="group" aria-label={t('libraryBulkGroup')}>
            <span>{t('librarySelected', [count(selection.articles.size), count(selection.annotations.size)])}</span>
            <button type="button" onClick={() => props.onSelectAll(false)}>
              {t('libraryClearSelection')}
            </button>
            <input
              type="text"
              list="library-tags"
              value={bulkTag}
              aria-label={t('libraryBulkTag')}
              placeholder={t('libraryBulkTag')}
              onInput={(e) => setBulkTag((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), bulk(true))}
            />
            <button type="button" onClick={() => bulk(true)}>
              {t('libraryAddTag')}
            </button>
            <button type="button" onClick={() => bulk(false)}>
              {t('libraryRemoveTag')}
            </button>
            <button type="button" class="danger" onClick={props.onDeleteSelection}>
              {t('libraryDeleteSelected', [count(props.deleteCount.articles), count(props.deleteCount.annotations)])}
            </button>
          </div>
        )}
      </div>
      {list}
    </div>
  );
}
