// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../extract';
import { collectText } from '../article';
import { isArticlePage } from '../detect';
import { createHighlighter, MARK_TAG } from '../highlighter';
import { createTextMap } from '../text-map';

const page = (html: string) => {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document.body.firstElementChild as Element;
};

describe('isArticlePage', () => {
  it.each([
    ['<meta property="og:type" content="article">', true],
    ['<meta property="article:published_time" content="2024-08-29">', true],
    ['<script type="application/ld+json">{"@type":"NewsArticle"}</script>', true],
    ['<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script>', true],
    ['<script type="application/ld+json">[{"@type":"https://schema.org/Article"}]</script>', true],
    ['<meta property="og:type" content="website">', false],
    ['<script type="application/ld+json">{"@type":"Organization"}</script>', false],
    ['<script type="application/ld+json">{ broken</script>', false],
  ])('%s → %s', (head, expected) => {
    document.head.innerHTML = head;
    expect(isArticlePage(document)).toBe(expected);
  });
});

describe('createTextMap', () => {
  it('turns offsets into ranges across nodes and blocks, and DOM positions back into offsets', () => {
    const root = page('<div><p>Chiều <b>28/8</b>, Ban Chỉ đạo 138 tỉnh</p><p>họp tại Bộ Công an.</p></div>');
    const { text, segments } = collectText(root);
    const map = createTextMap(segments);
    for (const f of extractFields(text, { lang: 'vi', published: '2024-08-29' })) {
      expect(map.rangeOf(f.start, f.end)?.toString()).toBe(f.text);
    }
    const bold = root.querySelector('b')!.firstChild!;
    expect(text.slice(map.offsetOf(bold, 0))).toMatch(/^28\/8/);
    expect(map.offsetOf(document.createTextNode('x'), 0)).toBeUndefined();
  });

  it('gives no range once the text it was made from has changed', () => {
    const root = page('<p>Bộ Công an họp.</p>');
    const { segments } = collectText(root);
    const map = createTextMap(segments);
    (root.firstChild as Text).data = 'Đã sửa.';
    expect(map.rangeOf(0, 10)).toBeNull();
  });
});

describe('wrapping highlighter (no Highlight API)', () => {
  it('wraps each field, hides types on request and leaves the DOM as it was', () => {
    const root = page('<article><p>Chiều <i>28/8</i>, Ban Chỉ đạo 138 tỉnh tổng kết Chỉ thị số 07/CT-BCA-V28 của Bộ Công an.</p></article>');
    const before = document.body.innerHTML;
    const { text, segments } = collectText(root);
    const fields = extractFields(text, { lang: 'vi', published: '2024-08-29' });
    const highlighter = createHighlighter(window, { forceWrappers: true });
    expect(highlighter.native).toBe(false);
    highlighter.add(fields, createTextMap(segments));
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.map((m) => [m.getAttribute('data-type'), m.textContent])).toEqual(fields.map((f) => [f.type, f.text]));
    highlighter.show(new Set(['date']));
    expect(document.querySelectorAll(`${MARK_TAG}[data-hidden]`)).toHaveLength(fields.length - 1);
    highlighter.clear();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('tells which field a wrapper draws (the card asks on a click), none once hidden or cleared', () => {
    const root = page('<article><p>Chiều 28/8, Bộ Công an tổng kết Chỉ thị số 07/CT-BCA-V28.</p></article>');
    const { text, segments } = collectText(root);
    const fields = extractFields(text, { lang: 'vi', published: '2024-08-29' });
    const highlighter = createHighlighter(window, { forceWrappers: true });
    highlighter.add(fields, createTextMap(segments));
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.map((m) => highlighter.fieldOf(m))).toEqual(fields);
    expect(highlighter.fieldOf(root.querySelector('p'))).toBeUndefined();
    expect(highlighter.fieldOf(null)).toBeUndefined();
    const agency = marks.find((m) => m.getAttribute('data-type') === 'agency')!;
    highlighter.show(new Set(['date', 'directive', 'statistic']));
    expect(highlighter.fieldOf(agency)).toBeUndefined();
    highlighter.show(new Set(['date', 'agency', 'directive', 'statistic']));
    expect(highlighter.fieldOf(agency)?.text).toBe('Bộ Công an');
    highlighter.clear();
    expect(highlighter.fieldOf(agency)).toBeUndefined();
  });
});

describe('collectText with a cap', () => {
  it('stops at maxTextNodes and says so', () => {
    const root = page(`<div>${Array.from({ length: 50 }, (_, i) => `<p>Đoạn ${i}</p>`).join('')}</div>`);
    const all = collectText(root);
    const capped = collectText(root, { maxTextNodes: 10 });
    expect(all.capped).toBeUndefined();
    expect(capped.capped).toBe(true);
    expect(capped.segments).toHaveLength(10);
    expect(all.text.startsWith(capped.text)).toBe(true);
  });
});
