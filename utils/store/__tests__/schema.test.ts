import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { allTags, articlesCiting, getClipByUrl, saveClip } from '../clips';
import { SCHEMA_V1, createDatabase, type NewsmarkDb } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, clip, fakeIdb, freshName } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';
const URL_B = 'https://other.example.org/story';

describe('schema', () => {
  it('keeps v1 exactly as shipped', () => {
    // Failing here means a shipped version was edited: restore it and add db.version(2) with an upgrade.
    expect(SCHEMA_V1).toEqual({
      articles: 'id, &url, canonicalUrl, savedAt, *tags',
      annotations: 'id, articleId, type, directiveId, *tags',
    });
    expect(Object.isFrozen(SCHEMA_V1)).toBe(true);
  });

  it('opens the v1 tables with their indexes', async () => {
    const db = createDatabase(freshName(), fakeIdb);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.articles.schema.indexes.map((i) => i.src)).toEqual(['&url', 'canonicalUrl', 'savedAt', '*tags']);
    expect(db.annotations.schema.indexes.map((i) => i.src)).toEqual(['articleId', 'type', 'directiveId', '*tags']);
    db.close();
  });

  it('refuses a second article with the same url', async () => {
    const db = createDatabase(freshName(), fakeIdb);
    const article = { url: URL_A, title: 't', site: 's', savedAt: 1, updatedAt: 1, tags: [], note: '' };
    await db.articles.add({ ...article, id: 'a' });
    await expect(db.articles.add({ ...article, id: 'b' })).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});

describe('migration', () => {
  it('opens v1 data under a v2 that adds indexes, every record unchanged and the new indexes working', async () => {
    const name = freshName();
    const v1 = createDatabase(name, fakeIdb);
    await saveClip(v1, clip(URL_A, [DATE, DECREE, { ...QUOTE, tags: ['key'] }], { site: 'Example News', tags: ['law'] }), 1000);
    await saveClip(v1, clip(URL_B, [AGENCY], { site: 'Other', note: 'n' }), 2000);
    const articles = await v1.articles.toArray();
    const annotations = await v1.annotations.toArray();
    const clipA = await getClipByUrl(v1, URL_A);
    v1.close();

    const v2 = new Dexie(name, fakeIdb) as NewsmarkDb;
    v2.version(1).stores(SCHEMA_V1);
    let seenByUpgrade = -1;
    v2.version(2)
      .stores({ articles: `${SCHEMA_V1.articles}, site`, annotations: `${SCHEMA_V1.annotations}, text` })
      .upgrade(async (tx) => {
        seenByUpgrade = await tx.table('annotations').count();
      });
    await v2.open();

    expect(v2.verno).toBe(2);
    expect(seenByUpgrade).toBe(4);
    expect(await v2.articles.toArray()).toEqual(articles);
    expect(await v2.annotations.toArray()).toEqual(annotations);
    expect((await v2.articles.where('site').equals('Example News').toArray()).map((a) => a.url)).toEqual([URL_A]);
    expect((await v2.annotations.where('text').equals(DECREE.text).toArray()).map((a) => a.directiveId)).toEqual([
      '15/2024/ND-CP',
    ]);
    // The v1 indexes, and the store's queries on them, still work.
    expect(await getClipByUrl(v2, URL_A)).toEqual(clipA);
    expect((await articlesCiting(v2, '15/2024/ND-CP')).map((a) => a.url)).toEqual([URL_A]);
    expect(await allTags(v2)).toEqual(['key', 'law']);
    v2.close();
  });
});
