/**
 * The user's controls over the content script, in Chromium with the built extension: the
 * popup's type toggles, "Hide all highlights" and "Never on this site"; a manual run (the
 * popup's button, the context menu and Alt+Shift+N all send `{type:'run'}`); the card a click
 * on a highlight opens; and how the content script keeps up with a single-page app, with text
 * a page reveals or loads later, and with the extension being reloaded under it.
 *
 * The popup is opened as an ordinary tab (chrome-extension://ID/popup.html). It asks for the
 * active tab of its window, which is the popup's own tab until the article's page is brought
 * to the front: `page.bringToFront()` before the popup is read or used. Its type and hide-all
 * choices are stored (chrome.storage.local, which every tab watches), so they apply to the
 * article whichever tab is active. Storage is read and written, and requests are sent to a
 * tab, from the service worker; the extension has no "tabs" permission, so a tab cannot be
 * found by its URL there (`chrome.tabs.query({ url })` finds nothing): the page is brought to
 * the front and the active tab is taken.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  highlightTexts,
  launchWithExtension,
  startServer,
  type LaunchedBrowser,
  type PageServer,
} from '../../../utils/__tests__/browser';

/** The extension API in the service worker, where the functions given to `worker.evaluate` run; as far as used here. */
declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { reload(): void };
};

/** How long the content script may take to highlight a loaded page. */
const ON_LOAD_MS = 5_000;
/** How long a stored display choice may take to show on an open page. */
const ON_TOGGLE_MS = 1_000;
/** How long an SPA navigation may take to be highlighted. */
const ON_NAVIGATION_MS = 2_000;
/** How long text that appears on the page may take to be highlighted. */
const ON_APPEAR_MS = 1_000;
/** How long a page is watched for highlights, or a card, that must not come. */
const QUIET_MS = 3_000;
/** The card opens after this long hovering a highlight; a closed card is watched for longer. */
const STAYS_CLOSED_MS = 1_000;

type FieldType = 'date' | 'agency' | 'directive' | 'statistic';
const TYPES: FieldType[] = ['date', 'agency', 'directive', 'statistic'];
type Wanted = Partial<Record<FieldType, string[]>>;

const KEY = 'vi-antq-conference';
const ARTICLE = `/samples/${KEY}.html`;
const gold = JSON.parse(readFileSync(resolve('..', 'shared', 'samples', 'gold.json'), 'utf8')) as Record<
  string,
  { fields: Record<FieldType, { text: string; value?: unknown }[]> }
>;
const GOLD = Object.fromEntries(TYPES.map((t) => [t, (gold[KEY]?.fields[t] ?? []).map((f) => f.text)])) as Record<
  FieldType,
  string[]
>;
const only = (...types: FieldType[]): Wanted => Object.fromEntries(types.map((t) => [t, GOLD[t]]));

/** Highlighted text is compared the way the engine's gold test compares spans. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

type PageState = {
  state: 'idle' | 'working' | 'done' | 'no-article';
  article: boolean;
  site: string;
  disabled: boolean;
  counts?: Record<FieldType, number>;
  capped?: boolean;
  url: string;
};

let server: PageServer;
let browser: LaunchedBrowser;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

beforeEach(async () => {
  // Every test starts from the defaults: all types shown, nothing hidden, no site disabled.
  await (await serviceWorker(browser.context)).evaluate(() => chrome.storage.local.clear());
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

async function open(path: string, context: BrowserContext = browser.context): Promise<Page> {
  const page = await context.newPage();
  pages.push(page);
  const res = await page.goto(server.url(path), { waitUntil: 'load' });
  if (res?.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
  return page;
}

/** The popup, as a tab of the same window; it speaks to the active tab, so `target` is brought to the front. */
async function openPopup(target: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  pages.push(popup);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await target.bringToFront();
  return popup;
}

async function stored(): Promise<Record<string, unknown>> {
  return (await serviceWorker(browser.context)).evaluate(() => chrome.storage.local.get(null));
}

async function store(items: Record<string, unknown>): Promise<void> {
  await (await serviceWorker(browser.context)).evaluate((items) => chrome.storage.local.set(items), items);
}

/** The id of `page`'s tab: the active tab once the page is in front (URLs are hidden without "tabs"). */
async function tabIdOf(page: Page, context: BrowserContext = browser.context): Promise<number> {
  await page.bringToFront();
  const ids = await (await serviceWorker(context)).evaluate(async () =>
    (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id),
  );
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`no single active tab: ${JSON.stringify(ids)}`);
  return ids[0];
}

/** Sends a content-script request to a tab from the service worker; its answer. */
async function request(tabId: number, type: 'run' | 'status'): Promise<PageState | undefined> {
  return (await serviceWorker(browser.context)).evaluate(
    ([tabId, type]) => chrome.tabs.sendMessage(tabId, { type }) as Promise<PageState | undefined>,
    [tabId, type] as const,
  );
}

/** For each type, the `wanted` texts no range of its highlight shows. */
async function missing(page: Page, wanted: Wanted, where?: { selector: string; inside: boolean }) {
  const texts = await highlightTexts(page, where);
  return Object.fromEntries(
    Object.entries(wanted).map(([type, want]) => {
      const have = new Set((texts[`newsmark-${type}`] ?? []).map(squash));
      return [type, want.filter((t) => !have.has(squash(t)))];
    }),
  );
}
const noneOf = (wanted: Wanted) => Object.fromEntries(Object.keys(wanted).map((t) => [t, []]));

async function waitForFields(
  page: Page,
  wanted: Wanted,
  timeout: number,
  message: string,
  where?: { selector: string; inside: boolean },
) {
  await expect
    .poll(() => missing(page, wanted, where), { timeout, interval: 100, message: `${message} (within ${timeout} ms)` })
    .toEqual(noneOf(wanted));
}

/** The highlights that have ranges, as name → texts. */
async function shown(page: Page): Promise<Record<string, string[]>> {
  return Object.fromEntries(Object.entries(await highlightTexts(page)).filter(([, r]) => r.length));
}

/** The highlight names with ranges, sorted. */
async function shownNames(page: Page): Promise<string[]> {
  return Object.keys(await shown(page)).sort();
}

/** Checks `page` shows no highlight at all for `ms`, every 250 ms. */
async function staysUnhighlighted(page: Page, ms = QUIET_MS) {
  for (let waited = 0; waited <= ms; waited += 250) {
    expect(await shown(page), `after ${waited} ms`).toEqual({});
    await page.waitForTimeout(250);
  }
}

const byName = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

describe('type toggles and "Hide all highlights" in the popup', () => {
  it('shows the page panel for the article tab: its counts and the controls, by accessible name', async () => {
    const article = await open(ARTICLE);
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const status = await request(await tabIdOf(article), 'status');
    expect(status).toMatchObject({ state: 'done', article: true, site: '127.0.0.1', disabled: false });

    const popup = await openPopup(article);
    await popup.getByRole('heading', { name: 'This page' }).waitFor({ timeout: 5_000 });
    await byName(popup, 'Dates').waitFor({ timeout: 5_000 });
    for (const name of ['Dates', 'Agencies', 'Directives', 'Statistics']) {
      expect(await byName(popup, name).isChecked(), name).toBe(true);
      expect(await byName(popup, name).isEnabled(), name).toBe(true);
    }
    expect(await byName(popup, 'Hide all highlights').isChecked()).toBe(false);
    expect(await byName(popup, 'Never on this site (127.0.0.1)').isChecked()).toBe(false);
    // What it says was found is what the article's content script counted.
    const c = status!.counts!;
    await expect
      .poll(() => popup.locator('.page-panel').innerText())
      .toContain(
        `Fields highlighted on this page: Dates ${c.date} · Agencies ${c.agency} · Directives ${c.directive} · Statistics ${c.statistic}`,
      );
    // Fields were found: no "Find fields on this page" button.
    expect(await popup.getByRole('button', { name: 'Find fields on this page' }).count()).toBe(0);
  });

  it(`"Agencies" stores the choice and hides only the agency highlight within ${ON_TOGGLE_MS} ms, and shows it again`, async () => {
    const article = await open(ARTICLE);
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const popup = await openPopup(article);
    await byName(popup, 'Agencies').waitFor({ timeout: 5_000 });

    await byName(popup, 'Agencies').uncheck();
    await expect
      .poll(async () => (await highlightTexts(article))['newsmark-agency'] ?? [], {
        timeout: ON_TOGGLE_MS,
        interval: 50,
        message: `agency highlights still drawn ${ON_TOGGLE_MS} ms after "Agencies" was unchecked`,
      })
      .toEqual([]);
    expect(await missing(article, only('date', 'directive', 'statistic'))).toEqual(noneOf(only('date', 'directive', 'statistic')));
    expect((await stored()).visibleTypes).toEqual(['date', 'directive', 'statistic']);

    await byName(popup, 'Agencies').check();
    await waitForFields(article, only('agency'), ON_TOGGLE_MS, 'agency highlights not back after "Agencies" was checked');
    expect(await shownNames(article)).toEqual([...HIGHLIGHT_NAMES].sort());
    expect(((await stored()).visibleTypes as string[]).slice().sort()).toEqual([...TYPES].sort());
  });

  it(`"Hide all highlights" hides all four within ${ON_TOGGLE_MS} ms; unchecking it shows all four again`, async () => {
    const article = await open(ARTICLE);
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const popup = await openPopup(article);
    await byName(popup, 'Hide all highlights').waitFor({ timeout: 5_000 });

    await byName(popup, 'Hide all highlights').check();
    await expect
      .poll(() => shown(article), { timeout: ON_TOGGLE_MS, interval: 50, message: 'highlights still drawn after "Hide all"' })
      .toEqual({});
    expect((await stored()).highlightsHidden).toBe(true);
    // The type choices stay as they were, and cannot be changed while all are hidden.
    expect(await byName(popup, 'Agencies').isChecked()).toBe(true);
    expect(await byName(popup, 'Agencies').isDisabled()).toBe(true);

    await byName(popup, 'Hide all highlights').uncheck();
    await waitForFields(article, GOLD, ON_TOGGLE_MS, 'highlights not back after "Hide all" was unchecked');
    expect(await shownNames(article)).toEqual([...HIGHLIGHT_NAMES].sort());
    expect((await stored()).highlightsHidden).toBe(false);
  });

  it('remembers the choices: a reloaded article, and a newly opened popup, follow them', async () => {
    const article = await open(ARTICLE);
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const popup = await openPopup(article);
    await byName(popup, 'Agencies').waitFor({ timeout: 5_000 });
    await byName(popup, 'Agencies').uncheck();
    await expect.poll(async () => (await stored()).visibleTypes).toEqual(['date', 'directive', 'statistic']);

    await article.reload({ waitUntil: 'load' });
    await waitForFields(article, only('date', 'directive', 'statistic'), ON_LOAD_MS, 'other types not highlighted after reload');
    const tab = await tabIdOf(article);
    await expect.poll(async () => (await request(tab, 'status'))?.state, { timeout: ON_LOAD_MS }).toBe('done');
    expect((await request(tab, 'status'))?.counts?.agency).toBeGreaterThan(0); // found, not drawn
    expect(await shownNames(article)).toEqual(['newsmark-date', 'newsmark-directive', 'newsmark-statistic']);

    await byName(popup, 'Hide all highlights').check();
    await expect.poll(async () => (await stored()).highlightsHidden).toBe(true);
    await article.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await request(tab, 'status'))?.state, { timeout: ON_LOAD_MS }).toBe('done');
    await staysUnhighlighted(article, 1_000);

    const again = await openPopup(article);
    await byName(again, 'Agencies').waitFor({ timeout: 5_000 });
    expect(await byName(again, 'Agencies').isChecked()).toBe(false);
    expect(await byName(again, 'Dates').isChecked()).toBe(true);
    expect(await byName(again, 'Hide all highlights').isChecked()).toBe(true);
  });
});

describe('"Never on this site"', () => {
  it('a disabled site is not highlighted by itself; a manual run still highlights it', async () => {
    await store({ disabledSites: ['127.0.0.1'] });
    const article = await open(ARTICLE);
    await staysUnhighlighted(article);
    const tab = await tabIdOf(article);
    expect(await request(tab, 'status')).toEqual({ state: 'idle', article: true, site: '127.0.0.1', disabled: true, url: article.url() });

    const answer = await request(tab, 'run');
    expect(answer).toMatchObject({ state: 'done', article: true, disabled: true });
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted after a manual run');
  });

  it('checking it in the popup stores the site and takes the open page\'s highlights away', async () => {
    const article = await open(ARTICLE);
    await waitForFields(article, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const popup = await openPopup(article);
    await byName(popup, 'Never on this site (127.0.0.1)').waitFor({ timeout: 5_000 });

    await byName(popup, 'Never on this site (127.0.0.1)').check();
    await expect.poll(async () => (await stored()).disabledSites).toEqual(['127.0.0.1']);
    await expect
      .poll(() => shown(article), { timeout: ON_TOGGLE_MS, interval: 50, message: 'highlights still drawn on a disabled site' })
      .toEqual({});
    await article.reload({ waitUntil: 'load' });
    await staysUnhighlighted(article, 1_500);
  });
});

describe('a manual run on a page that is not an article', () => {
  const PATH = '/pages/not-article.html';
  /** The dates of its heading, paragraph and table; the footer's 28/8/2024 is page chrome. */
  const DATES = ['tháng 9/2024', '02/9/2024', '05/9/2024', '12/9/2024', '19/9/2024', '26/9/2024'];

  it('highlights nothing by itself; after {type:"run"} its dates are highlighted and "status" reports the run', async () => {
    const page = await open(PATH);
    await staysUnhighlighted(page);
    const tab = await tabIdOf(page);
    expect(await request(tab, 'status')).toEqual({ state: 'idle', article: false, site: '127.0.0.1', disabled: false, url: page.url() });

    const answer = await request(tab, 'run');
    await waitForFields(page, { date: DATES, directive: ['Thông tư 124'] }, ON_LOAD_MS, 'dates not highlighted after a run');
    const texts = await highlightTexts(page);
    expect((texts['newsmark-date'] ?? []).filter((t) => t.includes('28/8/2024'))).toEqual([]);

    const status = await request(tab, 'status');
    expect(status).toEqual(answer);
    expect(status).toMatchObject({ state: 'done', article: false, site: '127.0.0.1', disabled: false, capped: false });
    // The counts are what is drawn.
    expect(status?.counts).toEqual(
      Object.fromEntries(TYPES.map((t) => [t, (texts[`newsmark-${t}`] ?? []).length])),
    );
    expect(status?.counts?.date).toBe(DATES.length);
  });

  it('the popup says so and offers "Find fields on this page", which highlights it', async () => {
    const page = await open(PATH);
    const popup = await openPopup(page);
    await popup.getByText('This page does not say it is an article.').waitFor({ timeout: 5_000 });
    expect(await shown(page)).toEqual({});

    await popup.getByRole('button', { name: 'Find fields on this page' }).click();
    await waitForFields(page, { date: DATES }, ON_LOAD_MS, 'dates not highlighted after the popup\'s button');
    await expect
      .poll(() => popup.locator('.page-panel').innerText(), { timeout: 5_000 })
      .toContain(`Fields highlighted on this page: Dates ${DATES.length} ·`);
    expect(await popup.getByRole('button', { name: 'Find fields on this page' }).count()).toBe(0);
  });
});

describe('the card', () => {
  /** The viewport centre of range `index` of a highlight, and its text. */
  const centreOfHighlight = (page: Page, name: string, index = 0) =>
    page.evaluate(
      ([name, index]) => {
        const range = [...(CSS.highlights.get(name) ?? [])][index];
        if (!(range instanceof Range)) return undefined;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
      },
      [name, index] as const,
    );
  /** The centre of the headline's first word: text with no field in it. */
  const centreOfPlainText = (page: Page) =>
    page.evaluate(() => {
      const text = document.querySelector('article h1')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Tiếp'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  const card = (page: Page) => page.locator('[data-newsmark-ui]').getByRole('dialog');

  async function openCard(page: Page) {
    await waitForFields(page, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    const at = await centreOfHighlight(page, 'newsmark-directive');
    expect(at?.text).toBe('Chỉ thị số 07/CT- BCA-V28');
    await page.mouse.click(at!.x, at!.y);
    await card(page).waitFor({ timeout: 2_000 });
  }

  async function staysClosed(page: Page) {
    for (let waited = 0; waited <= STAYS_CLOSED_MS; waited += 100) {
      expect(await card(page).count(), `card open again ${waited} ms after it was closed`).toBe(0);
      await page.waitForTimeout(100);
    }
  }

  it('opens on a click on a directive: an open shadow root with the value and "Copy value"', async () => {
    const page = await open(ARTICLE);
    await openCard(page);
    const inShadow = await page.evaluate(() =>
      [...document.querySelectorAll('[data-newsmark-ui]')].map((host) => ({
        open: host.shadowRoot?.mode,
        dialog: host.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? null,
      })),
    );
    expect(inShadow.filter((h) => h.dialog !== null)).toHaveLength(1);
    expect(inShadow.find((h) => h.dialog !== null)?.open).toBe('open');
    expect(await card(page).getAttribute('aria-label')).toBe('Directive');
    await expect.poll(() => card(page).innerText()).toContain('Chỉ thị 07/CT-BCA-V28');
    expect(await card(page).getByRole('button', { name: 'Copy value', exact: true }).count()).toBe(1);
  });

  it('closes on Escape, and stays closed', async () => {
    const page = await open(ARTICLE);
    await openCard(page);
    await page.keyboard.press('Escape');
    await staysClosed(page);
  });

  it('closes on a click on plain text, and stays closed', async () => {
    const page = await open(ARTICLE);
    await openCard(page);
    const at = await centreOfPlainText(page);
    await page.mouse.click(at.x, at.y);
    await staysClosed(page);
  });
});

describe('a single-page app that shows another article', () => {
  const PATH = '/pages/spa.html';
  const FIRST: Wanted = {
    date: ['15/9/2024'],
    agency: ['Bộ Công an', 'Công an tỉnh'],
    directive: ['Kế hoạch số 87/KH-BCA'],
    statistic: ['450 cán bộ, chiến sĩ'],
  };
  const SECOND: Wanted = {
    date: ['03/10/2024', '2025-2030'],
    agency: ['UBND tỉnh', 'Sở Lao động - Thương binh và Xã hội'],
    directive: ['Quyết định số 1234/QĐ-UBND'],
    statistic: ['2.500 lao động'],
  };
  const FIRST_TEXTS = Object.values(FIRST).flat().filter((t) => !Object.values(SECOND).flat().includes(t));

  /**
   * Ranges left from the first story: its texts, and ranges whose text left the document
   * (a live Range collapses where its nodes were removed; a static one keeps detached nodes).
   */
  const leftovers = (page: Page) =>
    page.evaluate((old) => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights) {
        for (const r of h) {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const text = live.toString();
          if (!r.startContainer.isConnected) out.push(`${name}: "${text}" (detached)`);
          else if (r.collapsed) out.push(`${name}: collapsed in <${(r.startContainer as Element).localName ?? '#text'}>`);
          else if (old.includes(text)) out.push(`${name}: "${text}"`);
        }
      }
      return out;
    }, FIRST_TEXTS);

  for (const [button, how] of [
    ['#next', 'renders the next story, then pushes its URL'],
    ['#next-router', 'pushes the URL, then renders the next story 100 ms later (as routers do)'],
  ] as const) {
    it(`when it ${how}: the old highlights go and the new fields are highlighted within ${ON_NAVIGATION_MS / 1000} s`, async () => {
      const page = await open(PATH);
      await waitForFields(page, FIRST, ON_LOAD_MS, 'the first story not highlighted');
      await page.click(button);
      await page.waitForURL(/\?story=2$/);
      await page.locator('article h1', { hasText: 'UBND tỉnh phê duyệt' }).waitFor({ timeout: 1_000 });
      await waitForFields(page, SECOND, ON_NAVIGATION_MS, 'the second story not highlighted');
      expect(await leftovers(page)).toEqual([]);
    });
  }
});

describe('text that appears later', () => {
  const PATH = '/pages/read-more.html';
  const FIRST: Wanted = { date: ['18/10/2024', '2024-2025'], agency: ['Công an tỉnh', 'Sở Giáo dục và Đào tạo'] };
  const HIDDEN: Wanted = {
    date: ['20/9/2024'],
    agency: ['UBND tỉnh'],
    directive: ['Chỉ thị số 15/CT-UBND'],
    statistic: ['35 trường học'],
  };
  const LATE: Wanted = {
    date: ['05/11/2024'],
    agency: ['Bộ Công an'],
    directive: ['Thông tư số 45/2024/TT-BCA'],
    statistic: ['120 cơ sở giáo dục', '14 cơ sở'],
  };

  it(`highlights the paragraphs a script appends within ${ON_APPEAR_MS} ms of their appearing`, async () => {
    const page = await open(PATH);
    await waitForFields(page, FIRST, ON_LOAD_MS, 'the article not highlighted');
    await page.waitForFunction(() => 'lateParagraphsAt' in window, undefined, { timeout: 5_000, polling: 20 });
    await waitForFields(page, LATE, ON_APPEAR_MS, 'the appended paragraphs not highlighted', {
      selector: 'p.late',
      inside: true,
    });
    const late = await page.evaluate(() => performance.now() - (window as unknown as { lateParagraphsAt: number }).lateParagraphsAt);
    expect(late).toBeLessThan(ON_APPEAR_MS + 250); // the poll's own latency on top
  });

  it(`highlights the paragraph "Xem thêm" reveals within ${ON_APPEAR_MS} ms of the click`, async () => {
    const page = await open(PATH);
    await waitForFields(page, FIRST, ON_LOAD_MS, 'the article not highlighted');
    // After the late paragraphs were read: the click is the only change left.
    await page.waitForFunction(() => 'lateParagraphsAt' in window, undefined, { timeout: 5_000 });
    await waitForFields(page, LATE, ON_LOAD_MS, 'the appended paragraphs not highlighted', { selector: 'p.late', inside: true });

    await page.getByRole('button', { name: 'Xem thêm' }).click();
    expect(await page.locator('#more').isVisible()).toBe(true);
    await waitForFields(page, HIDDEN, ON_APPEAR_MS, 'the revealed paragraph not highlighted', {
      selector: '#more',
      inside: true,
    });
  });
});

describe('when the extension is reloaded under an open page', () => {
  /** Console errors and uncaught errors of `page`, except the favicon the test server does not have. */
  function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (m.text().startsWith('Failed to load resource') && m.location().url.endsWith('/favicon.ico')) return;
      errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.stack ?? String(e)}`));
    return errors;
  }

  /** Evaluates `expression` in the Newsmark content script's isolated world of `page`. */
  async function inContentScript(page: Page, expression: string): Promise<unknown> {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Newsmark');
    if (!world) throw new Error(`no Newsmark world among ${JSON.stringify(worlds.map((w) => w.name))}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    await cdp.detach();
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  async function reloadExtension(context: BrowserContext) {
    const worker = await serviceWorker(context);
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker may go before it answers
  }

  async function highlightedArticle(own: LaunchedBrowser) {
    const page = await open(ARTICLE, own.context);
    const errors = collectErrors(page);
    await waitForFields(page, GOLD, ON_LOAD_MS, 'gold fields not highlighted');
    // The collector sees what the content script's own world logs.
    await inContentScript(page, "console.error('newsmark-e2e probe')");
    await expect.poll(() => errors).toContain('console.error: newsmark-e2e probe');
    errors.splice(0);
    return { page, errors };
  }

  it('the old content script takes its highlights away by itself', async () => {
    const own = await launchWithExtension();
    try {
      const { page } = await highlightedArticle(own);
      await reloadExtension(own.context);
      await expect.poll(() => inContentScript(page, 'String(chrome.runtime?.id)')).toBe('undefined');
      // No input on the page: nothing but the extension's going can prompt the cleanup.
      await expect
        .poll(() => shownNames(page), {
          timeout: QUIET_MS,
          interval: 250,
          message: `highlights of the old content script still drawn ${QUIET_MS} ms after the extension was reloaded`,
        })
        .toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('cleans up without an error in the page\'s console', async () => {
    const own = await launchWithExtension();
    try {
      const { page, errors } = await highlightedArticle(own);
      await reloadExtension(own.context);
      await expect.poll(() => inContentScript(page, 'String(chrome.runtime?.id)')).toBe('undefined');
      // A user moving the mouse over the page: the old content script notices it is gone.
      await page.mouse.move(20, 20);
      await page.mouse.move(400, 300, { steps: 5 });
      await expect
        .poll(() => shownNames(page), { timeout: QUIET_MS, message: 'old highlights still drawn after the mouse moved' })
        .toEqual([]);
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
