import { describe, expect, it } from 'vitest';
import { getClipByUrl, saveClip } from '../clips';
import { deleteAnnotations } from '../manage';
import type { AnnotationRecord } from '../schema';
import { annotationsOf, editAnnotations, putAnnotations, setOf, withoutAnnotations } from '../sets';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, expectConsistentSets, freshDb, storedAnnotations, v1Records } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';
const URL_B = 'https://other.example.org/story';

/** Annotation records of TEXT for article `articleId` (ids `${prefix}-n`), as saveClip makes them. */
function records(prefix: string, articleId = `${prefix}-article`): AnnotationRecord[] {
  const { annotations } = v1Records(clip(URL_A, [QUOTE, DECREE, { ...DATE, tags: ['b', 'a'] }, { ...STAT, tags: ['a'] }, AGENCY]), 1000, prefix);
  return annotations.map((a) => ({ ...a, articleId }));
}

describe('setOf', () => {
  it('holds the annotations in reading order with each type, directive id and tag once', () => {
    const list = records('x');
    const set = setOf('x-article', list);
    expect(set.articleId).toBe('x-article');
    expect(set.annotations.map((a) => a.text)).toEqual([DATE.text, AGENCY.text, DECREE.text, STAT.text, QUOTE.text]);
    expect(set.ids).toEqual(set.annotations.map((a) => a.id));
    expect(set.types).toEqual(['date', 'agency', 'directive', 'statistic', 'quote']);
    expect(set.directiveIds).toEqual(['15/2024/ND-CP']);
    expect(set.tags).toEqual(['b', 'a']);
    // The array given is left as it was.
    expect(list.map((a) => a.text)[0]).toBe(QUOTE.text);
    expect(annotationsOf([set, undefined, setOf('y', [])])).toEqual(set.annotations);
  });

  it('holds only its own article\'s annotations: one naming another article is stored as this one\'s', () => {
    const [quote, decree] = records('x');
    const set = setOf('x-article', [quote!, { ...decree!, articleId: 'elsewhere' }]);
    expect(set.annotations.map((a) => a.articleId)).toEqual(['x-article', 'x-article']);
    expect(set.annotations[0]).toEqual({ ...decree, articleId: 'x-article' });
    // An annotation already its own is kept as the same object.
    expect(set.annotations[1]).toBe(quote);
  });
});

describe('the set helpers, inside a transaction', () => {
  it('putAnnotations adds to a set, replaces by id, and makes new sets', async () => {
    const db = freshDb();
    const [quote, decree, date, stat, agency] = records('x');
    await db.transaction('rw', db.annotationSets, () => putAnnotations(db, [quote!, decree!]));
    await db.transaction('rw', db.annotationSets, () =>
      putAnnotations(db, [{ ...quote!, note: 'changed' }, date!, stat!, agency!, ...records('y', 'y-article').slice(0, 1)]),
    );
    await expectConsistentSets(db);
    const x = await db.annotationSets.get('x-article');
    expect(x?.annotations.map((a) => a.text)).toEqual([DATE.text, AGENCY.text, DECREE.text, STAT.text, QUOTE.text]);
    expect(x?.annotations.at(-1)?.note).toBe('changed');
    expect(await db.annotationSets.get('y-article')).toMatchObject({ ids: ['y-0'] });
  });

  it('withoutAnnotations returns what it took out, each once, and deletes a set it empties', async () => {
    const db = freshDb();
    await db.transaction('rw', db.annotationSets, () => putAnnotations(db, [...records('x'), ...records('y', 'y-article').slice(0, 1)]));
    const taken = await db.transaction('rw', db.annotationSets, () => withoutAnnotations(db, ['x-3', 'y-0', 'x-0', 'nope', 'x-3']));
    expect(taken.map((a) => a.id).sort()).toEqual(['x-0', 'x-3', 'y-0']);
    expect(await db.annotationSets.get('y-article')).toBeUndefined();
    expect((await db.annotationSets.get('x-article'))?.ids).toEqual(['x-2', 'x-4', 'x-1']);
    await expectConsistentSets(db);
  });

  it('editAnnotations writes only the sets it changes', async () => {
    const db = freshDb();
    await db.transaction('rw', db.annotationSets, () => putAnnotations(db, [...records('x'), ...records('y', 'y-article')]));
    const written: string[] = [];
    db.annotationSets.hook('updating', (_changes, key) => void written.push(String(key)));
    const changed = await db.transaction('rw', db.annotationSets, () =>
      editAnnotations(db, ['x-1', 'y-1', 'gone'], (a) => (a.id === 'x-1' ? { ...a, tags: ['law'] } : a)),
    );
    expect(changed.map((a) => [a.id, a.tags])).toEqual([['x-1', ['law']]]);
    expect(written).toEqual(['x-article']);
    expect((await db.annotationSets.where('tags').equals('law').primaryKeys())).toEqual(['x-article']);
    await expectConsistentSets(db);
  });
});

describe('one record per article', () => {
  it('saves a clip of 500 fields as one article and one set', async () => {
    const db = freshDb();
    const text = Array.from({ length: 500 }, (_, i) => `Field ${String(i).padStart(3, '0')}.`).join(' ');
    const annotations = Array.from({ length: 500 }, (_, i) => {
      const start = text.indexOf(`Field ${String(i).padStart(3, '0')}`);
      return { type: 'quote' as const, value: null, text: text.slice(start, start + 9), start, end: start + 9 };
    });
    const result = await saveClip(db, { article: { url: URL_B, title: 'Long' }, annotations, articleText: text });
    expect(result).toMatchObject({ ok: true, saved: 500 });
    expect(await db.annotationSets.count()).toBe(1);
    expect((await getClipByUrl(db, URL_B))?.annotations.map((a) => a.text)).toEqual(annotations.map((a) => a.text));
    await expectConsistentSets(db);
  });

  it('a later save adds to the set; removing the last annotation deletes the set, keeping the article', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL_A, [DECREE]), 1000);
    await saveClip(db, clip(URL_A, [DATE, DECREE]), 2000);
    const saved = (await getClipByUrl(db, URL_A))!;
    expect(saved.annotations.map((a) => a.text)).toEqual([DATE.text, DECREE.text]);
    expect((await db.annotationSets.get(saved.article.id))?.types).toEqual(['date', 'directive']);
    for (const a of saved.annotations) expect(await deleteAnnotations(db, [a.id])).toEqual({ ok: true, deleted: { articles: [], annotations: [a] } });
    expect(await db.annotationSets.count()).toBe(0);
    expect(await getClipByUrl(db, URL_A)).toEqual({ article: saved.article, annotations: [] });
    expect(await storedAnnotations(db)).toEqual([]);
  });
});
