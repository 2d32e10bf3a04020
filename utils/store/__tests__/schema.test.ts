import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allTags, articlesCiting, getClipByUrl, saveClip } from '../clips';
import { SCHEMA_V1, SCHEMA_V2, createDatabase, type AnnotationRecord } from '../schema';
import { Dexie } from 'dexie';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, expectConsistentSets, fakeIdb, freshName, openV1, storedAnnotations, v1Records, type V1Db } from './fixtures';

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

  it('keeps v2 exactly as shipped', () => {
    expect(SCHEMA_V2).toEqual({
      articles: 'id, &url, canonicalUrl, savedAt, *tags',
      annotations: null,
      annotationSets: 'articleId, *ids, *types, *directiveIds, *tags',
    });
    expect(Object.isFrozen(SCHEMA_V2)).toBe(true);
  });

  it('opens the v2 tables with their indexes, and no v1 annotations table', async () => {
    const db = createDatabase(freshName(), fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotationSets', 'articles']);
    expect(db.articles.schema.indexes.map((i) => i.src)).toEqual(['&url', 'canonicalUrl', 'savedAt', '*tags']);
    expect(db.annotationSets.schema.primKey.keyPath).toBe('articleId');
    expect(db.annotationSets.schema.indexes.map((i) => i.src)).toEqual(['*ids', '*types', '*directiveIds', '*tags']);
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
  /** A v1 database as the first release left it: two saved clips, one record per annotation. */
  async function v1Library(name: string) {
    const a = v1Records(clip(URL_A, [QUOTE, DATE, { ...DECREE, tags: ['key', 'law'], note: 'cited' }], { site: 'Example News', tags: ['law'] }), 1000, 'a');
    const b = v1Records(clip(URL_B, [AGENCY, STAT], { site: 'Other', note: 'n' }), 2000, 'b');
    const v1 = openV1(name);
    await v1.articles.bulkAdd([a.article, b.article]);
    await v1.annotations.bulkAdd([...a.annotations, ...b.annotations]);
    const snapshot = { articles: await v1.articles.toArray(), annotations: await v1.annotations.toArray() };
    v1.close();
    return { a, b, snapshot };
  }
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

  it('moves every v1 annotation, unchanged, into its article\'s set; articles unchanged; the v1 table gone', async () => {
    const name = freshName();
    const { a, snapshot } = await v1Library(name);
    const db = createDatabase(name, fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotationSets', 'articles']);
    expect(await db.articles.toArray()).toEqual(snapshot.articles);
    expect((await storedAnnotations(db)).sort(byId)).toEqual(snapshot.annotations.sort(byId));
    expect(await db.annotationSets.count()).toBe(2);
    await expectConsistentSets(db);
    // The store reads them as before: in reading order, whatever order v1 held them in.
    const clipA = await getClipByUrl(db, URL_A);
    expect(clipA?.article).toEqual(a.article);
    expect(clipA?.annotations.map((x) => x.text)).toEqual([DATE.text, DECREE.text, QUOTE.text]);
    expect(clipA?.annotations.find((x) => x.type === 'directive')).toEqual(a.annotations[2]);
    expect((await articlesCiting(db, '15/2024/ND-CP')).map((x) => x.url)).toEqual([URL_A]);
    expect(await allTags(db)).toEqual(['key', 'law']);
    // And writes go on: a new save adds to the migrated set.
    expect(await saveClip(db, clip(URL_A, [STAT]), 3000)).toMatchObject({ ok: true, saved: 1 });
    expect((await getClipByUrl(db, URL_A))?.annotations).toHaveLength(4);
    db.close();
  });

  it('upgrades a v1 database made by the first build, which also indexed createdAt', async () => {
    // That index was dropped from v1 before v1 was final (e708161); a profile from before still has it.
    const name = freshName();
    const early = new Dexie(name, fakeIdb) as V1Db;
    early.version(1).stores({ ...SCHEMA_V1, annotations: `${SCHEMA_V1.annotations}, createdAt` });
    const a = v1Records(clip(URL_A, [QUOTE, DECREE]), 1000, 'a');
    await early.articles.add(a.article);
    await early.annotations.bulkAdd(a.annotations);
    early.close();
    const db = createDatabase(name, fakeIdb);
    expect((await getClipByUrl(db, URL_A))?.annotations).toEqual([a.annotations[1], a.annotations[0]]);
    expect(db.verno).toBe(2);
    await expectConsistentSets(db);
    db.close();
  });

  it('upgrades an empty v1 database, and a v1 article without annotations', async () => {
    const empty = freshName();
    await openV1(empty).open().then((d) => d.close());
    const db = createDatabase(empty, fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.annotationSets.count()).toBe(0);
    db.close();

    const bare = freshName();
    const v1 = openV1(bare);
    const { article } = v1Records(clip(URL_A, []), 1000, 'a');
    await v1.articles.add(article);
    v1.close();
    const db2 = createDatabase(bare, fakeIdb);
    expect(await getClipByUrl(db2, URL_A)).toEqual({ article, annotations: [] });
    db2.close();
  });

  it('moves a library of thousands of annotations, each once', async () => {
    const name = freshName();
    const v1 = openV1(name);
    const records = Array.from({ length: 60 }, (_, i) => v1Records(clip(`${URL_B}/${i}`, [DATE, AGENCY, DECREE, STAT, QUOTE]), 1000 + i, `r${i}`));
    await v1.articles.bulkAdd(records.map((r) => r.article));
    // 50 saves' worth of annotations per article, in scrambled order.
    const annotations = records.flatMap((r) =>
      Array.from({ length: 10 }, (_, k) => r.annotations.map((x) => ({ ...x, id: `${x.id}-${k}` }))).flat(),
    );
    await v1.annotations.bulkAdd(annotations.reverse());
    v1.close();
    const db = createDatabase(name, fakeIdb);
    await db.open();
    expect(await db.annotationSets.count()).toBe(60);
    expect((await storedAnnotations(db)).map((x) => x.id).sort()).toEqual(annotations.map((x) => x.id).sort());
    await expectConsistentSets(db);
    db.close();
  });

  it('is all or nothing: when the move fails, the v1 database is left exactly as it was', async () => {
    const name = freshName();
    const { snapshot } = await v1Library(name);
    // A record no release wrote (no article id: no set can hold it) makes the upgrade fail.
    const v1 = openV1(name);
    const broken = { ...snapshot.annotations[0]!, id: 'broken' } as Partial<AnnotationRecord>;
    delete broken.articleId;
    await v1.annotations.add(broken as AnnotationRecord);
    v1.close();

    const db = createDatabase(name, fakeIdb);
    await expect(db.open()).rejects.toThrow();
    db.close();
    const again = openV1(name);
    await again.open();
    expect(again.verno).toBe(1);
    expect(await again.articles.toArray()).toEqual(snapshot.articles);
    expect((await again.annotations.toArray()).sort(byId)).toEqual([...snapshot.annotations, broken].sort(byId as never));
    again.close();
  });

  it('opens v2 data under a later version that adds an index, every record unchanged and the new index working', async () => {
    const name = freshName();
    const v2 = createDatabase(name, fakeIdb);
    await saveClip(v2, clip(URL_A, [DATE, DECREE, { ...QUOTE, tags: ['key'] }], { site: 'Example News', tags: ['law'] }), 1000);
    await saveClip(v2, clip(URL_B, [AGENCY], { site: 'Other', note: 'n' }), 2000);
    const articles = await v2.articles.toArray();
    const sets = await v2.annotationSets.toArray();
    const clipA = await getClipByUrl(v2, URL_A);
    v2.close();

    const v3 = createDatabase(name, fakeIdb);
    let seenByUpgrade = -1;
    v3.version(3)
      .stores({ articles: `${SCHEMA_V2.articles}, site` })
      .upgrade(async (tx) => {
        seenByUpgrade = await tx.table('annotationSets').count();
      });
    await v3.open();

    expect(v3.verno).toBe(3);
    expect(seenByUpgrade).toBe(2);
    expect(await v3.articles.toArray()).toEqual(articles);
    expect(await v3.annotationSets.toArray()).toEqual(sets);
    expect((await v3.articles.where('site').equals('Example News').toArray()).map((a) => a.url)).toEqual([URL_A]);
    // The v2 indexes, and the store's queries on them, still work.
    expect(await getClipByUrl(v3, URL_A)).toEqual(clipA);
    expect((await articlesCiting(v3, '15/2024/ND-CP')).map((a) => a.url)).toEqual([URL_A]);
    expect(await allTags(v3)).toEqual(['key', 'law']);
    v3.close();
  });
});
