/**
 * The `newsmark` database: record types, shipped schema versions and the typed Dexie that opens it.
 *
 * Times are epoch milliseconds (`Date.now()`): numbers index and sort cheaply, and the UI formats them.
 */

import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { groupByArticle, setOf } from './sets';
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
 * Schema v1 as shipped: never edit (superseded by {@link SCHEMA_V2}; kept so a v1 database upgrades).
 * Ids are UUIDs made by the store, so inserts carry them (no `++`).
 */
export const SCHEMA_V1 = Object.freeze({
  articles: 'id, &url, canonicalUrl, savedAt, *tags',
  annotations: 'id, articleId, type, directiveId, *tags',
} as const);

/**
 * All the annotations of one article, in one record (schema v2). Why not a record per annotation, as
 * v1 had: IndexedDB's cost is per record (in Chromium about 0.1 ms each on a small machine, whatever
 * the record holds), so saving a clip of 500 fields took 50–90 ms and importing 100,000 annotations
 * 13 s, against a few ms and ~2 s for the same annotations written as one record per article.
 * The fields after `annotations` are derived from them for the indexes; {@link setOf} (./sets.ts)
 * makes every set written, so they never disagree.
 */
export interface AnnotationSetRecord {
  /** The article's id: its one set. */
  articleId: string;
  /** In reading order (by position); each keeps its own id and `articleId`. Never empty. */
  annotations: AnnotationRecord[];
  /** Every annotation's id: finds the set of an annotation. */
  ids: string[];
  /** The types present, each once. */
  types: AnnotationType[];
  /** The directive ids cited, each once. */
  directiveIds: string[];
  /** The tags on its annotations, each once. */
  tags: string[];
}

/**
 * Schema v2 as shipped: never edit. The articles as in v1; the annotations of each article in one
 * {@link AnnotationSetRecord}, keyed by its article's id, indexed by annotation id, type, directive
 * id and tag (multi-entry). The v1 `annotations` table is moved into it by {@link upgradeToV2} and
 * then deleted.
 */
export const SCHEMA_V2 = Object.freeze({
  articles: 'id, &url, canonicalUrl, savedAt, *tags',
  annotations: null,
  annotationSets: 'articleId, *ids, *types, *directiveIds, *tags',
} as const);

/** The typed database; ids are provided on insert, so the insert type is the record itself. */
export type NewsmarkDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id', ArticleRecord>;
  annotationSets: EntityTable<AnnotationSetRecord, 'articleId', AnnotationSetRecord>;
};

/** Opens (lazily) the `newsmark` database at its latest version; tests pass a fake `indexedDB`/`IDBKeyRange`. */
export function createDatabase(name = 'newsmark', options?: DexieOptions): NewsmarkDb {
  const db = new Dexie(name, options) as NewsmarkDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  return db;
}

/**
 * v1 → v2, inside the upgrade's transaction (all or nothing; the v1 table is deleted only after
 * this succeeds): every v1 annotation, unchanged, into the set of its article. Annotations whose
 * article is gone (v1 never wrote such, but a database is what it is) keep their own set.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const annotations = (await tx.table('annotations').toArray()) as AnnotationRecord[];
  await tx.table('annotationSets').bulkAdd([...groupByArticle(annotations)].map(([articleId, list]) => setOf(articleId, list)));
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
