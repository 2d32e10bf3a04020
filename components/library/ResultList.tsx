import { useCallback, useMemo } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Selection } from '../../utils/library/selection';
import type { ArticleHit, SearchResult } from '../../utils/library/types';
import type { AnnotationRecord, ArticleRecord } from '../../utils/store/schema';
import { localDay } from '../../utils/library/time';
import { typeLabel } from '../labels';
import { valueOf } from './format';
import { VirtualList } from './VirtualList';

/** What an edit or a delete acts on: an article, or one annotation of it. */
export type RowTarget = { kind: 'article'; article: ArticleRecord } | { kind: 'annotation'; article: ArticleRecord; annotation: AnnotationRecord };

type Row = { kind: 'article'; hit: ArticleHit } | { kind: 'annotation'; hit: ArticleHit; annotation: AnnotationRecord };

/** Row heights in px: fixed per kind, so the list places rows without measuring them. */
const ARTICLE_ROW_PX = 58;
const ANNOTATION_ROW_PX = 34;

const heightOf = (row: Row) => (row.kind === 'article' ? ARTICLE_ROW_PX : ANNOTATION_ROW_PX);
const keyOf = (row: Row) => (row.kind === 'article' ? `a:${row.hit.article.id}` : `n:${row.annotation.id}`);

/** `url` when it is a web page (http or https), to link to; anything else (javascript:, data:, …) is shown as text. */
function webUrl(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The results as list rows: each article, then its matching annotations. */
function listRows(result: SearchResult): Row[] {
  const rows: Row[] = [];
  for (const hit of result.hits) {
    rows.push({ kind: 'article', hit });
    for (const annotation of hit.annotations) rows.push({ kind: 'annotation', hit, annotation });
  }
  return rows;
}

export type ResultListProps = {
  result: SearchResult;
  selection: Selection;
  onSelectArticle: (hit: ArticleHit, on: boolean) => void;
  onSelectAnnotation: (id: string, on: boolean) => void;
  onEdit: (target: RowTarget) => void;
  onDelete: (target: RowTarget) => void;
  /** Changes when the search changes, to scroll back to the top. */
  resetKey?: unknown;
};

function Tags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <span class="tags">
      {tags.map((tag) => (
        <span key={tag} class="tag">
          {tag}
        </span>
      ))}
    </span>
  );
}

/** The results: a virtualized list of articles, each with its matching annotations under it. */
export function ResultList({ result, selection, onSelectArticle, onSelectAnnotation, onEdit, onDelete, resetKey }: ResultListProps) {
  const rows = useMemo(() => listRows(result), [result]);
  const render = useCallback(
    (row: Row) => {
      const { article } = row.hit;
      if (row.kind === 'article') {
        const href = webUrl(article.url);
        const meta = [article.site, article.published?.slice(0, 10), t('librarySavedOn', localDay(article.savedAt)), article.lang].filter(Boolean).join(' · ');
        return (
          <div class="article-row">
            <input
              type="checkbox"
              checked={selection.articles.has(article.id)}
              aria-label={t('librarySelectArticle', article.title || article.url)}
              onChange={(e) => onSelectArticle(row.hit, (e.target as HTMLInputElement).checked)}
            />
            <div class="row-main">
              {href ? (
                <a class="title" href={href} target="_blank" rel="noreferrer">
                  {article.title || article.url}
                </a>
              ) : (
                <span class="title">{article.title || article.url}</span>
              )}
              <div class="meta">
                {meta}
                <Tags tags={article.tags} />
                {article.note && <span class="note">{article.note}</span>}
              </div>
            </div>
            <button type="button" class="small" aria-label={t('libraryEditArticle', article.title || article.url)} onClick={() => onEdit({ kind: 'article', article })}>
              {t('libraryEdit')}
            </button>
            <button type="button" class="small danger" aria-label={t('libraryDeleteArticle', article.title || article.url)} onClick={() => onDelete({ kind: 'article', article })}>
              {t('libraryDelete')}
            </button>
          </div>
        );
      }
      const { annotation } = row;
      const value = valueOf(annotation);
      return (
        <div class="annotation-row" data-type={annotation.type}>
          <input
            type="checkbox"
            checked={selection.annotations.has(annotation.id)}
            aria-label={t('librarySelectAnnotation', annotation.text)}
            onChange={(e) => onSelectAnnotation(annotation.id, (e.target as HTMLInputElement).checked)}
          />
          <span class="badge">{typeLabel(annotation.type)}</span>
          <span class="text">{annotation.text}</span>
          {value && value !== annotation.text && <span class="value">→ {value}</span>}
          <Tags tags={annotation.tags} />
          {annotation.note && <span class="note">{annotation.note}</span>}
          <span class="spacer" />
          <button
            type="button"
            class="small"
            aria-label={t('libraryEditAnnotation', annotation.text)}
            onClick={() => onEdit({ kind: 'annotation', article, annotation })}
          >
            {t('libraryEdit')}
          </button>
          <button
            type="button"
            class="small danger"
            aria-label={t('libraryDeleteAnnotation', annotation.text)}
            onClick={() => onDelete({ kind: 'annotation', article, annotation })}
          >
            {t('libraryDelete')}
          </button>
        </div>
      );
    },
    [selection, onSelectArticle, onSelectAnnotation, onEdit, onDelete],
  );
  return <VirtualList items={rows} heightOf={heightOf} keyOf={keyOf} render={render} label={t('libraryResults')} resetKey={resetKey} />;
}
