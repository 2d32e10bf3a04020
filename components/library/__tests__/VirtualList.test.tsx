// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList, firstRowBelow } from '../VirtualList';

afterEach(cleanup);

type Item = { id: number; tall: boolean };
const items: Item[] = Array.from({ length: 100_000 }, (_, id) => ({ id, tall: id % 10 === 0 }));
const heightOf = (item: Item) => (item.tall ? 50 : 20);

describe('VirtualList', () => {
  it('finds the first row under a point by its summed heights', () => {
    const offsets = Float64Array.from([0, 50, 70, 90]);
    expect([0, 49, 50, 69, 70, 89, 500].map((y) => firstRowBelow(offsets, y))).toEqual([0, 0, 1, 1, 2, 2, 2]);
    expect(firstRowBelow(Float64Array.from([0]), 10)).toBe(0);
  });

  it('draws the rows in view of 100,000, placed at their offsets, and the next ones after a scroll', async () => {
    render(
      <VirtualList items={items} heightOf={heightOf} keyOf={(i) => String(i.id)} render={(i) => `row ${i.id}`} label="Rows" overscan={100} fallbackHeight={400} />,
    );
    const list = screen.getByRole('list', { name: 'Rows' });
    // 100,000 rows: 10,000 tall ones of 50 px and 90,000 of 20 px.
    expect(list.style.height).toBe(`${10_000 * 50 + 90_000 * 20}px`);
    let rows = within(list).getAllByRole('listitem');
    expect(rows[0]!.textContent).toBe('row 0');
    expect(rows.length).toBeLessThan(30);
    expect(rows[1]!.style.top).toBe('50px');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('100000');

    // Scroll to row 50,000: it starts at 5,000 × 50 + 45,000 × 20 = 1,150,000 px.
    const viewport = list.parentElement!;
    viewport.scrollTop = 1_150_000;
    await act(async () => {
      fireEvent.scroll(viewport);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    });
    rows = within(list).getAllByRole('listitem');
    const shown = rows.map((r) => Number(r.textContent!.slice(4)));
    expect(shown).toContain(50_000);
    expect(shown).not.toContain(0);
    expect(rows.length).toBeLessThan(40);
    expect(rows.find((r) => r.textContent === 'row 50000')!.style.top).toBe('1150000px');
  });
});
