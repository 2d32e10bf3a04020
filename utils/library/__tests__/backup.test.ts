import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../__tests__/locale';
import type { AnnotationRecord } from '../../store/schema';
import {
  BACKUP_FORMAT,
  BACKUP_TEXTS,
  BACKUP_VERSION,
  backupJson,
  backupOf,
  damagedText,
  jsonSyntaxError,
  parseBackup,
  sayText,
  type Backup,
  type BackupParse,
  type BackupProblem,
  type BackupRecordRef,
  type BackupText,
} from '../backup';
import { AGENCY, ARTICLE_EN, ARTICLE_VI, DATE, DIRECTIVE, QUOTE, STATISTIC } from './export-fixtures';

const NOW = Date.UTC(2026, 10, 26, 8, 0, 0);
const BACKUP = backupOf([ARTICLE_VI, ARTICLE_EN], [DIRECTIVE, DATE, AGENCY, STATISTIC, QUOTE], NOW);
const TEXT = backupJson(BACKUP);

/** A deep copy of the backup as plain JSON data, to break. */
function data(): any {
  return JSON.parse(TEXT);
}

type Damaged = Extract<BackupProblem, { kind: 'damaged' }>;

const MESSAGES = { en: loadMessages('en'), vi: loadMessages('vi') };

/** A damaged backup's detail as the UI words it in `locale`; a missing key or placeholder fails. */
function inWords(problem: Damaged, locale: 'en' | 'vi'): string {
  return sayText(damagedText(problem), (key, args) => {
    const entry = MESSAGES[locale][key];
    if (!entry) throw new Error(`no ${locale} message ${key}`);
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (content === undefined) throw new Error(`${locale} ${key} has no placeholder ${name}`);
      return content.replace(/\$(\d)/g, (_m, i: string) => args[Number(i) - 1]!);
    });
  });
}

/** Each text in `text`, itself first. */
function texts(text: BackupText): BackupText[] {
  return [text, ...text.args.flatMap((arg) => (typeof arg === 'string' ? [] : texts(arg)))];
}

/**
 * The message of a refused backup. A damaged one must say the same in English from its keys, give
 * each key as many arguments as it has placeholders, and say it all in Vietnamese.
 */
function refused(result: BackupParse): string {
  if (result.ok) throw new Error('accepted a broken backup');
  if (result.problem.kind === 'damaged') {
    const { problem } = result;
    expect(problem.args).toEqual([result.message]);
    for (const text of texts(damagedText(problem))) expect(text.args, text.key).toHaveLength(BACKUP_TEXTS[text.key].length);
    expect(inWords(problem, 'en')).toBe(result.message);
    expect(inWords(problem, 'vi')).not.toMatch(/\$[A-Z]+\$|\b(?:Article|Annotation|is not|the backup)\b/);
  }
  return result.message;
}

/** The message for the backup after `change`; fails the test when it is accepted. */
function problem(change: (b: any) => void): string {
  const b = data();
  change(b);
  return refused(parseBackup(JSON.stringify(b)));
}

function message(text: string, options?: { maxChars?: number }): string {
  return refused(parseBackup(text, options));
}

/** The damaged problem of the backup after `change`. */
function damage(change: (b: any) => void): Damaged {
  const b = data();
  change(b);
  const result = parseBackup(JSON.stringify(b));
  refused(result);
  if (result.ok || result.problem.kind !== 'damaged') throw new Error(`not damaged: ${JSON.stringify(result)}`);
  return result.problem;
}

const A1 = `Article 1 (id "${ARTICLE_VI.id}")`;
const N1 = `Annotation 1 (id "${DIRECTIVE.id}")`;
const N2 = `Annotation 2 (id "${DATE.id}")`;
const N4 = `Annotation 4 (id "${STATISTIC.id}")`;
const N5 = `Annotation 5 (id "${QUOTE.id}")`;

describe('backupOf and backupJson', () => {
  it('wrap the records in a versioned, dated envelope', () => {
    expect(BACKUP).toEqual({
      format: 'newsmark-backup',
      version: 1,
      exportedAt: '2026-11-26T08:00:00.000Z',
      articles: [ARTICLE_VI, ARTICLE_EN],
      annotations: [DIRECTIVE, DATE, AGENCY, STATISTIC, QUOTE],
    });
    expect(BACKUP_FORMAT).toBe('newsmark-backup');
    expect(BACKUP_VERSION).toBe(1);
    expect(TEXT.endsWith('}\n')).toBe(true);
  });
});

describe('parseBackup accepts', () => {
  it('its own output, record for record', () => {
    expect(parseBackup(TEXT)).toEqual({ ok: true, backup: BACKUP });
  });

  it('a byte-order mark at the start, and an empty library', () => {
    expect(parseBackup(`\uFEFF${TEXT}`)).toEqual({ ok: true, backup: BACKUP });
    const empty = backupOf([], [], NOW);
    expect(parseBackup(backupJson(empty))).toEqual({ ok: true, backup: empty });
  });

  it('unknown keys, which it drops; tags it cleans; urls it normalizes', () => {
    const b = data();
    b.extra = { anything: 1 };
    b.articles[0].color = 'red';
    b.articles[0].tags = [' an ninh ', 'an ninh', '', 'chỉ thị, an ninh', ','];
    b.articles[1].url = 'HTTPS://News.Example.com/health/decree-15?id=1,2&utm_source=x#top';
    b.annotations[0].value.extra = true;
    const result = parseBackup(JSON.stringify(b));
    expect(result).toEqual({ ok: true, backup: BACKUP });
  });
});

describe('parseBackup refuses, saying why', () => {
  it.each([
    ['', 'The file is empty.'],
    ['  \n\t', 'The file is empty.'],
    ['\uFEFF', 'The file is empty.'],
    ['[]', 'This is not a Newsmark backup: the file holds a list, not an object.'],
    ['[1, 2]', 'This is not a Newsmark backup: the file holds a list, not an object.'],
    ['42', 'This is not a Newsmark backup: the file holds a number, not an object.'],
    ['null', 'This is not a Newsmark backup: the file holds null, not an object.'],
    ['"newsmark-backup"', 'This is not a Newsmark backup: the file holds a string, not an object.'],
    ['true', 'This is not a Newsmark backup: the file holds a boolean, not an object.'],
    ['{}', 'This is not a Newsmark backup.'],
    ['{"format":"other","version":1}', 'This is not a Newsmark backup.'],
  ])('%j', (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('a file that is not JSON, with the place', () => {
    expect(message('{"format": newsmark}')).toBe('The file is not valid JSON: unexpected "n" at line 1, column 12.');
    expect(message('{\n  "format": "newsmark-backup",\n  "version": 1,,\n}')).toBe(
      'The file is not valid JSON: unexpected "," at line 3, column 16.',
    );
    expect(message('{"a": 1} trailing')).toBe('The file is not valid JSON: unexpected "t" at line 1, column 10.');
    expect(message('<html>not a backup</html>')).toBe('The file is not valid JSON: unexpected "<" at line 1, column 1.');
    expect(message('{"a": "tab\there"}')).toBe('The file is not valid JSON: unexpected "\\t" at line 1, column 11.');
    expect(message('{"a": "\\x"}')).toBe('The file is not valid JSON: unexpected "\\\\" at line 1, column 8.');
  });

  it('a file cut off anywhere, as cut off', () => {
    const compact = TEXT.trimEnd();
    const seen = new Set<string>();
    for (let k = 1; k < compact.length; k++) {
      const text = compact.slice(0, k);
      const msg = text.trim() === '' ? 'The file is empty.' : message(text);
      expect(msg, `cut after ${k} characters: ${JSON.stringify(text.slice(-20))}`).toMatch(
        /^The file is cut off: its JSON ends too early \(line 1, column \d+\)\.$/,
      );
      seen.add(msg);
    }
    expect(seen.size).toBe(compact.length - 1);
  });

  it('a file cut off inside a pretty-printed backup, with the line', () => {
    const pretty = JSON.stringify(BACKUP, null, 2);
    const cut = pretty.slice(0, pretty.indexOf('"Chiều 28/8"') + 5);
    const line = cut.split('\n').length;
    expect(message(cut)).toBe(`The file is cut off: its JSON ends too early (line ${line}, column ${cut.length - cut.lastIndexOf('\n')}).`);
  });

  it('a backup from a newer Newsmark, or of an unknown version', () => {
    expect(problem((b) => (b.version = 2))).toBe(
      'This backup was made by a newer Newsmark (format version 2). Update Newsmark, then import it again.',
    );
    expect(problem((b) => (b.version = '1'))).toBe('This backup has an unknown format version ("1").');
    expect(problem((b) => (b.version = 0))).toBe('This backup has an unknown format version (0).');
    expect(problem((b) => (b.version = 1.5))).toBe('This backup has an unknown format version (1.5).');
    expect(problem((b) => delete b.version)).toBe('This backup has an unknown format version (none).');
  });

  it('an envelope without its parts', () => {
    expect(problem((b) => (b.exportedAt = 'yesterday'))).toBe('The backup has no valid export date (exportedAt).');
    expect(problem((b) => delete b.exportedAt)).toBe('The backup has no valid export date (exportedAt).');
    expect(problem((b) => (b.articles = {}))).toBe('The backup has no list of articles.');
    expect(problem((b) => delete b.annotations)).toBe('The backup has no list of annotations.');
  });

  it.each<[string, (b: any) => void, string | RegExp]>([
    ['not an object', (b) => (b.articles[0] = 'x'), 'Article 1 is a string, not an object.'],
    ['null', (b) => (b.articles[1] = null), 'Article 2 is null, not an object.'],
    ['no id', (b) => delete b.articles[0].id, 'Article 1: id is not an id (a non-empty string of at most 200 characters).'],
    ['empty id', (b) => (b.articles[0].id = ''), 'Article 1: id is not an id (a non-empty string of at most 200 characters).'],
    ['numeric id', (b) => (b.articles[0].id = 7), 'Article 1: id is not an id (a non-empty string of at most 200 characters).'],
    ['long id', (b) => (b.articles[0].id = 'x'.repeat(201)), /^Article 1 \(id "x{58}…\): id is not an id/],
    ['url', (b) => (b.articles[0].url = 5), `${A1}: url is not a string.`],
    ['empty url', (b) => (b.articles[0].url = ' '), `${A1}: url is empty.`],
    ['long url', (b) => (b.articles[0].url = `https://x.example/${'a'.repeat(8200)}`), `${A1}: url is too long (8218 characters; the limit is 8192).`],
    ['javascript: url', (b) => (b.articles[0].url = 'javascript:alert(document.domain)'), `${A1}: url is not a web address (javascript:).`],
    ['data: url', (b) => (b.articles[0].url = 'data:text/html,<script>alert(1)</script>'), `${A1}: url is not a web address (data:).`],
    ['address', (b) => (b.articles[0].url = 'not an address'), `${A1}: url is not an address.`],
    ['javascript: canonicalUrl', (b) => (b.articles[0].canonicalUrl = 'JavaScript:alert(1)'), `${A1}: canonicalUrl is not a web address (javascript:).`],
    ['savedAt beyond any date', (b) => (b.articles[0].savedAt = 1e20), `${A1}: savedAt is not a date (100000000000000000000).`],
    ['title', (b) => (b.articles[0].title = null), `${A1}: title is not a string.`],
    ['site', (b) => (b.articles[0].site = ['x']), `${A1}: site is not a string.`],
    ['savedAt', (b) => (b.articles[0].savedAt = '2026-11-26'), `${A1}: savedAt is not a time.`],
    ['updatedAt', (b) => delete b.articles[0].updatedAt, `${A1}: updatedAt is not a time.`],
    ['tags', (b) => (b.articles[0].tags = 'a; b'), `${A1}: tags is not a list.`],
    ['a tag', (b) => (b.articles[0].tags = ['a', 3]), `${A1}: tags[1] is not a string.`],
    ['many tags', (b) => (b.articles[0].tags = Array.from({ length: 1001 }, (_, i) => `t${i}`)), `${A1}: more than 1000 tags.`],
    ['note', (b) => delete b.articles[0].note, `${A1}: note is not a string.`],
    ['huge note', (b) => (b.articles[0].note = 'x'.repeat(1024 * 1024 + 1)), `${A1}: note is too long (1048577 characters; the limit is 1048576).`],
    ['canonicalUrl', (b) => (b.articles[0].canonicalUrl = {}), `${A1}: canonicalUrl is not a string.`],
    ['author', (b) => (b.articles[0].author = null), `${A1}: author is not a string.`],
    ['published', (b) => (b.articles[0].published = 2024), `${A1}: published is not a string.`],
    ['lang', (b) => (b.articles[0].lang = 'x'.repeat(65)), `${A1}: lang is too long (65 characters; the limit is 64).`],
    ['same id', (b) => (b.articles[1].id = b.articles[0].id), `Article 2 (id "${ARTICLE_VI.id}"): the same id as article 1.`],
    [
      'same url once normalized',
      (b) => (b.articles[1].url = `${ARTICLE_VI.url.replace('https://congan', 'HTTPS://CONGAN')}?utm_source=fb#x`),
      `Article 2 (id "${ARTICLE_EN.id}"): the same url as article 1.`,
    ],
  ])('an article with a wrong %s', (_, change, expected) => {
    if (typeof expected === 'string') expect(problem(change)).toBe(expected);
    else expect(problem(change)).toMatch(expected);
  });

  it.each<[string, (b: any) => void, string]>([
    ['not an object', (b) => (b.annotations[0] = [1]), 'Annotation 1 is a list, not an object.'],
    ['id', (b) => (b.annotations[0].id = {}), 'Annotation 1: id is not an id (a non-empty string of at most 200 characters).'],
    ['articleId', (b) => (b.annotations[0].articleId = 3), `${N1}: articleId is not an id (a non-empty string of at most 200 characters).`],
    ['article', (b) => (b.annotations[0].articleId = 'gone'), `${N1}: its article "gone" is not in the backup.`],
    ['same id', (b) => (b.annotations[1].id = b.annotations[0].id), `Annotation 2 (id "${DIRECTIVE.id}"): the same id as annotation 1.`],
    ['type', (b) => (b.annotations[1].type = 'person'), `${N2}: unknown type "person".`],
    ['missing type', (b) => delete b.annotations[1].type, `${N2}: unknown type none.`],
    ['text', (b) => (b.annotations[1].text = 12), `${N2}: text is not a string.`],
    ['text and quote', (b) => (b.annotations[1].text = 'Chiều 29/8'), `${N2}: text differs from selectors[0].exact.`],
    ['note', (b) => (b.annotations[1].note = false), `${N2}: note is not a string.`],
    ['createdAt', (b) => (b.annotations[1].createdAt = null), `${N2}: createdAt is not a time.`],
    ['createdAt, infinite', (b) => (b.annotations[1].createdAt = 1e400), `${N2}: createdAt is not a time.`],
    ['tags', (b) => (b.annotations[1].tags = [null]), `${N2}: tags[0] is not a string.`],
    ['selectors', (b) => (b.annotations[1].selectors = {}), `${N2}: selectors is not a list of two selectors.`],
    ['one selector', (b) => b.annotations[1].selectors.pop(), `${N2}: selectors is not a list of two selectors.`],
    ['selector order', (b) => b.annotations[1].selectors.reverse(), `${N2}: selectors[0] is not a TextQuoteSelector.`],
    ['selector', (b) => (b.annotations[1].selectors[1] = 'x'), `${N2}: selectors[1] is a string, not an object.`],
    ['exact', (b) => (b.annotations[1].selectors[0].exact = 5), `${N2}: selectors[0].exact is not a string.`],
    ['prefix', (b) => delete b.annotations[1].selectors[0].prefix, `${N2}: selectors[0].prefix is not a string.`],
    ['suffix', (b) => (b.annotations[1].selectors[0].suffix = 'x'.repeat(8193)), `${N2}: selectors[0].suffix is too long (8193 characters; the limit is 8192).`],
    ['position type', (b) => (b.annotations[1].selectors[1].type = 'RangeSelector'), `${N2}: selectors[1] is not a TextPositionSelector.`],
    ['start', (b) => (b.annotations[1].selectors[1].start = -1), `${N2}: selectors[1].start is not an offset.`],
    ['start, fractional', (b) => (b.annotations[1].selectors[1].start = 0.5), `${N2}: selectors[1].start is not an offset.`],
    ['end', (b) => (b.annotations[1].selectors[1].end = '10'), `${N2}: selectors[1].end is not an offset after start.`],
    ['end before start', (b) => Object.assign(b.annotations[1].selectors[1], { start: 3, end: 2 }), `${N2}: selectors[1].end is not an offset after start.`],
    ['date value', (b) => (b.annotations[1].value = '2024-08-28'), `${N2}: value is a string, not an object.`],
    ['date iso', (b) => (b.annotations[1].value = { iso: 20240828 }), `${N2}: value.iso is not a string.`],
    ['agency name', (b) => (b.annotations[2].value = { name: '' }), `Annotation 3 (id "${AGENCY.id}"): value.name is empty.`],
    ['statistic value', (b) => (b.annotations[3].value.value = '128'), `${N4}: value.value is not a number.`],
    ['statistic unit', (b) => delete b.annotations[3].value.unit, `${N4}: value.unit is not a string.`],
    ['statistic approx', (b) => (b.annotations[3].value.approx = 'roughly'), `${N4}: value.approx is not a known qualifier.`],
    ['directive value', (b) => (b.annotations[0].value = null), `${N1}: value is null, not an object.`],
    ['directive id', (b) => delete b.annotations[0].value.id, `${N1}: value.id is not a string.`],
    ['directive kind', (b) => (b.annotations[0].value.kind = 1), `${N1}: value.kind is not a string.`],
    ['directive number', (b) => (b.annotations[0].value.number = 7), `${N1}: value.number is not a string.`],
    ['directive year', (b) => (b.annotations[0].value.year = '2014'), `${N1}: value.year is not a whole number.`],
    ['directive code', (b) => (b.annotations[0].value.code = null), `${N1}: value.code is not a string.`],
    ['directive issuer', (b) => (b.annotations[0].value.issuer = []), `${N1}: value.issuer is not a string.`],
    ['directive issuedOn', (b) => (b.annotations[0].value.issuedOn = 20140815), `${N1}: value.issuedOn is not a string.`],
    ['directiveId', (b) => (b.annotations[0].directiveId = 'Chỉ thị 08/CT-BCA-V28'), `${N1}: directiveId is not its value's id.`],
    ['missing directiveId', (b) => delete b.annotations[0].directiveId, `${N1}: directiveId is not its value's id.`],
    ['directiveId on a date', (b) => (b.annotations[1].directiveId = 'x'), `${N2}: directiveId is set on a date.`],
    ['quote value', (b) => (b.annotations[4].value = {}), `${N5}: a quote's value must be null.`],
  ])('an annotation with a wrong %s', (_, change, expected) => {
    expect(problem(change)).toBe(expected);
  });

  it('a file over the size limit, before parsing it', () => {
    expect(message(TEXT, { maxChars: 1024 })).toBe('The file is too large to import (1 MB; the limit is 1 MB).');
    expect(message(`{${' '.repeat(3 * 1024 * 1024)}`, { maxChars: 2 * 1024 * 1024 })).toBe(
      'The file is too large to import (4 MB; the limit is 2 MB).',
    );
  });

  it('deeply nested junk, without running out of stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(message(TEXT.replace('"articles":[', `"articles":[${deep},`))).toBe('Article 1 is a list, not an object.');
    const text = TEXT.replace('"articles":[', `"articles":[${'['.repeat(200_000)}`);
    expect(message(text)).toMatch(/^The file is not valid JSON: unexpected ":" at line 1, column \d+\.$/);
    expect(message(`{"a":${'{"b":'.repeat(100_000)}`)).toBe(`The file is cut off: its JSON ends too early (line 1, column ${5 + 5 * 100_000 + 1}).`);
  });
});

describe('parseBackup says which record and why, as keys of public/_locales', () => {
  const article = (index: number, id?: string): BackupRecordRef => (id === undefined ? { kind: 'article', index } : { kind: 'article', index, id });
  const annotation = (index: number, id?: string): BackupRecordRef =>
    id === undefined ? { kind: 'annotation', index } : { kind: 'annotation', index, id };
  const A = article(1, ARTICLE_VI.id);
  const kind = (word: string): BackupText => ({ key: `libraryBackupJson_${word}` as BackupText['key'], args: [] });

  const cases: Array<[BackupText['key'], (b: any) => void, BackupRecordRef | undefined, BackupText['args']]> = [
    ['libraryBackupFile_unknownVersion', (b) => (b.version = '1'), undefined, ['"1"']],
    ['libraryBackupFile_noVersion', (b) => delete b.version, undefined, []],
    ['libraryBackupFile_noExportDate', (b) => (b.exportedAt = 'yesterday'), undefined, []],
    ['libraryBackupFile_noArticles', (b) => (b.articles = {}), undefined, []],
    ['libraryBackupFile_noAnnotations', (b) => delete b.annotations, undefined, []],
    ['libraryBackupRecord_notObject', (b) => (b.annotations[0] = [1]), annotation(1), [kind('list')]],
    ['libraryBackupRecord_notObject', (b) => (b.articles[1] = null), article(2), [kind('null')]],
    ['libraryBackupRecord_notObject', (b) => (b.articles[0] = 5), article(1), [kind('number')]],
    ['libraryBackupRecord_notObject', (b) => (b.articles[0] = 'x'), article(1), [kind('string')]],
    ['libraryBackupRecord_notObject', (b) => (b.annotations[4] = false), annotation(5), [kind('boolean')]],
    ['libraryBackupRecord_sameIdAsArticle', (b) => (b.articles[1].id = b.articles[0].id), article(2, ARTICLE_VI.id), ['1']],
    ['libraryBackupRecord_sameIdAsAnnotation', (b) => (b.annotations[3].id = b.annotations[1].id), annotation(4, DATE.id), ['2']],
    ['libraryBackupRecord_sameUrl', (b) => (b.articles[1].url = `${ARTICLE_VI.url}#x`), article(2, ARTICLE_EN.id), ['1']],
    ['libraryBackupRecord_articleMissing', (b) => (b.annotations[0].articleId = 'gone'), annotation(1, DIRECTIVE.id), ['"gone"']],
    ['libraryBackupRecord_unknownType', (b) => (b.annotations[1].type = 'person'), annotation(2, DATE.id), ['"person"']],
    ['libraryBackupRecord_noType', (b) => delete b.annotations[1].type, annotation(2, DATE.id), []],
    ['libraryBackupRecord_quoteValue', (b) => (b.annotations[4].value = {}), annotation(5, QUOTE.id), []],
    ['libraryBackupField_notObject', (b) => (b.annotations[1].selectors[1] = 'x'), annotation(2, DATE.id), ['selectors[1]', kind('string')]],
    ['libraryBackupField_missing', (b) => delete b.annotations[1].value, annotation(2, DATE.id), ['value']],
    ['libraryBackupField_notString', (b) => (b.articles[0].title = null), A, ['title']],
    ['libraryBackupField_notString', (b) => (b.articles[0].tags = ['a', 3]), A, ['tags[1]']],
    ['libraryBackupField_notString', (b) => (b.annotations[3].value.unit = 1), annotation(4, STATISTIC.id), ['value.unit']],
    ['libraryBackupField_empty', (b) => (b.articles[0].url = ' '), A, ['url']],
    ['libraryBackupField_tooLong', (b) => (b.articles[0].lang = 'x'.repeat(65)), A, ['lang', '65', '64']],
    ['libraryBackupField_tooLong', (b) => (b.articles[0].tags = ['x'.repeat(8193)]), A, ['tags[0]', '8193', '8192']],
    ['libraryBackupField_notId', (b) => (b.articles[0].id = 7), article(1), ['id', '200']],
    ['libraryBackupField_notId', (b) => (b.annotations[0].articleId = ''), annotation(1, DIRECTIVE.id), ['articleId', '200']],
    ['libraryBackupField_notTime', (b) => (b.articles[0].savedAt = '2026-11-26'), A, ['savedAt']],
    ['libraryBackupField_notDate', (b) => (b.articles[0].updatedAt = -1e16), A, ['updatedAt', '-10000000000000000']],
    ['libraryBackupField_notAddress', (b) => (b.articles[0].url = 'not an address'), A, ['url']],
    ['libraryBackupField_notWebAddress', (b) => (b.articles[0].canonicalUrl = 'javascript:alert(1)'), A, ['canonicalUrl', 'javascript:']],
    ['libraryBackupField_notList', (b) => (b.articles[0].tags = 'a; b'), A, ['tags']],
    ['libraryBackupField_tooManyTags', (b) => (b.articles[0].tags = Array.from({ length: 1001 }, (_, i) => `t${i}`)), A, ['1000']],
    ['libraryBackupField_differs', (b) => (b.annotations[1].text = 'Chiều 29/8'), annotation(2, DATE.id), ['text', 'selectors[0].exact']],
    ['libraryBackupField_setOnType', (b) => (b.annotations[2].directiveId = 'x'), annotation(3, AGENCY.id), ['directiveId', 'agency']],
    ['libraryBackupField_notNumber', (b) => (b.annotations[3].value.value = '128'), annotation(4, STATISTIC.id), ['value.value']],
    ['libraryBackupField_notInteger', (b) => (b.annotations[0].value.year = 2014.5), annotation(1, DIRECTIVE.id), ['value.year']],
    ['libraryBackupField_unknownQualifier', (b) => (b.annotations[3].value.approx = 'roughly'), annotation(4, STATISTIC.id), ['value.approx']],
    ['libraryBackupField_notValueId', (b) => delete b.annotations[0].directiveId, annotation(1, DIRECTIVE.id), ['directiveId']],
    ['libraryBackupField_notSelectorPair', (b) => b.annotations[1].selectors.pop(), annotation(2, DATE.id), ['selectors']],
    ['libraryBackupField_notSelectorType', (b) => b.annotations[1].selectors.reverse(), annotation(2, DATE.id), ['selectors[0]', 'TextQuoteSelector']],
    [
      'libraryBackupField_notSelectorType',
      (b) => (b.annotations[1].selectors[1].type = 'RangeSelector'),
      annotation(2, DATE.id),
      ['selectors[1]', 'TextPositionSelector'],
    ],
    ['libraryBackupField_notOffset', (b) => (b.annotations[1].selectors[1].start = -1), annotation(2, DATE.id), ['selectors[1].start']],
    ['libraryBackupField_notOffsetAfter', (b) => Object.assign(b.annotations[1].selectors[1], { start: 3, end: 2 }), annotation(2, DATE.id), ['selectors[1].end', 'start']],
  ];

  it.each(cases)('%s', (key, change, record, args) => {
    const problem = damage(change);
    expect(problem.reason).toEqual({ key, args });
    expect(problem.record).toEqual(record);
    expect('record' in problem).toBe(record !== undefined);
  });

  it('names a record by its id when it has one, cut as the English message cuts it', () => {
    const problem = damage((b) => (b.articles[1] = { ...b.articles[1], id: 'x'.repeat(201) }));
    expect(problem.record).toEqual({ kind: 'article', index: 2, id: 'x'.repeat(201) });
    expect(damagedText(problem).args[0]).toEqual({ key: 'libraryBackupRecord_article', args: ['2', `"${'x'.repeat(58)}…`] });
    expect(inWords(problem, 'vi')).toBe(`Bài viết 2 (id "${'x'.repeat(58)}…): id không phải là id (một chuỗi không rỗng, tối đa 200 ký tự).`);
  });

  it('words a damaged record in Vietnamese', () => {
    expect(inWords(damage((b) => (b.articles[0].tags = 'a; b')), 'vi')).toBe(`Bài viết 1 (id "${ARTICLE_VI.id}"): tags không phải là danh sách.`);
    expect(inWords(damage((b) => (b.annotations[0] = [1])), 'vi')).toBe('Chú thích 1 là một danh sách, không phải một đối tượng.');
    expect(inWords(damage((b) => (b.articles[0].lang = 'x'.repeat(65))), 'vi')).toBe(
      `Bài viết 1 (id "${ARTICLE_VI.id}"): lang quá dài (65 ký tự; giới hạn là 64).`,
    );
    expect(inWords(damage((b) => delete b.annotations), 'vi')).toBe('Bản sao lưu không có danh sách chú thích.');
  });

  it('gives a file JSON.parse refuses but the syntax check passes (an engine limit) a reason too', () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      const result = parseBackup(TEXT);
      expect(refused(result)).toBe('The file could not be read as JSON (Maximum call stack size exceeded).');
      expect(!result.ok && result.problem).toEqual({
        kind: 'damaged',
        args: ['The file could not be read as JSON (Maximum call stack size exceeded).'],
        reason: { key: 'libraryBackupFile_unparsable', args: ['Maximum call stack size exceeded'] },
      });
    } finally {
      parse.mockRestore();
    }
  });

  it('uses every key of BACKUP_TEXTS in the cases above', () => {
    const used = new Set(['libraryBackupFile_unparsable']);
    for (const [, change] of cases) for (const text of texts(damagedText(damage(change)))) used.add(text.key);
    expect([...used].sort()).toEqual(Object.keys(BACKUP_TEXTS).sort());
  });

  it.each(['en', 'vi'] as const)('has every key of BACKUP_TEXTS in %s, with its placeholders in order', (locale) => {
    const messages = MESSAGES[locale];
    for (const [key, names] of Object.entries(BACKUP_TEXTS)) {
      const entry = messages[key];
      expect(entry, key).toBeDefined();
      const placeholders = Object.entries(entry!.placeholders ?? {}).map(([name, { content }]) => [name, content]);
      expect(placeholders, key).toEqual(names.map((name, i) => [name, `$${i + 1}`]));
      const used = [...entry!.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(new Set(used), key).toEqual(new Set(names));
    }
  });
});

describe('parseBackup against hostile keys', () => {
  const hostile = TEXT.replace(
    `"id":"${ARTICLE_VI.id}"`,
    `"__proto__":{"polluted":"article"},"constructor":{"prototype":{"polluted":"ctor"}},"prototype":{"polluted":"proto"},"id":"${ARTICLE_VI.id}"`,
  )
    .replace(`"iso":"2024-08-28"`, `"__proto__":{"polluted":"value"},"iso":"2024-08-28"`)
    .replace('{"type":"TextQuoteSelector"', '{"__proto__":{"polluted":"selector"},"type":"TextQuoteSelector"')
    .replace('{"format"', '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"top"}},"format"');

  it('keeps them out of every record and out of Object.prototype', () => {
    expect(hostile.match(/__proto__/g)).toHaveLength(4);
    const result = parseBackup(hostile);
    expect(result).toEqual({ ok: true, backup: BACKUP });
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const objects: object[] = [result.backup, ...result.backup.articles, ...result.backup.annotations];
    for (const a of result.backup.annotations) objects.push(...a.selectors, ...(a.value ? [a.value] : []));
    for (const o of objects) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(o, key), key).toBe(false);
      expect((o as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('takes no field from a prototype', () => {
    // "__proto__" as JSON is an own key; a field only there must count as missing.
    const text = TEXT.replace(`"title":"${ARTICLE_VI.title.replace(/"/g, '\\"')}",`, `"__proto__":{"title":"from proto"},`);
    expect(text).not.toBe(TEXT);
    expect(message(text)).toBe(`${A1}: title is not a string.`);
  });
});

describe('parseBackup under fuzzing', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const JUNK = [null, true, 0, -1, 1e308, '', 'x', '__proto__', [], [[]], {}, { __proto__: 1 }, 'x'.repeat(10_000)];

  /** Every object and array inside `v`, with the key that leads to it. */
  function containers(v: unknown, out: Array<Record<string, unknown> | unknown[]> = []) {
    if (typeof v === 'object' && v !== null) {
      out.push(v as Record<string, unknown>);
      for (const child of Object.values(v)) containers(child, out);
    }
    return out;
  }

  it('never throws, and whatever it accepts reads back the same', () => {
    const next = random(20261126);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let accepted = 0;
    for (let round = 0; round < 400; round++) {
      const b = data();
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const target = pick(containers(b));
        const keys = Object.keys(target);
        const key = keys.length && next() < 0.8 ? pick(keys) : pick(['__proto__', 'extra', 'constructor']);
        const action = next();
        if (action < 0.3) delete (target as Record<string, unknown>)[key];
        else (target as Record<string, unknown>)[key] = structuredClone(pick(JUNK));
      }
      const text = JSON.stringify(b);
      const result = parseBackup(text);
      if (result.ok) {
        accepted++;
        expect(parseBackup(backupJson(result.backup))).toEqual(result);
      } else {
        refused(result);
        expect(result.message.length, result.message).toBeLessThan(200);
        expect(result.message).toMatch(/^[A-Z].*[.)]$/s);
      }
    }
    // Some edits are harmless (an unknown key, a tag), most are not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(400);
  });

  it('never throws on random cuts and flipped characters, and whatever it accepts reads back the same', () => {
    const next = random(7);
    const noise = '{}[]",:\\0 1e-truefalsenull\u0000\uFEFF\uD800';
    let accepted = 0;
    for (let round = 0; round < 300; round++) {
      const chars = [...TEXT];
      for (let flips = 1 + Math.floor(next() * 4); flips > 0; flips--) {
        chars[Math.floor(next() * chars.length)] = noise[Math.floor(next() * noise.length)]!;
      }
      const text = chars.join('').slice(0, Math.floor(next() * (TEXT.length + 1)));
      const result = parseBackup(text);
      if (result.ok) {
        // A flip it accepts (inside a string, say) reads back the same.
        accepted++;
        expect(parseBackup(backupJson(result.backup))).toEqual(result);
      } else expect(refused(result)).toMatch(/^(The file|This|Article|Annotation|The backup)/);
    }
    // Most cuts and flips break the file; some land where they change nothing structural.
    expect(accepted).toBeLessThan(300);
  });
});

describe('jsonSyntaxError', () => {
  it.each([
    ['{}', undefined],
    ['[1, "a", {"b": [true, false, null, -1.5e3]}]', undefined],
    [' "\\u00e9\\n" ', undefined],
    ['{', 1],
    ['{"a"', 4],
    ['{"a":', 5],
    ['{"a":tr', 7],
    ['[1.', 3],
    ['["\\u00', 6],
    ['["a\\', 4],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['[1,]', 3],
    ['{,}', 1],
    ['{"a":1}}', 7],
    ['[01]', 2],
    ['"\\q"', 1],
  ])('%j → %s', (text, expected) => {
    expect(jsonSyntaxError(text)).toBe(expected);
    if (expected === undefined) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });
});

describe('Backup type', () => {
  it('is what parseBackup gives', () => {
    const result = parseBackup(TEXT);
    const backup: Backup | undefined = result.ok ? result.backup : undefined;
    const annotation: AnnotationRecord | undefined = backup?.annotations[0];
    expect(annotation?.type).toBe('directive');
  });
});
