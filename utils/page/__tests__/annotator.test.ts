// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../annotator';
import { createHighlighter, MARK_TAG } from '../highlighter';
import { localExtractor } from '../local-extractor';

const ARTICLE = `
  <h1>Tổng kết Chỉ thị 07</h1>
  <article>
    <p>Chiều 28/8, Ban Chỉ đạo 138 tỉnh tổng kết 10 năm thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ Công an.</p>
    <p>Phòng Cảnh sát hình sự (PC02) đã bắt giữ 52 đối tượng.</p>
  </article>`;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createAnnotator', () => {
  it('reads only what is added, with the article so far as context', async () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2024-08-29">';
    document.body.innerHTML = ARTICLE;
    const results: number[] = [];
    const annotator = createAnnotator(document, {
      highlighter: createHighlighter(window, { forceWrappers: true }),
      extract: localExtractor(window),
      debounceMs: 10,
      onResult: (r) => results.push(r.fields.length),
    });
    const first = await annotator.run();
    expect(first?.fields.map((f) => f.text)).toContain('Chỉ thị số 07/CT-BCA-V28');
    const before = annotator.fields.length;

    const p = document.createElement('p');
    p.textContent = 'Ngày 15/9, PC02 tiếp tục thực hiện Chỉ thị số 07 và thu giữ 10 kg ma túy.';
    document.querySelector('article')!.appendChild(p);
    await wait(100);

    const added = annotator.fields.slice(before);
    expect(added.map((f) => [f.text, 'id' in f.value ? f.value.id : 'name' in f.value ? f.value.name : undefined])).toEqual([
      ['15/9', undefined],
      ['PC02', 'Phòng Cảnh sát hình sự'],
      ['Chỉ thị số 07', 'Chỉ thị 07/CT-BCA-V28'],
      ['10 kg ma túy', undefined],
    ]);
    expect(results.at(-1)).toBe(annotator.fields.length);
    annotator.stop();
  });

  it('wrappers (no Highlight API): the field under a point is the one its wrapper draws', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    const annotator = createAnnotator(document, { highlighter: createHighlighter(window, { forceWrappers: true }), extract: localExtractor(window) });
    await annotator.run();
    const mark = Array.from(document.querySelectorAll(MARK_TAG)).find((m) => m.textContent === 'Chỉ thị số 07/CT-BCA-V28')!;
    // happy-dom has no layout: the element at the point is given, as Firefox's hit test would give it.
    const at = vi.spyOn(document, 'elementFromPoint');
    at.mockReturnValue(mark);
    expect(annotator.fieldAtPoint(10, 10)?.text).toBe('Chỉ thị số 07/CT-BCA-V28');
    at.mockReturnValue(document.querySelector('article p'));
    expect(annotator.fieldAtPoint(10, 10)).toBeUndefined();
    at.mockRestore();
    annotator.stop();
  });

  it('reads the article again when its text changes, and not when only an attribute does', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    let runs = 0;
    const annotator = createAnnotator(document, { highlighter: createHighlighter(window, { forceWrappers: true }),
      extract: localExtractor(window), debounceMs: 10, onResult: () => runs++ });
    await annotator.run();
    document.querySelector('article p')!.setAttribute('class', 'seen');
    await wait(100);
    const afterAttribute = annotator.fields.map((f) => f.text);
    document.querySelector('article p')!.textContent = 'Sáng 17-3, UBND tỉnh họp.';
    await wait(100);
    expect(afterAttribute).toContain('Ban Chỉ đạo 138 tỉnh');
    expect(annotator.fields.map((f) => f.text)).not.toContain('Ban Chỉ đạo 138 tỉnh');
    expect(annotator.fields.map((f) => f.text)).toContain('UBND tỉnh');
    expect(runs).toBe(3);
    annotator.stop();
  });
});
