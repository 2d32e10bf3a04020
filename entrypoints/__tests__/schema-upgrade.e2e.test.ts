/**
 * The real v1 → v2 upgrade in Chromium: in a fresh profile, before anything of the extension has
 * opened its database, the service worker's origin gets the `newsmark` database exactly as Dexie
 * made schema v1 (IndexedDB version 10, the `articles` and `annotations` stores with their
 * indexes), with v1 records in it. Then the sample page is opened: its content script asks the
 * background for the page's saved annotations, so the background's Dexie opens the database and
 * upgrades it. Every v1 record must be there, unchanged, in the v2 layout, and `annotations` gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { databaseShape, PAGE_ROOTS, storedRows, useExtensionBrowser } from '../../utils/__tests__/browser';
import { extractFields } from '../../utils/extract';
import type { AnnotationRecord, ArticleRecord } from '../../utils/store/schema';
import { quoteSelectors } from '../../utils/store/selectors';
import { setOf } from '../../utils/store/sets';
import { normalizeUrl } from '../../utils/store/url';

const env = useExtensionBrowser();

const SAMPLE = '/samples/vi-antq-conference.html';

/** v1 records: the sample page with some of its fields and a quote, another article, and an annotation whose article is gone. */
function v1Records(sampleUrl: string): { articles: ArticleRecord[]; annotations: AnnotationRecord[] } {
  const text = readFileSync(join(PAGE_ROOTS.samples!, 'vi-antq-conference.txt'), 'utf8');
  const savedAt = Date.UTC(2025, 5, 1, 8, 30);
  const sample: ArticleRecord = {
    id: '0a1b2c3d-0000-4000-8000-000000000001',
    url: normalizeUrl(sampleUrl),
    title: 'Tiếp tục đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc',
    site: 'Công an nhân dân',
    lang: 'vi',
    published: '2024-08-29',
    savedAt,
    updatedAt: savedAt + 60_000,
    tags: ['ANTQ', 'lưu ở v1'],
    note: 'Lưu trước khi có v2',
  };
  const other: ArticleRecord = {
    id: '0a1b2c3d-0000-4000-8000-000000000002',
    url: 'https://news.example.vn/bai-viet/v1.html',
    canonicalUrl: 'https://news.example.vn/bai-viet/v1',
    title: 'Một bài khác',
    site: 'news.example.vn',
    savedAt: savedAt - 86_400_000,
    updatedAt: savedAt - 86_400_000,
    tags: [],
    note: '',
  };
  const fields = extractFields(text, { lang: 'vi', published: '2024-08-29' });
  // One of each type, the directive 07/CT-BCA-V28 among them, then a few more; v1 wrote them in any order.
  const picked = [
    ...['date', 'agency', 'statistic'].map((type) => fields.find((f) => f.type === type)!),
    fields.find((f) => f.type === 'directive' && f.value.id === 'Chỉ thị 07/CT-BCA-V28')!,
    ...fields.filter((f) => f.type === 'directive').slice(1, 3),
  ].reverse();
  expect(picked.every(Boolean)).toBe(true);
  const quoteAt = text.indexOf('Bộ Công an');
  const annotations: AnnotationRecord[] = [
    ...picked.map(
      (f, i) =>
        ({
          id: `0a1b2c3d-0000-4000-9000-00000000010${i}`,
          articleId: sample.id,
          type: f.type,
          value: f.value,
          text: f.text,
          ...(f.type === 'directive' ? { directiveId: f.value.id } : {}),
          selectors: quoteSelectors(text, f.start, f.end),
          tags: i === 0 ? ['văn bản gốc'] : [],
          note: i === 0 ? 'ghi chú v1' : '',
          createdAt: savedAt + i,
        }) as AnnotationRecord,
    ),
    {
      id: '0a1b2c3d-0000-4000-9000-000000000200',
      articleId: sample.id,
      type: 'quote',
      value: null,
      text: text.slice(quoteAt, quoteAt + 40),
      selectors: quoteSelectors(text, quoteAt, quoteAt + 40),
      tags: ['trích'],
      note: '',
      createdAt: savedAt + 100,
    },
    {
      id: '0a1b2c3d-0000-4000-9000-000000000300',
      articleId: other.id,
      type: 'quote',
      value: null,
      text: 'một câu trích',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'một câu trích', prefix: 'Đây là ', suffix: '.' },
        { type: 'TextPositionSelector', start: 7, end: 20 },
      ],
      tags: [],
      note: 'bài khác',
      createdAt: savedAt - 86_400_000,
    },
    {
      // Its article is gone: v1 never wrote such, but a database is what it is.
      id: '0a1b2c3d-0000-4000-9000-000000000400',
      articleId: '0a1b2c3d-0000-4000-8000-0000000000ff',
      type: 'quote',
      value: null,
      text: 'mồ côi',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'mồ côi', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 6 },
      ],
      tags: [],
      note: '',
      createdAt: savedAt - 1,
    },
  ];
  return { articles: [sample, other], annotations };
}

it('upgrades a v1 database made by Dexie to v2 when the extension opens it, every record kept', async () => {
  const { context } = env.browser;
  const sampleUrl = env.server.url(SAMPLE);
  const v1 = v1Records(sampleUrl);
  const sampleAnnotations = v1.annotations.filter((a) => a.articleId === v1.articles[0]!.id);

  // The v1 database, as Dexie's `db.version(1).stores(SCHEMA_V1)` created it, in the extension's origin.
  const worker = context.serviceWorkers()[0]!;
  const made = await worker.evaluate(async ({ articles, annotations }) => {
    if ((await indexedDB.databases()).some((d) => d.name === 'newsmark')) return 'the database exists already';
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('newsmark', 10);
      open.onupgradeneeded = () => {
        const a = open.result.createObjectStore('articles', { keyPath: 'id' });
        a.createIndex('url', 'url', { unique: true });
        a.createIndex('canonicalUrl', 'canonicalUrl');
        a.createIndex('savedAt', 'savedAt');
        a.createIndex('tags', 'tags', { multiEntry: true });
        const n = open.result.createObjectStore('annotations', { keyPath: 'id' });
        n.createIndex('articleId', 'articleId');
        n.createIndex('type', 'type');
        n.createIndex('directiveId', 'directiveId');
        n.createIndex('tags', 'tags', { multiEntry: true });
      };
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['articles', 'annotations'], 'readwrite');
      for (const r of articles) tx.objectStore('articles').add(r);
      for (const r of annotations) tx.objectStore('annotations').add(r);
      tx.oncomplete = () => ok();
      tx.onabort = () => fail(tx.error);
    });
    db.close();
    return 'made';
  }, v1);
  expect(made).toBe('made');

  // Read from the worker too: an extension page (the popup, the library) would open the database itself.
  const before = await databaseShape(worker);
  expect(before?.version).toBe(10);
  expect(Object.keys(before!.stores).sort()).toEqual(['annotations', 'articles']);

  // The page comes back: the background's Dexie opens the database (upgrading it) to find the saved annotations, and they are drawn.
  const article = await context.newPage();
  await article.goto(sampleUrl);
  await article.waitForFunction((n) => (CSS.highlights.get('newsmark-saved')?.size ?? 0) === n, sampleAnnotations.length, { timeout: 10_000 });
  const drawn = await article.evaluate(() => [...(CSS.highlights.get('newsmark-saved') as unknown as Set<Range>)].map((r) => r.toString()));
  expect(drawn.sort()).toEqual(sampleAnnotations.map((a) => a.text).sort());

  // The layout of v2: IndexedDB version 20, the articles as they were, the annotations in sets.
  const after = await databaseShape(worker);
  expect(after?.version).toBe(20);
  expect(Object.keys(after!.stores).sort()).toEqual(['annotationSets', 'articles']);
  expect(after!.stores['articles']).toEqual(before!.stores['articles']);
  const rows = await storedRows(worker);
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(rows.articles)).toEqual(byId(v1.articles));
  expect(byId(rows.annotations)).toEqual(byId(v1.annotations));
  // One set per article id, the orphan's too, each as setOf makes it (reading order, index fields).
  const articleIds = [...new Set(v1.annotations.map((a) => a.articleId))].sort();
  expect(rows.sets.map((s) => s.articleId).sort()).toEqual(articleIds);
  for (const set of rows.sets) expect(set).toEqual(setOf(set.articleId, v1.annotations.filter((a) => a.articleId === set.articleId)));
  const sampleSet = rows.sets.find((s) => s.articleId === v1.articles[0]!.id)!;
  expect(sampleSet.directiveIds).toContain('Chỉ thị 07/CT-BCA-V28');
  expect([...sampleSet.types].sort()).toEqual(['agency', 'date', 'directive', 'quote', 'statistic']);
});
