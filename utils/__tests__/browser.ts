/**
 * Real-browser test helpers for the `*.e2e.test.ts` files: a static server for test pages,
 * Debian's Chromium with the built extension loaded (playwright-core drives it; it downloads
 * no browser), and readers of what the content script did to a page.
 *
 * How the launch works here (Chromium 156, playwright-core 1.65): Playwright's own
 * `headless` is false, so it adds no `--headless` of its own, and `--headless=new` is passed
 * by hand: the new headless mode is full Chrome, which runs extensions (service worker and
 * content scripts); without any headless flag Chromium needs a display and exits.
 * `--load-extension` is honoured by Chromium; branded Google Chrome ignores it since 137.
 *
 * `CSS.highlights` is one registry per document, shared by every world: highlights that a
 * content script registers in its isolated world are read here from the page's main world
 * with a plain `page.evaluate`, and so are `getComputedStyle(el, '::highlight(name)')` styles.
 */

import { afterAll, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { AnnotationRecord, AnnotationSetRecord, ArticleRecord } from '../store/schema';

/** The highlight names the content script registers, one per field type. */
export const HIGHLIGHT_NAMES = ['newsmark-date', 'newsmark-agency', 'newsmark-directive', 'newsmark-statistic'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export const CHROMIUM = '/usr/bin/chromium';
/** The Chrome MV3 build that the e2e project's global setup makes. */
export const EXTENSION_DIR = resolve(process.cwd(), '.output', 'chrome-mv3');

/** Folders served, by the first segment of the URL path. */
export const PAGE_ROOTS: Readonly<Record<string, string>> = {
  samples: resolve(process.cwd(), '..', 'shared', 'samples'),
  fixtures: resolve(process.cwd(), 'utils', 'extract', '__tests__', 'fixtures'),
  pages: resolve(process.cwd(), 'entrypoints', 'content', '__tests__', 'pages'),
};

/** Sent with every page under `/csp/`: no inline style or script of the page's own runs. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The absolute URL of a path such as `/samples/en-press-release.html`. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Folders by URL prefix; defaults to {@link PAGE_ROOTS}. */
  roots?: Readonly<Record<string, string>>;
  /** Extra response headers for a path (as requested, with any `/csp` prefix). */
  headers?: (path: string) => Record<string, string> | undefined;
}

/**
 * Serves `/ROOT/FILE` from the folder of ROOT on 127.0.0.1 at a free port. A path under
 * `/csp/` is the same file as without that prefix, sent with `Content-Security-Policy:
 * {@link STRICT_CSP}`. Anything else is 404; nothing outside the folders is reachable.
 */
export async function startServer(options: ServeOptions = {}): Promise<PageServer> {
  const roots = options.roots ?? PAGE_ROOTS;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...options.headers?.(path) };
    let rest = path;
    if (rest.startsWith('/csp/')) {
      rest = rest.slice('/csp'.length);
      headers['content-security-policy'] = STRICT_CSP;
    }
    const [, root = '', ...parts] = rest.split('/');
    const folder = roots[root];
    const file = folder && parts.length ? resolve(folder, ...parts) : undefined;
    if (!folder || !file || !file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(body.length),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * The id Chromium gives an unpacked extension without a `key`: the first 32 hex digits of
 * the SHA-256 of its absolute (real) path, each digit 0–f written as a letter a–p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (computed from its folder; checked against the service worker when one runs). */
  extensionId: string | undefined;
  close(): Promise<void>;
}

function chromiumOrThrow(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the e2e tests need it; install Debian's chromium: apt-get install -y chromium`);
  }
  return CHROMIUM;
}

async function launch(extensionDir: string | undefined): Promise<LaunchedBrowser> {
  const executablePath = chromiumOrThrow();
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension build in ${extensionDir} (run: npx wxt build)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsmark-e2e-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: false, // `--headless=new` above; Playwright must not add a headless flag of its own
      args,
      timeout: 30_000,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`Chromium did not start (${executablePath} ${args.join(' ')}): ${(err as Error).message}`);
  }
  const close = async () => {
    await withTimeout(context.close(), 15_000, 'closing Chromium').catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  let extensionId: string | undefined;
  if (extensionDir) {
    extensionId = unpackedExtensionId(extensionDir);
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { background?: unknown };
    if (manifest.background) {
      try {
        const worker =
          context.serviceWorkers()[0] ??
          (await context.waitForEvent('serviceworker', {
            timeout: 10_000,
          }));
        const fromWorker = new URL(worker.url()).host;
        if (fromWorker !== extensionId) throw new Error(`service worker ${worker.url()} is not extension ${extensionId}`);
      } catch (err) {
        await close();
        throw new Error(`the extension's service worker did not start: ${(err as Error).message}`);
      }
    }
  }
  return { context, extensionId, close };
}

/** Chromium with the built extension ({@link EXTENSION_DIR}) loaded, on a fresh profile. */
export function launchWithExtension(extensionDir: string = EXTENSION_DIR): Promise<LaunchedBrowser> {
  return launch(resolve(extensionDir));
}

/**
 * For a test file: a page server and Chromium with the built extension, started before
 * its tests and closed after them. Read them inside tests (`env.server`, `env.browser`).
 */
export function useExtensionBrowser(): { readonly server: PageServer; readonly browser: LaunchedBrowser } {
  let server: PageServer | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the page server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}

/** The same Chromium and flags without any extension: what a page looks like untouched. */
export function launchWithoutExtension(): Promise<LaunchedBrowser> {
  return launch(undefined);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The text of every range of every registered highlight, by highlight name, read in the
 * page's main world (`[...CSS.highlights]`; a StaticRange is read through a live Range).
 * With `where`, only the ranges that touch an element matching `where.selector` (one end
 * inside it: `inside: true`) or that are not wholly inside one (`inside: false`).
 */
export function highlightTexts(
  page: Page,
  where?: { selector: string; inside: boolean },
): Promise<Record<string, string[]>> {
  return page.evaluate((where) => {
    const textOf = (r: AbstractRange) => {
      if (r instanceof Range) return r.toString();
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    const isIn = (n: Node) => !!(n instanceof Element ? n : n.parentElement)?.closest(where!.selector);
    const keep = (r: AbstractRange) =>
      !where ||
      (where.inside
        ? isIn(r.startContainer) || isIn(r.endContainer)
        : !(isIn(r.startContainer) && isIn(r.endContainer)));
    return Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].filter(keep).map(textOf)]));
  }, where);
}

/**
 * The computed `::highlight(NAME)` style of each name on the first element matching
 * `selector`, next to the same for a name nobody registers: equal means not styled.
 */
export function highlightStyles(
  page: Page,
  selector = 'body',
): Promise<Record<string, { backgroundColor: string; color: string; textDecorationLine: string }>> {
  return page.evaluate(
    ([selector, names]) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector} on the page`);
      const styleOf = (name: string) => {
        const s = getComputedStyle(el, `::highlight(${name})`);
        return { backgroundColor: s.backgroundColor, color: s.color, textDecorationLine: s.textDecorationLine };
      };
      return Object.fromEntries([...names, 'newsmark-unregistered'].map((n) => [n, styleOf(n)]));
    },
    [selector, [...HIGHLIGHT_NAMES]] as const,
  );
}

/** The page's markup without the extension's own elements (`[data-newsmark-ui]`). */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll('[data-newsmark-ui]')) el.remove();
    return copy.outerHTML;
  });
}

/** The extension API inside extension pages (page.evaluate bodies run there, not in Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<any> };
};

/**
 * Saves the article at `url` as the popup does: the page is opened and read by the content
 * script (`article`: metadata, text and every field), and an extension page sends the clip
 * with all its fields to the background (`save`). Both pages are closed afterwards.
 */
export async function saveSample(browser: LaunchedBrowser, url: string): Promise<{ articleId: string; saved: number }> {
  const page = await browser.context.newPage();
  const sender = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 10_000 });
    await sender.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront(); // the article's tab is the active one the sender asks for
    const result = await sender.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const read = await chrome.tabs.sendMessage(tab!.id!, { type: 'article' });
      if (!read || read.article.url !== url) return { ok: false, message: `the active tab is not ${url}: ${JSON.stringify(read?.article)}` };
      return chrome.runtime.sendMessage({ type: 'save', clip: { article: read.article, annotations: read.fields, articleText: read.text } });
    }, url);
    if (!result?.ok) throw new Error(`saving ${url} failed: ${JSON.stringify(result)}`);
    return { articleId: result.articleId, saved: result.saved };
  } finally {
    await sender.close();
    await page.close();
  }
}

/** Where the extension's IndexedDB is: one of its pages (a {@link Page}) or its service worker. */
export type InExtension = Pick<Worker, 'evaluate'>;

/** Every record of the extension's `newsmark` database (schema v2), read with plain IndexedDB in `page` (an extension page). */
export interface StoredRows {
  articles: ArticleRecord[];
  /** One per article that has annotations. */
  sets: AnnotationSetRecord[];
  /** Every set's annotations, set after set (each set in reading order). */
  annotations: AnnotationRecord[];
}

/** Every row of the extension's `newsmark` database, read with plain IndexedDB in `page` (an extension page or its service worker). */
export async function storedRows(page: InExtension): Promise<StoredRows> {
  const { articles, sets } = await page.evaluate(
    () =>
      new Promise<{ articles: ArticleRecord[]; sets: AnnotationSetRecord[] }>((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'annotationSets'], 'readonly');
          const out: { articles?: ArticleRecord[]; sets?: AnnotationSetRecord[] } = {};
          tx.objectStore('articles').getAll().onsuccess = (e) => (out.articles = (e.target as IDBRequest).result);
          tx.objectStore('annotationSets').getAll().onsuccess = (e) => (out.sets = (e.target as IDBRequest).result);
          tx.oncomplete = () => {
            open.result.close();
            resolve(out as { articles: ArticleRecord[]; sets: AnnotationSetRecord[] });
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
  );
  return { articles, sets, annotations: sets.flatMap((s) => s.annotations) };
}

/** One object store as IndexedDB describes it. */
export interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  /** By index name. */
  indexes: Record<string, { keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
}

/**
 * The IndexedDB version and object stores of database `name` as the browser has them, read in
 * `page` (an extension page or its service worker); undefined when there is no such database (none is created).
 */
export function databaseShape(page: InExtension, name = 'newsmark'): Promise<{ version: number; stores: Record<string, StoreShape> } | undefined> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return undefined;
    return new Promise<{ version: number; stores: Record<string, StoreShape> }>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        const stores: Record<string, StoreShape> = {};
        if (names.length) {
          const tx = db.transaction(names, 'readonly');
          for (const storeName of names) {
            const store = tx.objectStore(storeName);
            const indexes: StoreShape['indexes'] = {};
            for (const indexName of [...store.indexNames]) {
              const index = store.index(indexName);
              indexes[indexName] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
            }
            stores[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
          }
        }
        db.close();
        resolve({ version: db.version, stores });
      };
    });
  }, name);
}
