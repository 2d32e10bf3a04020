/** How the library words and formats things: type labels, days, values. */

import { describeValue } from '../../utils/extract/group';
import { t } from '../../utils/i18n';
import type { LibraryQuery } from '../../utils/library/types';
import type { AnnotationRecord, AnnotationType, StoreFailure } from '../../utils/store/schema';
import { failureText as sayFailure } from '../failure';
import { approxLabel } from '../labels';

/**
 * A store failure as the library says it: a refusal the store words itself (a rename onto the same
 * name, an undo over a newer save…) in the reader's language; another refusal after a neutral lead-in
 * (the save-page wording does not fit it); the others (quota, closed, unknown) after theirs.
 */
export const failureText = (f: StoreFailure): string => sayFailure(f, f.error === 'invalid' ? t('libraryRefused') : undefined);

/** Annotation types in the order the library lists them. */
export const ANNOTATION_TYPES: readonly AnnotationType[] = ['date', 'agency', 'directive', 'statistic', 'quote'];

/** Epoch ms of the first (or, with `end`, the last) millisecond of a local YYYY-MM-DD day; undefined for anything else. */
export function dayBound(iso: string, end = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return end ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : start;
}

/** An annotation's normalized value as one line; empty for a quote. */
export function valueOf(a: AnnotationRecord): string {
  return a.type === 'quote' ? '' : describeValue(a, approxLabel);
}

/** Whether the query narrows the library at all (text or any filter); sorting alone does not. */
export function isFiltered(query: LibraryQuery): boolean {
  return Boolean(
    query.text?.trim() ||
      query.types?.length ||
      query.tags?.length ||
      query.sites?.length ||
      query.langs?.length ||
      query.published?.from ||
      query.published?.to ||
      query.saved?.from !== undefined ||
      query.saved?.to !== undefined ||
      query.directiveId ||
      query.agency,
  );
}

/** A whole number with the browser's digit grouping. */
export const count = (n: number): string => n.toLocaleString();
