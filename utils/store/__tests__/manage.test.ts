import { describe, expect, it } from 'vitest';
import { getClipByUrl, saveClip } from '../clips';
import { updateAnnotation } from '../manage';
import type { NewsmarkDb } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, clip, freshDb } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';

/** A database holding one clip of URL_A with a date, an agency, a decree and a quote; returns its annotations by position. */
async function seeded(db: NewsmarkDb = freshDb()) {
  const saved = await saveClip(db, clip(URL_A, [DATE, AGENCY, DECREE, QUOTE], { tags: ['health'] }), 1000);
  if (!saved.ok) throw new Error(saved.message);
  const found = await getClipByUrl(db, URL_A);
  const [date, agency, decree, quote] = found?.annotations ?? [];
  if (!found || !date || !agency || !decree || !quote) throw new Error('fixture: clip not saved');
  return { db, ...found, date, agency, decree, quote };
}

describe('updateAnnotation', () => {
  it('replaces tags (cleaned) and note, leaving everything else', async () => {
    const { db, date, quote } = await seeded();
    const result = await updateAnnotation(db, quote.id, { tags: [' law ', 'law', '', 'trích dẫn'], note: 'key sentence' }, 5000);
    expect(result).toEqual({ ok: true, updated: true });
    expect(await db.annotations.get(quote.id)).toEqual({ ...quote, tags: ['law', 'trích dẫn'], note: 'key sentence' });
    // The others are untouched.
    expect(await db.annotations.get(date.id)).toEqual(date);
  });

  it('changes only what is given', async () => {
    const { db, date } = await seeded();
    await updateAnnotation(db, date.id, { tags: ['a'], note: 'first' });
    await updateAnnotation(db, date.id, { note: '' });
    expect(await db.annotations.get(date.id)).toMatchObject({ tags: ['a'], note: '' });
    await updateAnnotation(db, date.id, { tags: [] });
    expect(await db.annotations.get(date.id)).toMatchObject({ tags: [], note: '' });
  });

  it('makes the new tags findable through the tags index', async () => {
    const { db, decree } = await seeded();
    await updateAnnotation(db, decree.id, { tags: ['decree'] });
    expect((await db.annotations.where('tags').equals('decree').toArray()).map((a) => a.id)).toEqual([decree.id]);
  });

  it('reports updated: false for an unknown id and writes nothing', async () => {
    const { db, annotations } = await seeded();
    expect(await updateAnnotation(db, 'no-such-id', { note: 'x' })).toEqual({ ok: true, updated: false });
    expect(await db.annotations.count()).toBe(annotations.length);
    expect(await db.annotations.get('no-such-id')).toBeUndefined();
  });

  it('maps a closed database to a closed failure', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    expect(await updateAnnotation(db, 'x', { note: 'n' })).toMatchObject({ ok: false, error: 'closed' });
  });
});
