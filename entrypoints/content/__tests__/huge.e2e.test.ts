/**
 * A page with over a million text nodes: Newsmark reads its beginning, highlights it,
 * says on the page that it stopped there, and never holds the main thread for long.
 */
import { expect, it } from 'vitest';
import { useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

it('caps a page of a million text nodes with a visible notice, without a long freeze', async () => {
  const page = await env.browser.context.newPage();
  await page.addInitScript(() => {
    const tasks: number[][] = [];
    (window as unknown as { longTasks: number[][] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(env.server.url('/pages/huge-article.html'), { timeout: 60_000 });
  const built = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (CSS.highlights.get('newsmark-date')?.size ?? 0) > 0, null, { timeout: 30_000 });
  const dates = await page.evaluate(() => CSS.highlights.get('newsmark-date')!.size);
  // 50,000 paragraphs of 20 text nodes each carry a date; the cap reads the first 200,000 nodes.
  expect(dates).toBeGreaterThan(1_000);
  expect(dates).toBeLessThan(50_000);
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-newsmark-ui]')].some((host) =>
          /very large; only its first part is highlighted/.test(host.shadowRoot?.querySelector('.notice')?.textContent ?? ''),
        ),
      ),
    )
    .toBe(true);
  // The page's own script builds the million nodes in one long task; after that, the
  // extension's work comes in tasks well under a freeze.
  const after = await page.evaluate((t) => (window as unknown as { longTasks: number[][] }).longTasks.filter(([start]) => start! > t), built);
  expect(Math.max(0, ...after.map(([, duration]) => duration!))).toBeLessThan(500);
  await page.close();
}, 120_000);
