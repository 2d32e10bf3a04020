/**
 * Frames: an article in a same-origin frame of a page that is not an article is
 * highlighted there; the same article embedded from another origin is left alone, and so
 * is the host page itself.
 */
import { expect, it } from 'vitest';
import { useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

const highlighted = () =>
  Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...(h as unknown as Set<Range>)].map((r) => r.toString())]));

it('highlights the article in a same-origin frame, and not the one from another origin', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url('/pages/frame-host.html'));
  const same = page.frameLocator('#same');
  await same.locator('article').waitFor();
  const frame = page.frames().find((f) => f.url().includes('127.0.0.1') && f.url().endsWith('frame-article.html'))!;
  await frame.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 5_000 });
  const inFrame = await frame.evaluate(highlighted);
  expect(inFrame['newsmark-directive']).toEqual(['Kế hoạch số 87/KH-UBND']);
  expect(inFrame['newsmark-agency']).toEqual(['Công an tỉnh', 'Công an tỉnh Nghệ An']);
  expect(inFrame['newsmark-date']).toEqual(['17-3']);

  await page.waitForTimeout(1_500);
  const other = page.frames().find((f) => f.url().includes('localhost'))!;
  expect(other).toBeTruthy();
  const inOther = await other.evaluate(highlighted);
  expect(Object.values(inOther).flat()).toEqual([]);
  const inHost = await page.evaluate(highlighted);
  expect(Object.values(inHost).flat()).toEqual([]);
  await page.close();
});
