// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSV_TYPE, datedName, saveFile } from '../download';

describe('datedName', () => {
  it.each([
    ['newsmark', 'csv', new Date(2026, 10, 26, 9, 0), 'newsmark-2026-11-26.csv'],
    ['newsmark', '.json', new Date(2026, 0, 5, 0, 0), 'newsmark-2026-01-05.json'],
    ['newsmark-annotations', 'jsonld', new Date(999, 8, 9, 23, 59), 'newsmark-annotations-0999-09-09.jsonld'],
  ])('%s, %s on %s → %s', (base, ext, now, expected) => {
    expect(datedName(base, ext, now)).toBe(expected);
  });

  it("uses the reader's local date, not UTC", () => {
    const lateEvening = new Date(2026, 10, 26, 23, 30);
    expect(datedName('newsmark', 'csv', lateEvening)).toBe('newsmark-2026-11-26.csv');
    const earlyMorning = new Date(2026, 10, 27, 0, 30);
    expect(datedName('newsmark', 'csv', earlyMorning)).toBe('newsmark-2026-11-27.csv');
  });
});

describe('saveFile', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a hidden <a download> on an object URL of the parts, then removes it and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:newsmark/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string; hidden: boolean; attached: boolean }> = [];
    document.addEventListener(
      'click',
      (event) => {
        const a = event.target as HTMLAnchorElement;
        clicked.push({ href: a.href, download: a.download, hidden: a.hidden, attached: a.isConnected });
        event.preventDefault();
      },
      true,
    );

    saveFile('newsmark-2026-11-26.csv', ['\uFEFFa,b\r\n', '1,2'], CSV_TYPE);

    expect(clicked).toEqual([{ href: 'blob:newsmark/1', download: 'newsmark-2026-11-26.csv', hidden: true, attached: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    // The bytes, BOM included (Blob.text() would decode it away).
    expect(new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(new TextEncoder().encode('\uFEFFa,b\r\n1,2'));
    expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:newsmark/1');
  });
});
