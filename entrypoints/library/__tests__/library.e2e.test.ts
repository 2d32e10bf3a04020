/**
 * The library page end to end, in Chromium with the built extension: the two sample articles are
 * saved as the popup saves them (the content script reads each page, the background stores it),
 * then library.html searches them, opens the directive index, exports a CSV (the real download,
 * parsed back with papaparse) and imports a backup file and a malformed one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { saveSample, useExtensionBrowser } from '../../../utils/__tests__/browser';
import { backupJson, backupOf, parseBackup } from '../../../utils/library/backup';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/store/schema';

const env = useExtensionBrowser();
const work = mkdtempSync(join(tmpdir(), 'newsmark-library-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VI = '/samples/vi-antq-conference.html';
const EN = '/samples/en-press-release.html';
const VI_TITLE = 'Tiếp tục đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường';

/** The counts the library's header shows, as numbers. */
async function totals(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.totals').textContent()) ?? '';
  const m = /^Articles: ([\d,.]+) · annotations: ([\d,.]+)/.exec(text);
  if (!m) throw new Error(`no totals in "${text}"`);
  return [Number(m[1]!.replace(/\D/g, '')), Number(m[2]!.replace(/\D/g, ''))];
}

/** The extension API inside extension pages (page.evaluate bodies run there, not in Node). */
declare const chrome: {
  contextMenus: { update(id: string, props: object, done: () => void): void };
  runtime: { lastError?: { message?: string } };
};

let library: Page;
let saved: { articles: number; annotations: number };

it('shows the saved articles, and one saved while it is open', async () => {
  const { context, extensionId } = env.browser;
  const first = await saveSample(env.browser, env.server.url(VI));
  expect(first.saved).toBeGreaterThan(10);

  library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect.poll(() => totals(library).catch(() => undefined), { timeout: 10_000 }).toEqual([1, first.saved]);
  expect(await library.title()).toBe('Newsmark library');

  // Saved from elsewhere (the background, as the popup does) while the library is open: it follows.
  const second = await saveSample(env.browser, env.server.url(EN));
  await expect.poll(() => totals(library), { timeout: 10_000 }).toEqual([2, first.saved + second.saved]);
  saved = { articles: 2, annotations: first.saved + second.saved };

  // The toolbar button's menu has the item that opens this page (updating an unknown id fails).
  const menu = await library.evaluate(
    () => new Promise<string>((done) => chrome.contextMenus.update('newsmark-open-library', {}, () => done(chrome.runtime.lastError?.message ?? 'ok'))),
  );
  expect(menu).toBe('ok');
  await library.bringToFront();
  expect(await library.locator('.result-count').textContent()).toBe(`Found — articles: 2, annotations: ${saved.annotations}`);
  // Newest first: the English article, then its annotations (the list draws only the rows in view).
  expect(await library.locator('.article-row .title').first().textContent()).toBe('Joint operation nets 31 arrests in fentanyl trafficking case');
});

it('finds `chi thi 07` in the Vietnamese article', async () => {
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('chi thi 07');
  await expect.poll(() => library.locator('.article-row .title').allTextContents()).toEqual([VI_TITLE]);
  expect(await library.getByRole('link', { name: VI_TITLE }).getAttribute('href')).toBe(env.server.url(VI));
  expect(await library.getByRole('checkbox', { name: /^Select annotation Chỉ thị số 07\/CT- BCA-V28$/ }).count()).toBeGreaterThan(0);
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await expect.poll(() => library.locator('.result-count').textContent()).toBe(`Found — articles: 2, annotations: ${saved.annotations}`);
});

it('lists Chỉ thị 07/CT-BCA-V28 in the directive index and opens its article', async () => {
  await library.getByRole('tab', { name: 'Directives' }).click();
  const open = library.getByRole('button', { name: 'Chỉ thị 07/CT-BCA-V28: show the articles citing it' });
  const row = library.locator('tr', { has: open });
  const cells = await row.locator('td').allTextContents();
  // kind, number, year, code, issuer, articles, …
  expect(cells.slice(0, 6)).toEqual(['Chỉ thị', '07', '2014', 'CT-BCA-V28', 'Bộ Công an', '1']);
  await open.click();
  await expect.poll(() => library.locator('.article-row .title').allTextContents()).toEqual([VI_TITLE]);
  await library.getByRole('button', { name: 'Remove filter Directive: Chỉ thị 07/CT-BCA-V28' }).click();
  await expect.poll(() => library.locator('.result-count').textContent()).toBe(`Found — articles: 2, annotations: ${saved.annotations}`);
});

it('exports everything as a CSV file that a CSV parser reads back', async () => {
  await library.getByRole('tab', { name: 'Export & import' }).click();
  const button = library.getByRole('button', { name: /^Download CSV of everything \(articles: 2, annotations: [\d,]+\)$/ });
  const [download] = await Promise.all([library.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^newsmark-\d{4}-\d{2}-\d{2}.*\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(saved.annotations);
  const ct07 = parsed.data.find((r) => r['Text'] === 'Chỉ thị số 07/CT- BCA-V28');
  expect(ct07).toMatchObject({ 'Article title': VI_TITLE, Type: 'directive', 'Directive code': 'CT-BCA-V28', 'Directive issuer': 'Bộ Công an', Language: 'vi' });
  expect(ct07!['Context']).toContain('Chỉ thị số 07/CT- BCA-V28');
  expect(new Set(parsed.data.map((r) => r['Article title']))).toEqual(
    new Set([VI_TITLE, 'Joint operation nets 31 arrests in fentanyl trafficking case']),
  );
  await library.getByText(/^Rows: [\d,]+, saved as newsmark-.*\.csv\.$/).waitFor();
});

it('imports a backup file, reports what it added, and refuses a malformed one without changing anything', async () => {
  const now = Date.now();
  const article: ArticleRecord = {
    id: '5b0c7c1e-1f7d-4e0a-9d57-6d1f2f0e0a01',
    url: 'https://imported.example.vn/bai-viet',
    title: 'Bài viết nhập từ bản sao lưu',
    site: 'imported.example.vn',
    lang: 'vi',
    savedAt: now,
    updatedAt: now,
    tags: ['nhập'],
    note: '',
  };
  const annotation = {
    id: '5b0c7c1e-1f7d-4e0a-9d57-6d1f2f0e0a02',
    articleId: article.id,
    type: 'quote',
    value: null,
    text: 'một câu trích',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'một câu trích', prefix: 'Đây là ', suffix: '.' },
      { type: 'TextPositionSelector', start: 7, end: 20 },
    ],
    tags: [],
    note: '',
    createdAt: now,
  } as AnnotationRecord;
  const good = join(work, 'backup.json');
  writeFileSync(good, backupJson(backupOf([article], [annotation], now)));
  const input = library.getByLabel('Import a JSON backup');
  await input.setInputFiles(good);
  await library.getByText('Imported — articles: 1 new, 0 merged; annotations: 1 new, 0 already here.').waitFor({ timeout: 10_000 });
  await expect.poll(() => totals(library)).toEqual([saved.articles + 1, saved.annotations + 1]);

  // The same file again adds nothing.
  await input.setInputFiles(good);
  await library.getByText('Imported — articles: 0 new, 1 merged; annotations: 0 new, 1 already here.').waitFor({ timeout: 10_000 });

  const bad = join(work, 'broken.json');
  writeFileSync(bad, backupJson(backupOf([article], [annotation], now)).slice(0, 200));
  await input.setInputFiles(bad);
  const alert = library.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/^broken\.json was not imported: The file is cut off: it ends too early \(line 1, column 201\)\. Nothing was changed\.$/);
  expect(await totals(library)).toEqual([saved.articles + 1, saved.annotations + 1]);
  // The backup of the whole library (made in a worker) reads back with every record.
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Download a JSON backup of the whole library' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^newsmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = parseBackup(readFileSync((await download.path())!, 'utf8'));
  expect(backup.ok && [backup.backup.articles.length, backup.backup.annotations.length]).toEqual([saved.articles + 1, saved.annotations + 1]);
});
