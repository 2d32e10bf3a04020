/**
 * A saved clip edited from the real popup: saved, reopened, its tags and note changed, an
 * annotation removed (and its highlight gone from the page without a reload), another one's tags
 * and note changed, every change found in the browser's IndexedDB; a save made elsewhere shows in
 * the open popup at once; "Open library" opens the library page.
 */
import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { storedRows, useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

/** The popup for `article`'s tab: loaded in a tab of its own while the article is the active tab. */
async function openPopup(context: BrowserContext, extensionId: string, article: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await article.bringToFront();
  return popup;
}

const savedHighlights = (article: Page) => article.evaluate(() => CSS.highlights.get('newsmark-saved')?.size ?? 0);

it('edits and removes a saved clip’s tags, note and annotations from the popup, and follows saves made elsewhere', async () => {
  const { context, extensionId } = env.browser;
  const article = await context.newPage();
  await article.goto(env.server.url('/samples/vi-antq-conference.html'));
  await article.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 5_000 });

  // Saved from the real popup; the same popup then shows it as saved, and the page marks it without a reload.
  const first = await openPopup(context, extensionId!, article);
  const form = first.getByRole('form', { name: 'Save this article' });
  await form.waitFor({ timeout: 10_000 });
  await form.getByRole('combobox', { name: 'Tags (comma-separated)' }).fill('ANTQ, Chỉ thị 07');
  await form.getByRole('textbox', { name: 'Note' }).fill('Tổng kết 10 năm');
  await form.getByRole('button', { name: 'Save clip' }).click();
  await expect.poll(() => form.getByRole('status').textContent(), { timeout: 5_000 }).toMatch(/^Saved: \d+ new annotations\.$/);
  await first.locator('.saved-before').waitFor({ timeout: 5_000 });
  expect(await form.getByRole('button', { name: 'Add chosen fields' }).isVisible()).toBe(true);
  const saved = await storedRows(first);
  const count = saved.annotations.length;
  await expect.poll(() => savedHighlights(article), { timeout: 5_000 }).toBe(count);
  await first.close();

  // Opened again: the saved clip, editable.
  const popup = await openPopup(context, extensionId!, article);
  const clip = popup.getByRole('region', { name: 'Saved clip' });
  await clip.getByText(/^Saved before, on /).waitFor({ timeout: 10_000 });
  const tags = clip.getByRole('combobox', { name: 'Tags (comma-separated)' });
  expect(await tags.inputValue()).toBe('ANTQ, Chỉ thị 07');
  await tags.fill('ANTQ, Bộ Công an');
  await clip.getByRole('textbox', { name: 'Note' }).fill('Đã đọc lại');
  await clip.getByRole('button', { name: 'Save changes' }).first().click();
  await clip.getByText('Changes saved.').waitFor({ timeout: 5_000 });

  // An annotation removed by keyboard: gone from the list, the database and the page's highlights.
  const agency = clip.getByRole('button', { name: 'Remove Agency “Bộ Công an”' });
  const agencies = await agency.count();
  expect(agencies).toBeGreaterThan(1);
  await agency.first().focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => agency.count(), { timeout: 5_000 }).toBe(agencies - 1);
  await clip.getByText('Removed “Bộ Công an”.').waitFor();
  await expect.poll(() => savedHighlights(article), { timeout: 5_000 }).toBe(count - 1);
  // Focus went on to the next annotation's Remove button, so Enter again would remove the next one.
  expect(await popup.evaluate(() => document.activeElement?.classList.contains('remove'))).toBe(true);

  // A directive's own tags and note, behind its disclosure, opened by keyboard.
  const directive = clip.locator('li[data-type="directive"]').first();
  const directiveText = (await directive.locator('.text').textContent())!;
  await directive.getByLabel(`Tags and note of Directive “${directiveText}”`).focus();
  await popup.keyboard.press('Enter');
  await directive.getByRole('combobox', { name: `Tags of “${directiveText}” (comma-separated)` }).fill('văn bản gốc');
  await directive.getByRole('textbox', { name: `Note on “${directiveText}”` }).fill('ban hành 15/8/2014');
  await directive.getByRole('button', { name: 'Save changes' }).click();
  await directive.getByText('Changes saved.').waitFor({ timeout: 5_000 });

  const after = await storedRows(popup);
  expect(after.articles).toHaveLength(1);
  expect(after.articles[0]).toMatchObject({ tags: ['ANTQ', 'Bộ Công an'], note: 'Đã đọc lại' });
  expect(after.annotations).toHaveLength(count - 1);
  const removed = saved.annotations.filter((a) => !after.annotations.some((b) => b.id === a.id));
  expect(removed.map((a) => `${a.type}: ${a.text}`)).toEqual(['agency: Bộ Công an']);
  expect(after.annotations.find((a) => a.type === 'directive' && a.text === directiveText)).toMatchObject({ tags: ['văn bản gốc'], note: 'ban hành 15/8/2014' });

  // A save from another extension page (as the card or the context menu make) shows in the open popup at once.
  // It opens in a background tab, so the article stays the popup's page.
  const worker = context.serviceWorkers()[0]!;
  const [other] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(
      (url) => (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } }).chrome.tabs.create({ url, active: false }),
      `chrome-extension://${extensionId}/popup.html?other`,
    ),
  ]);
  // The tab starts as about:blank: wait for the extension page itself, not the first document's load.
  await other.waitForURL(`chrome-extension://${extensionId}/popup.html?other`);
  const text = 'Một câu trích từ nơi khác.';
  const answer = await other.evaluate(
    ({ url, text }) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
        type: 'save',
        clip: { article: { url, title: '', tags: ['từ tab khác'] }, annotations: [{ type: 'quote', value: null, text, start: 0, end: text.length }], articleText: text },
      }),
    { url: article.url(), text },
  );
  expect(answer).toMatchObject({ ok: true, saved: 1 });
  await clip.getByRole('list', { name: `Saved annotations (${count})` }).waitFor({ timeout: 5_000 });
  await clip.getByRole('button', { name: `Remove Quote “${text}”` }).waitFor();
  expect(await tags.inputValue()).toBe('ANTQ, Bộ Công an, từ tab khác');
  await other.close();

  // Open library: the library page in a new tab, and the popup closes.
  const tabUrls = () =>
    worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } } }).chrome.tabs.query({})).map(
        (t) => t.pendingUrl ?? t.url,
      ),
    );
  await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open library' }).click()]);
  await expect.poll(tabUrls, { timeout: 5_000 }).toContain(`chrome-extension://${extensionId}/library.html`);
  await expect.poll(() => popup.isClosed(), { timeout: 5_000 }).toBe(true);
});
