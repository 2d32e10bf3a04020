/**
 * Smoke tests of the real-browser harness (utils/__tests__/browser.ts): the page server,
 * Chromium with an extension, and the readers of highlights and markup. The probe extension
 * in utils/__tests__/probe-extension registers a highlight from its isolated world, so these
 * pass or fail whatever the state of Newsmark's own content script.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  STRICT_CSP,
  domSnapshot,
  highlightStyles,
  highlightTexts,
  launchWithExtension,
  launchWithoutExtension,
  startServer,
  type LaunchedBrowser,
  type PageServer,
} from '../../../utils/__tests__/browser';

const PROBE = resolve('utils/__tests__/probe-extension');
const VI = '/samples/vi-antq-conference.html';

let server: PageServer;
const browsers: LaunchedBrowser[] = [];

async function launched(b: Promise<LaunchedBrowser>): Promise<LaunchedBrowser> {
  const browser = await b;
  browsers.push(browser);
  return browser;
}

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await server?.close();
});

describe('the page server', () => {
  it('serves the shared samples, the engine fixtures and the content-script test pages', async () => {
    for (const path of [
      VI,
      '/samples/en-press-release.html',
      '/fixtures/en-doj-fentanyl-indictment.html',
      '/pages/input-article.html',
      '/pages/not-article.html',
    ]) {
      const res = await fetch(server.url(path));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy'), path).toBeNull();
    }
    const vi = await (await fetch(server.url(VI))).text();
    expect(vi).toBe(readFileSync(resolve('..', 'shared', 'samples', 'vi-antq-conference.html'), 'utf8'));
  });

  it('serves any page under /csp/ with a strict Content-Security-Policy', async () => {
    const res = await fetch(server.url(`/csp${VI}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(await res.text()).toBe(await (await fetch(server.url(VI))).text());
  });

  it('answers 404 for unknown roots, missing files and paths out of its folders', async () => {
    for (const path of ['/', '/samples/', '/nope/x.html', '/samples/missing.html', '/samples/..%2f..%2fmain%2fpackage.json']) {
      expect((await fetch(server.url(path))).status, path).toBe(404);
    }
  });
});

describe('Chromium with an extension', () => {
  it('runs the extension: its service worker, and a content script whose highlights the page sees', async () => {
    const { context, extensionId } = await launched(launchWithExtension(PROBE));
    expect(context.serviceWorkers().map((w) => w.url())).toEqual([`chrome-extension://${extensionId}/background.js`]);

    const page = await context.newPage();
    await page.goto(server.url(VI));
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual({ 'newsmark-date': ['15/8/2014'] });
    // A ::highlight rule from the content script's <style> applies, even under a strict CSP.
    const csp = await context.newPage();
    await csp.goto(server.url(`/csp${VI}`));
    await expect.poll(() => highlightTexts(csp), { timeout: 5_000 }).toEqual({ 'newsmark-date': ['15/8/2014'] });
    const styles = await highlightStyles(csp);
    expect(styles['newsmark-date']?.backgroundColor).toBe('rgb(255, 200, 0)');
    expect(styles['newsmark-unregistered']?.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    // The page's own inline <style> is blocked there: the CSP header took effect.
    expect(await csp.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('1100px');
  });

  it('snapshots the markup without [data-newsmark-ui] elements, and sees any other change', async () => {
    const withProbe = await launched(launchWithExtension(PROBE));
    const plain = await launched(launchWithoutExtension());
    const a = await withProbe.context.newPage();
    const b = await plain.context.newPage();
    await a.goto(server.url(VI));
    await b.goto(server.url(VI));
    await expect.poll(() => a.locator('[data-newsmark-ui]').count(), { timeout: 5_000 }).toBe(2);
    expect(await b.locator('[data-newsmark-ui]').count()).toBe(0);
    expect(await domSnapshot(a)).toBe(await domSnapshot(b));
    await a.evaluate(() => document.querySelector('article p')?.setAttribute('data-touched', ''));
    expect(await domSnapshot(a)).not.toBe(await domSnapshot(b));
  });

  it('loads the Newsmark build: its popup opens at the computed extension id', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      action?: { default_popup?: string };
    };
    expect(manifest.manifest_version).toBe(3);
    const popup = manifest.action?.default_popup;
    expect(popup).toBe('popup.html');

    const { context, extensionId } = await launched(launchWithExtension());
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${popup}`);
    // The popup's script ran: Preact rendered into #app.
    await page.locator('#app > *').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#app').innerText()).not.toBe('');

    // Without the extension that address does not open: the check above can fail.
    const plain = await launched(launchWithoutExtension());
    const other = await plain.context.newPage();
    await expect(other.goto(`chrome-extension://${extensionId}/${popup}`, { timeout: 10_000 })).rejects.toThrow();
  });
});
