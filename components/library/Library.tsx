import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { agencyIndex, directiveIndex } from '../../utils/library/indexes';
import { facets as facetsOf, rowsOf, search } from '../../utils/library/search';
import {
  EMPTY_SELECTION,
  bulkTargets,
  deleteCount,
  isEmptySelection,
  pruneSelection,
  selectAll,
  selectedResult,
  toggleAnnotation,
  toggleArticle,
  type Selection,
} from '../../utils/library/selection';
import type { AgencyEntry, ArticleHit, DirectiveEntry, LibraryQuery, LibraryRow, SearchResult } from '../../utils/library/types';
import { updateArticle } from '../../utils/store/clips';
import { addTags, deleteAnnotations, deleteArticles, deleteRecords, removeTags, renameTag, restoreDeleted, updateAnnotation, type DeletedRecords } from '../../utils/store/manage';
import type { NewsmarkDb, StoreFailure } from '../../utils/store/schema';
import { ArticlesView } from './ArticlesView';
import { EditDialog } from './EditDialog';
import { ExportView, type ExportScope, type ExportViewProps } from './ExportView';
import { count, failureText, isFiltered } from './format';
import { IndexTable, type IndexColumn } from './IndexTable';
import type { RowTarget } from './ResultList';
import { Tabs } from './Tabs';
import { TagsView } from './TagsView';
import { Toast, type ToastMessage } from './Toast';
import { useLibrary, type LoadedLibrary } from './use-library';

type LibraryView = 'articles' | 'directives' | 'agencies' | 'tags' | 'export';

export type LibraryProps = {
  db: NewsmarkDb;
  /**
   * How long the search waits after a keystroke for the next one, in ms. A search of 100,000
   * annotations and its render take 10–40 ms, so a short wait keeps typing smooth and still answers
   * within 100 ms of the last key.
   */
  searchDelayMs?: number;
} & Pick<ExportViewProps, 'saveFile' | 'writeClipboard'>;

const EMPTY_RESULT: SearchResult = { hits: [], annotationCount: 0 };

/** `value`, once it has not changed for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (ms <= 0) return setSettled(value);
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : settled;
}

const DIRECTIVE_COLUMNS: readonly IndexColumn<DirectiveEntry>[] = [
  { key: 'id', label: 'libraryColDirective', cell: (d) => d.id },
  { key: 'kind', label: 'partKind', cell: (d) => d.value.kind },
  { key: 'number', label: 'partNumber', cell: (d) => d.value.number },
  // A year is a name, not a quantity: no digit grouping (the collator still sorts it by number).
  { key: 'year', label: 'partYear', cell: (d) => (d.value.year === undefined ? undefined : String(d.value.year)) },
  { key: 'code', label: 'partCode', cell: (d) => d.value.code },
  { key: 'issuer', label: 'partIssuer', cell: (d) => d.value.issuer },
  { key: 'articles', label: 'libraryColArticles', cell: (d) => d.articles, numeric: true },
  { key: 'annotations', label: 'libraryColAnnotations', cell: (d) => d.annotations, numeric: true },
  { key: 'first', label: 'libraryColFirstSeen', cell: (d) => d.firstSeen },
  { key: 'last', label: 'libraryColLastSeen', cell: (d) => d.lastSeen },
];

const AGENCY_COLUMNS: readonly IndexColumn<AgencyEntry>[] = [
  { key: 'name', label: 'libraryColAgency', cell: (a) => a.name },
  { key: 'articles', label: 'libraryColArticles', cell: (a) => a.articles, numeric: true },
  { key: 'annotations', label: 'libraryColAnnotations', cell: (a) => a.annotations, numeric: true },
  { key: 'first', label: 'libraryColFirstSeen', cell: (a) => a.firstSeen },
  { key: 'last', label: 'libraryColLastSeen', cell: (a) => a.lastSeen },
];

const translated = <E,>(columns: readonly IndexColumn<E>[]) => columns.map((c) => ({ ...c, label: t(c.label) }));
const directiveId = (d: DirectiveEntry) => d.id;
const agencyName = (a: AgencyEntry) => a.name;

/** The library page: every saved article and annotation, searched, indexed, tagged, exported. */
export function Library({ db, searchDelayMs = 30, saveFile, writeClipboard }: LibraryProps) {
  const state = useLibrary(db);
  const library = state.library;
  const [view, setView] = useState<LibraryView>('articles');
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<LibraryQuery>({});
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [editing, setEditing] = useState<RowTarget>();
  const [toast, setToast] = useState<ToastMessage>();
  const searchText = useDebounced(text, searchDelayMs);
  const query = useMemo<LibraryQuery>(() => (searchText.trim() ? { ...filters, text: searchText } : filters), [filters, searchText]);
  const result = useMemo(() => (library ? search(library.index, query) : EMPTY_RESULT), [library, query]);
  const facets = useMemo(() => (library ? facetsOf(library.index) : { tags: [], sites: [], langs: [], types: [] }), [library]);
  const tagNames = useMemo(() => facets.tags.map(([tag]) => tag), [facets]);
  // One list of the tags in use for the page's tag fields (the tag filter, the bulk tag).
  const tagList = useMemo(
    () => (
      <datalist id="library-tags">
        {tagNames.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    ),
    [tagNames],
  );

  // Ids deleted here or elsewhere leave the selection when the library reloads.
  useEffect(() => {
    if (!library) return;
    // The index's maps answer `has` as they are: no set of 100,000 ids is built on each change.
    setSelection((s) => pruneSelection(s, library.index.articleById, library.annotationsById));
  }, [library]);

  const dismiss = useCallback(() => setToast(undefined), []);
  const page = useRef<HTMLDivElement>(null);
  // A toast that held the focus has gone: the focus goes to the current tab, not the page's body.
  const focusTab = useCallback(() => page.current?.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus(), []);
  const fail = (f: StoreFailure) => setToast({ text: failureText(f), error: true });

  const undoDelete = (deleted: DeletedRecords) => async () => {
    const restored = await restoreDeleted(db, deleted);
    setToast(restored.ok ? { text: t('libraryRestored', [count(restored.articles), count(restored.annotations)]) } : { text: failureText(restored), error: true });
  };
  const deleted = (records: DeletedRecords) =>
    // The focus goes to Undo: the Delete button used (its row, or the selection's bar) is gone.
    setToast({ text: t('libraryDeleted', [count(records.articles.length), count(records.annotations.length)]), undo: undoDelete(records), focus: true });

  const onDelete = useCallback(
    async (target: RowTarget) => {
      const done = target.kind === 'article' ? await deleteArticles(db, [target.article.id]) : await deleteAnnotations(db, [target.annotation.id]);
      if (done.ok) deleted(done.deleted);
      else fail(done);
    },
    [db],
  );
  const onDeleteSelection = async () => {
    if (!library) return;
    // One transaction: the ticked articles (with all their annotations) and the ticked loose annotations all go, or none.
    const done = await deleteRecords(db, bulkTargets(selection, library.annotationsById));
    if (!done.ok) return fail(done);
    setSelection(EMPTY_SELECTION);
    deleted(done.deleted);
  };
  // What "Delete selected" removes, said on the button: under a filter a ticked article shows (and
  // ticks) only some of its annotations, but all of them go with it.
  const toDelete = useMemo(() => {
    if (!library || isEmptySelection(selection)) return { articles: 0, annotations: 0 };
    const { articleById, annotationStart } = library.index;
    return deleteCount(selection, library.annotationsById, (id) => {
      const i = articleById.get(id);
      return i === undefined ? 0 : annotationStart[i + 1]! - annotationStart[i]!;
    });
  }, [library, selection]);
  const onBulkTag = async (tag: string, add: boolean) => {
    if (!library) return;
    // Adding goes on a ticked article rather than also on each of its annotations; removing takes it off every ticked record.
    const target = add ? bulkTargets(selection, library.annotationsById) : { articleIds: [...selection.articles], annotationIds: [...selection.annotations] };
    const done = add ? await addTags(db, target, [tag]) : await removeTags(db, target, [tag]);
    if (!done.ok) return fail(done);
    setToast({ text: t(add ? 'libraryTagAdded' : 'libraryTagRemoved', [tag, count(done.changed)]) });
  };
  const onSave = (target: RowTarget) => (changes: { tags?: string[]; note?: string }) =>
    target.kind === 'article' ? updateArticle(db, target.article.id, changes) : updateAnnotation(db, target.annotation.id, changes);

  const onDeleteRow = useCallback((target: RowTarget) => void onDelete(target), [onDelete]);
  const onSelectArticle = useCallback((hit: ArticleHit, on: boolean) => setSelection((s) => toggleArticle(s, hit, on)), []);
  const onSelectAnnotation = useCallback((id: string, on: boolean) => setSelection((s) => toggleAnnotation(s, id, on)), []);
  const onEdit = useCallback((target: RowTarget) => setEditing(target), []);

  /** Shows the articles view narrowed to one directive, agency or tag, with its chip. */
  const openFiltered = (part: Pick<LibraryQuery, 'directiveId' | 'agency' | 'tags'>) => {
    setText('');
    setFilters((f) => ({ ...f, ...part }));
    setView('articles');
  };

  const scope = useMemo<ExportScope | undefined>(() => {
    if (!library) return undefined;
    const everything = () => search(library.index, { sort: filters.sort });
    if (!isEmptySelection(selection)) {
      return { kind: 'selection', articles: selection.articles.size, annotations: selection.annotations.size, rows: () => rowsOf(selectedResult(selection, everything())) };
    }
    if (isFiltered(query)) return { kind: 'results', articles: result.hits.length, annotations: result.annotationCount, rows: () => rowsOf(result) };
    return { kind: 'all', articles: library.articles.length, annotations: library.annotations.length, rows: (): LibraryRow[] => rowsOf(everything()) };
  }, [library, selection, query, result, filters.sort]);

  const tabs = [
    { key: 'articles', label: t('libraryTabArticles') },
    { key: 'directives', label: t('libraryTabDirectives') },
    { key: 'agencies', label: t('libraryTabAgencies') },
    { key: 'tags', label: t('libraryTabTags') },
    { key: 'export', label: t('libraryTabExport') },
  ] as const;

  return (
    <div ref={page} class="library" data-state={state.status}>
      <header>
        <h1>{t('libraryTitle')}</h1>
        {library && (
          <p class="totals">
            {t('libraryTotals', [count(library.articles.length), count(library.annotations.length)])}
            {state.status === 'ready' && state.updating && <span class="updating"> · {t('libraryUpdating')}</span>}
          </p>
        )}
      </header>
      {state.status === 'loading' && <Loading progress={state.progress} />}
      {state.status === 'failed' && <p role="alert">{t('libraryLoadFailed', state.message)}</p>}
      {library && (
        <Tabs tabs={tabs} current={view} onSelect={setView} label={t('libraryViews')}>
          {view === 'articles' && (
            <ArticlesView
              text={text}
              onText={setText}
              query={filters}
              onQuery={setFilters}
              searched={query}
              facets={facets}
              result={result}
              selection={selection}
              onSelectArticle={onSelectArticle}
              onSelectAnnotation={onSelectAnnotation}
              onSelectAll={(on) => setSelection(on ? selectAll(result) : EMPTY_SELECTION)}
              onEdit={onEdit}
              onDelete={onDeleteRow}
              onBulkTag={(tag, add) => void onBulkTag(tag, add)}
              deleteCount={toDelete}
              onDeleteSelection={() => void onDeleteSelection()}
            />
          )}
          {view === 'directives' && <DirectivesView library={library} onOpen={(d) => openFiltered({ directiveId: d.id })} />}
          {view === 'agencies' && <AgenciesView library={library} onOpen={(a) => openFiltered({ agency: a.name })} />}
          {view === 'tags' && (
            <TagsView
              tags={facets.tags}
              onRename={async (from, to) => {
                const done = await renameTag(db, from, to);
                if (done.ok) setToast({ text: t('libraryTagRenamed', [from, to]) });
                return done;
              }}
              onShow={(tag) => openFiltered({ tags: [tag] })}
            />
          )}
          {view === 'export' && scope && <ExportView db={db} scope={scope} saveFile={saveFile} writeClipboard={writeClipboard} />}
        </Tabs>
      )}
      {editing && library && (
        <EditDialog target={editing} knownTags={tagNames} onSave={onSave(editing)} onClose={() => setEditing(undefined)} />
      )}
      {tagList}
      <Toast toast={toast} onDismiss={dismiss} onFocusLeft={focusTab} />
    </div>
  );
}

function Loading({ progress }: { progress: { done: number; total: number } | undefined }) {
  return (
    <div class="loading">
      <progress aria-label={t('libraryLoading')} value={progress?.done} max={progress?.total || undefined} />
      <p>{progress ? t('libraryLoadingCount', [count(progress.done), count(progress.total)]) : t('libraryLoading')}</p>
    </div>
  );
}

function DirectivesView({ library, onOpen }: { library: LoadedLibrary; onOpen: (d: DirectiveEntry) => void }) {
  const entries = useMemo(() => directiveIndex(library.index), [library]);
  const columns = useMemo(() => translated(DIRECTIVE_COLUMNS), []);
  return (
    <IndexTable
      caption={t('libraryDirectivesCaption', count(entries.length))}
      entries={entries}
      columns={columns}
      idOf={directiveId}
      openLabel={(d) => t('libraryOpenDirective', d.id)}
      onOpen={onOpen}
      initialSort="articles"
    />
  );
}

function AgenciesView({ library, onOpen }: { library: LoadedLibrary; onOpen: (a: AgencyEntry) => void }) {
  const entries = useMemo(() => agencyIndex(library.index), [library]);
  const columns = useMemo(() => translated(AGENCY_COLUMNS), []);
  return (
    <IndexTable
      caption={t('libraryAgenciesCaption', count(entries.length))}
      entries={entries}
      columns={columns}
      idOf={agencyName}
      openLabel={(a) => t('libraryOpenAgency', a.name)}
      onOpen={onOpen}
      initialSort="articles"
    />
  );
}
