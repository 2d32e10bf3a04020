/** Library rows for the export tests: Vietnamese and English, every annotation type, and text that CSV and spreadsheets trip on. */

import type { AnnotationRecord, ArticleRecord } from '../../store/schema';
import type { LibraryRow } from '../types';

export const ARTICLE_VI: ArticleRecord = {
  id: '6f0c1b8e-0d5e-4a59-9c1e-2f1f6c1d0a01',
  url: 'https://congan.example.vn/tin/chi-thi-07',
  title: 'Triển khai Chỉ thị số 07, "quyết liệt", không hình thức',
  site: 'Công an tỉnh',
  published: '2024-08-29',
  lang: 'vi',
  savedAt: Date.UTC(2026, 10, 26, 7, 30, 0),
  updatedAt: Date.UTC(2026, 10, 26, 7, 31, 0),
  tags: ['an ninh', 'chỉ thị'],
  note: 'Đọc lại\r\nsau',
};

export const ARTICLE_EN: ArticleRecord = {
  id: '6f0c1b8e-0d5e-4a59-9c1e-2f1f6c1d0a02',
  url: 'https://news.example.com/health/decree-15?id=1,2',
  title: '=HYPERLINK("http://evil.example","click")',
  site: 'news.example.com',
  savedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
  updatedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
  tags: [],
  note: '',
};

function quote(exact: string, prefix = '', suffix = ''): AnnotationRecord['selectors'] {
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start: prefix.length, end: prefix.length + exact.length },
  ];
}

const base = { articleId: ARTICLE_VI.id, tags: [] as string[], note: '', createdAt: Date.UTC(2026, 10, 26, 7, 30, 0) };

export const DIRECTIVE: AnnotationRecord = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000001',
  type: 'directive',
  text: 'Chỉ thị số 07/CT-BCA-V28',
  value: { id: 'Chỉ thị 07/CT-BCA-V28', kind: 'Chỉ thị', number: '07', year: 2014, code: 'CT-BCA-V28', issuer: 'Bộ Công an', issuedOn: '2014-08-15' },
  directiveId: 'Chỉ thị 07/CT-BCA-V28',
  selectors: quote('Chỉ thị số 07/CT-BCA-V28', 'triển khai ', ', ngày 15/8'),
  tags: ['chỉ thị', 'quan trọng'],
  note: 'trích, "nguyên văn"',
};

export const DATE: AnnotationRecord = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000002',
  type: 'date',
  text: 'Chiều 28/8',
  value: { iso: '2024-08-28' },
  selectors: quote('Chiều 28/8', '', ' tại Hà Nội'),
};

export const AGENCY: AnnotationRecord = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000003',
  type: 'agency',
  text: 'UBND tỉnh',
  value: { name: 'Ủy ban nhân dân tỉnh' },
  selectors: quote('UBND tỉnh', 'theo ', ''),
};

export const STATISTIC: AnnotationRecord = {
  ...base,
  id: 'a0000000-0000-4000-8000-000000000004',
  type: 'statistic',
  text: 'gần 128 vụ',
  value: { value: 128, unit: 'vụ', approx: 'nearly' },
  selectors: quote('gần 128 vụ', 'xảy ra ', '.'),
};

/** A quote full of what CSV and spreadsheets trip on. */
export const QUOTE: AnnotationRecord = {
  ...base,
  articleId: ARTICLE_EN.id,
  id: 'a0000000-0000-4000-8000-000000000005',
  type: 'quote',
  text: '-5% "growth",\nsaid @user',
  value: null,
  selectors: quote('-5% "growth",\nsaid @user', '+84 912\t', '\r\n=1+1'),
  note: '\tindented',
};

/** Every annotation type, then an article saved without annotations. */
export const ROWS: LibraryRow[] = [
  { article: ARTICLE_VI, annotation: DIRECTIVE },
  { article: ARTICLE_VI, annotation: DATE },
  { article: ARTICLE_VI, annotation: AGENCY },
  { article: ARTICLE_VI, annotation: STATISTIC },
  { article: ARTICLE_EN, annotation: QUOTE },
  { article: { ...ARTICLE_EN, id: 'bare', url: 'https://news.example.com/bare', title: 'No annotations' } },
];

/** `n` rows cycling through {@link ROWS} with distinct ids, for chunking and speed. */
export function manyRows(n: number): LibraryRow[] {
  return Array.from({ length: n }, (_, i) => {
    const row = ROWS[i % ROWS.length]!;
    return row.annotation ? { article: row.article, annotation: { ...row.annotation, id: `${row.annotation.id}-${i}` } } : row;
  });
}
