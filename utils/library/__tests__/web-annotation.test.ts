import { describe, expect, it } from 'vitest';
import { webAnnotationsOf, type WebAnnotation } from '../web-annotation';
import { ARTICLE_EN, ARTICLE_VI, DATE, DIRECTIVE, QUOTE, ROWS, STATISTIC } from './export-fixtures';

const NOW = Date.UTC(2026, 10, 26, 9, 30, 0);
const ID = 'urn:uuid:00000000-0000-4000-8000-0000000000aa';

describe('webAnnotationsOf', () => {
  const collection = webAnnotationsOf(ROWS, NOW, ID);
  const items = collection.first.items;
  const byId = (id: string): WebAnnotation | undefined => items.find((a) => a.id === id);

  it('is one AnnotationCollection in the anno.jsonld context with an embedded first page', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: ID,
      type: 'AnnotationCollection',
      label: 'Newsmark annotations',
      generated: '2026-11-26T09:30:00.000Z',
      first: { id: `${ID}#page1`, type: 'AnnotationPage', startIndex: 0 },
    });
    // Five passages and the page annotation of the tagged, noted Vietnamese article.
    expect(collection.total).toBe(6);
    expect(items).toHaveLength(6);
    expect(items.every((a) => a.type === 'Annotation' && !('@context' in a))).toBe(true);
  });

  it('gives a field its type, its value, its tags and its note as bodies, and both selectors on the article url', () => {
    expect(byId(`urn:uuid:${DIRECTIVE.id}`)).toEqual({
      id: `urn:uuid:${DIRECTIVE.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: new Date(DIRECTIVE.createdAt).toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'directive', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'describing', value: 'Chỉ thị 07/CT-BCA-V28 (Bộ Công an, 2014-08-15)', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'chỉ thị', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'quan trọng', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'commenting', value: 'trích, "nguyên văn"', format: 'text/plain' },
      ],
      target: {
        source: ARTICLE_VI.url,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Chỉ thị số 07/CT-BCA-V28', prefix: 'triển khai ', suffix: ', ngày 15/8' },
          { type: 'TextPositionSelector', start: 11, end: 11 + DIRECTIVE.text.length },
        ],
      },
    });
    expect(byId(`urn:uuid:${STATISTIC.id}`)?.body?.map((b) => [b.purpose, b.value])).toEqual([
      ['classifying', 'statistic'],
      ['describing', 'nearly 128 vụ'],
    ]);
    expect(byId(`urn:uuid:${DATE.id}`)?.body?.map((b) => b.value)).toEqual(['date', '2024-08-28']);
  });

  it('gives a quote only its note, and keeps its text exactly', () => {
    const quote = byId(`urn:uuid:${QUOTE.id}`);
    expect(quote?.body).toEqual([{ type: 'TextualBody', purpose: 'commenting', value: '\tindented', format: 'text/plain' }]);
    expect(quote?.target).toMatchObject({ source: ARTICLE_EN.url, selector: [{ exact: QUOTE.text, prefix: '+84 912\t', suffix: '\r\n=1+1' }, {}] });
  });

  it('leaves out a time no date can hold rather than failing the export', () => {
    const broken = webAnnotationsOf([{ article: { ...ARTICLE_EN, tags: ['x'], savedAt: 1e20 }, annotation: { ...QUOTE, createdAt: Number.NaN } }], NOW, ID);
    const [page, quote] = broken.first.items;
    expect(page).not.toHaveProperty('created');
    expect(page?.modified).toBe(new Date(ARTICLE_EN.updatedAt).toISOString());
    expect(quote).not.toHaveProperty('created');
  });

  it("puts an article's tags and note on one annotation of the whole page, before its passages", () => {
    expect(items[0]).toEqual({
      id: `urn:uuid:${ARTICLE_VI.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: new Date(ARTICLE_VI.savedAt).toISOString(),
      modified: new Date(ARTICLE_VI.updatedAt).toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'an ninh', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'chỉ thị', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Đọc lại\r\nsau', format: 'text/plain' },
      ],
      target: ARTICLE_VI.url,
    });
    const tagsOnly = webAnnotationsOf([{ article: { ...ARTICLE_EN, tags: ['x'] } }], NOW, ID).first.items;
    expect(tagsOnly).toEqual([expect.objectContaining({ motivation: 'tagging', target: ARTICLE_EN.url, body: [expect.objectContaining({ value: 'x' })] })]);
  });

  it('leaves out an article with neither tags, note nor annotation, and a row seen twice', () => {
    expect(webAnnotationsOf([ROWS[5]!], NOW, ID).total).toBe(0);
    expect(webAnnotationsOf([ROWS[4]!, ROWS[4]!], NOW, ID).total).toBe(1);
  });

  it('names an id from elsewhere (not a UUID) with a urn of its own', () => {
    const rows = [{ article: ARTICLE_EN, annotation: { ...QUOTE, id: 'imported/42 #x' } }];
    expect(webAnnotationsOf(rows, NOW, ID).first.items[0]?.id).toBe('urn:newsmark:annotation:imported%2F42%20%23x');
  });

  it('makes a fresh urn:uuid collection id by default, and survives JSON unchanged', () => {
    const made = webAnnotationsOf(ROWS, NOW);
    expect(made.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(made.id).not.toBe(webAnnotationsOf(ROWS, NOW).id);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
