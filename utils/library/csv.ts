/**
 * The library as a spreadsheet: CSV for a file, tab-separated text for the clipboard.
 *
 * One row per annotation; an article saved without any gets one row with the annotation's cells
 * empty. Every cell is text normalized to NFC, so a cell typed or filtered in a spreadsheet matches
 * Vietnamese whether the page wrote its diacritics composed or decomposed (the JSON backup keeps
 * text exactly as saved). A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'`, so a spreadsheet never runs it as a formula; LibreOffice Calc shows that `'`.
 * A spreadsheet still reads a digits-only cell as a number: a directive number `07` shows as 7
 * (its full id stays in "Normalized value"). csv-libreoffice.test.ts holds what Calc shows.
 */

import Papa from 'papaparse';
import { describeValue } from '../extract/group';
import { isoTime } from './time';
import { nextTask } from './slices';
import type { LibraryRow, Progress } from './types';

/** One column of the export: its header and how a row fills it. */
export interface CsvColumn {
  header: string;
  cell: (row: LibraryRow) => string;
}

/** Cells a spreadsheet would read as a formula (OWASP's CSV injection list), even when they hold a line break. */
const FORMULA = /^[=+\-@\t\r]/;

/** Rows per chunk of {@link csvChunks}: about 10 ms of work each on a fast machine. */
const CHUNK = 5000;

const directivePart =
  (part: 'kind' | 'number' | 'year' | 'code' | 'issuer') =>
  ({ annotation }: LibraryRow): string =>
    annotation?.type === 'directive' ? String(annotation.value[part] ?? '') : '';

/**
 * The export's columns, in order. "Tags" holds the article's tags then the annotation's own, each
 * once, joined with "; " (what a filter on a tag wants); the two notes stay apart in "Note" (the
 * annotation's) and "Article note", since merging free text would lose who said what.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'Article title', cell: ({ article }) => article.title },
  { header: 'URL', cell: ({ article }) => article.url },
  { header: 'Site', cell: ({ article }) => article.site },
  { header: 'Published', cell: ({ article }) => article.published ?? '' },
  { header: 'Saved at (UTC)', cell: ({ article }) => isoTime(article.savedAt) },
  { header: 'Type', cell: ({ annotation }) => annotation?.type ?? '' },
  { header: 'Text', cell: ({ annotation }) => annotation?.text ?? '' },
  {
    header: 'Normalized value',
    cell: ({ annotation }) => (annotation && annotation.type !== 'quote' ? describeValue(annotation) : ''),
  },
  { header: 'Directive kind', cell: directivePart('kind') },
  { header: 'Directive number', cell: directivePart('number') },
  { header: 'Directive year', cell: directivePart('year') },
  { header: 'Directive code', cell: directivePart('code') },
  { header: 'Directive issuer', cell: directivePart('issuer') },
  { header: 'Tags', cell: ({ article, annotation }) => [...new Set([...article.tags, ...(annotation?.tags ?? [])])].join('; ') },
  { header: 'Note', cell: ({ annotation }) => annotation?.note ?? '' },
  { header: 'Article note', cell: ({ article }) => article.note },
  {
    header: 'Context',
    cell: ({ annotation }) => {
      const quote = annotation?.selectors[0];
      return quote ? `${quote.prefix}${quote.exact}${quote.suffix}` : '';
    },
  },
  { header: 'Language', cell: ({ article }) => article.lang ?? '' },
];

const HEADERS = CSV_COLUMNS.map((c) => c.header);

/** The rows as one CSV text: a UTF-8 byte-order mark (so Excel reads Vietnamese right), a header row, CRLF line ends, RFC 4180 quoting. */
export function csvOf(rows: readonly LibraryRow[]): string {
  return `\uFEFF${Papa.unparse([HEADERS, ...rows.map(cellsOf)], UNPARSE)}`;
}

/**
 * The text of {@link csvOf} in parts (`parts.join('') === csvOf(rows)`), `chunk` rows at a time,
 * yielding to the event loop between chunks so the page stays responsive; `onProgress` follows
 * each chunk and last reports `{ done: total, total }`. Rejects with `signal.reason` once aborted.
 */
export async function csvChunks(rows: readonly LibraryRow[], options: CsvChunkOptions = {}): Promise<string[]> {
  const parts: string[] = [];
  await eachChunk(rows, options, (part) => parts.push(part));
  return parts;
}

/**
 * The CSV file as a Blob of `type`, made in chunks as {@link csvChunks} makes its text (same
 * options, progress and abort): each chunk is encoded to UTF-8 and put in a small Blob as soon as
 * it is made, and the file is a Blob of those. Its bytes are the UTF-8 of {@link csvOf}, byte-order
 * mark included. Why: a Blob of strings encodes them all in one task (27 MB for 100,000
 * annotations, 200 ms or more); a Blob of Blobs refers to its parts instead of copying them.
 */
export async function csvBlob(rows: readonly LibraryRow[], options: CsvChunkOptions & { type?: string } = {}): Promise<Blob> {
  const encoder = new TextEncoder();
  const parts: Blob[] = [];
  await eachChunk(rows, options, (part) => parts.push(new Blob([encoder.encode(part)])));
  return new Blob(parts, options.type === undefined ? {} : { type: options.type });
}

/** Options of {@link csvChunks} and {@link csvBlob}. */
export interface CsvChunkOptions {
  /** Rows per chunk (at least 1). */
  chunk?: number;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

async function eachChunk(rows: readonly LibraryRow[], options: CsvChunkOptions, take: (part: string) => void): Promise<void> {
  const { chunk = CHUNK, onProgress, signal } = options;
  if (!(chunk >= 1)) throw new RangeError(`csvChunks: chunk must be at least 1, got ${chunk}`);
  take(`\uFEFF${Papa.unparse([HEADERS], UNPARSE)}`);
  for (let done = 0; done < rows.length; ) {
    // Each chunk in a task of its own, the first too (the caller's task, a click, ends at once).
    await nextTask();
    signal?.throwIfAborted();
    const slice = rows.slice(done, done + chunk);
    take(`\r\n${Papa.unparse(slice.map(cellsOf), UNPARSE)}`);
    done += slice.length;
    onProgress?.({ done, total: rows.length });
  }
  signal?.throwIfAborted();
  if (rows.length === 0) onProgress?.({ done: 0, total: 0 });
}

/**
 * The rows as tab-separated text with a header row, for pasting into a sheet ("Copy as table"):
 * tabs and line breaks inside a cell become spaces, formula-like cells get the same `'` as in the
 * CSV (decided on the cell as saved, so a tab-led cell is escaped in both), no byte-order mark.
 */
export function tableOf(rows: readonly LibraryRow[]): string {
  const lines = [HEADERS.join('\t')];
  for (const row of rows) {
    lines.push(cellsOf(row).map((cell) => (FORMULA.test(cell) ? `'${cell}` : cell).replace(/[\t\r\n]+/g, ' ')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

const UNPARSE: Papa.UnparseConfig = { escapeFormulae: FORMULA, newline: '\r\n', quoteChar: '"' };

function cellsOf(row: LibraryRow): string[] {
  return CSV_COLUMNS.map((column) => column.cell(row).normalize('NFC'));
}
