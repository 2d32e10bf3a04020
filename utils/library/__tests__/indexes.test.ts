import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../../store/schema';
import { agencyIndex, directiveIndex } from '../indexes';
import { buildIndex, search } from '../search';
import type { SearchResult } from '../types';
import {
  ANNOTATIONS,
  ARTICLES,
  EN1,
  EN1_DECREE,
  EN1_MOH,
  VI1_BCA,
  VI1_CT07,
  VI1_QUOTE_CT,
  VI1_UBND,
  VI2_BYT,
  VI2_BYT_CAPS,
  VI2_CT07,
  noon,
} from './library-fixtures';

const index = buildIndex(ARTICLES, ANNOTATIONS);

function ids(result: SearchResult): [string, string[]][] {
  return result.hits.map((h) => [h.article.id, h.annotations.map((a) => a.id)]);
}

describe('directiveIndex', () => {
  it('lists each directive with its latest parts, counts and first and last days, most cited first', () => {
    expect(directiveIndex(index)).toEqual([
      // Cited by VI1 (published 2024-08-29) and VI2 (published 2024-03-12); VI2's annotation is the more recent.
      { id: '07/CT-BCA-V28', value: VI2_CT07.value, articles: 2, annotations: 2, firstSeen: '2024-03-12', lastSeen: '2024-08-29' },
      // EN1 has no publication date: its saving day counts.
      { id: '15/2024/ND-CP', value: EN1_DECREE.value, articles: 1, annotations: 1, firstSeen: '2025-01-02', lastSeen: '2025-01-02' },
    ]);
  });

  it('counts an article once however often it cites, and days by the given time zone', () => {
    const again: AnnotationRecord = { ...EN1_DECREE, id: 'en1-decree-2', selectors: [EN1_DECREE.selectors[0], { type: 'TextPositionSelector', start: 300, end: 320 }] };
    const entries = directiveIndex(buildIndex(ARTICLES, [...ANNOTATIONS, again]), () => '1999-12-31');
    expect(entries.find((e) => e.id === '15/2024/ND-CP')).toMatchObject({ articles: 1, annotations: 2, firstSeen: '1999-12-31', lastSeen: '1999-12-31' });
    // Published days are the article's own, whatever the time zone.
    expect(entries[0]).toMatchObject({ firstSeen: '2024-03-12', lastSeen: '2024-08-29' });
  });

  it('is empty for a library without directives', () => {
    expect(directiveIndex(buildIndex(ARTICLES, [VI1_BCA]))).toEqual([]);
  });
});

describe('agencyIndex', () => {
  it('lists agencies folded alike as one, spelled as most recently annotated, by name on equal counts', () => {
    expect(agencyIndex(index)).toEqual([
      { name: 'Bộ Công an', value: VI1_BCA.value, articles: 1, annotations: 1, firstSeen: '2024-08-29', lastSeen: '2024-08-29' },
      // "Bộ Y tế" and "BỘ Y TẾ" in VI2; the former was annotated later.
      { name: 'Bộ Y tế', value: VI2_BYT.value, articles: 1, annotations: 2, firstSeen: '2024-03-12', lastSeen: '2024-03-12' },
      { name: 'Ministry of Health', value: EN1_MOH.value, articles: 1, annotations: 1, firstSeen: '2025-01-02', lastSeen: '2025-01-02' },
      { name: 'Ủy ban nhân dân tỉnh', value: VI1_UBND.value, articles: 1, annotations: 1, firstSeen: '2024-08-29', lastSeen: '2024-08-29' },
    ]);
  });

  it('puts the agency named in most articles first, with the span of its days', () => {
    const older: ArticleRecord = { ...EN1, id: 'old', url: 'https://example.com/old', published: '2023-05-01', savedAt: noon('2025-02-01') };
    const named: AnnotationRecord = { ...EN1_MOH, id: 'old-moh', articleId: 'old', type: 'agency', value: { name: 'ministry of health' }, createdAt: noon('2025-02-01') };
    const [first] = agencyIndex(buildIndex([...ARTICLES, older], [...ANNOTATIONS, named]));
    expect(first).toEqual({ name: 'ministry of health', value: { name: 'ministry of health' }, articles: 2, annotations: 2, firstSeen: '2023-05-01', lastSeen: '2025-01-02' });
  });
});
