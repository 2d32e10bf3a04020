import { Dexie, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { changesOf } from '../../library/changes';
import { backupJson, backupOf, parseBackup, type Backup } from '../../library/backup';
import type { Progress } from '../../library/types';
import { exportBackup, importBackup } from '../backup';
import { getClipByUrl, saveClip } from '../clips';
import { deleteAnnotations } from '../manage';
import { createDatabase, type AnnotationRecord, type ArticleRecord, type NewsmarkDb } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, TEXT, clip, expectConsistentSets, fakeIdb, freshDb, storedAnnotations } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';
const URL_B = 'https://other.example.org/story';
const URL_C = 'https://third.example.net/empty';
const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);

/** A library of three articles (one without annotations), tagged and noted. */
async function seeded(): Promise<NewsmarkDb> {
  const db = freshDb();
  expect(await saveClip(db, clip(URL_A, [DATE, AGENCY, DECREE], { tags: ['health'], note: 'first', lang: 'en', author: 'Lan' }), 1000)).toMatchObject({ ok: true });
  expect(await saveClip(db, clip(URL_B, [STAT, { ...QUOTE, tags: ['q'], note: 'quoted' }], { canonicalUrl: `${URL_B}?a=1` }), 2000)).toMatchObject({ ok: true });
  expect(await saveClip(db, clip(URL_C, []), 3000)).toMatchObject({ ok: true });
  return db;
}

/** The backup as a file would carry it: written as JSON and checked by parseBackup. */
function throughFile(backup: Backup): Backup {
  const parsed = parseBackup(backupJson(backup));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

async function wipe(db: NewsmarkDb) {
  await db.transaction('rw', db.articles, db.annotationSets, async () => {
    await db.articles.clear();
    await db.annotationSets.clear();
  });
}

/** A backup of `articles` articles with `per` annotations each, for chunking. */
function bigBackup(articles: number, per: number): Backup {
  const records: ArticleRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < articles; i++) {
    const id = `article-${i}`;
    records.push({ id, url: `https://big.example.com/${i}`, title: `Story ${i}`, site: 'big.example.com', savedAt: i, updatedAt: i, tags: [], note: '' });
    for (let k = 0; k < per; k++) {
      annotations.push({
        id: `${id}-note-${k}`,
        articleId: id,
        type: 'date',
        value: { iso: '2024-03-12' },
        text: '12 March 2024',
        selectors: [
          { type: 'TextQuoteSelector', exact: '12 March 2024', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: k * 20, end: k * 20 + 13 },
        ],
        tags: [],
        note: '',
        createdAt: i,
      });
    }
  }
  return backupOf(records, annotations, NOW);
}

describe('exportBackup', () => {
  it('holds every article and annotation', async () => {
    const db = await seeded();
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({ format: 'newsmark-backup', version: 1, exportedAt: '2026-11-26T09:00:00.000Z' });
    expect(backup.articles.map((a) => a.url).sort()).toEqual([URL_A, URL_B, URL_C].sort());
    expect(backup.annotations).toHaveLength(5);
    expect(backup.annotations.map((a) => a.type).sort()).toEqual(['agency', 'date', 'directive', 'quote', 'statistic']);
  });
});

describe('importBackup', () => {
  it('brings back exactly what was exported, after a wipe', async () => {
    const db = await seeded();
    const before = await exportBackup(db, NOW);
    await wipe(db);
    expect(await db.articles.count()).toBe(0);
    const result = await importBackup(db, throughFile(before), { now: NOW + 1 });
    expect(result).toEqual({ ok: true, articles: { added: 3, merged: 0 }, annotations: { added: 5, skipped: 0 } });
    expect(await exportBackup(db, NOW)).toEqual(before);
    const saved = await getClipByUrl(db, URL_A);
    expect(saved?.annotations.map((a) => a.text)).toEqual([DATE.text, AGENCY.text, DECREE.text]);
  });

  it('adds nothing the second time (stable ids)', async () => {
    const source = await exportBackup(await seeded(), NOW);
    const db = freshDb();
    expect(await importBackup(db, source)).toMatchObject({ ok: true, articles: { added: 3 }, annotations: { added: 5 } });
    const once = await exportBackup(db, NOW);
    expect(await importBackup(db, source, { now: NOW + 5 })).toEqual({
      ok: true,
      articles: { added: 0, merged: 3 },
      annotations: { added: 0, skipped: 5 },
    });
    expect(await exportBackup(db, NOW)).toEqual(once);
  });

  it('merges an article whose url is saved under another id: annotations moved, tags merged, note kept unless empty', async () => {
    const db = freshDb();
    const mine = await saveClip(db, clip(URL_A, [DATE], { tags: ['mine', 'shared'], note: '' }), 1000);
    const other = await saveClip(db, clip(URL_B, [], { note: 'my own note' }), 1000);
    if (!mine.ok || !other.ok) throw new Error('seed failed');

    // The same pages saved elsewhere: other ids, one annotation the same passage as ours, one new.
    const theirs = await seeded();
    const backup = await exportBackup(theirs, NOW);
    const theirA = backup.articles.find((a) => a.url === URL_A)!;
    theirA.tags = ['shared', 'theirs'];
    expect(theirA.id).not.toBe(mine.articleId);

    const result = await importBackup(db, throughFile(backup), { now: NOW });
    expect(result).toEqual({ ok: true, articles: { added: 1, merged: 2 }, annotations: { added: 4, skipped: 1 } });
    expect(await db.articles.count()).toBe(3);

    const a = await getClipByUrl(db, URL_A);
    expect(a?.article).toMatchObject({ id: mine.articleId, tags: ['mine', 'shared', 'theirs'], note: 'first', savedAt: 1000, updatedAt: NOW });
    expect(a?.annotations.map((n) => [n.type, n.articleId])).toEqual([
      ['date', mine.articleId],
      ['agency', mine.articleId],
      ['directive', mine.articleId],
    ]);
    const b = await getClipByUrl(db, URL_B);
    expect(b?.article).toMatchObject({ id: other.articleId, note: 'my own note', updatedAt: 1000 });
    expect(b?.annotations).toHaveLength(2);
    expect((await db.annotationSets.bulkGet(backup.articles.map((x) => x.id))).filter((x) => x !== undefined)).toEqual([]);
    await expectConsistentSets(db);

    // And once more: nothing new.
    expect(await importBackup(db, throughFile(backup), { now: NOW + 1 })).toEqual({
      ok: true,
      articles: { added: 0, merged: 3 },
      annotations: { added: 0, skipped: 5 },
    });
  });

  it('skips an annotation whose passage was saved again under a new id since the backup', async () => {
    const db = await seeded();
    const backup = throughFile(await exportBackup(db, NOW));
    const before = (await getClipByUrl(db, URL_A))!;
    const date = before.annotations.find((a) => a.type === 'date')!;
    // The reader removes the date and saves it again: same passage, new id.
    expect(await deleteAnnotations(db, [date.id])).toMatchObject({ ok: true, deleted: { annotations: [date] } });
    expect(await saveClip(db, clip(URL_A, [DATE]), 5000)).toMatchObject({ ok: true, saved: 1 });
    const result = await importBackup(db, backup, { now: NOW });
    expect(result).toMatchObject({ ok: true, annotations: { added: 0 } });
    const after = (await getClipByUrl(db, URL_A))!;
    expect(after.annotations.filter((a) => a.type === 'date')).toHaveLength(1);
    expect(after.annotations).toHaveLength(before.annotations.length);
  });

  it('gives a new id to an article whose id is taken by another url, and its annotations follow', async () => {
    const db = freshDb();
    const mine = await saveClip(db, clip(URL_A, [DATE]), 1000);
    if (!mine.ok) throw new Error('seed failed');
    const backup = await exportBackup(await seeded(), NOW);
    const theirB = backup.articles.find((a) => a.url === URL_B)!;
    for (const n of backup.annotations) if (n.articleId === theirB.id) n.articleId = mine.articleId;
    theirB.id = mine.articleId;

    const result = await importBackup(db, throughFile(backup));
    expect(result).toMatchObject({ ok: true, articles: { added: 2, merged: 1 }, annotations: { added: 4, skipped: 1 } });
    const b = await getClipByUrl(db, URL_B);
    expect(b?.article.id).not.toBe(mine.articleId);
    expect(b?.annotations.map((n) => n.type)).toEqual(['statistic', 'quote']);
    expect((await getClipByUrl(db, URL_A))?.annotations.map((n) => n.type)).toEqual(['date', 'agency', 'directive']);
    expect(await importBackup(db, throughFile(backup))).toMatchObject({ ok: true, articles: { added: 0 }, annotations: { added: 0 } });
  });

  it('rolls everything back when a write fails halfway', async () => {
    const db = await seeded();
    const before = await exportBackup(db, NOW);
    let created = 0;
    // Sets of 30 annotations, written 50 at a time (past 1,000 annotations, and at least 50 sets,
    // so Dexie does not note every key): the 70th set fails, in the second write.
    db.annotationSets.hook('creating', () => {
      if (++created === 70) throw new Error('disk on fire');
    });
    const seen: Progress[] = [];
    const result = await importBackup(db, bigBackup(100, 30), { chunk: 1000, onProgress: (p) => seen.push(p) });
    expect(result).toEqual({ ok: false, error: 'unknown', message: expect.stringContaining('disk on fire') });
    // One group of annotations had been written before the failure.
    expect(seen.at(-1)).toEqual({ done: 100 + 50 * 30, total: 3100 });
    expect(await exportBackup(db, NOW)).toEqual(before);
  });

  it('rolls back when an article write fails, and maps a full disk to a quota failure', async () => {
    const db = await seeded();
    const before = await exportBackup(db, NOW);
    let created = 0;
    db.articles.hook('creating', () => {
      if (++created === 7) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await importBackup(db, bigBackup(10, 3), { chunk: 4 })).toMatchObject({ ok: false, error: 'quota' });
    expect(await exportBackup(db, NOW)).toEqual(before);
  });

  it('reports a closed database as a failure, and writes nothing', async () => {
    const db = await seeded();
    db.close();
    expect(await importBackup(db, bigBackup(2, 2))).toMatchObject({ ok: false, error: 'closed' });
    const reopened = createDatabase(db.name, fakeIdb);
    expect(await reopened.articles.count()).toBe(3);
    expect(await storedAnnotations(reopened)).toHaveLength(5);
  });

  it('refuses what is not a backup', async () => {
    const db = freshDb();
    const notBackup = { ...bigBackup(1, 1), version: 2 } as unknown as Backup;
    expect(await importBackup(db, notBackup)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.articles.count()).toBe(0);
  });

  it('tells live pages "read everything again" rather than naming every annotation it wrote', async () => {
    const db = freshDb();
    await db.open();
    const heard: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => void heard.push(parts);
    Dexie.on('storagemutated', listen);
    const backup = bigBackup(120, 10);
    try {
      expect(await importBackup(db, backup, { chunk: 250 })).toMatchObject({ ok: true });
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    expect(heard.map((parts) => changesOf(parts, db.name))).toEqual(['all']);
    // What is broadcast to every page names no annotation (1,200 ids would be ~50 kB to take in).
    const said = JSON.stringify(heard);
    expect(backup.annotations.filter((a) => said.includes(a.id))).toEqual([]);
  });

  it('reports progress per chunk, rising steadily to the total', async () => {
    const db = freshDb();
    const seen: Progress[] = [];
    const backup = bigBackup(120, 10);
    expect(await importBackup(db, backup, { chunk: 250, onProgress: (p) => seen.push(p) })).toMatchObject({
      ok: true,
      annotations: { added: 1200 },
    });
    // The 120 articles, then sets of 10 annotations 50 at a time (250 annotations would be 25 sets:
    // fewer than 50 sets a write, and Dexie would note every key for liveQuery).
    expect(seen.map((p) => p.done)).toEqual([120, 620, 1120, 1320]);
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([1320]));

    // A second import skips everything: progress still reaches the total.
    const again: Progress[] = [];
    await importBackup(db, backup, { chunk: 250, onProgress: (p) => again.push(p) });
    expect(again).toEqual([
      { done: 120, total: 1320 },
      { done: 1320, total: 1320 },
    ]);

    const empty: Progress[] = [];
    expect(await importBackup(db, backupOf([], [], NOW), { onProgress: (p) => empty.push(p) })).toMatchObject({ ok: true });
    expect(empty).toEqual([{ done: 0, total: 0 }]);
  });

  it('keeps the text of a clip intact through export, file and import', async () => {
    const db = await seeded();
    const backup = throughFile(await exportBackup(db, NOW));
    const target = freshDb();
    await importBackup(target, backup);
    const decree = (await getClipByUrl(target, URL_A))?.annotations.find((a) => a.type === 'directive');
    expect(decree?.selectors[1]).toEqual({ type: 'TextPositionSelector', start: DECREE.start, end: DECREE.end });
    expect(TEXT.slice(DECREE.start, DECREE.end)).toBe(decree?.text);
    expect(decree?.directiveId).toBe('15/2024/ND-CP');
  });
});
