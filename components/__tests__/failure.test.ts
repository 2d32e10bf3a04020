import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../utils/__tests__/locale';
import { saveClip } from '../../utils/store/clips';
import { deleteRecords, renameTag, restoreDeleted } from '../../utils/store/manage';
import type { StoreFailure } from '../../utils/store/schema';
import { QUOTE, clip, freshDb } from '../../utils/store/__tests__/fixtures';
import { failureText } from '../failure';

const URL = 'https://news.example.com/health/decree-15';

afterEach(() => useLocale('en'));

async function refusedUndo(): Promise<StoreFailure> {
  const db = freshDb();
  await saveClip(db, clip(URL, [QUOTE], { title: 'Clinics and the new decree' }));
  const article = (await db.articles.toArray())[0]!;
  const deleted = await deleteRecords(db, { articleIds: [article.id] });
  if (!deleted.ok) throw new Error(deleted.message);
  await saveClip(db, clip(URL, [QUOTE]));
  const refused = await restoreDeleted(db, deleted.deleted);
  if (refused.ok) throw new Error('the undo over a newer save was not refused');
  return refused;
}

describe('failureText', () => {
  it("says the store's own reason in the reader's language", async () => {
    const refused = await refusedUndo();
    useLocale('vi');
    expect(failureText(refused)).toBe('“Clinics and the new decree” đã được lưu lại sau khi bị xóa, nên không thể khôi phục đè lên bản lưu mới hơn.');
    useLocale('en');
    expect(failureText(refused)).toBe('“Clinics and the new decree” was saved again since it was deleted, so it cannot be restored over the newer save.');
    const same = await renameTag(freshDb(), 'luật', 'luật');
    if (same.ok) throw new Error('a rename onto the same name was not refused');
    useLocale('vi');
    expect(failureText(same)).toBe('Thẻ đã có tên “luật”.');
  });

  it('says what a failure without a reason of its own means, with its English detail', () => {
    useLocale('vi');
    const full: StoreFailure = { ok: false, error: 'quota', message: 'QuotaExceededError' };
    expect(failureText(full)).toMatch(/^.+ \(QuotaExceededError\)$/);
    expect(failureText(full)).not.toMatch(/^saveError_/);
    expect(failureText(full, 'Không xóa được.')).toBe('Không xóa được. (QuotaExceededError)');
  });
});
