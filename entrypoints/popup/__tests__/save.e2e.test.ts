/**
 * Saving a clip end to end: the sample article is highlighted, the real popup saves it,
 * and the rows are in the browser's own IndexedDB of the extension, in the layout of schema v2
 * (its annotations in one set record); the popup opens the page as saved afterwards.
 */
import { expect, it } from 'vitest';
import { databaseShape, storedRows, useExtensionBrowser } from '../../../utils/__tests__/browser';

const env = useExtensionBrowser();

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
  // A field of the list shows its occurrences on the page, one after the other.
  await popup.getByRole('button', { name: 'Show Bộ Công an on the page (next)' }).click();
  await article.waitForFunction(() => (CSS.highlights.get('newsmark-focus')?.size ?? 0) === 1, null, { timeout: 5_000 });
  expect(await article.evaluate(() => [...(CSS.highlights.get('newsmark-focus') as unknown as Set<Range>)][0]!.toString())).toBe('Bộ Công an');
  await popup.getByRole('button', { name: 'Save clip' }).click();
  await expect.poll(() => form.getByRole('status').textContent(), { timeout: 5_000 }).toMatch(/^Saved: \d+ new annotations\.$/);

  const rows = await storedRows(popup);
  expect(rows.articles).toHaveLength(1);
  expect(rows.articles[0]).toMatchObject({ tags: ['ANTQ', 'Chỉ thị 07'], note: 'Tổng kết 10 năm' });
  expect(rows.articles[0]!.url).toMatch(/\/samples\/vi-antq-conference\.html$/);
  expect(rows.annotations.map((a) => a.directiveId).filter(Boolean)).toContain('Chỉ thị 07/CT-BCA-V28');
  expect(rows.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['28/8', 'Bộ Công an', 'gần 128 vụ']));
  expect(rows.annotations.every((a) => a.selectors.map((s) => s.type).join() === 'TextQuoteSelector,TextPositionSelector')).toBe(true);

  // Schema v2 as Chromium has it: Dexie's version 2 is IndexedDB version 20 (Dexie multiplies by 10),
  // the articles and one set per article, nothing else.
  const shape = await databaseShape(popup);
  expect(shape?.version).toBe(20);
  expect(Object.keys(shape!.stores).sort()).toEqual(['annotationSets', 'articles']);
  const multi = (keyPath: string) => ({ keyPath, unique: false, multiEntry: true });
  expect(shape!.stores['annotationSets']).toEqual({
    keyPath: 'articleId',
    autoIncrement: false,
    indexes: { ids: multi('ids'), types: multi('types'), directiveIds: multi('directiveIds'), tags: multi('tags') },
  });
  // The clip's one set: its index fields are its annotations', each once; annotations in reading order.
  expect(rows.sets).toHaveLength(1);
  const [set] = rows.sets;
  expect(set!.articleId).toBe(rows.articles[0]!.id);
  expect(set!.annotations.every((a) => a.articleId === set!.articleId)).toBe(true);
  expect(set!.ids).toEqual(set!.annotations.map((a) => a.id));
  expect(new Set(set!.ids).size).toBe(set!.ids.length);
  expect([...set!.types].sort()).toEqual([...new Set(set!.annotations.map((a) => a.type))].sort());
  expect(set!.types).toHaveLength(new Set(set!.types).size);
  expect([...set!.directiveIds].sort()).toEqual([...new Set(set!.annotations.flatMap((a) => (a.directiveId ? [a.directiveId] : [])))].sort());
  expect(set!.directiveIds).toContain('Chỉ thị 07/CT-BCA-V28');
  expect(set!.directiveIds).toHaveLength(new Set(set!.directiveIds).size);
  expect([...set!.tags].sort()).toEqual([...new Set(set!.annotations.flatMap((a) => a.tags))].sort());
  const starts = set!.annotations.map((a) => a.selectors[1].start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  // Opened again, the popup shows the page as saved, with its tags.
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await article.bringToFront();
  await again.getByText(/^Saved before, on /).waitFor({ timeout: 10_000 });
  expect(await again.getByRole('combobox', { name: 'Tags (comma-separated)' }).inputValue()).toBe('ANTQ, Chỉ thị 07');

  // Coming back: the saved annotations are found again and drawn as newsmark-saved.
  await article.reload();
  await article.waitForFunction(() => (CSS.highlights.get('newsmark-saved')?.size ?? 0) > 0, null, { timeout: 10_000 });
  const saved = await article.evaluate(() => [...(CSS.highlights.get('newsmark-saved') as unknown as Set<Range>)].map((r) => r.toString()));
  expect(saved).toHaveLength(rows.annotations.length);
  expect(saved).toEqual(expect.arrayContaining(['Chỉ thị số 07/CT- BCA-V28', 'gần 128 vụ']));
});

it('saves a selected sentence as a quote from the button the selection offers, and a field from its card', async () => {
  const { context, extensionId } = env.browser;
  const page = await context.newPage();
  await page.goto(env.server.url('/samples/en-press-release.html'));
  await page.waitForFunction(() => (CSS.highlights.get('newsmark-directive')?.size ?? 0) > 0, null, { timeout: 5_000 });
  // Select a sentence of the article with the mouse.
  const box = await page.locator('article p').nth(2).boundingBox();
  await page.mouse.move(box!.x + 2, box!.y + 4);
  await page.mouse.down();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + 4);
  await page.mouse.up();
  const button = page.locator('[data-newsmark-ui]').locator('button.quote');
  await button.waitFor({ timeout: 5_000 });
  await button.click();
  await page.locator('[data-newsmark-ui] .notice', { hasText: /^Saved: 1 new annotations\.$/ }).waitFor({ timeout: 5_000 });

  // A directive's card saves that field.
  const at = await page.evaluate(() => {
    const r = [...(CSS.highlights.get('newsmark-directive') as unknown as Set<Range>)][0]!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await page.locator('[data-newsmark-ui]').getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('[data-newsmark-ui] .card').getByRole('status').filter({ hasText: /^Saved: 1 new annotations\.$/ }).waitFor();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const kinds = (await storedRows(popup)).annotations
    .filter((a) => a.type === 'quote' || a.type === 'directive')
    .map((a) => `${a.type}: ${a.text.slice(0, 20)}`);
  expect(kinds).toEqual(expect.arrayContaining(['directive: General Order 24-07']));
  expect(kinds.filter((k) => k.startsWith('quote: '))).toEqual(['quote: Officers executed 12']);
});
