/**
 * `npm run screenshot`: the README's picture of a highlighted sample page, taken in
 * Debian's Chromium with the built extension (run `npm run build` first).
 */

import { launchWithExtension, startServer } from '../utils/__tests__/browser';

const OUT = new URL('./screenshots/highlighted-sample.png', import.meta.url).pathname;
const POPUP_OUT = new URL('./screenshots/popup.png', import.meta.url).pathname;

const server = await startServer();
const browser = await launchWithExtension();
try {
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
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);

  // The popup for that tab, opened as a page of its own beside it.
  await page.keyboard.press('Escape');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.getByRole('form').waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: POPUP_OUT, fullPage: false });
  console.log(`wrote ${POPUP_OUT}`);
} finally {
  await browser.close();
  await server.close();
}
