/**
 * The library page's data, shared by its search (search.ts), its indexes (indexes.ts), its
 * exports (csv.ts, backup.ts, web-annotation.ts) and its UI (entrypoints/library, components/library).
 * Everything here is pure data: no DOM, no browser API, no database.
 */

import type { AgencyValue, DirectiveValue } from '../extract/types';
import type { AnnotationRecord, AnnotationType, ArticleRecord } from '../store/schema';

/** What the library shows and exports: an article with an annotation of it, or the article alone (saved without any). */
export interface LibraryRow {
  article: ArticleRecord;
  annotation?: AnnotationRecord;
}

/** Sort orders of the library's article list; ties fall back to savedAt, newest first. */
export type LibrarySort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'title' | 'site';

/** A search with its filters; every part optional and ANDed. */
export interface LibraryQuery {
  /** Free text: each word must occur (case- and diacritic-insensitive, `chi thi 07` finds `Chỉ thị số 07`) in the article's title, site, note or tags, or in one annotation's text, value, note or tags. */
  text?: string;
  /** Annotation types to keep; articles then show only annotations of these types. */
  types?: AnnotationType[];
  /** Keep what carries every one of these tags (on the article or the annotation). */
  tags?: string[];
  sites?: string[];
  langs?: string[];
  /** Publication date range, ISO dates (YYYY-MM-DD) inclusive; articles without a date are left out when set. */
  published?: { from?: string; to?: string };
  /** Saving date range, epoch ms inclusive. */
  saved?: { from?: number; to?: number };
  /** Only the articles citing this directive id / agency name. */
  directiveId?: string;
  agency?: string;
  sort?: LibrarySort;
}

/** One article in the results with the annotations that match (all of them when the article itself matched). */
export interface ArticleHit {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

export interface SearchResult {
  hits: ArticleHit[];
  /** Total annotations across hits. */
  annotationCount: number;
}

/** A directive as the directive index lists it. */
export interface DirectiveEntry {
  id: string;
  /** Parsed parts, from the most recent annotation of it. */
  value: DirectiveValue;
  /** Distinct articles citing it. */
  articles: number;
  annotations: number;
  /** Earliest / latest date it was seen: the citing article's publication date (YYYY-MM-DD) or, without one, its saving date. */
  firstSeen: string;
  lastSeen: string;
}

/** An agency as the agency index lists it. */
export interface AgencyEntry {
  name: string;
  value: AgencyValue;
  articles: number;
  annotations: number;
  firstSeen: string;
  lastSeen: string;
}

/** Progress of a long job (export, import) done in chunks. */
export interface Progress {
  done: number;
  total: number;
}
