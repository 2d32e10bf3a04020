/** A small library of Vietnamese and English records, built by hand for the search and index tests. */

import type { AnnotationContent, AnnotationRecord, ArticleRecord } from '../../store/schema';

const DAY = 86_400_000;
/** Noon UTC of a day, so local-day conversions agree in every time zone from UTC−11 to UTC+11. */
export const noon = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function article(id: string, fields: Partial<ArticleRecord> & Pick<ArticleRecord, 'title' | 'site' | 'savedAt'>): ArticleRecord {
  return { id, url: `https://example.com/${id}`, updatedAt: fields.savedAt, tags: [], note: '', ...fields };
}

function annotation(
  id: string,
  of: ArticleRecord,
  content: AnnotationContent,
  text: string,
  start: number,
  extra: Partial<Pick<AnnotationRecord, 'tags' | 'note' | 'createdAt'>> = {},
): AnnotationRecord {
  const record = {
    id,
    articleId: of.id,
    ...content,
    text,
    selectors: [
      { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + text.length },
    ],
    tags: [],
    note: '',
    createdAt: of.savedAt,
    ...extra,
  } as AnnotationRecord;
  if (content.type === 'directive') record.directiveId = content.value.id;
  return record;
}

const CT07 = { id: '07/CT-BCA-V28', kind: 'Chỉ thị', number: '07', code: 'CT-BCA-V28', issuer: 'Bộ Công an', issuedOn: '2014-08-15' };

export const VI1 = article('vi1', {
  title: 'Công an tỉnh triển khai Chỉ thị số 07/CT-BCA-V28',
  site: 'Công an tỉnh',
  lang: 'vi',
  published: '2024-08-29',
  savedAt: noon('2024-08-29'),
  tags: ['an ninh'],
  note: 'Đọc lại sau',
});
export const VI2 = article('vi2', {
  title: 'Bộ Y tế hướng dẫn phòng dịch',
  site: 'VnExpress',
  lang: 'vi',
  published: '2024-03-12T08:00:00+07:00',
  savedAt: noon('2024-09-01'),
  tags: ['y tế'],
});
export const EN1 = article('en1', {
  title: 'Clinics and the new decree',
  site: 'news.example.com',
  lang: 'en',
  savedAt: noon('2025-01-02'),
  tags: ['health', 'law'],
});
export const EN2 = article('en2', {
  title: 'Another page saved alone',
  site: 'Blog',
  lang: 'en',
  published: '2025-01-02',
  savedAt: noon('2025-01-03'),
  tags: ['later'],
});

export const VI1_DATE = annotation('vi1-date', VI1, { type: 'date', value: { iso: '2024-08-28' } }, 'Chiều 28/8', 0);
export const VI1_CT07 = annotation('vi1-ct07', VI1, { type: 'directive', value: CT07 }, 'Chỉ thị số 07/CT-BCA-V28', 30, {
  tags: ['chỉ thị'],
  note: 'trích nguyên văn',
});
export const VI1_UBND = annotation('vi1-ubnd', VI1, { type: 'agency', value: { name: 'Ủy ban nhân dân tỉnh' } }, 'UBND tỉnh', 80);
export const VI1_STAT = annotation('vi1-stat', VI1, { type: 'statistic', value: { value: 128, unit: 'vụ', approx: 'nearly' } }, 'gần 128 vụ', 120);
// Decomposed (NFD) with a zero-width space, as some pages store text.
export const VI1_QUOTE = annotation('vi1-quote', VI1, { type: 'quote', value: null }, 'Người dân cần\u200b cảnh giác'.normalize('NFD'), 200, {
  tags: ['quan trọng'],
});
// A quote over the directive's passage (25–60 overlaps 30–53).
export const VI1_QUOTE_CT = annotation('vi1-quote-ct', VI1, { type: 'quote', value: null }, 'nhằm thực hiện nghiêm văn bản', 25);
export const VI1_BCA = annotation('vi1-bca', VI1, { type: 'agency', value: { name: 'Bộ Công an' } }, 'Bộ Công an', 60);

export const VI2_DATE = annotation('vi2-date', VI2, { type: 'date', value: { iso: '2024-03-12' } }, '12/3', 5);
export const VI2_BYT = annotation('vi2-byt', VI2, { type: 'agency', value: { name: 'Bộ Y tế' } }, 'Bộ Y tế', 20);
export const VI2_CT07 = annotation('vi2-ct07', VI2, { type: 'directive', value: { id: '07/CT-BCA-V28', kind: 'Chỉ thị', number: '07', code: 'CT-BCA-V28' } }, 'Chỉ thị 07/CT-BCA-V28', 50, {
  createdAt: noon('2024-09-02'),
});
// The ministry again, spelled in capitals: the agency index counts it as the same one.
export const VI2_BYT_CAPS = annotation('vi2-byt-caps', VI2, { type: 'agency', value: { name: 'BỘ Y TẾ' } }, 'BỘ Y TẾ', 90, {
  createdAt: noon('2024-08-31'),
});

export const EN1_MOH = annotation('en1-moh', EN1, { type: 'agency', value: { name: 'Ministry of Health' } }, 'Ministry of Health', 25);
export const EN1_DECREE = annotation(
  'en1-decree',
  EN1,
  { type: 'directive', value: { id: '15/2024/ND-CP', kind: 'Decree', number: '15', year: 2024, code: 'ND-CP' } },
  'Decree 15/2024/ND-CP',
  51,
);
export const EN1_STAT = annotation('en1-stat', EN1, { type: 'statistic', value: { value: 40, unit: '%', approx: 'about' } }, '40%', 79);
export const EN1_QUOTE = annotation('en1-quote', EN1, { type: 'quote', value: null }, 'clinics already comply', 86, { note: 'Key sentence', tags: ['law'] });

/** An annotation whose article is not in the library. */
export const ORPHAN = annotation('orphan', article('gone', { title: 'Gone', site: 'x', savedAt: 0 }), { type: 'quote', value: null }, 'Chỉ thị lost', 0);

export const ARTICLES = [VI1, VI2, EN1, EN2];
/** Deliberately out of reading order and mixed across articles. */
export const ANNOTATIONS = [
  EN1_QUOTE,
  VI1_CT07,
  VI2_BYT,
  VI1_QUOTE,
  ORPHAN,
  VI1_DATE,
  EN1_MOH,
  VI2_CT07,
  VI1_UBND,
  EN1_DECREE,
  VI2_DATE,
  VI1_STAT,
  EN1_STAT,
  VI1_BCA,
  VI2_BYT_CAPS,
  VI1_QUOTE_CT,
];

/** Each article's annotations in reading order. */
export const IN_ORDER = {
  vi1: [VI1_DATE, VI1_QUOTE_CT, VI1_CT07, VI1_BCA, VI1_UBND, VI1_STAT, VI1_QUOTE],
  vi2: [VI2_DATE, VI2_BYT, VI2_CT07, VI2_BYT_CAPS],
  en1: [EN1_MOH, EN1_DECREE, EN1_STAT, EN1_QUOTE],
  en2: [],
};

export { DAY };
