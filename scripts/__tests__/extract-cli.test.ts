// @vitest-environment node
import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../utils/page/article';
import { runExtract } from '../extract-cli';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));
const PAGES = fileURLToPath(new URL('../../utils/page/__tests__/pages/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

interface Output {
  lang: string;
  published: string | null;
  title: string | null;
  fields: { type: string; text: string; start: number; end: number; value: unknown }[];
}

async function expectError(argv: string[], message: string | RegExp): Promise<void> {
  const result = await runExtract(argv);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^newsmark: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

describe('runExtract arguments', () => {
  it('prints usage for --help', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runExtract(['page.html', flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npm run --silent extract -- FILE/);
      expect(result.stderr).toBe('');
    }
  });

  it.each([
    [[], /missing FILE/],
    [['a.html', 'b.html'], /expected one FILE, got 2/],
    [['--verbose', 'a.html'], /unknown option --verbose/],
    [['-x', 'a.html'], /unknown option -x/],
    [['a.html', '--lang', 'fr'], /--lang must be vi, en or auto, not "fr"/],
    [['a.html', '--lang'], /--lang must be vi, en or auto, not ""/],
    [['a.html', '--lang', '--published', '2024-01-01'], /--lang must be/],
    [['a.html', '--published', '29/08/2024'], /--published must be a date YYYY-MM-DD, not "29\/08\/2024"/],
    [['a.html', '--published=2024-02-30'], /--published must be a date/],
  ])('rejects %j', async (argv, message) => {
    await expectError(argv, message);
  });
});

describe('runExtract input files', () => {
  it('reports a missing file', async () => {
    await expectError([join(tmp, 'nope.html')], /no such file: .*nope\.html$/m);
  });

  it('reports a directory', async () => {
    const dir = join(tmp, 'dir.html');
    mkdirSync(dir);
    await expectError([dir], /dir\.html is a directory/);
  });

  it('reports an unreadable file', async () => {
    const path = tmpFile('locked.txt', 'text');
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    vi.mocked(fsp.readFile).mockRejectedValueOnce(denied);
    await expectError([path], /cannot read .*locked\.txt: permission denied/);
  });

  it('reports binary input with NUL bytes', async () => {
    const path = tmpFile('image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expectError([path], /image\.html looks binary \(it contains NUL bytes\)/);
  });

  it('reports input that is mostly not text', async () => {
    const bytes = new Uint8Array(200).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    await expectError([tmpFile('noise.txt', bytes)], /noise\.txt looks binary/);
  });

  it('reports invalid UTF-8 with the offset of the first bad byte', async () => {
    const latin1 = Buffer.concat([Buffer.from('Hội nghị \uFFFD ngày '), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from(' 28/8')]);
    const offset = Buffer.byteLength('Hội nghị \uFFFD ngày ');
    await expectError([tmpFile('latin1.txt', latin1)], new RegExp(`latin1\\.txt is not valid UTF-8 \\(bad byte at offset ${offset}\\)`));
  });

  it('reports a page with no article text', async () => {
    await expectError([`${PAGES}nav-only.html`], /no article text found in .*nav-only\.html/);
  });

  it('reports an empty text file', async () => {
    await expectError([tmpFile('empty.txt', ' \n\n')], /empty\.txt has no text/);
  });
});

describe('runExtract results', () => {
  it('extracts fields from the Vietnamese sample page with offsets into its article text', async () => {
    const path = `${SAMPLES}vi-antq-conference.html`;
    const result = await runExtract([path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('{\n  "lang": "vi",\n')).toBe(true);
    const out = JSON.parse(result.stdout) as Output;
    expect(Object.keys(out)).toEqual(['lang', 'published', 'title', 'fields']);
    expect(out.lang).toBe('vi');
    expect(out.published).toBe('2024-08-29');
    expect(out.title).toMatch(/^Tiếp tục đẩy mạnh phong trào/);
    expect(Array.isArray(out.fields)).toBe(true);
    expect(out.fields.length).toBeGreaterThan(0);
    const article = readArticle(parseHTML(readFileSync(path, 'utf8')).document as unknown as Document)!;
    for (const field of out.fields) {
      expect(field.text).toBe(article.text.slice(field.start, field.end));
    }
  });

  it('reads a .txt file as it is, with --lang and --published from the command line', async () => {
    const path = `${SAMPLES}vi-antq-conference.txt`;
    const result = await runExtract([path, '--lang=vi', '--published', '2024-08-29']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    expect(out).toMatchObject({ lang: 'vi', published: '2024-08-29' });
    expect(out.title).toMatch(/^Tiếp tục đẩy mạnh phong trào/);
    const text = readFileSync(path, 'utf8');
    expect(out.fields.length).toBeGreaterThan(0);
    for (const field of out.fields) expect(field.text).toBe(text.slice(field.start, field.end));
  });

  it('lets --lang and --published override the page', async () => {
    const result = await runExtract([`${SAMPLES}en-press-release.html`, '--lang', 'vi', '--published=2025-03-01']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ lang: 'vi', published: '2025-03-01' });
  });
});

describe('extract command', () => {
  it('exits 1 with a one-line message for a missing file', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/extract.ts', 'no-such-page.html'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('newsmark: no such file: no-such-page.html\n');
  });
});

describe('language of a page that declares the wrong one', () => {
  it('reads a Vietnamese article on a page marked lang="en" as Vietnamese', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-'));
    const file = join(dir, 'wrong-lang.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="en"><head><title>Tin</title></head><body><article><h1>Hội nghị tổng kết</h1>' +
        '<p>Chiều 28/8, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị tổng kết việc thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ Công an trong các cơ quan, doanh nghiệp.</p></article></body></html>',
    );
    const out = JSON.parse((await runExtract([file, '--published', '2024-08-29'])).stdout);
    expect(out.lang).toBe('vi');
    expect(out.fields.map((f: { text: string }) => f.text)).toContain('Chỉ thị số 07/CT-BCA-V28');
  });
});
