import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { getClipByUrl, saveClip } from '../clips';
import { SCHEMA_V2, createDatabase } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, fakeIdb, freshName, openV1, v1Records } from './fixtures';
import { openForFirstRead, readClip } from '../first-read';

/** As the popup reads: a connection opened first, one read, the connection closed. */
async function readClipOnce(url: string, idb: IDBFactory, name: string) {
  const db = await openForFirstRead(idb, name);
  if (!db) return undefined;
  try {
    return await readClip(db, url);
  } finally {
    db.close();
  }
}

const URL_A = 'https://news.example.com/health/decree-15';

/** A Dexie database and a plain IndexedDB factory that see the same data. */
function both() {
  const idb = new IDBFactory();
  const name = freshName();
  return { idb, name, db: createDatabase(name, { ...fakeIdb, indexedDB: idb }) };
}

describe('the popup’s first read', () => {
  it('reads what getClipByUrl reads: the article and its annotations in reading order', async () => {
    const { idb, name, db } = both();
    // Saved out of order, in two saves, with tags and a note.
    await saveClip(db, clip(URL_A, [QUOTE, DECREE], { tags: ['law'], note: 'n' }));
    await saveClip(db, clip(`${URL_A}?utm_source=x`, [STAT, DATE, AGENCY]));
    await saveClip(db, clip('https://other.example.org/', [DATE]));
    const expected = await getClipByUrl(db, URL_A);
    db.close();
    const read = await readClipOnce(`${URL_A}#top`, idb, name);
    expect(read).toEqual(expected);
    expect(read!.annotations.map((a) => a.text)).toEqual(['12 March 2024', 'Ministry of Health', 'Decree 15/2024/ND-CP', '40%', 'clinics already comply']);
  });

  it('finds an article by its canonical url, as getClipByUrl does', async () => {
    const { idb, name, db } = both();
    await saveClip(db, clip('https://m.example.com/a?id=1', [DATE], { canonicalUrl: 'https://example.com/a' }));
    const expected = await getClipByUrl(db, 'https://example.com/a');
    db.close();
    expect(expected).toBeDefined();
    expect(await readClipOnce('https://example.com/a', idb, name)).toEqual(expected);
  });

  it('answers undefined for a page never saved', async () => {
    const { idb, name, db } = both();
    await saveClip(db, clip(URL_A, [DATE]));
    db.close();
    expect(await readClipOnce('https://never.example/', idb, name)).toBeUndefined();
  });

  it('answers undefined when there is no database yet, and does not create one', async () => {
    const idb = new IDBFactory();
    const name = freshName();
    expect(await readClipOnce(URL_A, idb, name)).toBeUndefined();
    expect((await idb.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it with its schema as usual.
    const db = createDatabase(name, { ...fakeIdb, indexedDB: idb });
    expect(await saveClip(db, clip(URL_A, [DATE]))).toMatchObject({ ok: true, saved: 1 });
    db.close();
    expect((await readClipOnce(URL_A, idb, name))?.article.title).toBe('Clinics and the new decree');
  });

  it('lets a newer version of the database open while its connection waits', async () => {
    const { idb, name, db } = both();
    await saveClip(db, clip(URL_A, [DATE]));
    db.close();
    const waiting = await openForFirstRead(idb, name);
    expect(waiting).toBeDefined();
    // The next version of the extension opens its database with a new schema version.
    const next = createDatabase(name, { ...fakeIdb, indexedDB: idb });
    next.version(3).stores({ annotationSets: `${SCHEMA_V2.annotationSets}, *extra` });
    expect(await next.annotationSets.count()).toBe(1);
    next.close();
  });

  it('answers undefined for a v1 database (not yet upgraded), which Dexie then upgrades and reads', async () => {
    const idb = new IDBFactory();
    const name = freshName();
    const v1 = openV1(name, { ...fakeIdb, indexedDB: idb });
    const { article, annotations } = v1Records(clip(URL_A, [DECREE, DATE]), 1000, 'a');
    await v1.articles.add(article);
    await v1.annotations.bulkAdd(annotations);
    v1.close();
    expect(await readClipOnce(URL_A, idb, name)).toBeUndefined();
    const db = createDatabase(name, { ...fakeIdb, indexedDB: idb });
    const clipA = await getClipByUrl(db, URL_A);
    expect(clipA?.annotations.map((a) => a.id)).toEqual(['a-1', 'a-0']);
    db.close();
    expect(await readClipOnce(URL_A, idb, name)).toEqual(clipA);
  });

  it('answers undefined for a database without the stores (not Newsmark’s)', async () => {
    const idb = new IDBFactory();
    await new Promise<void>((done) => {
      const open = idb.open('other', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('things');
      open.onsuccess = () => (open.result.close(), done());
    });
    expect(await readClipOnce(URL_A, idb, 'other')).toBeUndefined();
  });

});
