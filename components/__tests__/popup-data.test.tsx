// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageStatus } from '../../utils/messages';
import { getClipByUrl, saveClip } from '../../utils/store/clips';
import { watchClip, watchTags } from '../../utils/store/live';
import type { Clip, NewsmarkDb } from '../../utils/store/schema';
import { AGENCY, DATE, clip, freshDb } from '../../utils/store/__tests__/fixtures';
import { useCurrentPage, useKnownTags, useSavedClip, type PopupSources } from '../popup-data';

const URL = 'https://news.example.com/health/decree-15';
const OTHER = 'https://news.example.com/another';

afterEach(cleanup);

const status = (over: Partial<PageStatus> = {}): PageStatus =>
  ({ state: 'done', article: true, site: 'news.example.com', disabled: false, counts: { date: 1, agency: 1, directive: 0, statistic: 0 }, capped: false, url: URL, ...over }) as PageStatus;

/** Sources over a real (fake-indexeddb) database; the page's answers are given. */
function sources(db: NewsmarkDb, over: Partial<PopupSources> = {}): PopupSources {
  return {
    activeTab: Promise.resolve({ id: 7 }),
    ownTab: Promise.resolve(undefined),
    firstStatus: Promise.resolve(status()),
    firstClip: Promise.resolve(undefined),
    queryActive: async () => ({ id: 7 }),
    ask: (async (_tab: number, request: { type: string }) => (request.type === 'article' ? undefined : status())) as PopupSources['ask'],
    watchClip: (url, next) => watchClip(db, url, next),
    watchTags: (next) => watchTags(db, next),
    ...over,
  };
}

describe('useSavedClip', () => {
  it('shows the clip read before the first render at once, then follows saves made elsewhere', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL, [DATE], { tags: ['health'] }));
    const first = await getClipByUrl(db, URL);
    let unblockLive!: () => void;
    const liveAllowed = new Promise<void>((r) => (unblockLive = r));
    const src = sources(db, {
      firstClip: Promise.resolve({ url: `${URL}#top`, clip: first }),
      // The live read waits: what shows first is the first read.
      watchClip: (url, next) => {
        let stop = () => undefined as void;
        void liveAllowed.then(() => (stop = watchClip(db, url, next)));
        return () => stop();
      },
    });
    const { result } = renderHook(() => useSavedClip(src, URL));
    await waitFor(() => expect(result.current.state).toBe('saved'));
    expect((result.current as { clip: Clip }).clip.annotations.map((a) => a.text)).toEqual(['12 March 2024']);
    unblockLive();
    await saveClip(db, clip(URL, [AGENCY]));
    await waitFor(() => expect((result.current as { clip?: Clip }).clip?.annotations.map((a) => a.text)).toEqual(['12 March 2024', 'Ministry of Health']));
  });

  it('waits for the live read when the first read was for another page', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL, [DATE]));
    const src = sources(db, { firstClip: Promise.resolve({ url: OTHER, clip: undefined }) });
    const { result } = renderHook(() => useSavedClip(src, URL));
    await waitFor(() => expect(result.current.state).toBe('saved'));
    expect((result.current as { clip: Clip }).clip.article.url).toBe(URL);
  });

  it('says "none" for a page never saved, and "loading" while the url is unknown', async () => {
    const db = freshDb();
    const { result, rerender } = renderHook(({ url }: { url?: string }) => useSavedClip(sources(db), url), { initialProps: {} });
    expect(result.current.state).toBe('loading');
    rerender({ url: OTHER });
    await waitFor(() => expect(result.current.state).toBe('none'));
  });
});

describe('useCurrentPage', () => {
  it('takes the status asked before the render, and the tab with its url when the browser shows it', async () => {
    const db = freshDb();
    const asked: string[] = [];
    const src = sources(db, {
      activeTab: Promise.resolve({ id: 7, url: URL }),
      firstStatus: Promise.resolve(status({ state: 'idle' } as Partial<PageStatus>)),
      ask: (async (_tab: number, request: { type: string }) => {
        asked.push(request.type);
        return status();
      }) as PopupSources['ask'],
    });
    const { result } = renderHook(() => useCurrentPage(src));
    await waitFor(() => expect(result.current.page?.state).toBe('idle'));
    expect(result.current.tab).toEqual({ id: 7, url: URL });
    expect(asked).toEqual([]); // the first answer was not asked again
    await result.current.run();
    await waitFor(() => expect(result.current.page?.state).toBe('done'));
    expect(asked).toEqual(['run']);
  });

  it('asks the page to draw again only what is saved (not to read it again), and takes the status it answers', async () => {
    const db = freshDb();
    const asked: string[] = [];
    const missing = [{ id: 'a1', type: 'date', text: '12 March 2024' }];
    const src = sources(db, {
      ask: (async (_tab: number, request: { type: string }) => {
        asked.push(request.type);
        return status({ saved: { found: 2, missing } } as Partial<PageStatus>);
      }) as PopupSources['ask'],
    });
    const { result } = renderHook(() => useCurrentPage(src));
    await waitFor(() => expect(result.current.page?.state).toBe('done'));
    await result.current.showSaved();
    await waitFor(() => expect(result.current.page).toMatchObject({ saved: { found: 2, missing } }));
    expect(asked).toContain('show-saved');
    expect(asked).not.toContain('run');
  });

  it('never takes its own tab (opened as a tab) for the page', async () => {
    const db = freshDb();
    const src = sources(db, { activeTab: Promise.resolve({ id: 3 }), ownTab: Promise.resolve(3), firstStatus: Promise.resolve(undefined) });
    const { result } = renderHook(() => useCurrentPage(src));
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current.tab).toBeUndefined();
    expect(result.current.page).toBeUndefined();
  });
});

describe('useKnownTags', () => {
  it('lists the tags in use once enabled, and follows new ones', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL, [DATE], { tags: ['health'] }));
    const { result, rerender } = renderHook(({ on }: { on: boolean }) => useKnownTags(sources(db), on), { initialProps: { on: false } });
    expect(result.current).toEqual([]);
    rerender({ on: true });
    await waitFor(() => expect(result.current).toEqual(['health']));
    await saveClip(db, clip(OTHER, [DATE], { tags: ['law'] }));
    await waitFor(() => expect(result.current).toEqual(['health', 'law']));
  });
});
