import { describe, expect, it } from 'vitest';
import { getClipByUrl, saveClip } from '../clips';
import { addTags, deleteAnnotations, deleteArticles, deleteRecords, removeAnnotationWithUndo, removeTags, renameTag, restoreDeleted, updateAnnotation } from '../manage';
import type { NewsmarkDb } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, annotationIdsTagged, clip, expectConsistentSets, freshDb, storedAnnotation, storedAnnotations } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';
const URL_B = 'https://vnexpress.net/chi-thi-07-ct-bca';

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
    const result = await updateAnnotation(db, quote.id, { tags: [' law ', 'law', '', 'trích dẫn'], note: 'key sentence' });
    expect(result).toEqual({ ok: true, updated: true });
    expect(await storedAnnotation(db, quote.id)).toEqual({ ...quote, tags: ['law', 'trích dẫn'], note: 'key sentence' });
    // The others are untouched.
    expect(await storedAnnotation(db, date.id)).toEqual(date);
  });

  it('changes only what is given', async () => {
    const { db, date } = await seeded();
    await updateAnnotation(db, date.id, { tags: ['a'], note: 'first' });
    await updateAnnotation(db, date.id, { note: '' });
    expect(await storedAnnotation(db, date.id)).toMatchObject({ tags: ['a'], note: '' });
    await updateAnnotation(db, date.id, { tags: [] });
    expect(await storedAnnotation(db, date.id)).toMatchObject({ tags: [], note: '' });
  });

  it('makes the new tags findable through the tags index', async () => {
    const { db, decree } = await seeded();
    await updateAnnotation(db, decree.id, { tags: ['decree'] });
    expect(await annotationIdsTagged(db, 'decree')).toEqual([decree.id]);
  });

  it('reports updated: false for an unknown id and writes nothing', async () => {
    const { db, annotations } = await seeded();
    expect(await updateAnnotation(db, 'no-such-id', { note: 'x' })).toEqual({ ok: true, updated: false });
    expect((await storedAnnotations(db)).length).toBe(annotations.length);
    expect(await storedAnnotation(db, 'no-such-id')).toBeUndefined();
  });

  it('maps a closed database to a closed failure', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    expect(await updateAnnotation(db, 'x', { note: 'n' })).toMatchObject({ ok: false, error: 'closed' });
  });
});

/** Everything in the database, sorted by id, for before/after comparisons. */
async function everything(db: NewsmarkDb) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    articles: (await db.articles.toArray()).sort(byId),
    annotations: (await storedAnnotations(db)).sort(byId),
  };
}

/** {@link seeded} plus a second, Vietnamese article B with a statistic and a quote. */
async function twoArticles() {
  const a = await seeded();
  const saved = await saveClip(a.db, clip(URL_B, [STAT, QUOTE], { title: 'Chỉ thị số 07/CT-BCA', tags: ['pháp luật'] }), 2000);
  if (!saved.ok) throw new Error(saved.message);
  const b = await getClipByUrl(a.db, URL_B);
  if (!b) throw new Error('fixture: clip B not saved');
  return { ...a, b };
}

describe('addTags and removeTags', () => {
  it('adds cleaned tags to articles and annotations, counting and bumping only what changed', async () => {
    const { db, article, date, quote, b } = await twoArticles();
    const result = await addTags(db, { articleIds: [article.id, b.article.id], annotationIds: [date.id, quote.id] }, [' health ', 'law', ''], 9000);
    // Article A had "health" already but gains "law"; every record changed.
    expect(result).toEqual({ ok: true, changed: 4 });
    expect(await db.articles.get(article.id)).toEqual({ ...article, tags: ['health', 'law'], updatedAt: 9000 });
    expect(await db.articles.get(b.article.id)).toEqual({ ...b.article, tags: ['pháp luật', 'health', 'law'], updatedAt: 9000 });
    expect(await storedAnnotation(db, date.id)).toEqual({ ...date, tags: ['health', 'law'] });

    const again = await addTags(db, { articleIds: [article.id], annotationIds: [date.id, date.id] }, ['law'], 10_000);
    expect(again).toEqual({ ok: true, changed: 0 });
    expect(await db.articles.get(article.id)).toMatchObject({ updatedAt: 9000 });
  });

  it('removes tags where present and skips unknown ids', async () => {
    const { db, article, date, quote, b } = await twoArticles();
    await addTags(db, { annotationIds: [date.id, quote.id] }, ['health', 'keep'], 3000);
    const result = await removeTags(db, { articleIds: [article.id, b.article.id, 'gone'], annotationIds: [date.id, quote.id, 'gone'] }, ['health'], 9000);
    expect(result).toEqual({ ok: true, changed: 3 });
    expect(await db.articles.get(article.id)).toEqual({ ...article, tags: [], updatedAt: 9000 });
    // B never had the tag: untouched, not even its updatedAt.
    expect(await db.articles.get(b.article.id)).toEqual(b.article);
    expect(await storedAnnotation(db, quote.id)).toMatchObject({ tags: ['keep'] });
    expect(await annotationIdsTagged(db, 'health')).toEqual([]);
  });

  it('refuses an empty tag list as invalid and writes nothing', async () => {
    const { db, article } = await seeded();
    const before = await everything(db);
    expect(await addTags(db, { articleIds: [article.id] }, [' ', ''])).toMatchObject({ ok: false, error: 'invalid' });
    expect(await removeTags(db, { articleIds: [article.id] }, [])).toMatchObject({ ok: false, error: 'invalid' });
    expect(await everything(db)).toEqual(before);
  });

  it('does nothing for an empty target', async () => {
    const { db } = await seeded();
    const before = await everything(db);
    expect(await addTags(db, {}, ['x'])).toEqual({ ok: true, changed: 0 });
    expect(await everything(db)).toEqual(before);
  });
});

describe('renameTag', () => {
  it('renames a tag on every article and annotation carrying it', async () => {
    const { db, article, date, decree, b } = await twoArticles();
    await addTags(db, { annotationIds: [date.id, decree.id] }, ['health'], 3000);
    const result = await renameTag(db, 'health', 'y tế', 9000);
    expect(result).toEqual({ ok: true, articles: 1, annotations: 2 });
    expect(await db.articles.get(article.id)).toEqual({ ...article, tags: ['y tế'], updatedAt: 9000 });
    expect(await db.articles.get(b.article.id)).toEqual(b.article);
    expect((await annotationIdsTagged(db, 'y tế')).sort()).toEqual([date.id, decree.id].sort());
    expect(await annotationIdsTagged(db, 'health')).toEqual([]);
  });

  it('merges into a tag already there, keeping each tag once where it first stood', async () => {
    const { db, article, date } = await seeded();
    await addTags(db, { articleIds: [article.id] }, ['law', 'Health'], 3000);
    await addTags(db, { annotationIds: [date.id] }, ['Health', 'x', 'health'], 3000);
    const result = await renameTag(db, 'Health', 'health', 9000);
    expect(result).toEqual({ ok: true, articles: 1, annotations: 1 });
    expect(await db.articles.get(article.id)).toMatchObject({ tags: ['health', 'law'] });
    expect(await storedAnnotation(db, date.id)).toMatchObject({ tags: ['health', 'x'] });
    expect(await db.articles.where('tags').equals('Health').count()).toBe(0);
  });

  it('counts nothing for a tag nobody carries', async () => {
    const { db } = await seeded();
    expect(await renameTag(db, 'nowhere', 'somewhere')).toEqual({ ok: true, articles: 0, annotations: 0 });
  });

  it.each([
    ['an empty new name', 'health', '  '],
    ['the same name', 'health', ' health '],
    ['an empty old name', '', 'x'],
  ])('refuses %s as invalid and writes nothing', async (_, from, to) => {
    const { db } = await seeded();
    const before = await everything(db);
    const result = await renameTag(db, from, to);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
    expect(await everything(db)).toEqual(before);
  });
});

describe('deleteArticles, deleteAnnotations and restoreDeleted', () => {
  it('deletes articles with all their annotations and undoes it exactly', async () => {
    const { db, article, b } = await twoArticles();
    const before = await everything(db);
    const result = await deleteArticles(db, [article.id, 'gone']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.deleted.articles).toEqual([article]);
    expect(result.deleted.annotations).toHaveLength(4);
    expect(await db.articles.toArray()).toEqual([b.article]);
    expect((await storedAnnotations(db)).map((a) => a.articleId)).toEqual([b.article.id, b.article.id]);

    expect(await restoreDeleted(db, result.deleted)).toEqual({ ok: true, articles: 1, annotations: 4 });
    expect(await everything(db)).toEqual(before);
    expect((await getClipByUrl(db, URL_A))?.annotations).toEqual((await seededShape(before, article.id)));
  });

  it('deletes annotations, keeping their article, and undoes it', async () => {
    const { db, article, date, quote } = await seeded();
    const before = await everything(db);
    const result = await deleteAnnotations(db, [quote.id, date.id, 'gone']);
    // Set by set in reading order, whatever order they were named in.
    expect(result.ok && result.deleted).toEqual({ articles: [], annotations: [date, quote] });
    expect(await db.articles.get(article.id)).toEqual(article);
    expect((await storedAnnotations(db)).length).toBe(2);
    if (!result.ok) return;
    expect(await restoreDeleted(db, result.deleted)).toEqual({ ok: true, articles: 0, annotations: 2 });
    expect(await everything(db)).toEqual(before);
  });

  it('removes one annotation with its undo (the popup\'s Remove); a second removal of it is refused', async () => {
    const { db, date } = await seeded();
    const before = await everything(db);
    const result = await removeAnnotationWithUndo(db, date.id);
    if (!result.ok) throw new Error(result.message);
    expect(await storedAnnotation(db, date.id)).toBeUndefined();
    expect(await removeAnnotationWithUndo(db, date.id)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await result.undo()).toEqual({ ok: true, articles: 0, annotations: 1 });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses to restore over a newer save of the same page, writing nothing', async () => {
    const { db, article } = await seeded();
    const result = await deleteArticles(db, [article.id]);
    if (!result.ok) throw new Error(result.message);
    const again = await saveClip(db, clip(URL_A, [STAT], { title: 'Saved again' }), 5000);
    const before = await everything(db);
    const undo = await restoreDeleted(db, result.deleted);
    expect(undo).toMatchObject({ ok: false, error: 'invalid' });
    expect(!undo.ok && undo.message).toMatch(/saved again/);
    expect(await everything(db)).toEqual(before);
    expect(again.ok && before.articles.map((a) => a.id)).toEqual([again.ok && again.articleId]);
  });

  it('refuses to restore annotations whose article was deleted since', async () => {
    const { db, article, date } = await seeded();
    const removed = await deleteAnnotations(db, [date.id]);
    if (!removed.ok) throw new Error(removed.message);
    await deleteArticles(db, [article.id]);
    const undo = await restoreDeleted(db, removed.deleted);
    expect(undo).toMatchObject({ ok: false, error: 'invalid' });
    expect((await storedAnnotations(db)).length).toBe(0);
  });

  it('refuses something that is not a delete result', async () => {
    expect(await restoreDeleted(freshDb(), {} as never)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('deletes nothing for unknown ids', async () => {
    const { db } = await seeded();
    const before = await everything(db);
    expect(await deleteArticles(db, ['gone'])).toEqual({ ok: true, deleted: { articles: [], annotations: [] } });
    expect(await deleteAnnotations(db, [])).toEqual({ ok: true, deleted: { articles: [], annotations: [] } });
    expect(await everything(db)).toEqual(before);
  });
});

describe('deleteRecords', () => {
  it('deletes articles with all their annotations and loose annotations together, each once; undo restores both', async () => {
    const { db, article, quote, b } = await twoArticles();
    const before = await everything(db);
    const bQuote = b.annotations.find((a) => a.type === 'quote')!;
    // The article's own quote is also named loose, as a selection can: it is deleted and listed once.
    const result = await deleteRecords(db, { articleIds: [article.id, article.id, 'gone'], annotationIds: [quote.id, bQuote.id, 'gone'] });
    if (!result.ok) throw new Error(result.message);
    expect(result.deleted.articles).toEqual([article]);
    expect(result.deleted.annotations.map((a) => a.id).sort()).toEqual([...before.annotations.filter((a) => a.articleId === article.id).map((a) => a.id), bQuote.id].sort());
    expect(await db.articles.toArray()).toEqual([b.article]);
    expect((await storedAnnotations(db)).map((a) => a.id)).toEqual(b.annotations.filter((a) => a !== bQuote).map((a) => a.id));

    expect(await restoreDeleted(db, result.deleted)).toEqual({ ok: true, articles: 1, annotations: 5 });
    expect(await everything(db)).toEqual(before);
  });

  it('is all or nothing: when one delete fails, nothing is deleted', async () => {
    const { db, article, b } = await twoArticles();
    const before = await everything(db);
    const bQuote = b.annotations.find((a) => a.type === 'quote')!;
    // Taking the loose annotation out of B's set fails, after article A and its set were deleted in the same transaction.
    db.annotationSets.hook('updating', (_changes, articleId) => {
      if (articleId === b.article.id) throw new Error('disk refused');
    });
    const result = await deleteRecords(db, { articleIds: [article.id], annotationIds: [bQuote.id] });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('disk refused') });
    expect(await everything(db)).toEqual(before);
  });

  it('deletes nothing for unknown ids or an empty target', async () => {
    const { db } = await seeded();
    const before = await everything(db);
    expect(await deleteRecords(db, { articleIds: ['gone'], annotationIds: ['gone'] })).toEqual({ ok: true, deleted: { articles: [], annotations: [] } });
    expect(await deleteRecords(db, {})).toEqual({ ok: true, deleted: { articles: [], annotations: [] } });
    expect(await everything(db)).toEqual(before);
  });
});

describe('a closed database', () => {
  it('turns every management write into a closed failure', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    const deleted = { articles: [], annotations: [] };
    for (const result of [
      await addTags(db, { articleIds: ['x'] }, ['t']),
      await removeTags(db, { articleIds: ['x'] }, ['t']),
      await renameTag(db, 'a', 'b'),
      await deleteArticles(db, ['x']),
      await deleteAnnotations(db, ['x']),
      await deleteRecords(db, { articleIds: ['x'], annotationIds: ['y'] }),
      await restoreDeleted(db, deleted),
    ]) {
      expect(result).toMatchObject({ ok: false, error: 'closed' });
    }
  });
});

/** The annotations of `articleId` in `snapshot`, by position, as getClipByUrl returns them. */
function seededShape(snapshot: Awaited<ReturnType<typeof everything>>, articleId: string) {
  return snapshot.annotations
    .filter((a) => a.articleId === articleId)
    .sort((a, b) => a.selectors[1].start - b.selectors[1].start);
}
