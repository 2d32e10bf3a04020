// First: Dexie reads the global indexedDB when it loads, and liveQuery only runs when it found one.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { allTags, articlesCiting, getClipByUrl, saveClip, updateArticle } from '../clips';
import { updateAnnotation } from '../manage';
import type { Clip } from '../schema';
import { AGENCY, DATE, DECREE, QUOTE, STAT, clip, expectConsistentSets, freshDb, storedAnnotations } from './fixtures';

const URL_A = 'https://news.example.com/health/decree-15';
const URL_B = 'https://other.example.org/story';

async function counts(db: ReturnType<typeof freshDb>) {
  await expectConsistentSets(db);
  return { articles: await db.articles.count(), annotations: (await storedAnnotations(db)).length };
}

describe('saveClip', () => {
  it('saves the article and every annotation with both selectors', async () => {
    const db = freshDb();
    const result = await saveClip(
      db,
      clip(`${URL_A}?utm_source=fb#top`, [DATE, AGENCY, DECREE, STAT, QUOTE], {
        canonicalUrl: 'HTTPS://NEWS.example.com/health/decree-15#x',
        author: 'Lan Nguyen',
        lang: 'en',
        tags: [' health ', 'law, health', 'health', ''],
        note: 'read later',
      }),
      1000,
    );
    expect(result).toMatchObject({ ok: true, saved: 5 });
    if (!result.ok) return;

    const saved = await getClipByUrl(db, URL_A);
    expect(saved?.article).toEqual({
      id: result.articleId,
      url: URL_A,
      canonicalUrl: URL_A,
      title: 'Clinics and the new decree',
      site: 'news.example.com',
      author: 'Lan Nguyen',
      lang: 'en',
      savedAt: 1000,
      updatedAt: 1000,
      tags: ['health', 'law'],
      note: 'read later',
    });
    expect(saved?.annotations.map((a) => a.type)).toEqual(['date', 'agency', 'directive', 'statistic', 'quote']);
    const decree = saved?.annotations.find((a) => a.type === 'directive');
    expect(decree).toMatchObject({
      articleId: result.articleId,
      text: DECREE.text,
      value: DECREE.value,
      directiveId: '15/2024/ND-CP',
      tags: [],
      note: '',
      createdAt: 1000,
      selectors: [
        { type: 'TextQuoteSelector', exact: DECREE.text, prefix: '4 the Ministry of Health issued ', suffix: '. About 40% of clinics already c' },
        { type: 'TextPositionSelector', start: DECREE.start, end: DECREE.end },
      ],
    });
    expect(saved?.annotations.find((a) => a.type === 'quote')).toMatchObject({ value: null });
    expect(saved?.annotations.find((a) => a.type === 'quote')).not.toHaveProperty('directiveId');
  });

  it('updates the article on a second save of the same page without duplicating', async () => {
    const db = freshDb();
    const first = await saveClip(db, clip(URL_A, [DATE, AGENCY], { tags: ['health'], author: 'Lan' }), 1000);
    const second = await saveClip(
      db,
      clip(`${URL_A}#comments`, [AGENCY, DATE, DECREE], { title: 'Clinics (updated)', tags: ['law', 'health'], note: 'n2' }),
      2000,
    );
    expect(first.ok && second.ok && second.articleId === first.articleId).toBe(true);
    expect(second).toMatchObject({ saved: 1 });
    expect(await counts(db)).toEqual({ articles: 1, annotations: 3 });
    expect((await getClipByUrl(db, URL_A))?.article).toMatchObject({
      title: 'Clinics (updated)',
      author: 'Lan',
      savedAt: 1000,
      updatedAt: 2000,
      tags: ['health', 'law'],
      note: 'n2',
    });
  });

  it('keeps annotations that differ only in type, offsets or text', async () => {
    const db = freshDb();
    const asQuote = { ...DATE, type: 'quote' as const, value: null };
    const result = await saveClip(db, clip(URL_A, [DATE, DATE, asQuote]));
    expect(result).toMatchObject({ ok: true, saved: 2 });
  });

  it('lets two concurrent saves of different pages both succeed', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([
      saveClip(db, clip(URL_A, [DATE, DECREE])),
      saveClip(db, clip(URL_B, [AGENCY, STAT, QUOTE])),
    ]);
    expect(a).toMatchObject({ ok: true, saved: 2 });
    expect(b).toMatchObject({ ok: true, saved: 3 });
    expect(await counts(db)).toEqual({ articles: 2, annotations: 5 });
    expect((await getClipByUrl(db, URL_A))?.annotations.map((x) => x.text)).toEqual([DATE.text, DECREE.text]);
    expect((await getClipByUrl(db, URL_B))?.annotations.map((x) => x.text)).toEqual([AGENCY.text, STAT.text, QUOTE.text]);
  });

  it('lets two concurrent saves of the same page both succeed into one article', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([
      saveClip(db, clip(`${URL_A}?utm_source=x`, [DATE, AGENCY], { tags: ['one'] })),
      saveClip(db, clip(`${URL_A}#top`, [AGENCY, DECREE], { tags: ['two'] })),
    ]);
    expect(a.ok && b.ok && a.articleId === b.articleId).toBe(true);
    expect((a.ok ? a.saved : 0) + (b.ok ? b.saved : 0)).toBe(3);
    expect(await counts(db)).toEqual({ articles: 1, annotations: 3 });
    const saved = await getClipByUrl(db, URL_A);
    expect(saved?.article.tags.sort()).toEqual(['one', 'two']);
    expect(saved?.annotations.map((x) => x.text)).toEqual([DATE.text, AGENCY.text, DECREE.text]);
  });

  it('rolls back everything when a write fails halfway through a new page', async () => {
    const db = freshDb();
    // The article is written first, then its annotations' set: that write fails.
    db.annotationSets.hook('creating', () => {
      throw new Error('disk on fire');
    });
    const result = await saveClip(db, clip(URL_A, [DATE, AGENCY, DECREE, STAT]));
    expect(result).toEqual({ ok: false, error: 'unknown', message: 'disk on fire' });
    expect(await counts(db)).toEqual({ articles: 0, annotations: 0 });
  });

  it('rolls back the article update too when a later save fails', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL_A, [DATE], { tags: ['a'], note: 'first' }), 1000);
    const before = await getClipByUrl(db, URL_A);
    // The article is updated first, then its set: that write fails.
    db.annotationSets.hook('updating', () => {
      throw new Error('halfway');
    });
    const result = await saveClip(db, clip(URL_A, [AGENCY, DECREE, STAT], { tags: ['b'], note: 'second' }), 2000);
    expect(result.ok).toBe(false);
    expect(await getClipByUrl(db, URL_A)).toEqual(before);
  });

  it('maps a full quota to a quota failure the UI can show', async () => {
    const db = freshDb();
    db.annotationSets.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveClip(db, clip(URL_A, [DATE]));
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    expect(!result.ok && result.message).toMatch(/no room left/);
    expect(await counts(db)).toEqual({ articles: 0, annotations: 0 });
  });

  it('maps a closed database to a closed failure', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    expect(await saveClip(db, clip(URL_A, [DATE]))).toMatchObject({ ok: false, error: 'closed' });
    expect(await updateArticle(db, 'x', { note: 'n' })).toMatchObject({ ok: false, error: 'closed' });
  });

  it.each([
    ['an empty url', clip('  ', [DATE])],
    ['offsets outside the text', clip(URL_A, [{ ...DATE, end: 10_000 }])],
    ['an empty range', clip(URL_A, [{ ...DATE, end: DATE.start }])],
    ['text that does not match its offsets', clip(URL_A, [{ ...DATE, text: '13 March 2024' }])],
    ['a directive without an id', clip(URL_A, [{ ...DECREE, value: { ...DECREE.value, id: '' } }])],
    ['an unknown type', clip(URL_A, [{ ...QUOTE, type: 'rumour' as 'quote' }])],
  ])('refuses %s as invalid and writes nothing', async (_, input) => {
    const db = freshDb();
    const result = await saveClip(db, input);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
    expect(await counts(db)).toEqual({ articles: 0, annotations: 0 });
  });
});

describe('getClipByUrl', () => {
  it('is undefined for a page never saved', async () => {
    expect(await getClipByUrl(freshDb(), URL_A)).toBeUndefined();
  });

  it('finds a page by its canonical url and orders annotations by position', async () => {
    const db = freshDb();
    await saveClip(db, clip(`${URL_A}?amp=1`, [QUOTE, DECREE, DATE], { canonicalUrl: URL_A }));
    const saved = await getClipByUrl(db, `${URL_A}#x`);
    expect(saved?.article.url).toBe(`${URL_A}?amp=1`);
    expect(saved?.annotations.map((a) => a.selectors[1].start)).toEqual([DATE.start, DECREE.start, QUOTE.start]);
  });

  it('feeds a liveQuery that sees a save', async () => {
    const db = freshDb();
    const seen: (Clip | undefined)[] = [];
    const subscription = liveQuery(() => getClipByUrl(db, URL_A)).subscribe({
      next: (value) => seen.push(value),
      error: (e: unknown) => seen.push({ error: e } as never),
    });
    try {
      await vi.waitFor(() => expect(seen).toEqual([undefined]));
      await saveClip(db, clip(URL_A, [DATE, QUOTE]));
      await vi.waitFor(() => expect(seen.at(-1)?.annotations).toHaveLength(2));
      await saveClip(db, clip(URL_A, [AGENCY]));
      await vi.waitFor(() => expect(seen.at(-1)?.annotations).toHaveLength(3));
    } finally {
      subscription.unsubscribe();
    }
  });
});


describe('updateArticle', () => {
  it('replaces tags (cleaned) and note and touches updatedAt only', async () => {
    const db = freshDb();
    const saved = await saveClip(db, clip(URL_A, [DATE], { tags: ['old'], note: 'a' }), 1000);
    const id = saved.ok ? saved.articleId : '';
    expect(await updateArticle(db, id, { tags: [' new ', 'new', 'x'] }, 2000)).toEqual({ ok: true, updated: true });
    expect((await db.articles.get(id))?.tags).toEqual(['new', 'x']);
    expect(await updateArticle(db, id, { note: '' }, 3000)).toEqual({ ok: true, updated: true });
    expect(await db.articles.get(id)).toMatchObject({ tags: ['new', 'x'], note: '', savedAt: 1000, updatedAt: 3000 });
    expect(await updateArticle(db, 'no-such-id', { note: 'n' })).toEqual({ ok: true, updated: false });
  });
});

describe('allTags', () => {
  it('lists every tag of articles and annotations once, sorted', async () => {
    const db = freshDb();
    expect(await allTags(db)).toEqual([]);
    await saveClip(db, clip(URL_A, [{ ...DATE, tags: ['when', 'law'] }], { tags: ['law', 'health'] }));
    await saveClip(db, clip(URL_B, [QUOTE], { tags: ['budget'] }));
    expect(await allTags(db)).toEqual(['budget', 'health', 'law', 'when']);
  });

  it('finds each tag once however many records carry it, neighbours included (prefixes, diacritics, case)', async () => {
    const db = freshDb();
    const tags = ['a', 'a b', 'ab', 'A', 'y tế', 'y te', 'Y tế', 'z', '\u{1F4F0} news'];
    for (let i = 0; i < 30; i++) {
      const mine = [tags[i % tags.length]!, tags[(i * 4) % tags.length]!];
      await saveClip(db, clip(`${URL_B}/${i}`, [{ ...DATE, tags: mine }, { ...QUOTE, tags: ['a'] }], { tags: i % 2 ? ['a'] : ['z', 'ab'] }));
    }
    expect(await allTags(db)).toEqual([...tags].sort());
  });

  it('feeds a liveQuery that sees a tag added anywhere, between others too, and one removed', async () => {
    const db = freshDb();
    await saveClip(db, clip(URL_A, [{ ...DATE, tags: ['b'] }], { tags: ['d'] }));
    const seen: string[][] = [];
    const subscription = liveQuery(() => allTags(db)).subscribe({ next: (tags) => seen.push(tags) });
    try {
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['b', 'd']));
      const { annotations, article } = (await getClipByUrl(db, URL_A))!;
      await updateAnnotation(db, annotations[0]!.id, { tags: ['b', 'c'] });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['b', 'c', 'd']));
      await updateArticle(db, article.id, { tags: ['d', 'a'] });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b', 'c', 'd']));
      await updateArticle(db, article.id, { tags: ['a', 'e'] });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b', 'c', 'e']));
      await updateAnnotation(db, annotations[0]!.id, { tags: [] });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'e']));
    } finally {
      subscription.unsubscribe();
    }
  });
});

describe('articlesCiting', () => {
  it('finds each article citing a directive once, newest first', async () => {
    const db = freshDb();
    const other = { ...DECREE, value: { ...DECREE.value, id: '99/2023/QH15' } };
    await saveClip(db, clip(URL_A, [DECREE, { ...DECREE, type: 'directive', text: 'Decree', end: DECREE.start + 6 }]), 1000);
    await saveClip(db, clip(URL_B, [DECREE]), 2000);
    await saveClip(db, clip('https://third.example.net/', [other]), 3000);
    expect((await articlesCiting(db, '15/2024/ND-CP')).map((a) => a.url)).toEqual([URL_B, URL_A]);
    expect(await articlesCiting(db, 'nothing')).toEqual([]);
  });
});
