import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../../store/schema';
import { fold, words } from '../fold';
import { annotationsOf, buildIndex, buildIndexInSteps, facets, INDEX_STEP, publishedDay, rowsOf, search } from '../search';
import type { LibraryQuery, LibrarySort, SearchResult } from '../types';
import {
  ANNOTATIONS,
  ARTICLES,
  EN1,
  EN1_DECREE,
  EN1_QUOTE,
  EN1_STAT,
  EN2,
  IN_ORDER,
  VI1,
  VI1_DATE,
  VI1_CT07,
  VI1_QUOTE,
  VI1_QUOTE_CT,
  VI1_STAT,
  VI1_UBND,
  VI2,
  VI2_CT07,
  VI2_DATE,
  noon,
} from './library-fixtures';

const index = buildIndex(ARTICLES, ANNOTATIONS);

/** A result as [article id, annotation ids] pairs, for readable expectations. */
function ids(result: SearchResult): [string, string[]][] {
  return result.hits.map((h) => [h.article.id, h.annotations.map((a) => a.id)]);
}

const find = (query: LibraryQuery) => ids(search(index, query));
const all = (id: keyof typeof IN_ORDER): [string, string[]] => [id, IN_ORDER[id].map((a) => a.id)];

describe('buildIndex', () => {
  it('groups annotations by article in reading order and leaves out those of no article', () => {
    expect(annotationsOf(index, 'vi1')).toEqual(IN_ORDER.vi1);
    expect(annotationsOf(index, 'vi2')).toEqual(IN_ORDER.vi2);
    expect(annotationsOf(index, 'en1')).toEqual(IN_ORDER.en1);
    expect(annotationsOf(index, 'en2')).toEqual([]);
    expect(annotationsOf(index, 'gone')).toEqual([]);
    expect(index.annotations).toHaveLength(ANNOTATIONS.length - 1);
    expect(find({ text: 'lost' })).toEqual([]);
  });

  it('is built in steps of about INDEX_STEP annotations, however the library is split into articles', () => {
    const count = (articles: ArticleRecord[], annotations: AnnotationRecord[]) => {
      const steps = buildIndexInSteps(articles, annotations);
      let yields = 0;
      for (let r = steps.next(); !r.done; r = steps.next()) yields++;
      return yields;
    };
    const many = (articleCount: number, per: number) => {
      const articles = Array.from({ length: articleCount }, (_, i) => ({ ...VI1, id: `a${i}`, url: `https://x.example/${i}` }));
      const annotations = articles.flatMap((a) => Array.from({ length: per }, (_, k) => ({ ...VI1_DATE, id: `${a.id}-${k}`, articleId: a.id })));
      return [articles, annotations] as const;
    };
    // 20 × INDEX_STEP annotations: in one article, or spread over many, some 20 steps or more of folding alone.
    expect(count(...many(1, 20 * INDEX_STEP))).toBeGreaterThanOrEqual(20);
    expect(count(...many(400, 20 * INDEX_STEP / 400))).toBeGreaterThanOrEqual(20);
    expect(count([], [])).toBeLessThanOrEqual(3);
  });

  it('indexes an empty library', () => {
    const empty = buildIndex([], []);
    expect(search(empty, { text: 'chi thi' })).toEqual({ hits: [], annotationCount: 0 });
    expect(search(empty, {})).toEqual({ hits: [], annotationCount: 0 });
    expect(facets(empty)).toEqual({ tags: [], sites: [], langs: [], types: [] });
  });
});

describe('search by text', () => {
  it('lists everything, newest saved first, for an empty query', () => {
    const result = search(index, {});
    expect(ids(result)).toEqual([['en2', []], all('en1'), all('vi2'), all('vi1')]);
    expect(result.annotationCount).toBe(15);
    expect(find({ text: ' \u200b ' })).toEqual(ids(result));
  });

  it.each([
    ['chi thi 07'],
    ['Chỉ thị 07'],
    ['CHỈ THỊ 07'.normalize('NFD')],
    ['chỉ\u200b thị 07'],
    ['07/ct-bca'],
    ['“07/CT-BCA”,'],
  ])('finds Chỉ thị số 07/CT-BCA-V28 by %j: the article titled with it whole, the other by its annotation', (text) => {
    expect(find({ text })).toEqual([['vi2', [VI2_CT07.id]], all('vi1')]);
  });

  it('finds text stored decomposed and with zero-width characters', () => {
    expect(find({ text: 'can canh giac' })).toEqual([['vi1', [VI1_QUOTE.id]]]);
  });

  it('lets the article hold some words and one annotation the rest', () => {
    // VI2's title holds "bộ y tế"; only its date has the ISO value.
    expect(find({ text: 'bộ y tế 2024-03-12' })).toEqual([['vi2', [VI2_DATE.id]]]);
    expect(find({ text: 'decree 40' })).toEqual([['en1', [EN1_STAT.id]]]);
  });

  it('does not match words spread over two annotations, or across two parts of one record', () => {
    expect(find({ text: 'cảnh giác 128' })).toEqual([]);
    expect(find({ text: 'tinhuy' })).toEqual([]);
    expect(find({ text: 'aloneblog' })).toEqual([]);
  });

  it('searches notes, tags and values in words', () => {
    expect(find({ text: 'key sentence' })).toEqual([['en1', [EN1_QUOTE.id]]]);
    expect(find({ text: 'quan trong' })).toEqual([['vi1', [VI1_QUOTE.id]]]);
    expect(find({ text: 'đọc lại' })).toEqual([all('vi1')]);
    expect(find({ text: 'uy ban nhan dan' })).toEqual([['vi1', [VI1_UBND.id]]]);
    expect(find({ text: 'nearly 128' })).toEqual([['vi1', [VI1_STAT.id]]]);
    expect(find({ text: 'health' })).toEqual([all('en1')]);
    // The directive's issuer and issue date are part of its value.
    expect(find({ text: '2014-08-15' })).toEqual([['vi1', [VI1_CT07.id]]]);
  });

  it('finds nothing for a word nowhere', () => {
    expect(search(index, { text: 'xyzzy' })).toEqual({ hits: [], annotationCount: 0 });
  });
});

describe('search filters', () => {
  it('keeps only annotations of the chosen types, and articles with one', () => {
    expect(find({ types: ['directive'] })).toEqual([
      ['en1', [EN1_DECREE.id]],
      ['vi2', [VI2_CT07.id]],
      ['vi1', [VI1_CT07.id]],
    ]);
    expect(find({ text: 'chi thi', types: ['quote'] })).toEqual([['vi1', [VI1_QUOTE_CT.id, VI1_QUOTE.id]]]);
  });

  it('keeps what carries every tag, on the article and the annotation together', () => {
    expect(find({ tags: ['an ninh'] })).toEqual([all('vi1')]);
    expect(find({ tags: ['quan trọng'] })).toEqual([['vi1', [VI1_QUOTE.id]]]);
    expect(find({ tags: ['an ninh', ' quan trọng '] })).toEqual([['vi1', [VI1_QUOTE.id]]]);
    expect(find({ tags: ['chỉ thị', 'quan trọng'] })).toEqual([]);
    expect(find({ tags: ['law', 'health'] })).toEqual([all('en1')]);
    expect(find({ tags: ['later'] })).toEqual([['en2', []]]);
  });

  it('filters by site and language', () => {
    expect(find({ sites: ['VnExpress', 'Blog'] })).toEqual([['en2', []], all('vi2')]);
    expect(find({ langs: ['en'] })).toEqual([['en2', []], all('en1')]);
    expect(find({ langs: ['fr'] })).toEqual([]);
  });

  it('filters by publication day, inclusive, leaving out undated articles', () => {
    expect(find({ published: { from: '2024-08-01' } })).toEqual([['en2', []], all('vi1')]);
    expect(find({ published: { to: '2024-08-29' } })).toEqual([all('vi2'), all('vi1')]);
    expect(find({ published: { from: '2024-03-12', to: '2024-03-12' } })).toEqual([all('vi2')]);
    expect(find({ published: { from: '', to: '' } })).toHaveLength(4);
  });

  it('filters by saving time, inclusive', () => {
    expect(find({ saved: { from: noon('2024-09-01'), to: noon('2025-01-02') } })).toEqual([all('en1'), all('vi2')]);
    expect(find({ saved: { to: noon('2024-08-29') - 1 } })).toEqual([]);
  });

  it('keeps the articles citing a directive or naming an agency', () => {
    expect(find({ directiveId: '07/CT-BCA-V28' })).toEqual([all('vi2'), all('vi1')]);
    expect(find({ directiveId: '07/ct-bca-v28' })).toEqual([]);
    expect(find({ agency: 'bo y te' })).toEqual([all('vi2')]);
    expect(find({ agency: 'Ministry of health', types: ['quote'] })).toEqual([['en1', [EN1_QUOTE.id]]]);
    expect(find({ agency: 'Nobody' })).toEqual([]);
  });

  it('combines text, types, languages and dates', () => {
    const query: LibraryQuery = { text: 'chi thi', langs: ['vi'], types: ['directive', 'agency'], saved: { from: noon('2024-08-30') } };
    expect(find(query)).toEqual([['vi2', [VI2_CT07.id]]]);
    expect(search(index, query).annotationCount).toBe(1);
  });
});

describe('search sorts', () => {
  it.each<[LibrarySort, string[]]>([
    ['saved-desc', ['en2', 'en1', 'vi2', 'vi1']],
    ['saved-asc', ['vi1', 'vi2', 'en1', 'en2']],
    ['published-desc', ['en2', 'vi1', 'vi2', 'en1']],
    ['published-asc', ['vi2', 'vi1', 'en2', 'en1']],
    ['title', ['en2', 'vi2', 'en1', 'vi1']],
    ['site', ['en2', 'vi1', 'en1', 'vi2']],
  ])('%s', (sort, order) => {
    expect(search(index, { sort }).hits.map((h) => h.article.id)).toEqual(order);
  });

  it('orders Vietnamese titles by letter, numbers by value, and ties newest saved first', () => {
    const make = (id: string, title: string, savedAt: number): ArticleRecord => ({ ...EN2, id, url: id, title, savedAt });
    const articles = [make('a', 'Em', 1), make('b', 'Đà Nẵng', 2), make('c', 'Dung', 3), make('d', 'Điều 10', 4), make('e', 'Điều 9', 5), make('f', 'Dung', 6)];
    expect(search(buildIndex(articles, []), { sort: 'title' }).hits.map((h) => h.article.id)).toEqual(['f', 'c', 'b', 'e', 'd', 'a']);
  });
});

describe('facets', () => {
  it('counts articles per tag, site and language, and annotations per type, most first', () => {
    expect(facets(index)).toEqual({
      tags: [['an ninh', 1], ['chỉ thị', 1], ['health', 1], ['later', 1], ['law', 1], ['quan trọng', 1], ['y tế', 1]],
      sites: [['Blog', 1], ['Công an tỉnh', 1], ['news.example.com', 1], ['VnExpress', 1]],
      langs: [['en', 2], ['vi', 2]],
      types: [['agency', 5], ['directive', 3], ['quote', 3], ['date', 2], ['statistic', 2]],
    });
  });
});

describe('rowsOf', () => {
  it('flattens hits into one row per annotation, and one for an article listed alone', () => {
    const rows = rowsOf(search(index, {}));
    expect(rows).toHaveLength(1 + 4 + 4 + 7);
    expect(rows[0]).toEqual({ article: EN2 });
    expect(rows[1]).toEqual({ article: EN1, annotation: IN_ORDER.en1[0] });
    expect(rows.at(-1)).toEqual({ article: VI1, annotation: VI1_QUOTE });
    expect(rowsOf(search(index, { text: 'chi thi 07' })).map((r) => [r.article.id, r.annotation?.id])).toEqual([
      ['vi2', VI2_CT07.id],
      ...IN_ORDER.vi1.map((a) => ['vi1', a.id]),
    ]);
    expect(rowsOf({ hits: [], annotationCount: 0 })).toEqual([]);
  });
});

describe('publishedDay', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    ['2024-03-12T08:00:00+07:00', '2024-03-12'],
    [' 2024-03-12 ', '2024-03-12'],
    ['2024-03', undefined],
    ['12/03/2024', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (published, day) => {
    expect(publishedDay(published)).toBe(day);
  });
});

describe('search over many records', () => {
  it('matches exactly the annotations whose words are in them or their article, as a plain scan does', () => {
    const vocabulary = ['chỉ thị', 'nghị định', 'Bộ Y tế', 'Công an', 'tỉnh', 'Hà Nội', '2024', '07/CT', 'vụ', 'người', 'decree', 'health'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % n;
    };
    const phrase = (n: number) => Array.from({ length: n }, () => vocabulary[random(vocabulary.length)]).join(' ');
    const articles: ArticleRecord[] = Array.from({ length: 60 }, (_, i) => ({ ...EN2, id: `a${i}`, url: `u${i}`, title: phrase(2), site: 's', tags: [], savedAt: i }));
    const annotations: AnnotationRecord[] = Array.from({ length: 3000 }, (_, j) => ({
      ...VI1_QUOTE,
      id: `n${j}`,
      articleId: `a${random(60)}`,
      text: phrase(3),
      selectors: [VI1_QUOTE.selectors[0], { type: 'TextPositionSelector', start: j, end: j + 1 }],
    }));
    const big = buildIndex(articles, annotations);
    const sizes: number[] = [];
    for (const text of ['chi thi', 'bo y te 2024', '07/ct nguoi', 'decree health tinh', 'ha noi vu', 'nothing here']) {
      const sought = words(text);
      const expected = articles
        .map((article) => {
          const own = fold([article.title, article.site].join('\n'));
          const lacking = sought.filter((w) => !own.includes(w));
          const mine = annotations
            .filter((a) => a.articleId === article.id)
            .sort((x, y) => x.selectors[1].start - y.selectors[1].start)
            .filter((a) => lacking.every((w) => fold(a.text).includes(w)));
          return { article, mine, whole: lacking.length === 0 };
        })
        .filter((e) => e.whole || e.mine.length > 0)
        .reverse()
        .map((e) => [e.article.id, e.mine.map((a) => a.id)]);
      expect(ids(search(big, { text })), text).toEqual(expected);
      sizes.push(expected.flatMap(([, found]) => found).length);
    }
    // Common words match hundreds, rarer combinations a few, the last none.
    expect(sizes[0]).toBeGreaterThan(300);
    expect(sizes.slice(1, -1).every((n) => n > 0)).toBe(true);
    expect(sizes.at(-1)).toBe(0);
  });
});
