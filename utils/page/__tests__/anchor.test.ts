import { describe, expect, it } from 'vitest';
import type { Selectors } from '../../store/schema';
import { quoteSelectors } from '../../store/selectors';
import { anchorAll, anchorSelectors, approxSearch } from '../anchor';

const P1 = 'Chiều 28/8, Ban Chỉ đạo 138 tỉnh tổng kết 10 năm thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ Công an.';
const P2 = 'Theo báo cáo của Bộ Công an, lực lượng Cảnh sát hình sự đã bắt giữ 52 đối tượng trong năm 2024.';
const P3 = 'Đại diện Bộ Công an đề nghị các địa phương tiếp tục triển khai Chỉ thị trong thời gian tới.';
const OLD = [P1, P2, P3].join('\n\n');

/** Selectors for the `nth` (0-based) occurrence of `quote` in OLD. */
function sel(quote: string, nth = 0): Selectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = OLD.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: ${quote} #${nth} not in OLD`);
  return quoteSelectors(OLD, at, at + quote.length);
}

/** Offsets of the `nth` occurrence of `quote` in `text`. */
function at(text: string, quote: string, nth = 0): { start: number; end: number } {
  let s = -1;
  for (let i = 0; i <= nth; i++) s = text.indexOf(quote, s + 1);
  return { start: s, end: s + quote.length };
}

const INSERTED = 'Tin liên quan: Bộ Công an công bố số liệu mới về tội phạm.';

interface Case {
  name: string;
  text: string;
  selectors: Selectors;
  how: 'position' | 'quote' | 'fuzzy' | null;
  /** What `text.slice(start, end)` must be (NFC-compared); omitted when null. */
  expectText?: string;
  /** Expected offsets, when the case pins them. */
  expectAt?: { start: number; end: number };
}

const cases: Case[] = [
  {
    name: 'unchanged text → position',
    text: OLD,
    selectors: sel('Bộ Công an', 1),
    how: 'position',
    expectAt: at(OLD, 'Bộ Công an', 1),
  },
  {
    name: 'paragraph inserted before → quote; prefix/suffix pick the 2nd of 4 occurrences',
    text: `${INSERTED}\n\n${OLD}`,
    selectors: sel('Bộ Công an', 1),
    how: 'quote',
    // INSERTED has one more "Bộ Công an", so the old 2nd is now the 3rd.
    expectAt: at(`${INSERTED}\n\n${OLD}`, 'Bộ Công an', 2),
  },
  {
    name: 'paragraph inserted before → quote; the 3rd occurrence by its context',
    text: `${INSERTED}\n\n${OLD}`,
    selectors: sel('Bộ Công an', 2),
    how: 'quote',
    expectAt: at(`${INSERTED}\n\n${OLD}`, 'Bộ Công an', 3),
  },
  {
    name: 'case changed inside the quote ("Bộ Công an" → "Bộ Công An") → fuzzy',
    text: `${INSERTED}\n\n${OLD.replace('báo cáo của Bộ Công an', 'báo cáo của Bộ Công An')}`,
    selectors: sel('Theo báo cáo của Bộ Công an, lực lượng Cảnh sát'),
    how: 'fuzzy',
    expectText: 'Theo báo cáo của Bộ Công An, lực lượng Cảnh sát',
  },
  {
    name: 'the marked "Bộ Công an" became "Bộ Công An" while others stand exact → fuzzy at the marked one',
    text: OLD.replace('báo cáo của Bộ Công an', 'báo cáo của Bộ Công An'),
    selectors: sel('Bộ Công an', 1),
    how: 'fuzzy',
    expectAt: at(OLD, 'Bộ Công an', 1),
    expectText: 'Bộ Công An',
  },
  {
    name: 'a typo inside the quote → fuzzy',
    text: OLD.replace('bắt giữ 52 đối tượng', 'bắt gữi 52 đối tượng'),
    selectors: sel('lực lượng Cảnh sát hình sự đã bắt giữ 52 đối tượng'),
    how: 'fuzzy',
    expectText: 'lực lượng Cảnh sát hình sự đã bắt gữi 52 đối tượng',
  },
  {
    name: 'an extra space inside the quote → fuzzy',
    text: `${INSERTED}\n${OLD.replace('tổng kết 10 năm', 'tổng kết  10 năm')}`,
    selectors: sel('Ban Chỉ đạo 138 tỉnh tổng kết 10 năm thực hiện'),
    how: 'fuzzy',
    expectText: 'Ban Chỉ đạo 138 tỉnh tổng kết  10 năm thực hiện',
  },
  {
    name: 'quote removed → null',
    text: [P1, P3].join('\n\n'),
    selectors: sel('lực lượng Cảnh sát hình sự đã bắt giữ 52 đối tượng'),
    how: null,
  },
  {
    name: 'too many changes (more than a quarter of the quote) → null',
    text: OLD.replace('bắt giữ 52 đối tượng', 'khởi tố 7 bị can'),
    selectors: sel('bắt giữ 52 đối tượng'),
    how: null,
  },
  {
    name: 'decomposed (NFD) new text, shifted → quote, offsets into the NFD text',
    text: `${INSERTED}\n\n${OLD}`.normalize('NFD'),
    selectors: sel('Bộ Công an', 1),
    how: 'quote',
    expectAt: at(`${INSERTED}\n\n${OLD}`.normalize('NFD'), 'Bộ Công an'.normalize('NFD'), 2),
  },
  {
    name: 'decomposed (NFD) new text with a typo → fuzzy, offsets into the NFD text',
    text: OLD.replace('bắt giữ 52', 'bắt gữi 52').normalize('NFD'),
    selectors: sel('lực lượng Cảnh sát hình sự đã bắt giữ 52 đối tượng'),
    how: 'fuzzy',
    expectText: 'lực lượng Cảnh sát hình sự đã bắt gữi 52 đối tượng',
  },
  {
    name: 'empty exact → null',
    text: OLD,
    selectors: [
      { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 3, end: 3 },
    ],
    how: null,
  },
  {
    name: 'whitespace exact → null (even where the position holds)',
    text: OLD,
    selectors: quoteSelectors(OLD, P1.length, P1.length + 2),
    how: null,
  },
];

describe('anchorSelectors', () => {
  it.each(cases)('$name', ({ text, selectors, how, expectText, expectAt }) => {
    const a = anchorSelectors(text, selectors);
    if (how === null) {
      expect(a).toBeNull();
      return;
    }
    expect(a).not.toBeNull();
    expect(a!.how).toBe(how);
    if (expectAt) expect({ start: a!.start, end: a!.end }).toEqual(expectAt);
    if (expectText) expect(text.slice(a!.start, a!.end).normalize('NFC')).toBe(expectText.normalize('NFC'));
    else expect(text.slice(a!.start, a!.end).normalize('NFC')).toBe(selectors[0].exact.normalize('NFC'));
  });

  it('breaks a context tie by nearness to the old position', () => {
    const text = 'x ab x ab x ab x';
    // No context at all: three equal candidates, the old position (now stale) is nearest the 3rd.
    const selectors: Selectors = [
      { type: 'TextQuoteSelector', exact: 'ab', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 13, end: 15 },
    ];
    expect(anchorSelectors(text, selectors)).toEqual({ start: 12, end: 14, how: 'quote' });
  });

  it('ignores a position selector outside the text', () => {
    const selectors: Selectors = [
      { type: 'TextQuoteSelector', exact: 'Bộ Công an', prefix: 'của ', suffix: '.' },
      { type: 'TextPositionSelector', start: 10_000, end: 10_010 },
    ];
    expect(anchorSelectors(OLD, selectors)).toMatchObject({ ...at(OLD, 'Bộ Công an'), how: 'quote' });
  });
});

describe('approxSearch', () => {
  it.each([
    { text: 'the quick brown fox', pattern: 'quick', k: 0, want: [{ start: 4, end: 9, errors: 0 }] },
    { text: 'the quikc brown fox', pattern: 'quick', k: 2, want: [{ start: 4, end: 8, errors: 1 }] },
    { text: 'the quck brown fox', pattern: 'quick', k: 1, want: [{ start: 4, end: 8, errors: 1 }] },
    { text: 'the quiick brown fox', pattern: 'quick', k: 1, want: [{ start: 4, end: 10, errors: 1 }] },
    { text: 'nothing here', pattern: 'quick', k: 1, want: [] },
  ])('$pattern in "$text" (k=$k)', ({ text, pattern, k, want }) => {
    expect(approxSearch(text, pattern, k)).toEqual(want);
  });
});

describe('anchorAll', () => {
  it('lists what it anchors and the ids it cannot', () => {
    const text = [P1, P3].join('\n\n'); // P2 removed
    const r = anchorAll(text, [
      { id: 'a', selectors: sel('Chỉ thị số 07/CT-BCA-V28') },
      { id: 'b', selectors: sel('bắt giữ 52 đối tượng') },
      { id: 'c', selectors: sel('Bộ Công an', 2) },
    ]);
    expect(r.missing).toEqual(['b']);
    expect(r.anchored.map((x) => [x.id, x.how])).toEqual([
      ['a', 'position'],
      ['c', 'quote'],
    ]);
    const c = r.anchored[1]!;
    expect(text.slice(c.start, c.end)).toBe('Bộ Công an');
    expect(c.start).toBe(text.indexOf('Đại diện Bộ Công an') + 'Đại diện '.length);
  });

  // Speed is measured by `npm run bench`, not here: these check the answers on a long text.
  describe('a long text: 100,000 words (~600 KB), 500 annotations', () => {
    const VOCAB = (
      'bộ công an chỉ thị số tỉnh thành phố ban chỉ đạo tổng kết năm thực hiện lực lượng cảnh sát ' +
      'hình sự bắt giữ đối tượng báo cáo đại diện địa phương triển khai thời gian tới nghị quyết ' +
      'chính phủ quốc hội kinh tế xã hội phát triển dự án đầu tư tăng trưởng'
    ).split(' ');
    let seed = 42; // mulberry32: deterministic, and no short cycles in the low bits
    const rand = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) % n);
    };
    const words: string[] = [];
    for (let i = 0; i < 100_000; i++) words.push(VOCAB[rand(VOCAB.length)]!);
    const text = words.join(' ');
    const items = Array.from({ length: 500 }, (_, i) => {
      const s = Math.floor(((i + 0.5) * text.length) / 500);
      const start = text.lastIndexOf(' ', s) + 1;
      const end = start + 60;
      return { id: String(i), selectors: quoteSelectors(text, start, end) };
    });

    it('positions hold → all by position', () => {
      expect(new TextEncoder().encode(text).length).toBeGreaterThan(550_000); // UTF-8 bytes
      const r = anchorAll(text, items);
      expect(r.missing).toEqual([]);
      expect(r.anchored.every((a) => a.how === 'position')).toBe(true);
    });

    it('a paragraph inserted at the top → all by quote, at the shifted offsets', () => {
      const head = 'Tin mới cập nhật. ';
      const r = anchorAll(head + text, items);
      expect(r.missing).toEqual([]);
      expect(r.anchored.every((a) => a.how === 'quote')).toBe(true);
      r.anchored.forEach((a, i) => expect(a.start).toBe(items[i]!.selectors[1].start + head.length));
    });

    it('one changed quote in the big text → fuzzy, found near its old position', () => {
      const it0 = items[250]!;
      const { start, end } = it0.selectors[1];
      // Two letters changed inside the quote (an edit at its very edge is ambiguous: dropping or
      // substituting the last character costs the same).
      const changed = `${text.slice(0, start + 10)}X${text.slice(start + 11, end - 10)}Y${text.slice(end - 9)}`;
      const a = anchorSelectors(`Mở đầu. ${changed}`, it0.selectors);
      expect(a).toMatchObject({ how: 'fuzzy', start: start + 'Mở đầu. '.length, end: end + 'Mở đầu. '.length });
    });

    it('a poor match near the old position loses to a close one far away (the whole text is searched)', () => {
      const it0 = items[100]!;
      const { start, end } = it0.selectors[1];
      const quote = text.slice(start, end);
      const { prefix, suffix } = it0.selectors[0];
      // Where it was: the quote with 11 of its 60 characters changed (allowed: 15; "near" takes ≤ 7).
      const poor = [...quote].map((c, i) => (i % 5 === 2 && i < 55 ? 'Q' : c)).join('');
      expect([...poor].filter((c, i) => c !== quote[i]).length).toBe(11);
      // Far down the page: the passage with its context and one letter changed.
      const close = `${quote.slice(0, 30)}Z${quote.slice(31)}`;
      const far = 400_000;
      const changed = text.slice(0, start) + poor + text.slice(end, far) + ` ${prefix}${close}${suffix} ` + text.slice(far);
      const farStart = far + 1 + prefix.length;
      expect(anchorSelectors(changed, it0.selectors)).toEqual({ start: farStart, end: farStart + close.length, how: 'fuzzy' });
    });

    it('a close match near the old position with its context is taken, as the whole-text ranking would', () => {
      const it0 = items[300]!;
      const { start, end } = it0.selectors[1];
      const quote = text.slice(start, end);
      const edited = `${quote.slice(0, 20)}W${quote.slice(21)}`;
      // The same edit elsewhere without the context: ranks lower either way.
      const changed = text.slice(0, 1000) + ` ${edited} ` + text.slice(1000, start) + edited + text.slice(end);
      const shift = edited.length + 2;
      expect(anchorSelectors(changed, it0.selectors)).toEqual({ start: start + shift, end: end + shift, how: 'fuzzy' });
    });
  });
});
