// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../../utils/__tests__/locale';
import { Toast } from '../Toast';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

describe('Toast', () => {
  it('takes the focus to its Undo when asked, and stays while the focus is on it', async () => {
    const onDismiss = vi.fn();
    render(
      <>
        <button type="button">elsewhere</button>
        <Toast toast={{ text: 'Deleted.', undo: () => undefined, focus: true }} onDismiss={onDismiss} timeoutMs={0} />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    // Its time is up at once, but the reader is on it.
    await new Promise((r) => setTimeout(r, 5));
    expect(onDismiss).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await waitFor(() => expect(onDismiss).toHaveBeenCalledTimes(1));
  });

  it('leaves the focus where it is for a toast that does not ask', () => {
    render(
      <>
        <button type="button">elsewhere</button>
        <Toast toast={{ text: 'Tag added.', undo: () => undefined }} onDismiss={() => undefined} />
      </>,
    );
    const elsewhere = screen.getByRole('button', { name: 'elsewhere' });
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Undo' }));
    elsewhere.focus();
    expect(document.activeElement).toBe(elsewhere);
  });
});
