/**
 * The `newsmark` database: record types, shipped schema versions and the typed Dexie that opens it.
 *
 * Times are epoch milliseconds (`Date.now()`): numbers index and sort cheaply, and the UI formats them.
 */

import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AgencyValue, DateValue, DirectiveValue, StatisticValue } from '../extract/types';

/** W3C Web Annotation text-quote selector: the quoted text with up to 32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation text-position selector: offsets into the article's text, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of an annotation, quote first, so either can re-anchor it. */
export type Selectors = [TextQuoteSelector, TextPositionSelector];

/** One saved page, unique by normalized `url`. */
export interface ArticleRecord {
  /** A UUID. */
  id: string;
  /** Normalized with {@link normalizeUrl}. */
  url: string;
  /** The page's `<link rel=canonical>`, normalized the same way. */
  canonicalUrl?: string;
  title: string;
  /** The site's name, or the url's host when the page names none. */
  site: string;
  author?: string;
  /** As the page states it, ideally ISO 8601. */
  published?: string;
  lang?: string;
  /** Epoch ms of the first save; kept on later saves. */
  savedAt: number;
  /** Epoch ms of the last change. */
  updatedAt: number;
  /** Trimmed, non-empty, no duplicates. */
  tags: string[];
  note: string;
}

/** What an annotation marks: a field the engine found, or a quote the reader chose. */
export type AnnotationType = AnnotationContent['type'];

/** An annotation's kind with its value; quotes have none. */
export type AnnotationContent =
  | { type: 'date'; value: DateValue }
  | { type: 'agency'; value: AgencyValue }
  | { type: 'directive'; value: DirectiveValue }
  | { type: 'statistic'; value: StatisticValue }
  | { type: 'quote'; value: null };

/** One marked passage of a saved article. */
export type AnnotationRecord = AnnotationContent & {
  /** A UUID. */
  id: string;
  articleId: string;
  /** The passage, exactly the quote selector's `exact`. */
  text: string;
  /** `value.id` of a directive, copied here for the index; absent on other types. */
  directiveId?: string;
  selectors: Selectors;
  tags: string[];
  note: string;
  /** Epoch ms. */
  createdAt: number;
};

/**
 * Schema v1 as shipped: never edit; add db.version(2) with an upgrade.
 * Ids are UUIDs made by the store, so inserts carry them (no `++`).
 */
export const SCHEMA_V1 = Object.freeze({
  articles: 'id, &url, canonicalUrl, savedAt, *tags',
  annotations: 'id, articleId, type, directiveId, *tags',
} as const);

/** The typed database; ids are provided on insert, so the insert type is the record itself. */
export type NewsmarkDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id', ArticleRecord>;
  annotations: EntityTable<AnnotationRecord, 'id', AnnotationRecord>;
};

/** Opens (lazily) the `newsmark` database at its latest version; tests pass a fake `indexedDB`/`IDBKeyRange`. */
export function createDatabase(name = 'newsmark', options?: DexieOptions): NewsmarkDb {
  const db = new Dexie(name, options) as NewsmarkDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

/** An article as the page describes it, before it is stored. */
export interface ArticleInput {
  url: string;
  canonicalUrl?: string;
  title: string;
  site?: string;
  author?: string;
  published?: string;
  lang?: string;
  tags?: string[];
  note?: string;
}

/** A passage to annotate: an extracted {@link Field} fits as is, or a quote with `value: null`. */
export type AnnotationInput = AnnotationContent & {
  text: string;
  /** Offsets into the clip's `articleText`, `end` exclusive. */
  start: number;
  end: number;
  tags?: string[];
  note?: string;
};

/** Everything one save of a page writes. */
export interface ClipInput {
  article: ArticleInput;
  annotations: AnnotationInput[];
  /** The text the annotations' offsets point into. */
  articleText: string;
}

/** A saved article with its annotations in reading order. */
export interface Clip {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** Why a write failed, for the UI: storage full, database closed, bad input, or anything else. */
export interface StoreFailure {
  ok: false;
  error: 'quota' | 'closed' | 'invalid' | 'unknown';
  /** In English, for logs and tests. */
  message: string;
  /** The same in the reader's language: a key of public/_locales with its arguments, where the store knows the reason. */
  say?: { key: string; args?: string[] };
}

/** A write's outcome as a value the UI can show. */
export type StoreResult<T> = ({ ok: true } & T) | StoreFailure;
