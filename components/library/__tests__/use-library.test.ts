import 'fake-indexeddb/auto';
import { Dexie, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { changesOf } from '../../../utils/library/changes';
import { directiveIndex } from '../../../utils/library/indexes';
import { facets, search } from '../../../utils/library/search';
import { saveClip, updateArticle } from '../../../utils/store/clips';
import { addTags, deleteAnnotations, deleteArticles, restoreDeleted, updateAnnotation } from '../../../utils/store/manage';
import type { NewsmarkDb } from '../../../utils/store/schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, freshDb } from '../../../utils/store/__tests__/fixtures';
import { patchLibrary, readLibrary, type LoadedLibrary } from '../use-library';

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
const contents = (library: LoadedLibrary) => ({ articles: byId(library.articles), annotations: byId(library.annotations) });

/** Applies the library's update for each write `write` makes, as the page does. */
async function follow(db: NewsmarkDb, library: LoadedLibrary, write: () => Promise<unknown>): Promise<{ library: LoadedLibrary; patched: number }> {
  const heard: ObservabilitySet[] = [];
  const listen = (parts: ObservabilitySet) => void heard.push(parts);
  Dexie.on('storagemutated', listen);
  await write();
  await new Promise((r) => setTimeout(r, 0));
  Dexie.on('storagemutated').unsubscribe(listen);
  let patched = 0;
  for (const parts of heard) {
    const changes = changesOf(parts, db.name);
    if (changes === undefined) continue;
    if (changes === 'all') library = await readLibrary(db);
    else {
      library = await patchLibrary(db, library, changes);
      patched++;
    }
  }
  return { library, patched };
}

describe('patchLibrary', () => {
  it('after each write, holds what reading everything again holds', async () => {
    const db = freshDb();
    const a = await saveClip(db, clip('https://example.com/a', [DATE, DECREE, AGENCY], { tags: ['x'] }));
    const b = await saveClip(db, clip('https://example.com/b', [QUOTE, STAT]));
    if (!a.ok || !b.ok) throw new Error('fixture');
    let library = await readLibrary(db);
    const quote = (await db.annotations.where('type').equals('quote').first())!;
    const writes: (() => Promise<unknown>)[] = [
      () => updateArticle(db, a.articleId, { note: 'đã sửa', tags: ['y'] }),
      () => updateAnnotation(db, quote.id, { tags: ['trích'] }),
      () => addTags(db, { articleIds: [a.articleId, b.articleId] }, ['z']),
      () => saveClip(db, clip('https://example.com/c', [DATE])),
      () => deleteAnnotations(db, [quote.id]),
      async () => {
        const gone = await deleteArticles(db, [a.articleId]);
        if (!gone.ok) throw new Error(gone.message);
        await restoreDeleted(db, gone.deleted);
        await deleteArticles(db, [b.articleId]);
      },
    ];
    let patched = 0;
    for (const write of writes) {
      const next = await follow(db, library, write);
      library = next.library;
      patched += next.patched;
      const fresh = await readLibrary(db);
      expect(contents(library)).toEqual(contents(fresh));
      expect(library.annotationsById.size).toBe(library.annotations.length);
      expect(byId([...library.annotationsById.values()])).toEqual(byId(fresh.annotations));
      // The updated index answers as one built from a fresh read.
      for (const query of [{}, { text: 'đã sửa' }, { tags: ['z'] }, { tags: ['trích'] }, { types: ['directive' as const] }]) {
        expect(search(library.index, query)).toEqual(search(fresh.index, query));
      }
      expect(facets(library.index)).toEqual(facets(fresh.index));
      expect(directiveIndex(library.index)).toEqual(directiveIndex(fresh.index));
    }
    // Every one of these writes named its records: none needed a full read.
    expect(patched).toBeGreaterThanOrEqual(writes.length);
  });
});
