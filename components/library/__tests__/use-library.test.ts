// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie, type ObservabilitySet } from 'dexie';
import { changesOf, type LibraryChanges } from '../../../utils/library/changes';
import { directiveIndex } from '../../../utils/library/indexes';
import { loadLibrary } from '../../../utils/library/load';
import { buildIndex, facets, search } from '../../../utils/library/search';
import { shape } from '../../../utils/library/__tests__/index-shape';
import { articleOf, quoteOf, storeSets } from '../../../utils/library/__tests__/stored-fixtures';
import { saveClip, updateArticle } from '../../../utils/store/clips';
import { addTags, deleteAnnotations, deleteArticles, restoreDeleted, updateAnnotation } from '../../../utils/store/manage';
import type { AnnotationRecord, NewsmarkDb } from '../../../utils/store/schema';
import { putAnnotations, setOf } from '../../../utils/store/sets';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, freshDb } from '../../../utils/store/__tests__/fixtures';
import { heldFor, patchLibrary, readLibrary, setChanges, useLibrary, type LibraryState, type LoadedLibrary } from '../use-library';

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

/** Makes `db.annotationSets.bulkGet` (which a patch reads with) fail the next `times` times. */
function failBulkGet(db: NewsmarkDb, times: number) {
  const table = db.annotationSets;
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
    const quote = (await db.annotationSets.where('types').equals('quote').first())!.annotations.find((x) => x.type === 'quote')!;
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

/**
 * The library against a fresh read of `db`: its records, its map by id, and its index equal to
 * buildIndex over the fresh records (the articles in the library's order, which a patch keeps).
 */
async function expectFresh(db: NewsmarkDb, library: LoadedLibrary) {
  const fresh = await loadLibrary(db);
  const article = new Map(fresh.articles.map((a) => [a.id, a]));
  expect(library.index.articles.map((a) => a.id).sort()).toEqual([...article.keys()].sort());
  const rebuilt = buildIndex(
    library.index.articles.map((a) => article.get(a.id)!),
    fresh.annotations,
  );
  expect(shape(library.index)).toEqual(shape(rebuilt));
  expect(library.index.articles).toEqual(rebuilt.articles);
  expect(library.index.annotations).toEqual(rebuilt.annotations);
  expect(byId(library.articles)).toEqual(byId(fresh.articles));
  expect(byId(library.annotations)).toEqual(byId(fresh.annotations));
  expect(byId(library.annotationsById.values())).toEqual(byId(fresh.annotations));
  expect([...library.annotationsById.keys()].sort()).toEqual(fresh.annotations.map((a) => a.id).sort());
}

/** The records of `after` that are not the very records of `before` (same place): those updateIndex was handed. */
const remade = (before: readonly AnnotationRecord[], after: readonly AnnotationRecord[]) => after.filter((a, i) => a !== before[i]);

describe('setChanges', () => {
  const held = [quoteOf('a', 0), quoteOf('a', 1), quoteOf('a', 2)];
  it('puts the annotations added or differing in any field, and deletes those gone', () => {
    const edited = { ...held[1]!, tags: ['mới'] };
    const added = quoteOf('a', 9);
    // Records read again are equal copies, never the same objects.
    expect(setChanges(held, structuredClone([held[0]!, edited, added]))).toEqual({ put: [edited, added], deleted: [held[2]!.id] });
    expect(setChanges(held, structuredClone(held))).toEqual({ put: [], deleted: [] });
    expect(setChanges(held, [{ ...held[0]!, selectors: [held[0]!.selectors[0], { type: 'TextPositionSelector', start: 3, end: 4 }] }, held[1]!, held[2]!]).put).toHaveLength(1);
  });

  it('deletes every annotation of a set that is gone, and puts every one of a new set', () => {
    expect(setChanges(held, undefined)).toEqual({ put: [], deleted: held.map((a) => a.id) });
    expect(setChanges([], held)).toEqual({ put: held, deleted: [] });
  });
});

describe('patchLibrary', () => {
  it('editing one annotation of a set of 500 re-indexes that one alone', async () => {
    const db = freshDb();
    const [big] = await storeSets(db, [500, 3, 20]);
    const library = await readLibrary(db);
    const before = [...heldFor(library.index, big!)];
    const beforeAll = [...library.annotations];
    expect(before).toHaveLength(500);
    const target = before[250]!;
    const edited = await updateAnnotation(db, target.id, { note: 'đã sửa' });
    expect(edited).toMatchObject({ ok: true, updated: true });

    const patched = await patchLibrary(db, library, { articles: [], sets: [big!] });
    // The 499 others are the very records held before: only the edited one was handed to updateIndex.
    expect(remade(before, heldFor(patched.index, big!))).toEqual([{ ...target, note: 'đã sửa' }]);
    expect(remade(beforeAll, patched.annotations)).toEqual([{ ...target, note: 'đã sửa' }]);
    expect(search(patched.index, { text: 'da sua' }).hits.map((h) => h.annotations.map((a) => a.id))).toEqual([[target.id]]);
    await expectFresh(db, patched);
  });

  it('a set written again unchanged re-indexes nothing', async () => {
    const db = freshDb();
    const [a] = await storeSets(db, [30, 2]);
    const library = await readLibrary(db);
    const before = [...heldFor(library.index, a!)];
    await db.transaction('rw', db.annotationSets, async () => db.annotationSets.put(setOf(a!, (await db.annotationSets.get(a!))!.annotations)));
    const patched = await patchLibrary(db, library, { articles: [], sets: [a!] });
    expect(remade(before, heldFor(patched.index, a!))).toEqual([]);
    expect(patched.annotations).toBe(library.annotations);
    await expectFresh(db, patched);
  });

  it('a set that is gone takes all its annotations, its article staying; a deleted article takes its set', async () => {
    const db = freshDb();
    const [a, b, c] = await storeSets(db, [40, 3, 5]);
    let library = await readLibrary(db);
    await db.transaction('rw', db.annotationSets, () => db.annotationSets.delete(a!));
    library = await patchLibrary(db, library, { articles: [], sets: [a!] });
    expect(heldFor(library.index, a!)).toEqual([]);
    expect(library.annotations.filter((x) => x.articleId === a)).toEqual([]);
    expect(library.index.articles.map((x) => x.id)).toEqual([a, b, c]);
    await expectFresh(db, library);

    const gone = await deleteArticles(db, [c!]);
    expect(gone.ok).toBe(true);
    library = await patchLibrary(db, library, { articles: [c!], sets: [c!] });
    expect(library.index.articles.map((x) => x.id)).toEqual([a, b]);
    expect(library.annotations.map((x) => x.articleId)).toEqual([b, b, b]);
    expect(library.index.orphans.size).toBe(0);
    await expectFresh(db, library);
  });

  it('a new set adds its annotations after those held, for a new article or one saved without any', async () => {
    const db = freshDb();
    const [a, empty] = await storeSets(db, [4, 0]);
    let library = await readLibrary(db);
    expect(heldFor(library.index, empty!)).toEqual([]);
    const added = [quoteOf('new', 1), quoteOf('new', 0)];
    await db.transaction('rw', db.articles, db.annotationSets, async () => {
      await db.articles.put(articleOf('new', 5));
      await putAnnotations(db, added);
    });
    library = await patchLibrary(db, library, { articles: ['new'], sets: ['new'] });
    // New ones last, in the set's (reading) order.
    expect(library.annotations.map((x) => x.id)).toEqual([...[0, 1, 2, 3].map((j) => `${a}-q${j}`), 'new-q0', 'new-q1']);
    expect(heldFor(library.index, 'new').map((x) => x.id)).toEqual(['new-q0', 'new-q1']);
    await expectFresh(db, library);

    await db.transaction('rw', db.annotationSets, () => putAnnotations(db, [quoteOf(empty!, 2)]));
    library = await patchLibrary(db, library, { articles: [], sets: [empty!] });
    expect(heldFor(library.index, empty!).map((x) => x.id)).toEqual([`${empty}-q2`]);
    expect(library.annotations.at(-1)!.id).toBe(`${empty}-q2`);
    await expectFresh(db, library);
  });

  it('adds, changes, removes and moves annotations across sets in one patch, keeping the order of those held', async () => {
    const db = freshDb();
    const [a, b] = await storeSets(db, [6, 3]);
    const library = await readLibrary(db);
    const held = (id: string) => library.annotationsById.get(id)!;
    await db.transaction('rw', db.annotationSets, async () => {
      const set = (await db.annotationSets.get(a!))!;
      const kept = set.annotations.filter((x) => x.id !== `${a}-q2` && x.id !== `${a}-q3`).map((x) => (x.id === `${a}-q1` ? { ...x, tags: ['mới'] } : x));
      await db.annotationSets.put(setOf(a!, [...kept, quoteOf(a!, 9)]));
      // q3 moves to article b, under the same id.
      await putAnnotations(db, [{ ...held(`${a}-q3`), articleId: b! }]);
    });
    const patched = await patchLibrary(db, library, { articles: [], sets: [a!, b!] });
    // Changed ones where they were, removed ones gone, new ones last.
    const ids = library.annotations.map((x) => x.id).filter((id) => id !== `${a}-q2`);
    expect(patched.annotations.map((x) => x.id)).toEqual([...ids, `${a}-q9`]);
    expect(patched.annotationsById.get(`${a}-q3`)!.articleId).toBe(b);
    expect(patched.annotationsById.get(`${a}-q1`)!.tags).toEqual(['mới']);
    expect(patched.annotationsById.has(`${a}-q2`)).toBe(false);
    expect(heldFor(patched.index, b!).map((x) => x.id)).toEqual([`${b}-q0`, `${b}-q1`, `${b}-q2`, `${a}-q3`]);
    await expectFresh(db, patched);
  });

  it.each([1, 2, 3])('after each of 25 random writes (seed %i), patched with what Dexie reports, equals a fresh read', async (seed) => {
    let state = seed * 7919;
    const next = (n: number) => ((state = (state * 48_271) % 2_147_483_647), state % n);
    const db = freshDb();
    await storeSets(db, [12, 1, 0, 30, 5, 2, 60, 1]);
    let library = await readLibrary(db);
    let serial = 0;
    const heard: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => void heard.push(parts);
    Dexie.on('storagemutated', listen);
    try {
      for (let step = 0; step < 25; step++) {
        const articleIds = (await db.articles.toCollection().primaryKeys()) as string[];
        const sets = await db.annotationSets.toArray();
        const pick = <T>(list: readonly T[]) => list[next(list.length)]!;
        const kind = next(8);
        await db.transaction('rw', db.articles, db.annotationSets, async () => {
          for (let k = 1 + next(3); k > 0; k--) {
            const set = sets.length > 0 ? pick(sets) : undefined;
            const one = set ? pick(set.annotations) : undefined;
            if (kind <= 2 && one) await putAnnotations(db, [{ ...one, note: `ghi chú ${step}`, tags: next(2) ? ['t', `s${step}`] : [] }]);
            else if (kind === 3 && one) {
              const start = next(40) * 10;
              await putAnnotations(db, [{ ...one, selectors: [one.selectors[0], { type: 'TextPositionSelector', start, end: start + 7 }] }]);
            } else if (kind === 4 && articleIds.length > 0) await putAnnotations(db, [quoteOf(pick(articleIds), 100 + serial++)]);
            else if (kind === 5 && set && one) {
              const rest = set.annotations.filter((x) => x.id !== one.id);
              if (rest.length > 0) await db.annotationSets.put(setOf(set.articleId, rest));
              else await db.annotationSets.delete(set.articleId);
            } else if (kind === 6 && set) {
              await db.articles.delete(set.articleId);
              await db.annotationSets.delete(set.articleId);
            } else {
              const id = `n${serial++}`;
              await db.articles.put(articleOf(id, 100 + step));
              await putAnnotations(db, Array.from({ length: 1 + next(20) }, (_, j) => quoteOf(id, j)));
            }
          }
        });
        await new Promise((r) => setTimeout(r, 0));
        const changes = heard.splice(0).reduce<LibraryChanges | undefined>((all, parts) => {
          const now = changesOf(parts, db.name);
          if (now === undefined || all === undefined) return now ?? all;
          return all === 'all' || now === 'all' ? 'all' : { articles: [...all.articles, ...now.articles], sets: [...all.sets, ...now.sets] };
        }, undefined);
        // Every step writes a few records: named, never "all".
        if (changes === undefined || changes === 'all') throw new Error(`seed ${seed}, step ${step}: Dexie reported ${changes}`);
        library = await patchLibrary(db, library, changes);
        await expectFresh(db, library);
      }
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
  });
});

describe('useLibrary on a large set', () => {
  it('patches just the one annotation edited of a set of 500', async () => {
    const db = freshDb();
    const [big] = await storeSets(db, [500, 2]);
    const hook = renderHook(() => useLibrary(db));
    await waitFor(() => expect(hook.result.current.status).toBe('ready'));
    const last = hook.result.current.library!;
    const before = [...heldFor(last.index, big!)];
    const counts = reads();
    await updateAnnotation(db, `${big}-q123`, { tags: ['sửa'] });
    await waitFor(() => expect(settled(hook.result.current, last)).toBe(true));
    const library = hook.result.current.library!;
    expect(remade(before, heldFor(library.index, big!)).map((a) => [a.id, a.tags])).toEqual([[`${big}-q123`, ['sửa']]]);
    expect(reads().patches - counts.patches).toBe(1);
    expect(reads().full - counts.full).toBe(0);
    await expectFresh(db, library);
  });
});
