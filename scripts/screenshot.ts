/**
 * `npm run screenshot`: the README's pictures (a highlighted sample page, the popup, the
 * library), taken in Debian's Chromium with the built extension (run `npm run build` first).
 * `npm run screenshot -- library` (or `page`, `popup`) retakes only the ones named.
 */

import { launchWithExtension, saveSample, startServer } from '../utils/__tests__/browser';

const OUT = new URL('./screenshots/highlighted-sample.png', import.meta.url).pathname;
const POPUP_OUT = new URL('./screenshots/popup.png', import.meta.url).pathname;
const LIBRARY_OUT = new URL('./screenshots/library.png', import.meta.url).pathname;

const only = process.argv.slice(2);
const wanted = (name: 'page' | 'popup' | 'library') => only.length === 0 || only.includes(name);

const server = await startServer();
const browser = await launchWithExtension();
try {
  if (wanted('page') || wanted('popup')) await pageAndPopup();
  if (wanted('library')) await library();
} finally {
  await browser.close();
  await server.close();
}

async function pageAndPopup() {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(server.url('/samples/vi-antq-conference.html'));
  await page.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 10_000 });
  // Open the card of the first directive, as a reader would by clicking it.
  const box = await page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('newsmark-directive') as unknown as Set<Range>)];
    const r = range!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.waitForTimeout(300);
  if (wanted('page')) {
    await page.screenshot({ path: OUT });
    console.log(`wrote ${OUT}`);
  }
  if (!wanted('popup')) return;

  // The popup for that tab, opened as a page of its own beside it.
  await page.keyboard.press('Escape');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.getByRole('form').waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: POPUP_OUT, fullPage: false });
  console.log(`wrote ${POPUP_OUT}`);
  await popup.close();
}

/** The library with both samples saved, searched for a directive. */
async function library() {
  for (const sample of ['/samples/vi-antq-conference.html', '/samples/en-press-release.html']) await saveSample(browser, server.url(sample));
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1100, height: 720 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator('.library[data-state=ready]').waitFor({ timeout: 10_000 });
  await library.getByRole('searchbox').fill('chi thi');
  await library.locator('.articles-view[data-searched="chi thi"]').waitFor();
  await library.getByRole('checkbox', { name: /^Select article / }).first().check();
  await library.screenshot({ path: LIBRARY_OUT });
  console.log(`wrote ${LIBRARY_OUT}`);
}
