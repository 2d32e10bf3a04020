import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvBlob, csvChunks, csvOf, tableOf } from '../csv';
import type { Progress } from '../types';
import { ARTICLE_EN, ARTICLE_VI, DIRECTIVE, QUOTE, ROWS, manyRows } from './export-fixtures';

const HEADERS = [
  'Article title',
  'URL',
  'Site',
  'Published',
  'Saved at (UTC)',
  'Type',
  'Text',
  'Normalized value',
  'Directive kind',
  'Directive number',
  'Directive year',
  'Directive code',
  'Directive issuer',
  'Tags',
  'Note',
  'Article note',
  'Context',
  'Language',
];

const VI = [ARTICLE_VI.title, ARTICLE_VI.url, 'Công an tỉnh', '2024-08-29', '2026-11-26T07:30:00.000Z'];
const VI_END = ['Đọc lại\r\nsau'];
const EMPTY_DIRECTIVE = ['', '', '', '', ''];

/** What each row of ROWS must read as in a spreadsheet, written out by hand. */
const EXPECTED = [
  [
    ...VI,
    'directive',
    'Chỉ thị số 07/CT-BCA-V28',
    'Chỉ thị 07/CT-BCA-V28 (Bộ Công an, 2014-08-15)',
    'Chỉ thị',
    '07',
    '2014',
    'CT-BCA-V28',
    'Bộ Công an',
    'an ninh; chỉ thị; quan trọng',
    'trích, "nguyên văn"',
    ...VI_END,
    'triển khai Chỉ thị số 07/CT-BCA-V28, ngày 15/8',
    'vi',
  ],
  [...VI, 'date', 'Chiều 28/8', '2024-08-28', ...EMPTY_DIRECTIVE, 'an ninh; chỉ thị', '', ...VI_END, 'Chiều 28/8 tại Hà Nội', 'vi'],
  [...VI, 'agency', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', ...EMPTY_DIRECTIVE, 'an ninh; chỉ thị', '', ...VI_END, 'theo UBND tỉnh', 'vi'],
  [...VI, 'statistic', 'gần 128 vụ', 'nearly 128 vụ', ...EMPTY_DIRECTIVE, 'an ninh; chỉ thị', '', ...VI_END, 'xảy ra gần 128 vụ.', 'vi'],
  [
    `'${ARTICLE_EN.title}`,
    ARTICLE_EN.url,
    'news.example.com',
    '',
    '2025-01-02T03:04:05.000Z',
    'quote',
    `'-5% "growth",\nsaid @user`,
    '',
    ...EMPTY_DIRECTIVE,
    '',
    "'\tindented",
    '',
    `'+84 912\t-5% "growth",\nsaid @user\r\n=1+1`,
    '',
  ],
  [
    'No annotations',
    'https://news.example.com/bare',
    'news.example.com',
    '',
    '2025-01-02T03:04:05.000Z',
    ...Array<string>(HEADERS.length - 5).fill(''),
  ],
];

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('csvOf', () => {
  it('names its columns in plain English', () => {
    expect(CSV_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
  });

  it('parses back, by a real CSV parser, to the data: Vietnamese, quotes, commas, line breaks, formulas escaped', () => {
    const csv = csvOf(ROWS);
    expect(csv.startsWith('\uFEFFArticle title,URL,')).toBe(true);
    expect(parse(csv)).toEqual([HEADERS, ...EXPECTED]);
  });

  it('ends lines with CRLF and quotes cells per RFC 4180', () => {
    const csv = csvOf([{ article: { ...ARTICLE_EN, title: 'a, "b"', site: ' padded ' } }]);
    expect(csv.split('\r\n')[1]).toBe(
      `"a, ""b""","https://news.example.com/health/decree-15?id=1,2"," padded ",,2025-01-02T03:04:05.000Z${','.repeat(13)}`,
    );
    // Outside quoted cells, no line ends with a bare LF.
    expect(csvOf(ROWS).replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it("prefixes ' to every cell that starts with =, +, -, @, tab or CR, even across a line break", () => {
    const risky = ['=1+1', '+84 912', '-5%', '@user', '\tx', '\rx', '=SUM(A1)\nnote', '@x\r\ny'];
    const safe = ['1+1', 'a=b', ' =1', "'=1", '5-3', ''];
    const rows = [...risky, ...safe].map((note) => ({ article: { ...ARTICLE_EN, title: 'x', note } }));
    const notes = parse(csvOf(rows))
      .slice(1)
      .map((cells) => cells[15]);
    expect(notes).toEqual([...risky.map((n) => `'${n}`), ...safe]);
  });

  it('writes every cell in NFC, whatever form the page used', () => {
    const decomposed = 'Chỉ thị số 07'.normalize('NFD');
    const csv = csvOf([{ article: ARTICLE_VI, annotation: { ...DIRECTIVE, text: decomposed } }]);
    expect(parse(csv)[1]?.[6]).toBe('Chỉ thị số 07'.normalize('NFC'));
    expect(csv.normalize('NFC')).toBe(csv);
  });

  it('writes only the header of an empty selection', () => {
    expect(csvOf([])).toBe(`\uFEFF${HEADERS.join(',')}`);
  });
});

describe('csvChunks', () => {
  it.each([1, 2, 5, 6, 7, 5000])('makes the same text as csvOf in chunks of %i', async (chunk) => {
    const rows = manyRows(23);
    const parts = await csvChunks(rows, { chunk });
    expect(parts.join('')).toBe(csvOf(rows));
    expect(parts).toHaveLength(1 + Math.ceil(23 / chunk));
  });

  it('reports progress after each chunk, rising to the total', async () => {
    const seen: Progress[] = [];
    await csvChunks(manyRows(12_001), { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { done: 5000, total: 12_001 },
      { done: 10_000, total: 12_001 },
      { done: 12_001, total: 12_001 },
    ]);
  });

  it('reports 0 of 0 and gives the header for no rows', async () => {
    const seen: Progress[] = [];
    const parts = await csvChunks([], { onProgress: (p) => seen.push(p) });
    expect(parts.join('')).toBe(csvOf([]));
    expect(seen).toEqual([{ done: 0, total: 0 }]);
  });

  it('stops between chunks once aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const job = csvChunks(manyRows(50), {
      chunk: 10,
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done === 20) controller.abort();
      },
    });
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([10, 20]);
  });

  it('refuses a chunk size below 1', async () => {
    await expect(csvChunks(ROWS, { chunk: 0 })).rejects.toThrow(RangeError);
  });
});

describe('csvBlob', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

  it.each([1, 7, 5000])('holds the UTF-8 of csvOf, byte-order mark first, made in chunks of %i, with its type', async (chunk) => {
    const rows = [...ROWS, ...manyRows(23)];
    const seen: Progress[] = [];
    const blob = await csvBlob(rows, { chunk, type: 'text/csv;charset=utf-8', onProgress: (p) => seen.push(p) });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes).toEqual(utf8(csvOf(rows)));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csvOf(rows));
    expect(seen).toHaveLength(Math.ceil(rows.length / chunk));
    expect(seen.at(-1)).toEqual({ done: rows.length, total: rows.length });
  });

  it('holds the header alone for no rows, and stops once aborted', async () => {
    expect(await bytesOf(await csvBlob([]))).toEqual(utf8(csvOf([])));
    const controller = new AbortController();
    controller.abort();
    await expect(csvBlob(ROWS, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('tableOf', () => {
  it('is tab-separated with a header row, one line per row, without BOM', () => {
    const lines = tableOf(ROWS).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(HEADERS.join('\t'));
    expect(lines).toHaveLength(1 + ROWS.length);
    for (const line of lines) expect(line.split('\t')).toHaveLength(HEADERS.length);
  });

  it('turns tabs and line breaks inside cells into spaces and escapes formulas like the CSV', () => {
    const cells = tableOf(ROWS).split('\n');
    expect(cells[1]?.split('\t')[15]).toBe('Đọc lại sau');
    const quote = cells[5]?.split('\t');
    expect(quote?.[0]).toBe(`'${ARTICLE_EN.title}`);
    expect(quote?.[6]).toBe(`'-5% "growth", said @user`);
    expect(quote?.[14]).toBe("' indented");
    expect(quote?.[16]).toBe(`'+84 912 -5% "growth", said @user =1+1`);
    expect(QUOTE.note.startsWith('\t')).toBe(true);
  });
});
