import { describe, expect, it } from 'vitest';
import { quoteSelectors } from '../selectors';

describe('quoteSelectors', () => {
  const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);

  it('builds a quote selector with 32 characters of context and a position selector', () => {
    expect(quoteSelectors(text, 40, 45)).toEqual([
      { type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) },
      { type: 'TextPositionSelector', start: 40, end: 45 },
    ]);
  });

  it('shortens the context at the edges of the text', () => {
    const [quote] = quoteSelectors('Hello world', 0, 5);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: ' world' });
    expect(quoteSelectors('Hello world', 6, 11)[0]).toMatchObject({ prefix: 'Hello ', suffix: '' });
  });

  it('takes another context length', () => {
    expect(quoteSelectors(text, 40, 45, 3)[0]).toMatchObject({ prefix: 'aaa', suffix: 'bbb' });
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = '😀';
    const s = `${emoji}xQy${emoji}`;
    const [quote] = quoteSelectors(s, 3, 4, 2);
    expect(quote).toMatchObject({ exact: 'Q', prefix: 'x', suffix: 'y' });
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 999],
    [0.5, 2],
  ])('throws on offsets %d–%d', (start, end) => {
    expect(() => quoteSelectors('Hello world', start, end)).toThrow(RangeError);
  });
});
