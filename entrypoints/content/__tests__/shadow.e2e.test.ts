/**
 * Article text inside an open shadow root (a web component's body) is read and
 * highlighted, and the highlights are styled there too: a document's style sheets do not
 * reach into shadow trees, so the extension adopts its highlight sheet into the root.
 */
import { expect, it } from 'vitest';
import { useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

it('highlights text in an open shadow root and its slotted text, styled there, adding no element', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url('/pages/shadow-article.html'));
  await page.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 5_000 });
  const texts = await page.evaluate(() =>
    Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...(h as unknown as Set<Range>)].map((r) => r.toString())])),
  );
  expect(texts['newsmark-directive']).toEqual(['Chỉ thị số 07/CT-BCA-V28']);
  expect(texts['newsmark-date']).toEqual(['28/8', '15/8/2014']);
  expect(texts['newsmark-agency']).toEqual(['Ban Chỉ đạo 138 tỉnh', 'Bộ Công an', 'Bộ Công an', 'UBND tỉnh']);
  expect(texts['newsmark-statistic']).toEqual(['8 tập thể']);
  // The shadow tree's highlights are styled, and nothing was added to it.
  const shadow = await page.evaluate(() => {
    const root = document.querySelector('news-body')!.shadowRoot!;
    const p = root.querySelector('p')!;
    return {
      style: getComputedStyle(p, '::highlight(newsmark-directive)').backgroundColor,
      elements: root.querySelectorAll('style, link').length,
    };
  });
  expect(shadow.style).not.toBe('rgba(0, 0, 0, 0)');
  expect(shadow.elements).toBe(0);
  await page.close();
});
