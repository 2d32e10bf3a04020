// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequests } from '../../messages';
import { createAnnotator } from '../annotator';
import { createClipper } from '../clipper';
import type { Highlighter } from '../highlighter';
import { localExtractor } from '../local-extractor';

const say = { noArticle: 'no article', selectInArticle: 'select first', invalid: 'invalid' };
/** Draws nothing: these tests are about what is saved, and the page's text nodes must stay as they are. */
const highlighter: Highlighter = { native: true, add: (fields) => fields.length, show: () => undefined, clear: () => undefined, fieldOf: () => undefined };

function setUp(ask: (request: BackgroundRequests[keyof BackgroundRequests]['request']) => Promise<unknown>) {
  document.head.innerHTML = '<meta property="og:type" content="article"><link rel="canonical" href="https://example.vn/bai-viet">';
  document.body.innerHTML =
    '<article><h1>Tổng kết</h1><p>Chiều 28/8, Bộ Công an tổng kết Chỉ thị số 07/CT-BCA-V28.</p><p>Bộ Công an khen thưởng 8 tập thể.</p></article>';
  const annotator = createAnnotator(document, { highlighter, extract: localExtractor(window) });
  const clipper = createClipper(document, { annotator, ask: ask as never, say });
  return { annotator, clipper };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createClipper', () => {
  it('gives the article as a clip keeps it: canonical URL, text, fields with offsets into it', async () => {
    const { clipper } = setUp(vi.fn());
    const page = (await clipper.pageArticle())!;
    expect(page.article).toMatchObject({ canonicalUrl: 'https://example.vn/bai-viet', title: 'Tổng kết', lang: 'vi' });
    for (const f of page.fields) expect(page.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('saves one field as it reads now, and the whole page', async () => {
    const ask = vi.fn(async (r: { type: string }) => (r.type === 'save' ? { ok: true, articleId: 'a', saved: 1 } : undefined));
    const { clipper } = setUp(ask);
    const page = (await clipper.pageArticle())!;
    const directive = page.fields.find((f) => f.type === 'directive')!;
    expect(await clipper.saveField(directive)).toEqual({ ok: true, articleId: 'a', saved: 1 });
    const first = ask.mock.calls.find(([r]) => r.type === 'save')![0] as BackgroundRequests['save']['request'];
    expect(first.clip.annotations).toEqual([directive]);
    await clipper.savePage();
    const second = ask.mock.calls.filter(([r]) => r.type === 'save')[1]![0] as BackgroundRequests['save']['request'];
    expect(second.clip.annotations).toHaveLength(page.fields.length);
  });

  it('saves a selection in the article as a quote, and says so when nothing is selected', async () => {
    const ask = vi.fn(async (_r: unknown) => ({ ok: true, articleId: 'a', saved: 1 }));
    const { clipper } = setUp(ask);
    await clipper.pageArticle();
    expect(await clipper.saveSelection()).toEqual({ ok: false, error: 'no-selection', message: 'select first' });
    const text = document.querySelectorAll('article p')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 10);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await clipper.saveSelection();
    const request = ask.mock.calls.at(-1)![0] as unknown as BackgroundRequests['save']['request'];
    expect(request.clip.annotations).toEqual([
      { type: 'quote', value: null, text: 'Bộ Công an', start: expect.any(Number), end: expect.any(Number) },
    ]);
    const [quote] = request.clip.annotations;
    expect(request.clip.articleText.slice(quote!.start, quote!.end)).toBe('Bộ Công an');
  });

  it('reports a failed background as a value, not a throw', async () => {
    const { clipper } = setUp(vi.fn(async () => Promise.reject(new Error('Extension context invalidated.'))));
    expect(await clipper.savePage()).toEqual({ ok: false, error: 'unknown', message: 'Extension context invalidated.' });
  });
});
