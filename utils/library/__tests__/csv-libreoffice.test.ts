/**
 * The CSV export opened by a real spreadsheet: headless LibreOffice Calc (Debian's
 * `libreoffice-calc`, installed by scripts/ensure-tools.sh) reads a file made by csvOf and writes
 * it back out as CSV, and every cell must come back as the reader would see it.
 *
 * The import names its filter options "CSV:44,34,76,1" (comma, double quote, UTF-8, from line 1)
 * because a headless conversion skips the Text Import dialog, which is where LibreOffice detects
 * the byte-order mark and picks UTF-8; without them LibreOffice 7.4 reads the file in its fallback
 * 8-bit charset (Vietnamese comes back as mojibake, whatever the locale). Every other import option
 * keeps its default, formula evaluation and number detection included: that is what a reader who
 * double-clicks the file gets. The export writes UTF-8, values as shown, formulas as their results,
 * so a formula that ran would come back as its result.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../store/schema';
import { CSV_COLUMNS, csvOf } from '../csv';
import type { LibraryRow } from '../types';
import { ARTICLE_VI, DIRECTIVE } from './export-fixtures';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-calc (or run `npm test`, whose pretest step installs it as root)';
const IMPORT = 'CSV:44,34,76,1';
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,true,false,false';

const LONG = 'Hội nghị triển khai Chỉ thị số 07, "quyết liệt", đồng bộ; '.repeat(500);

/** Each string goes into an annotation's text, note and quote, and into the article's note. */
const CELLS = [
  'Chỉ thị số 07/CT-BCA-V28 của Bộ Công an — "quyết liệt", đồng bộ',
  'Ủy ban nhân dân tỉnh Quảng Ngãi'.normalize('NFD'),
  'Đắk Lắk, Thừa Thiên Huế: ỹ ữ ự ậ ẵ',
  'a "quoted" word, and a comma',
  'dòng một\r\ndòng hai',
  'line one\nline two',
  'before\rafter',
  '=1+1',
  '+84 912 345 678',
  '-5%',
  '@user',
  '\tindented',
  '\rcarriage-led',
  '=SUM(A1:A2)\nsecond line',
  LONG,
];

const ROWS: LibraryRow[] = CELLS.map((s, i) => ({
  article: { ...ARTICLE_VI, note: s },
  annotation: {
    ...DIRECTIVE,
    id: `lo-${i}`,
    text: s,
    note: s,
    selectors: [
      { type: 'TextQuoteSelector', exact: s, prefix: 'x ', suffix: ' y' },
      { type: 'TextPositionSelector', start: 2, end: 2 + s.length },
    ],
  } as AnnotationRecord,
}));

let dir = '';
let soffice = '';

/** LibreOffice's binary on PATH or where Debian puts it; '' when it is not installed. */
function findSoffice(): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/lib/libreoffice/program'];
  for (const name of ['soffice', 'libreoffice']) {
    const found = dirs.map((dir) => join(dir, name)).find(existsSync);
    if (found) return found;
  }
  return '';
}

/** Converts `files` in `dir` to CSV with LibreOffice Calc; returns each output's cells. */
function throughCalc(files: Record<string, string>): Record<string, string[][]> {
  const names = Object.keys(files);
  for (const name of names) writeFileSync(join(dir, name), files[name]!, 'utf8');
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      `--infilter=${IMPORT}`,
      '--convert-to',
      EXPORT,
      '--outdir',
      join(dir, 'out'),
      ...names.map((n) => join(dir, n)),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const result: Record<string, string[][]> = {};
  for (const name of names) {
    const out = join(dir, 'out', name);
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${name}: ${run.stderr || run.stdout || run.error}`);
    const text = readFileSync(out, 'utf8');
    result[name] = Papa.parse<string[]>(text, { newline: '\n' }).data.filter((row) => row.length > 1);
  }
  return result;
}

/** A cell as Calc keeps it: NFC, escaped formula marker kept as text, each line break (CRLF, CR or LF) one LF. */
function asCalcShows(cell: string): string {
  const nfc = cell.normalize('NFC');
  const escaped = /^[=+\-@\t\r]/.test(nfc) ? `'${nfc}` : nfc;
  return escaped.replace(/\r\n?/g, '\n');
}

let converted: Record<string, string[][]> | undefined;
let setupError: unknown;

/** What Calc gave back, by file; throws (so every test fails, none is skipped) when it could not run. */
function calc(): Record<string, string[][]> {
  if (!converted) throw setupError;
  return converted;
}

beforeAll(() => {
  try {
    soffice = findSoffice();
    if (!soffice) throw new Error(`LibreOffice (soffice) is not installed; this test needs it: ${INSTALL}`);
    dir = mkdtempSync(join(tmpdir(), 'newsmark-lo-'));
    converted = throughCalc({
      'export.csv': csvOf(ROWS),
      // The control: the same formulas unescaped, to show what Calc does with them.
      'raw.csv': 'a,b,c,d,e,f\r\n=1+1,+1+1,-1+3,+84 912,-5%,@user\r\n',
    });
  } catch (error) {
    setupError = error;
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the CSV export in LibreOffice Calc', () => {
  it('runs an =formula it is given unescaped and reads -5% as a number (the control: what the escaping prevents)', () => {
    // Calc runs only =-led cells; Excel also runs +, - and @-led ones, which the escaping covers too.
    expect(calc()['raw.csv']?.[1]).toEqual(['2', '+1+1', '-1+3', '+84 912', '-5.00%', '@user']);
  });

  it('reads the header row without the byte-order mark', () => {
    expect(calc()['export.csv']?.[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
  });

  it('gives back every cell intact, diacritics included, in NFC', () => {
    const rows = calc()['export.csv']?.slice(1) ?? [];
    expect(rows).toHaveLength(ROWS.length);
    const expected = ROWS.map((row) =>
      CSV_COLUMNS.map((c) => asCalcShows(c.cell(row))).map((cell, col) =>
        // A digits-only cell is a number to Calc (and Excel): "07" shows as 7.
        CSV_COLUMNS[col]?.header === 'Directive number' ? String(Number(cell)) : cell,
      ),
    );
    for (const [i, row] of rows.entries()) expect(row, `row ${i + 1}: ${JSON.stringify(CELLS[i]).slice(0, 40)}`).toEqual(expected[i]);
    expect(rows[0]?.[6]).toBe('Chỉ thị số 07/CT-BCA-V28 của Bộ Công an — "quyết liệt", đồng bộ');
    expect(rows[1]?.[6]).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi'.normalize('NFC'));
    expect(rows[14]?.[6]).toHaveLength(LONG.length);
  });

  it('evaluates no formula: each comes back as text led by the apostrophe', () => {
    const texts = calc()['export.csv']?.slice(1).map((row) => row[6]);
    expect(texts?.slice(7, 14)).toEqual([
      "'=1+1",
      "'+84 912 345 678",
      "'-5%",
      "'@user",
      "'\tindented",
      "'\ncarriage-led",
      "'=SUM(A1:A2)\nsecond line",
    ]);
  });
});
