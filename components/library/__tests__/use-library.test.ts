// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { directiveIndex } from '../../../utils/library/indexes';
import { facets, search } from '../../../utils/library/search';
import { saveClip, updateArticle } from '../../../utils/store/clips';
import { addTags, deleteAnnotations, deleteArticles, restoreDeleted, updateAnnotation } from '../../../utils/store/manage';
import type { NewsmarkDb } from '../../../utils/store/schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, freshDb } from '../../../utils/store/__tests__/fixtures';
import { readLibrary, useLibrary, type LibraryState, type LoadedLibrary } from '../use-library';

afterEach(cleanup);

const byId = <T extends { id: string }>(records: Iterable<T>) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
const contents = (library: LoadedLibrary) => ({ articles: byId(library.articles), annotations: byId(library.annotations) });
/** How many patches (reads of the changed records only) and full reads have started so far. */
const reads = () => ({
  patches: performance.getEntriesByName('newsmark-patch-start').length,
  full: performance.getEntriesByName('newsmark-load-start').length,
});

/** Whether the hook has a library other than `last` and no update running. */
const settled = (state: LibraryState, last: LoadedLibrary | undefined) => state.status === 'ready' && !state.updating && state.library !== last;

/** Checks the hook's library against a fresh read of `db`: the records, and the index's answers. */
async function expectInStep(db: NewsmarkDb, state: LibraryState) {
  expect(state.status).toBe('ready');
  const library = state.library!;
  const fresh = await readLibrary(db);
  expect(contents(library)).toEqual(contents(fresh));
  expect(byId(library.annotationsById.values())).toEqual(byId(fresh.annotations));
  for (const query of [{}, { text: 'đã sửa' }, { tags: ['z'] }, { tags: ['trích'] }, { types: ['directive' as const] }]) {
    expect(search(library.index, query)).toEqual(search(fresh.index, query));
  }
  expect(facets(library.index)).toEqual(facets(fresh.index));
  expect(directiveIndex(library.index)).toEqual(directiveIndex(fresh.index));
}

/** `db` with two articles, and the hook rendered on it, once loaded. */
async function mounted() {
  const db = freshDb();
  const a = await saveClip(db, clip('https://example.com/a', [DATE, DECREE, AGENCY], { tags: ['x'] }));
  const b = await saveClip(db, clip('https://example.com/b', [QUOTE, STAT]));
  if (!a.ok || !b.ok) throw new Error('fixture');
  const hook = renderHook(() => useLibrary(db));
  await waitFor(() => expect(hook.result.current.status).toBe('ready'));
  return { db, a: a.articleId, b: b.articleId, hook };
}

/** Makes `db.annotations.bulkGet` (which a patch reads with) fail the next `times` times. */
function failBulkGet(db: NewsmarkDb, times: number) {
  const table = db.annotations;
  const original = table.bulkGet;
  let left = times;
  table.bulkGet = ((...args: Parameters<typeof original>) => {
    if (left-- > 0) return Promise.reject(new Error('the read failed'));
    return original.apply(table, args);
  }) as typeof original;
  return { calls: () => times - left, restore: () => (table.bulkGet = original) };
}

describe('useLibrary', () => {
  it('loads the library, then follows every write by patching it, in step with a fresh read', async () => {
    const { db, a, b, hook } = await mounted();
    const state = () => hook.result.current;
    expect(state().library!.articles).toHaveLength(2);
    await expectInStep(db, state());
    const quote = (await db.annotations.where('type').equals('quote').first())!;
    const writes: (() => Promise<unknown>)[] = [
      () => updateArticle(db, a, { note: 'đã sửa', tags: ['y'] }),
      () => updateAnnotation(db, quote.id, { tags: ['trích'] }),
      () => addTags(db, { articleIds: [a, b] }, ['z']),
      () => saveClip(db, clip('https://example.com/c', [DATE])),
      () => deleteAnnotations(db, [quote.id]),
      async () => {
        const gone = await deleteArticles(db, [a]);
        if (!gone.ok) throw new Error(gone.message);
        await restoreDeleted(db, gone.deleted);
        await deleteArticles(db, [b]);
      },
    ];
    let patches = 0;
    let full = 0;
    for (const write of writes) {
      const last = state().library;
      const before = reads();
      await write();
      await waitFor(() => expect(settled(state(), last)).toBe(true));
      patches += reads().patches - before.patches;
      full += reads().full - before.full;
      await waitFor(() => expectInStep(db, state()));
    }
    // Each write named its records: patched, never read whole again.
    expect(patches).toBeGreaterThanOrEqual(writes.length);
    expect(full).toBe(0);
  });

  it('reads everything again when a patch fails, so the library stays in step with the database', async () => {
    const { db, a, hook } = await mounted();
    const failing = failBulkGet(db, 1);
    const last = hook.result.current.library;
    await updateArticle(db, a, { note: 'sửa khi đọc lỗi' });
    await waitFor(() => expect(settled(hook.result.current, last)).toBe(true));
    expect(failing.calls()).toBe(1);
    expect(hook.result.current.status).toBe('ready');
    expect(hook.result.current.library!.articles.find((x) => x.id === a)?.note).toBe('sửa khi đọc lỗi');
    await expectInStep(db, hook.result.current);
    // And the next write is patched as usual.
    await updateArticle(db, a, { note: 'lần sau' });
    await waitFor(() => expect(hook.result.current.library!.articles.find((x) => x.id === a)?.note).toBe('lần sau'));
    await expectInStep(db, hook.result.current);
    failing.restore();
  });

  it('says it failed when the full read after a failed patch fails too, keeping the last library; the next write recovers', async () => {
    const { db, a, hook } = await mounted();
    const last = hook.result.current.library;
    const failing = failBulkGet(db, 1);
    const orderBy = db.articles.orderBy;
    db.articles.orderBy = (() => {
      throw new Error('the disk is gone');
    }) as typeof orderBy;
    await updateArticle(db, a, { note: 'không đọc được' });
    await waitFor(() => expect(hook.result.current.status).toBe('failed'));
    expect(hook.result.current.message).toBe('the disk is gone');
    expect(hook.result.current.library).toBe(last);
    expect(failing.calls()).toBe(1);
    db.articles.orderBy = orderBy;
    await updateArticle(db, a, { note: 'đọc lại được' });
    await waitFor(() => expect(hook.result.current.status).toBe('ready'));
    await waitFor(() => expectInStep(db, hook.result.current));
  });

  it('stops following writes once unmounted', async () => {
    const { db, a, hook } = await mounted();
    // A second page on the same database, still open: it patches once, the closed one not at all.
    const other = renderHook(() => useLibrary(db));
    await waitFor(() => expect(other.result.current.status).toBe('ready'));
    hook.unmount();
    const before = reads();
    const last = other.result.current.library;
    await updateArticle(db, a, { note: 'sau khi đóng' });
    await waitFor(() => expect(settled(other.result.current, last)).toBe(true));
    expect(reads().patches - before.patches).toBe(1);
  });
});
