import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createDatabase, type AnnotationInput, type ClipInput, type NewsmarkDb } from '../schema';

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
