/**
 * The JSON backup of the whole library: a versioned envelope around the stored records, and the
 * check every backup passes before anything of it is written.
 *
 * {@link parseBackup} trusts nothing in the file. It rebuilds each record from the keys it knows
 * into a fresh object (unknown keys are dropped, so `__proto__`, `constructor` or `prototype`
 * keys reach nothing), checks every field's type and size, and names the first wrong record.
 * Limits, in UTF-16 characters: the file {@link MAX_BACKUP_CHARS}; an id 200; a url 8,192; a
 * title, site, author, published date, language, a tag, a value's string 8,192 (a language 64);
 * text, notes and a quote's exact 1,048,576 (1 MiB); a quote's prefix and suffix 8,192; 1,000 tags
 * per record. Urls are normalized as `saveClip` stores them.
 */

import type { Approx, DirectiveValue, StatisticValue } from '../extract/types';
import type { AnnotationContent, AnnotationRecord, ArticleRecord, Selectors } from '../store/schema';
import { normalizeUrl } from '../store/url';
import { cleanTags } from '../tags';

export const BACKUP_FORMAT = 'newsmark-backup';
export const BACKUP_VERSION = 1;

/** A whole library as one JSON document. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}

/** The outcome of reading a backup file: the backup, or what is wrong with it in one short English sentence. */
export type BackupParse = { ok: true; backup: Backup } | { ok: false; message: string; problem: BackupProblem };

/**
 * Why a file is refused, for the UI to say in the reader's language (`message` is the English
 * wording, for logs and tests): `args` fill the message's placeholders. A `damaged` backup's only
 * argument is the English detail naming the record and field; `record` and `reason` say the same
 * for the UI to word ({@link damagedText}).
 */
export type BackupProblem =
  | { kind: 'unreadable' | 'empty' | 'not-backup'; args: [] }
  | { kind: 'too-large'; args: [size: string, limit: string] }
  | { kind: 'not-json' | 'cut-off'; args: [line: string, column: string] }
  | { kind: 'newer'; args: [version: string] }
  | { kind: 'damaged'; args: [detail: string]; record?: BackupRecordRef; reason: BackupText };

/** The record a problem is in: its list, its place there (from 1), and its id when it has one. */
export interface BackupRecordRef {
  kind: 'article' | 'annotation';
  index: number;
  id?: string;
}

/**
 * A sentence of `public/_locales`: its key and the strings for its placeholders, in order. An
 * argument that is a sentence itself (what a wrong value is: "a list") is worded first. A record's
 * reason leaves out its first placeholder, the record's name, which {@link damagedText} puts in.
 */
export interface BackupText {
  key: BackupTextKey;
  args: Array<string | BackupText>;
}

/**
 * Every key a damaged backup's text is made of, with its placeholders' names in order: the locale
 * files must give each one these placeholders (tested), so a new reason cannot ship untranslated.
 */
export const BACKUP_TEXTS = {
  libraryBackupRecord_article: ['index', 'id'],
  libraryBackupRecord_articleNoId: ['index'],
  libraryBackupRecord_annotation: ['index', 'id'],
  libraryBackupRecord_annotationNoId: ['index'],
  libraryBackupJson_null: [],
  libraryBackupJson_list: [],
  libraryBackupJson_number: [],
  libraryBackupJson_string: [],
  libraryBackupJson_boolean: [],
  libraryBackupFile_unknownVersion: ['version'],
  libraryBackupFile_noVersion: [],
  libraryBackupFile_noExportDate: [],
  libraryBackupFile_noArticles: [],
  libraryBackupFile_noAnnotations: [],
  libraryBackupFile_unparsable: ['error'],
  libraryBackupRecord_notObject: ['record', 'found'],
  libraryBackupRecord_sameIdAsArticle: ['record', 'index'],
  libraryBackupRecord_sameIdAsAnnotation: ['record', 'index'],
  libraryBackupRecord_sameUrl: ['record', 'index'],
  libraryBackupRecord_articleMissing: ['record', 'article'],
  libraryBackupRecord_unknownType: ['record', 'type'],
  libraryBackupRecord_noType: ['record'],
  libraryBackupRecord_quoteValue: ['record'],
  libraryBackupField_notObject: ['record', 'field', 'found'],
  libraryBackupField_missing: ['record', 'field'],
  libraryBackupField_notString: ['record', 'field'],
  libraryBackupField_empty: ['record', 'field'],
  libraryBackupField_tooLong: ['record', 'field', 'length', 'limit'],
  libraryBackupField_notId: ['record', 'field', 'limit'],
  libraryBackupField_notTime: ['record', 'field'],
  libraryBackupField_notDate: ['record', 'field', 'value'],
  libraryBackupField_notAddress: ['record', 'field'],
  libraryBackupField_notWebAddress: ['record', 'field', 'scheme'],
  libraryBackupField_notList: ['record', 'field'],
  libraryBackupField_tooManyTags: ['record', 'limit'],
  libraryBackupField_differs: ['record', 'field', 'other'],
  libraryBackupField_setOnType: ['record', 'field', 'type'],
  libraryBackupField_notNumber: ['record', 'field'],
  libraryBackupField_notInteger: ['record', 'field'],
  libraryBackupField_unknownQualifier: ['record', 'field'],
  libraryBackupField_notValueId: ['record', 'field'],
  libraryBackupField_notSelectorPair: ['record', 'field'],
  libraryBackupField_notSelectorType: ['record', 'field', 'type'],
  libraryBackupField_notOffset: ['record', 'field'],
  libraryBackupField_notOffsetAfter: ['record', 'field', 'other'],
} as const satisfies Record<string, readonly string[]>;

export type BackupTextKey = keyof typeof BACKUP_TEXTS;

/** A damaged backup's detail as one sentence: the reason, with the record's name in front when it is about one record. */
export function damagedText(problem: Extract<BackupProblem, { kind: 'damaged' }>): BackupText {
  const { record, reason } = problem;
  if (!record) return reason;
  const name: BackupText =
    record.id === undefined
      ? { key: record.kind === 'article' ? 'libraryBackupRecord_articleNoId' : 'libraryBackupRecord_annotationNoId', args: [String(record.index)] }
      : { key: record.kind === 'article' ? 'libraryBackupRecord_article' : 'libraryBackupRecord_annotation', args: [String(record.index), quoted(record.id)] };
  return { key: reason.key, args: [name, ...reason.args] };
}

/** `text` in words, by `translate` (the UI's `t`). */
export function sayText(text: BackupText, translate: (key: string, args: string[]) => string): string {
  return translate(
    text.key,
    text.args.map((arg) => (typeof arg === 'string' ? arg : sayText(arg, translate))),
  );
}

/** The largest backup file read, in characters (about 256 MB of ASCII). */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

const MAX_ID = 200;
const MAX_URL = 8192;
const MAX_SHORT = 8192;
const MAX_LANG = 64;
const MAX_LONG = 1024 * 1024;
const MAX_TAGS = 1000;

const APPROX = new Set<string>(['nearly', 'over', 'about', 'under', 'at least', 'at most'] satisfies Approx[]);

/** The backup of `articles` and `annotations`, stamped with `now`. */
export function backupOf(articles: ArticleRecord[], annotations: AnnotationRecord[], now = Date.now()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), articles, annotations };
}

/** The backup as the text of a `.json` file. */
export function backupJson(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}

/**
 * Reads and checks a backup file's text (a leading byte-order mark is accepted): a {@link Backup}
 * whose every record is well-formed and rebuilt, whose ids and urls are unique and whose
 * annotations all point at one of its articles; or the first problem found. `maxChars` lowers the
 * size limit ({@link MAX_BACKUP_CHARS}).
 */
export function parseBackup(text: string, options: { maxChars?: number } = {}): BackupParse {
  const { maxChars = MAX_BACKUP_CHARS } = options;
  if (typeof text !== 'string') return fail('The file could not be read as text.', { kind: 'unreadable', args: [] });
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.length > maxChars) {
    const [size, limit] = [megabytes(body.length), megabytes(maxChars)];
    return fail(`The file is too large to import (${size} MB; the limit is ${limit} MB).`, { kind: 'too-large', args: [size, limit] });
  }
  if (body.trim() === '') return fail('The file is empty.', { kind: 'empty', args: [] });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return jsonProblem(body, error);
  }
  try {
    return { ok: true, backup: readBackup(data) };
  } catch (error) {
    if (error instanceof Invalid) return fail(error.message, error.problem);
    throw error;
  }
}

function fail(message: string, problem: BackupProblem): BackupParse {
  return { ok: false, message, problem };
}

/** A problem with the backup's content; the message is the English one. */
class Invalid extends Error {
  constructor(
    message: string,
    readonly problem: BackupProblem,
  ) {
    super(message);
  }
}

/** A damaged backup: `message` in English, `reason` for the UI, `record` when the problem is in one. */
function damaged(message: string, reason: BackupText, record?: BackupRecordRef): Invalid {
  return new Invalid(message, record ? { kind: 'damaged', args: [message], record, reason } : { kind: 'damaged', args: [message], reason });
}

/** A {@link BackupText} of a reason, with its arguments. */
function reason(key: BackupTextKey, ...args: Array<string | BackupText>): BackupText {
  return { key, args };
}

type Json = Record<string, unknown>;

function readBackup(data: unknown): Backup {
  const notBackup: BackupProblem = { kind: 'not-backup', args: [] };
  if (!isObject(data)) throw new Invalid(`This is not a Newsmark backup: the file holds ${KIND_WORDS[jsonKind(data)]}, not an object.`, notBackup);
  if (own(data, 'format') !== BACKUP_FORMAT) throw new Invalid('This is not a Newsmark backup.', notBackup);
  const version = own(data, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new Invalid(`This backup was made by a newer Newsmark (format version ${version}). Update Newsmark, then import it again.`, {
      kind: 'newer',
      args: [String(version)],
    });
  }
  if (version !== BACKUP_VERSION) {
    const found = JSON.stringify(version);
    if (found === undefined) throw damaged('This backup has an unknown format version (none).', reason('libraryBackupFile_noVersion'));
    throw damaged(`This backup has an unknown format version (${short(found)}).`, reason('libraryBackupFile_unknownVersion', short(found)));
  }
  const exportedAt = own(data, 'exportedAt');
  if (typeof exportedAt !== 'string' || exportedAt.length > 64 || Number.isNaN(Date.parse(exportedAt))) {
    throw damaged('The backup has no valid export date (exportedAt).', reason('libraryBackupFile_noExportDate'));
  }
  const rawArticles = own(data, 'articles');
  const rawAnnotations = own(data, 'annotations');
  if (!Array.isArray(rawArticles)) throw damaged('The backup has no list of articles.', reason('libraryBackupFile_noArticles'));
  if (!Array.isArray(rawAnnotations)) throw damaged('The backup has no list of annotations.', reason('libraryBackupFile_noAnnotations'));

  const articles: ArticleRecord[] = [];
  const articleIds = new Map<string, number>();
  const urls = new Map<string, number>();
  for (let i = 0; i < rawArticles.length; i++) {
    const raw: unknown = rawArticles[i];
    const article = named('article', i, raw, readArticle);
    const sameId = articleIds.get(article.id);
    if (sameId !== undefined) {
      const other = String(sameId + 1);
      throw inRecord('article', i, raw, new Problem(`: the same id as article ${other}.`, reason('libraryBackupRecord_sameIdAsArticle', other)));
    }
    const sameUrl = urls.get(article.url);
    if (sameUrl !== undefined) {
      const other = String(sameUrl + 1);
      throw inRecord('article', i, raw, new Problem(`: the same url as article ${other}.`, reason('libraryBackupRecord_sameUrl', other)));
    }
    articleIds.set(article.id, i);
    urls.set(article.url, i);
    articles.push(article);
  }

  const annotations: AnnotationRecord[] = [];
  const annotationIds = new Map<string, number>();
  for (let i = 0; i < rawAnnotations.length; i++) {
    const raw: unknown = rawAnnotations[i];
    const annotation = named('annotation', i, raw, readAnnotation);
    const sameId = annotationIds.get(annotation.id);
    if (sameId !== undefined) {
      const other = String(sameId + 1);
      throw inRecord('annotation', i, raw, new Problem(`: the same id as annotation ${other}.`, reason('libraryBackupRecord_sameIdAsAnnotation', other)));
    }
    if (!articleIds.has(annotation.articleId)) {
      const article = quoted(annotation.articleId);
      throw inRecord('annotation', i, raw, new Problem(`: its article ${article} is not in the backup.`, reason('libraryBackupRecord_articleMissing', article)));
    }
    annotationIds.set(annotation.id, i);
    annotations.push(annotation);
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, articles, annotations };
}

/**
 * A problem inside one record, worded after its name (": title is not a string.") and as the
 * {@link BackupText} of its reason; the record's name is put in front only when there is a
 * problem, so checking a good record builds no strings.
 */
class Problem extends Error {
  constructor(
    message: string,
    readonly reason: BackupText,
  ) {
    super(message);
  }
}

type RecordKind = BackupRecordRef['kind'];

/** `read(raw)`, with a {@link Problem} turned into the damage naming the record. */
function named<T>(kind: RecordKind, index: number, raw: unknown, read: (raw: unknown) => T): T {
  try {
    return read(raw);
  } catch (error) {
    if (error instanceof Problem) throw inRecord(kind, index, raw, error);
    throw error;
  }
}

/** The damage `problem` in record `index` (from 0) of the `kind` list. */
function inRecord(kind: RecordKind, index: number, raw: unknown, problem: Problem): Invalid {
  const record = recordRef(kind, index, raw);
  return damaged(`${recordName(record)}${problem.message}`, problem.reason, record);
}

function readArticle(raw: unknown): ArticleRecord {
  const o = record(raw, '');
  const article: ArticleRecord = {
    id: readId(o, 'id'),
    url: pageUrl(string(o, 'url', '', MAX_URL, true), 'url'),
    title: string(o, 'title', '', MAX_SHORT),
    site: string(o, 'site', '', MAX_SHORT),
    savedAt: time(o, 'savedAt'),
    updatedAt: time(o, 'updatedAt'),
    tags: readTags(o),
    note: string(o, 'note', '', MAX_LONG),
  };
  const canonicalUrl = optionalString(o, 'canonicalUrl', '', MAX_URL);
  if (canonicalUrl !== undefined) article.canonicalUrl = pageUrl(canonicalUrl, 'canonicalUrl');
  const author = optionalString(o, 'author', '', MAX_SHORT);
  if (author !== undefined) article.author = author;
  const published = optionalString(o, 'published', '', MAX_SHORT);
  if (published !== undefined) article.published = published;
  const lang = optionalString(o, 'lang', '', MAX_LANG);
  if (lang !== undefined) article.lang = lang;
  return article;
}

function readAnnotation(raw: unknown): AnnotationRecord {
  const o = record(raw, '');
  const id = readId(o, 'id');
  const articleId = readId(o, 'articleId');
  const text = string(o, 'text', '', MAX_LONG);
  const selectors = readSelectors(o);
  const tags = readTags(o);
  const note = string(o, 'note', '', MAX_LONG);
  const createdAt = time(o, 'createdAt');
  if (text !== selectors[0].exact) throw new Problem(': text differs from selectors[0].exact.', reason('libraryBackupField_differs', 'text', 'selectors[0].exact'));
  const content = readContent(o);
  // One literal per record, in the store's key order, rather than a spread of a shared base: 100,000 fewer copies.
  const annotation = {
    id,
    articleId,
    type: content.type,
    value: content.value,
    text,
    selectors,
    tags,
    note,
    createdAt,
  } as AnnotationRecord;
  if (content.type === 'directive') annotation.directiveId = content.value.id;
  return annotation;
}

/** An annotation's type and value, the value checked against the type. */
function readContent(o: Json): AnnotationContent {
  const type = own(o, 'type');
  const rawValue = own(o, 'value');
  const directiveId = own(o, 'directiveId');
  if (type !== 'directive' && directiveId !== undefined) {
    const typeName = short(String(type));
    throw new Problem(`: directiveId is set on a ${typeName}.`, reason('libraryBackupField_setOnType', 'directiveId', typeName));
  }
  switch (type) {
    case 'date':
      return { type, value: { iso: string(record(rawValue, 'value'), 'iso', 'value', 64, true) } };
    case 'agency':
      return { type, value: { name: string(record(rawValue, 'value'), 'name', 'value', MAX_SHORT, true) } };
    case 'statistic': {
      const v = record(rawValue, 'value');
      const number = own(v, 'value');
      if (typeof number !== 'number' || !Number.isFinite(number)) throw new Problem(': value.value is not a number.', reason('libraryBackupField_notNumber', 'value.value'));
      const value: StatisticValue = { value: number, unit: string(v, 'unit', 'value', MAX_SHORT) };
      const approx = own(v, 'approx');
      if (approx !== undefined) {
        if (typeof approx !== 'string' || !APPROX.has(approx)) {
          throw new Problem(': value.approx is not a known qualifier.', reason('libraryBackupField_unknownQualifier', 'value.approx'));
        }
        value.approx = approx as Approx;
      }
      return { type, value };
    }
    case 'directive': {
      const v = record(rawValue, 'value');
      const value: DirectiveValue = {
        id: string(v, 'id', 'value', MAX_SHORT, true),
        kind: string(v, 'kind', 'value', MAX_SHORT),
        number: string(v, 'number', 'value', MAX_SHORT),
      };
      const year = own(v, 'year');
      if (year !== undefined) {
        if (typeof year !== 'number' || !Number.isInteger(year)) throw new Problem(': value.year is not a whole number.', reason('libraryBackupField_notInteger', 'value.year'));
        value.year = year;
      }
      for (const key of ['code', 'issuer', 'issuedOn'] as const) {
        const part = optionalString(v, key, 'value', MAX_SHORT);
        if (part !== undefined) value[key] = part;
      }
      if (directiveId !== value.id) throw new Problem(": directiveId is not its value's id.", reason('libraryBackupField_notValueId', 'directiveId'));
      return { type, value };
    }
    case 'quote':
      if (rawValue !== null) throw new Problem(": a quote's value must be null.", reason('libraryBackupRecord_quoteValue'));
      return { type, value: null };
    default: {
      const found = JSON.stringify(type);
      if (found === undefined) throw new Problem(': unknown type none.', reason('libraryBackupRecord_noType'));
      throw new Problem(`: unknown type ${short(found)}.`, reason('libraryBackupRecord_unknownType', short(found)));
    }
  }
}

function readSelectors(o: Json): Selectors {
  const raw = own(o, 'selectors');
  if (!Array.isArray(raw) || raw.length !== 2) {
    throw new Problem(': selectors is not a list of two selectors.', reason('libraryBackupField_notSelectorPair', 'selectors'));
  }
  const q = record(raw[0], 'selectors[0]');
  const p = record(raw[1], 'selectors[1]');
  if (own(q, 'type') !== 'TextQuoteSelector') {
    throw new Problem(': selectors[0] is not a TextQuoteSelector.', reason('libraryBackupField_notSelectorType', 'selectors[0]', 'TextQuoteSelector'));
  }
  if (own(p, 'type') !== 'TextPositionSelector') {
    throw new Problem(': selectors[1] is not a TextPositionSelector.', reason('libraryBackupField_notSelectorType', 'selectors[1]', 'TextPositionSelector'));
  }
  const quote = {
    type: 'TextQuoteSelector' as const,
    exact: string(q, 'exact', 'selectors[0]', MAX_LONG),
    prefix: string(q, 'prefix', 'selectors[0]', MAX_SHORT),
    suffix: string(q, 'suffix', 'selectors[0]', MAX_SHORT),
  };
  const start = own(p, 'start');
  const end = own(p, 'end');
  if (!isOffset(start)) throw new Problem(': selectors[1].start is not an offset.', reason('libraryBackupField_notOffset', 'selectors[1].start'));
  if (!isOffset(end) || end < start) {
    throw new Problem(': selectors[1].end is not an offset after start.', reason('libraryBackupField_notOffsetAfter', 'selectors[1].end', 'start'));
  }
  return [quote, { type: 'TextPositionSelector', start, end }];
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** `raw` as an object; `path` names it inside its record ('' for the record itself). */
function record(raw: unknown, path: string): Json {
  if (isObject(raw)) return raw;
  // Only a field can be missing: a list's items are all there.
  if (raw === undefined) throw new Problem(`: ${path} is missing.`, reason('libraryBackupField_missing', path));
  const kind = jsonKind(raw);
  const found = reason(`libraryBackupJson_${kind}`);
  if (path === '') throw new Problem(` is ${KIND_WORDS[kind]}, not an object.`, reason('libraryBackupRecord_notObject', found));
  throw new Problem(`: ${path} is ${KIND_WORDS[kind]}, not an object.`, reason('libraryBackupField_notObject', path, found));
}

function readId(o: Json, key: string): string {
  const value = own(o, key);
  if (typeof value !== 'string' || value === '' || value.length > MAX_ID) {
    throw new Problem(`: ${key} is not an id (a non-empty string of at most ${MAX_ID} characters).`, reason('libraryBackupField_notId', key, String(MAX_ID)));
  }
  return value;
}

/** The string at `key` of `o`, which is at `path` in its record. */
function string(o: Json, key: string, path: string, max: number, nonEmpty = false): string {
  const value = own(o, key);
  if (typeof value === 'string' && value.length <= max && (!nonEmpty || value.trim() !== '')) return value;
  const name = path ? `${path}.${key}` : key;
  if (typeof value !== 'string') throw notString(name);
  if (value.length > max) throw tooLong(name, value.length, max);
  throw new Problem(`: ${name} is empty.`, reason('libraryBackupField_empty', name));
}

function notString(name: string): Problem {
  return new Problem(`: ${name} is not a string.`, reason('libraryBackupField_notString', name));
}

function tooLong(name: string, length: number, max: number): Problem {
  return new Problem(
    `: ${name} is too long (${length} characters; the limit is ${max}).`,
    reason('libraryBackupField_tooLong', name, String(length), String(max)),
  );
}

function optionalString(o: Json, key: string, path: string, max: number): string | undefined {
  return own(o, key) === undefined ? undefined : string(o, key, path, max);
}

/** The furthest a JavaScript Date reaches either side of 1970 (ms): beyond it no date can be written. */
const MAX_TIME = 8.64e15;

function time(o: Json, key: string): number {
  const value = own(o, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Problem(`: ${key} is not a time.`, reason('libraryBackupField_notTime', key));
  if (Math.abs(value) > MAX_TIME) throw new Problem(`: ${key} is not a date (${value}).`, reason('libraryBackupField_notDate', key, String(value)));
  return value;
}

/** Schemes a saved page can have: what the library may link to. Anything else (`javascript:`, `data:`) is refused. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** `url` normalized as saveClip stores it, when it is a web (or file) address. */
function pageUrl(url: string, key: string): string {
  const normalized = normalizeUrl(url);
  let scheme: string;
  try {
    scheme = new URL(normalized).protocol;
  } catch {
    throw new Problem(`: ${key} is not an address.`, reason('libraryBackupField_notAddress', key));
  }
  if (!PAGE_SCHEMES.has(scheme)) throw new Problem(`: ${key} is not a web address (${scheme}).`, reason('libraryBackupField_notWebAddress', key, scheme));
  return normalized;
}

function readTags(o: Json): string[] {
  const raw = own(o, 'tags');
  if (!Array.isArray(raw)) throw new Problem(': tags is not a list.', reason('libraryBackupField_notList', 'tags'));
  if (raw.length > MAX_TAGS) throw new Problem(`: more than ${MAX_TAGS} tags.`, reason('libraryBackupField_tooManyTags', String(MAX_TAGS)));
  for (const [i, tag] of raw.entries()) {
    if (typeof tag !== 'string') throw notString(`tags[${i}]`);
    if (tag.length > MAX_SHORT) throw tooLong(`tags[${i}]`, tag.length, MAX_SHORT);
  }
  // As the store keeps them (commas separate tags wherever a reader types them: "a, b" is two).
  return cleanTags(raw as string[]);
}

/** An own property: never one inherited from Object.prototype. */
function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type JsonKind = 'null' | 'list' | 'number' | 'string' | 'boolean';

const KIND_WORDS: Record<JsonKind, string> = { null: 'null', list: 'a list', number: 'a number', string: 'a string', boolean: 'a boolean' };

/** What a parsed JSON value other than an object is. */
function jsonKind(v: unknown): JsonKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return typeof v as JsonKind;
  throw new TypeError(`not a JSON value other than an object: ${typeof v}`);
}

function recordRef(kind: RecordKind, index: number, raw: unknown): BackupRecordRef {
  const id = isObject(raw) ? own(raw, 'id') : undefined;
  return typeof id === 'string' && id !== '' ? { kind, index: index + 1, id } : { kind, index: index + 1 };
}

/** The record's English name: "Article 3 (id "…")". */
function recordName({ kind, index, id }: BackupRecordRef): string {
  const name = `${kind === 'article' ? 'Article' : 'Annotation'} ${index}`;
  return id === undefined ? name : `${name} (id ${quoted(id)})`;
}

function quoted(s: string): string {
  return short(JSON.stringify(s));
}

function short(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function megabytes(chars: number): string {
  return String(Math.ceil(chars / (1024 * 1024)));
}

/** Where and why `text` is not JSON, as a message; engines word their own errors differently, so this finds the place itself. */
function jsonProblem(text: string, error: unknown): BackupParse {
  const at = jsonSyntaxError(text);
  if (at === undefined) {
    const why = error instanceof Error ? error.message : String(error);
    const message = `The file could not be read as JSON (${why}).`;
    return fail(message, { kind: 'damaged', args: [message], reason: reason('libraryBackupFile_unparsable', why) });
  }
  const { line, column } = lineColumn(text, at);
  const where: [string, string] = [String(line), String(column)];
  if (at >= text.length) return fail(`The file is cut off: its JSON ends too early (line ${line}, column ${column}).`, { kind: 'cut-off', args: where });
  return fail(`The file is not valid JSON: unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(at)!))} at line ${line}, column ${column}.`, {
    kind: 'not-json',
    args: where,
  });
}

function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The offset of the first JSON syntax error in `text` (its length when it ends too early), or undefined when it is valid. Iterative: nesting depth costs no stack. */
export function jsonSyntaxError(text: string): number | undefined {
  const n = text.length;
  const open: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Reads the string at `i`; false at the offending character. */
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === undefined) {
          i = n;
          return false;
        }
        if ('"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else {
          // A \u cut short by the end of the file is a cut, not a bad escape.
          if (next === 'u' && i + 2 + hexRun(text, i + 2) >= n) i = n;
          return false;
        }
        continue;
      }
      i++;
    }
    return false;
  };
  /** Reads a key and its colon, after `{` or `,` in an object. */
  const readKey = (): boolean => {
    skipSpace();
    if (!readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    // A value is expected here.
    skipSpace();
    if (i >= n) return n;
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
      } else {
        open.push(c);
        if (c === '{' && !readKey()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!readString()) return i;
    } else {
      NUMBER_OR_LITERAL.lastIndex = i;
      const token = NUMBER_OR_LITERAL.exec(text);
      // Near the end, a number or literal may be cut short ("tr", "1.", "-").
      const rest = n - i <= 64 ? text.slice(i) : '';
      if (rest !== '' && open.length > 0 && isCutToken(rest)) return n;
      if (!token) return i;
      i += token[0].length;
    }
    // After a value: close containers, or a comma for the next value.
    for (;;) {
      skipSpace();
      const inside = open.at(-1);
      if (inside === undefined) return i < n ? i : undefined;
      if (i >= n) return n;
      if (text[i] === ',') {
        i++;
        if (inside === '{' && !readKey()) return i;
        break;
      }
      if (text[i] !== (inside === '{' ? '}' : ']')) return i;
      i++;
      open.pop();
    }
  }
}

function hexRun(text: string, from: number): number {
  let k = 0;
  while (k < 4 && /[0-9a-fA-F]/.test(text[from + k] ?? '')) k++;
  return k;
}

/** Whether `rest` is the start of a number or literal that the file's end cut short. */
function isCutToken(rest: string): boolean {
  return ['true', 'false', 'null'].some((w) => w.startsWith(rest)) || /^-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?$/.test(rest);
}
