import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { LibraryQuery, LibrarySort } from '../../utils/library/types';
import type { AnnotationType } from '../../utils/store/schema';
import { localDay } from '../../utils/library/time';
import { typeLabel } from '../labels';
import { ANNOTATION_TYPES, count, dayBound } from './format';

/** Distinct values with how many articles (tags, sites, languages) or annotations (types) carry each. */
export interface LibraryFacets {
  tags: [string, number][];
  sites: [string, number][];
  langs: [string, number][];
  types: [string, number][];
}

export type FiltersProps = {
  query: LibraryQuery;
  facets: LibraryFacets;
  onChange: (query: LibraryQuery) => void;
};

const SORTS: readonly LibrarySort[] = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title', 'site'];

/** `{ ...query, [key]: value }`, leaving the key out when the value is empty. */
function withPart<K extends keyof LibraryQuery>(query: LibraryQuery, key: K, value: LibraryQuery[K] | undefined): LibraryQuery {
  const next = { ...query };
  const empty =
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every((v) => v === undefined || v === ''));
  if (empty) delete next[key];
  else next[key] = value;
  return next;
}

const inputValue = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The article list's filters and sort, bound to a {@link LibraryQuery}. The tag field completes from the page's `#library-tags` list (Library). */
export function Filters({ query, facets, onChange }: FiltersProps) {
  const [tagText, setTagText] = useState('');
  const typeCounts = new Map(facets.types);
  const types = query.types ?? [];
  const toggleType = (type: AnnotationType, on: boolean) =>
    onChange(withPart(query, 'types', on ? [...types, type] : types.filter((x) => x !== type)));
  const addTag = (e: Event) => {
    e.preventDefault();
    const tag = tagText.trim();
    if (!tag) return;
    onChange(withPart(query, 'tags', [...new Set([...(query.tags ?? []), tag])]));
    setTagText('');
  };
  const published = query.published ?? {};
  const saved = query.saved ?? {};
  return (
    <div class="filters" role="group" aria-label={t('libraryFilters')}>
      <fieldset class="types">
        <legend>{t('libraryFilterTypes')}</legend>
        {ANNOTATION_TYPES.map((type) => (
          <label key={type} class="inline">
            <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggleType(type, (e.target as HTMLInputElement).checked)} />
            {typeLabel(type)} <span class="count">({count(typeCounts.get(type) ?? 0)})</span>
          </label>
        ))}
      </fieldset>
      <form class="tag-filter" onSubmit={addTag}>
        <label>
          {t('libraryFilterTag')}
          <input type="text" list="library-tags" value={tagText} onInput={(e) => setTagText(inputValue(e))} />
        </label>
        <button type="submit">{t('libraryFilterTagAdd')}</button>
      </form>
      <label>
        {t('libraryFilterSite')}
        <select value={query.sites?.[0] ?? ''} onChange={(e) => onChange(withPart(query, 'sites', inputValue(e) ? [inputValue(e)] : undefined))}>
          <option value="">{t('libraryAll')}</option>
          {facets.sites.map(([site, n]) => (
            <option key={site} value={site}>
              {site} ({count(n)})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libraryFilterLang')}
        <select value={query.langs?.[0] ?? ''} onChange={(e) => onChange(withPart(query, 'langs', inputValue(e) ? [inputValue(e)] : undefined))}>
          <option value="">{t('libraryAll')}</option>
          {facets.langs.map(([lang, n]) => (
            <option key={lang} value={lang}>
              {lang} ({count(n)})
            </option>
          ))}
        </select>
      </label>
      <fieldset class="range">
        <legend>{t('libraryFilterPublished')}</legend>
        <label class="inline">
          {t('libraryFrom')}
          <input type="date" value={published.from ?? ''} onInput={(e) => onChange(withPart(query, 'published', { ...published, from: inputValue(e) || undefined }))} />
        </label>
        <label class="inline">
          {t('libraryTo')}
          <input type="date" value={published.to ?? ''} onInput={(e) => onChange(withPart(query, 'published', { ...published, to: inputValue(e) || undefined }))} />
        </label>
      </fieldset>
      <fieldset class="range">
        <legend>{t('libraryFilterSaved')}</legend>
        <label class="inline">
          {t('libraryFrom')}
          <input
            type="date"
            value={saved.from === undefined ? '' : localDay(saved.from)}
            onInput={(e) => onChange(withPart(query, 'saved', { ...saved, from: dayBound(inputValue(e)) }))}
          />
        </label>
        <label class="inline">
          {t('libraryTo')}
          <input
            type="date"
            value={saved.to === undefined ? '' : localDay(saved.to)}
            onInput={(e) => onChange(withPart(query, 'saved', { ...saved, to: dayBound(inputValue(e), true) }))}
          />
        </label>
      </fieldset>
      <label>
        {t('librarySort')}
        <select value={query.sort ?? 'saved-desc'} onChange={(e) => onChange({ ...query, sort: inputValue(e) as LibrarySort })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`librarySort_${sort.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** One removable chip per active filter that is not a plain control: tags, directive, agency. */
export function FilterChips({ query, onChange }: { query: LibraryQuery; onChange: (query: LibraryQuery) => void }) {
  const chips: { key: string; label: string; remove: () => void }[] = [];
  if (query.directiveId) chips.push({ key: 'd', label: t('libraryChipDirective', query.directiveId), remove: () => onChange(withPart(query, 'directiveId', undefined)) });
  if (query.agency) chips.push({ key: 'g', label: t('libraryChipAgency', query.agency), remove: () => onChange(withPart(query, 'agency', undefined)) });
  for (const tag of query.tags ?? []) {
    chips.push({ key: `t:${tag}`, label: t('libraryChipTag', tag), remove: () => onChange(withPart(query, 'tags', query.tags!.filter((x) => x !== tag))) });
  }
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label={t('libraryActiveFilters')}>
      {chips.map((chip) => (
        <li key={chip.key} class="chip">
          {chip.label}
          <button type="button" aria-label={t('libraryRemoveFilter', chip.label)} onClick={chip.remove}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
