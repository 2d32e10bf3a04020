/**
 * What the content script does on real pages, in Chromium with the built extension: it
 * highlights the article's fields with the CSS Custom Highlight API, one highlight per type,
 * and nothing else — no page chrome, no form fields, no change to the page's own DOM, nothing
 * at all on a page that is not an article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  domSnapshot,
  highlightStyles,
  highlightTexts,
  launchWithExtension,
  launchWithoutExtension,
  startServer,
  type LaunchedBrowser,
  type PageServer,
} from '../../../utils/__tests__/browser';

/** How long the content script may take to highlight a loaded page, and a paragraph added to it. */
const ON_LOAD_MS = 5_000;
const ON_CHANGE_MS = 2_000;
/** How long a page is watched for highlights that must not come. */
const QUIET_MS = 3_000;
/** How long a page is left after its fields appear before it is checked for what must not be there. */
const SETTLE_MS = 1_000;

type FieldType = 'date' | 'agency' | 'directive' | 'statistic';
const TYPES: FieldType[] = ['date', 'agency', 'directive', 'statistic'];
interface GoldPage {
  file: string;
  fields: Record<FieldType, { text: string }[]>;
}
const gold = JSON.parse(readFileSync(resolve('..', 'shared', 'samples', 'gold.json'), 'utf8')) as Record<
  string,
  GoldPage
>;

/** The page chrome (header, sidebar, footer) of each sample that must never be highlighted. */
const SAMPLES = [
  { key: 'vi-antq-conference', chrome: ['26/11/2026'] },
  { key: 'en-press-release', chrome: ['Ordinance 2019-44', 'Feb. 21', '7%'] },
] as const;

/** Highlighted text is compared with gold text the way the engine's gold test compares spans. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

let server: PageServer;
let withExtension: LaunchedBrowser;
let plain: LaunchedBrowser;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startServer();
  withExtension = await launchWithExtension();
  plain = await launchWithoutExtension();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
});

afterAll(async () => {
  await withExtension?.close();
  await plain?.close();
  await server?.close();
});

async function open(browser: LaunchedBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  const res = await page.goto(server.url(path), { waitUntil: 'load' });
  if (res?.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
  return page;
}

/** For each type, the `wanted` texts that no range of its highlight shows. */
function missing(texts: Record<string, string[]>, wanted: Partial<Record<FieldType, string[]>>) {
  return Object.fromEntries(
    Object.entries(wanted).map(([type, want]) => {
      const have = new Set((texts[`newsmark-${type}`] ?? []).map(squash));
      return [type, want.filter((t) => !have.has(squash(t)))];
    }),
  );
}

const goldTexts = (key: string) =>
  Object.fromEntries(TYPES.map((t) => [t, (gold[key]?.fields[t] ?? []).map((f) => f.text)])) as Record<
    FieldType,
    string[]
  >;
const nothingMissing = Object.fromEntries(TYPES.map((t) => [t, []]));

/** Waits until the page shows every gold field of `key` (and so the content script has run). */
async function waitForGold(page: Page, key: string, timeout = ON_LOAD_MS) {
  await expect
    .poll(async () => missing(await highlightTexts(page), goldTexts(key)), {
      timeout,
      interval: 100,
      message: `${key}: gold fields not highlighted within ${timeout} ms`,
    })
    .toEqual(nothingMissing);
}

/** Highlight names that have at least one range. */
const nonEmpty = (texts: Record<string, string[]>) => Object.fromEntries(Object.entries(texts).filter(([, r]) => r.length));

describe.each(SAMPLES)('on the sample $key', ({ key, chrome }) => {
  const path = `/samples/${gold[key]?.file ?? `${key}.html`}`;

  it('has gold to check against', () => {
    expect(TYPES.every((t) => goldTexts(key)[t].length > 0)).toBe(true);
  });

  it(`highlights every gold field within ${ON_LOAD_MS / 1000} s, under exactly the four names`, async () => {
    const page = await open(withExtension, path);
    await waitForGold(page, key);
    expect(Object.keys(await highlightTexts(page)).sort()).toEqual([...HIGHLIGHT_NAMES].sort());
  });

  it('highlights nothing of the page chrome', async () => {
    const page = await open(withExtension, path);
    await waitForGold(page, key);
    await page.waitForTimeout(SETTLE_MS);
    const all = Object.values(await highlightTexts(page)).flat();
    for (const text of chrome) expect(all.filter((h) => h.includes(text)), text).toEqual([]);
    // Every range lies within the <article> (headline and body) of these pages.
    expect(nonEmpty(await highlightTexts(page, { selector: 'article', inside: false }))).toEqual({});
  });

  it('leaves the DOM outside [data-newsmark-ui] as a browser without Newsmark has it', async () => {
    const page = await open(withExtension, path);
    await waitForGold(page, key);
    await page.waitForTimeout(SETTLE_MS);
    const untouched = await open(plain, path);
    expect(await domSnapshot(page)).toBe(await domSnapshot(untouched));
  });
});

describe('on the Vietnamese sample', () => {
  const key = 'vi-antq-conference';
  const path = '/samples/vi-antq-conference.html';

  it('gives each of the four highlights a style of its own', async () => {
    const page = await open(withExtension, path);
    await waitForGold(page, key);
    const styles = await highlightStyles(page, 'article p');
    const unstyled = styles['newsmark-unregistered'];
    for (const name of HIGHLIGHT_NAMES) expect(styles[name], name).not.toEqual(unstyled);
  });

  it(`highlights a paragraph added to the article within ${ON_CHANGE_MS / 1000} s`, async () => {
    const page = await open(withExtension, path);
    await waitForGold(page, key);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Ngày 15/9/2024, Bộ Công an ban hành Kế hoạch số 87/KH-BCA.';
      document.querySelector('article')!.append(p);
    });
    const wanted = { date: ['15/9/2024'], agency: ['Bộ Công an'], directive: ['Kế hoạch số 87/KH-BCA'] };
    await expect
      .poll(async () => missing(await highlightTexts(page, { selector: 'article > p:last-child', inside: true }), wanted), {
        timeout: ON_CHANGE_MS,
        interval: 100,
        message: `fields of the added paragraph not highlighted within ${ON_CHANGE_MS} ms`,
      })
      .toEqual({ date: [], agency: [], directive: [] });
  });

  it(`highlights it under a strict Content-Security-Policy too (default-src 'none'; style-src 'self')`, async () => {
    const page = await open(withExtension, `/csp${path}`);
    // The policy is in force: the page's own inline <style> did not apply.
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('none');
    await waitForGold(page, key);
    expect(Object.keys(await highlightTexts(page)).sort()).toEqual([...HIGHLIGHT_NAMES].sort());
    const styles = await highlightStyles(page, 'article p');
    for (const name of HIGHLIGHT_NAMES) expect(styles[name], name).not.toEqual(styles['newsmark-unregistered']);
  });
});

describe('on an article with form fields', () => {
  const path = '/pages/input-article.html';
  const EDITABLE = 'input, textarea, [contenteditable]:not([contenteditable="false"])';

  it('never highlights what is in, or typed into, an input, a textarea or a contenteditable element', async () => {
    const page = await open(withExtension, path);
    // The article's paragraphs are highlighted: the content script runs on this page.
    await expect
      .poll(
        async () =>
          missing(await highlightTexts(page, { selector: 'article > p', inside: true }), {
            date: ['28/8', '15/8/2014'],
            agency: ['Bộ Công an', 'UBND tỉnh'],
            directive: ['Chỉ thị số 07/CT-BCA-V28', 'Quyết định 510'],
          }),
        { timeout: ON_LOAD_MS, interval: 100, message: 'the paragraphs of input-article.html not highlighted' },
      )
      .toEqual({ date: [], agency: [], directive: [] });

    const typed = ' Ngày 15/9/2024, Bộ Công an ban hành Kế hoạch số 87/KH-BCA.';
    for (const [selector, toEnd] of [
      ['#feedback-title', 'End'],
      ['#feedback-body', 'Control+End'],
      ['#feedback-note', 'Control+End'],
    ] as const) {
      await page.click(selector);
      await page.keyboard.press(toEnd);
      await page.keyboard.type(typed);
    }
    expect(await page.inputValue('#feedback-title')).toContain('87/KH-BCA');
    expect(await page.inputValue('#feedback-body')).toContain('87/KH-BCA');
    expect(await page.textContent('#feedback-note')).toContain('87/KH-BCA');

    for (let waited = 0; waited <= QUIET_MS; waited += 250) {
      expect(nonEmpty(await highlightTexts(page, { selector: EDITABLE, inside: true })), `after ${waited} ms`).toEqual({});
      await page.waitForTimeout(250);
    }
  });
});

describe('on a page that is not an article', () => {
  it('highlights nothing by itself', async () => {
    // The same browser highlights an article, so the silence below is the page's doing.
    await waitForGold(await open(withExtension, '/samples/vi-antq-conference.html'), 'vi-antq-conference');

    const page = await open(withExtension, '/pages/not-article.html');
    for (let waited = 0; waited <= QUIET_MS; waited += 250) {
      expect(nonEmpty(await highlightTexts(page)), `after ${waited} ms`).toEqual({});
      await page.waitForTimeout(250);
    }
  });
});
