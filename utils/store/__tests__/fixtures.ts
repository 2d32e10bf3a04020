import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { SCHEMA_V1, createDatabase, type AnnotationInput, type AnnotationRecord, type ArticleRecord, type ClipInput, type NewsmarkDb } from '../schema';
import { toAnnotationRecord } from '../clips';
import { expect } from 'vitest';
import { annotationsOf, setOf } from '../sets';

/** Options that put a Dexie on the in-memory fake IndexedDB. */
export const fakeIdb = { indexedDB, IDBKeyRange };

let count = 0;

/** A fresh, empty database name, so tests never share data. */
export function freshName(): string {
  return `newsmark-test-${Date.now()}-${++count}`;
}

/** A fresh, empty database on the fake IndexedDB. */
export function freshDb(): NewsmarkDb {
  return createDatabase(freshName(), fakeIdb);
}

export const TEXT =
  'On 12 March 2024 the Ministry of Health issued Decree 15/2024/ND-CP. About 40% of clinics already comply, the minister said.';

/** An annotation on the first occurrence of `text` in {@link TEXT}. */
export function at<T extends Omit<AnnotationInput, 'start' | 'end'>>(annotation: T): T & { start: number; end: number } {
  const start = TEXT.indexOf(annotation.text);
  if (start < 0) throw new Error(`fixture: "${annotation.text}" not in TEXT`);
  return { ...annotation, start, end: start + annotation.text.length };
}

export const DATE = at({ type: 'date', text: '12 March 2024', value: { iso: '2024-03-12' } });
export const AGENCY = at({ type: 'agency', text: 'Ministry of Health', value: { name: 'Ministry of Health' } });
export const DECREE = at({
  type: 'directive',
  text: 'Decree 15/2024/ND-CP',
  value: { id: '15/2024/ND-CP', kind: 'Decree', number: '15', year: 2024, code: 'ND-CP' },
});
export const STAT = at({ type: 'statistic', text: '40%', value: { value: 40, unit: '%', approx: 'about' } });
export const QUOTE = at({ type: 'quote', text: 'clinics already comply', value: null });

/** A clip of {@link TEXT} at `url` with `annotations`. */
export function clip(url: string, annotations: AnnotationInput[], article: Partial<ClipInput['article']> = {}): ClipInput {
  return { article: { url, title: 'Clinics and the new decree', ...article }, annotations, articleText: TEXT };
}

/** Every stored annotation, article by article (set by set), for checks on what the database holds. */
export async function storedAnnotations(db: NewsmarkDb): Promise<AnnotationRecord[]> {
  return annotationsOf(await db.annotationSets.toArray());
}

/** The stored annotation `id`, found through the sets' `ids` index; undefined when none. */
export async function storedAnnotation(db: NewsmarkDb, id: string): Promise<AnnotationRecord | undefined> {
  const set = await db.annotationSets.where('ids').equals(id).first();
  return set?.annotations.find((a) => a.id === id);
}

/** The ids of the stored annotations tagged `tag`, found through the sets' `tags` index. */
export async function annotationIdsTagged(db: NewsmarkDb, tag: string): Promise<string[]> {
  const sets = await db.annotationSets.where('tags').equals(tag).toArray();
  return annotationsOf(sets)
    .filter((a) => a.tags.includes(tag))
    .map((a) => a.id);
}

/**
 * Checks every stored set is what setOf makes of its annotations (so the indexes agree with them),
 * holds at least one, each of its own article, and that each annotation id is stored once.
 */
export async function expectConsistentSets(db: NewsmarkDb): Promise<void> {
  const sets = await db.annotationSets.toArray();
  const ids = new Set<string>();
  for (const set of sets) {
    expect(set).toEqual(setOf(set.articleId, set.annotations));
    expect(set.annotations.length).toBeGreaterThan(0);
    for (const a of set.annotations) {
      expect(a.articleId).toBe(set.articleId);
      expect(ids.has(a.id)).toBe(false);
      ids.add(a.id);
    }
  }
}

/** The `newsmark` database as schema v1 shipped it (records one per annotation), for migration tests. */
export type V1Db = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
};

/** Opens database `name` with schema v1 only, as the first release did. */
export function openV1(name: string, options: DexieOptions = fakeIdb): V1Db {
  const db = new Dexie(name, options) as V1Db;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

/**
 * The records v1's saveClip wrote for `input` saved at `now` (as it wrote them: article first,
 * one record per annotation, in the order given), with ids `${prefix}…`.
 */
export function v1Records(input: ClipInput, now: number, prefix: string): { article: ArticleRecord; annotations: AnnotationRecord[] } {
  const article: ArticleRecord = {
    id: `${prefix}-article`,
    url: input.article.url,
    title: input.article.title,
    site: input.article.site ?? new URL(input.article.url).hostname,
    savedAt: now,
    updatedAt: now,
    tags: input.article.tags ?? [],
    note: input.article.note ?? '',
  };
  const annotations = input.annotations.map((a, i) => ({ ...toAnnotationRecord(a, article.id, input.articleText, now), id: `${prefix}-${i}` }));
  return { article, annotations };
}
