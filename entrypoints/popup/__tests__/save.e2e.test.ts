/**
 * Saving a clip end to end: the sample article is highlighted, the real popup saves it,
 * and the rows are in the browser's own IndexedDB of the extension; the popup opens the
 * page as saved afterwards.
 */
import { expect, it } from 'vitest';
import { useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

interface Rows {
  articles: { url: string; title: string; tags: string[]; note: string }[];
  annotations: { type: string; text: string; directiveId?: string; selectors: { type: string }[] }[];
}

it('saves the sample article from the popup into the extension’s IndexedDB', async () => {
  const { context, extensionId } = env.browser;
  const article = await context.newPage();
  await article.goto(env.server.url('/samples/vi-antq-conference.html'));
  await article.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 5_000 });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await article.bringToFront();
  const form = popup.getByRole('form', { name: 'Save this article' });
  await form.waitFor({ timeout: 10_000 });
  await popup.getByRole('combobox', { name: 'Tags (comma-separated)' }).fill('ANTQ, Chỉ thị 07');
  await popup.getByRole('textbox', { name: 'Note' }).fill('Tổng kết 10 năm');
  await popup.getByRole('button', { name: 'Save clip' }).click();
  await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 5_000 }).toMatch(/^Saved: \d+ new annotations\.$/);

  const rows = await popup.evaluate(
    () =>
      new Promise<Rows>((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'annotations'], 'readonly');
          const out: Partial<Rows> = {};
          tx.objectStore('articles').getAll().onsuccess = (e) => (out.articles = (e.target as IDBRequest).result);
          tx.objectStore('annotations').getAll().onsuccess = (e) => (out.annotations = (e.target as IDBRequest).result);
          tx.oncomplete = () => resolve(out as Rows);
        };
      }),
  );
  expect(rows.articles).toHaveLength(1);
  expect(rows.articles[0]).toMatchObject({ tags: ['ANTQ', 'Chỉ thị 07'], note: 'Tổng kết 10 năm' });
  expect(rows.articles[0]!.url).toMatch(/\/samples\/vi-antq-conference\.html$/);
  expect(rows.annotations.map((a) => a.directiveId).filter(Boolean)).toContain('Chỉ thị 07/CT-BCA-V28');
  expect(rows.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['28/8', 'Bộ Công an', 'gần 128 vụ']));
  expect(rows.annotations.every((a) => a.selectors.map((s) => s.type).join() === 'TextQuoteSelector,TextPositionSelector')).toBe(true);

  // Opened again, the popup shows the page as saved, with its tags.
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await article.bringToFront();
  await again.getByText(/^Saved before, on /).waitFor({ timeout: 10_000 });
  expect(await again.getByRole('combobox', { name: 'Tags (comma-separated)' }).inputValue()).toBe('ANTQ, Chỉ thị 07');
});
