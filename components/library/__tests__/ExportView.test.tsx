// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../../utils/__tests__/locale';
import { backupJson, backupOf, parseBackup } from '../../../utils/library/backup';
import { loadLibrary } from '../../../utils/library/load';
import { buildIndex, rowsOf, search } from '../../../utils/library/search';
import { saveClip } from '../../../utils/store/clips';
import type { NewsmarkDb } from '../../../utils/store/schema';
import { AGENCY, DATE, DECREE, QUOTE, clip, freshDb } from '../../../utils/store/__tests__/fixtures';
import { storedAnnotations } from '../../../utils/library/__tests__/stored-fixtures';
import { ExportView, type ExportScope } from '../ExportView';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

async function seeded(): Promise<NewsmarkDb> {
  const db = freshDb();
  await saveClip(db, clip('https://example.com/a', [DATE, DECREE, AGENCY], { title: 'Bộ Y tế, "quy định" mới', tags: ['y tế'] }));
  await saveClip(db, clip('https://example.com/b', [QUOTE], { title: '=SUM(A1)' }));
  return db;
}

/** Everything in `db` as the export scope the library page would hand over. */
async function everything(db: NewsmarkDb): Promise<ExportScope> {
  const { articles, annotations } = await loadLibrary(db);
  const result = search(buildIndex(articles, annotations), {});
  return { kind: 'all', articles: articles.length, annotations: annotations.length, rows: () => rowsOf(result) };
}

/** Every record, to check that nothing changed. */
const contents = async (db: NewsmarkDb) => ({ articles: await db.articles.toArray(), sets: await db.annotationSets.toArray() });

const choose = (text: string, name = 'backup.json') =>
  fireEvent.change(screen.getByLabelText('Import a JSON backup'), { target: { files: [new File([text], name, { type: 'application/json' })] } });

describe('ExportView: export', () => {
  it('says what it exports, and downloads it as a dated CSV file a CSV parser reads back', async () => {
    const db = await seeded();
    const saveFile = vi.fn();
    render(<ExportView db={db} scope={await everything(db)} saveFile={saveFile} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV of everything (articles: 2, annotations: 4)' }));
    await screen.findByText(/^Rows: 4, saved as newsmark-\d{4}-\d{2}-\d{2}.*\.csv\.$/);
    const [name, parts, type] = saveFile.mock.calls[0]!;
    expect(name).toMatch(/^newsmark-\d{4}-\d{2}-\d{2}.*\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    // UTF-8 bytes, byte-order mark first.
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['Article title']).sort()).toEqual(["'=SUM(A1)", 'Bộ Y tế, "quy định" mới', 'Bộ Y tế, "quy định" mới', 'Bộ Y tế, "quy định" mới']);
  });

  it('downloads a JSON backup of the whole library that reads back', async () => {
    const db = await seeded();
    const saveFile = vi.fn();
    render(<ExportView db={db} scope={await everything(db)} saveFile={saveFile} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download a JSON backup of the whole library' }));
    await screen.findByText(/^Articles: 2, annotations: 4, saved as newsmark-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    const [name, [blob], type] = saveFile.mock.calls[0]! as [string, [Blob], string];
    expect(name).toMatch(/^newsmark-backup-.*\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseBackup(await blob.text());
    expect(parsed.ok && [parsed.backup.articles.length, parsed.backup.annotations.length]).toEqual([2, 4]);
  });

  it('copies the rows as a tab-separated table', async () => {
    const db = await seeded();
    const writeClipboard = vi.fn(async (_text: string) => undefined);
    render(<ExportView db={db} scope={await everything(db)} writeClipboard={writeClipboard} />);
    fireEvent.click(screen.getByRole('button', { name: /^Copy as table: everything/ }));
    await screen.findByText('Rows copied: 4; paste them into a spreadsheet.');
    const lines = writeClipboard.mock.calls[0]![0].trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.split('\t')[0]).toBe('Article title');
  });

  it('says so when the clipboard refuses', async () => {
    const db = await seeded();
    const writeClipboard = vi.fn(async () => {
      throw new Error('NotAllowedError');
    });
    render(<ExportView db={db} scope={await everything(db)} writeClipboard={writeClipboard} />);
    fireEvent.click(screen.getByRole('button', { name: /^Copy as table/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not copy to the clipboard: Error: NotAllowedError');
  });
});

describe('ExportView: import', () => {
  it('imports a backup and reports what it added', async () => {
    const source = await seeded();
    const backup = backupJson(backupOf(await source.articles.toArray(), await storedAnnotations(source)));
    const db = freshDb();
    render(<ExportView db={db} scope={await everything(db)} />);
    choose(backup);
    await screen.findByText('Imported — articles: 2 new, 0 merged; annotations: 4 new, 0 already here.');
    expect(await storedAnnotations(db)).toEqual(await storedAnnotations(source));
  });

  it.each<[string, (json: string) => string, RegExp]>([
    ['truncated', (json) => json.slice(0, json.length / 2), /The file is cut off: it ends too early \(line 1, column \d+\)\./],
    ['not JSON at all', () => 'PK\u0003\u0004 a zip file', /The file is not valid JSON \(line 1, column 1\)\./],
    ['a wrong version', (json) => json.replace('"version":1', '"version":99'), /made by a newer Newsmark \(format version 99\)\. Update Newsmark/],
    ['a record of the wrong type', (json) => json.replace(/"tags":\[\]/, '"tags":"oops"'), /The backup is damaged: Article \d \(id "[^"]+"\): tags is not a list\./],
    ['not a backup', () => '{"hello":"world"}', /This is not a Newsmark backup\./],
  ])('refuses a backup that is %s, saying why, and changes nothing', async (_what, spoil, why) => {
    const db = await seeded();
    const before = await contents(db);
    const backup = backupJson(backupOf(before.articles, await storedAnnotations(db)));
    const spoiled = spoil(backup);
    expect(spoiled).not.toBe(backup);
    render(<ExportView db={db} scope={await everything(db)} />);
    choose(spoiled, 'spoiled.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^spoiled\.json was not imported: .+ Nothing was changed\.$/);
    expect(alert.textContent).toMatch(why);
    await waitFor(async () => expect(await contents(db)).toEqual(before));
  });
});

describe('ExportView in Vietnamese', () => {
  it('says why a file is refused in Vietnamese', async () => {
    useLocale('vi');
    const db = await seeded();
    render(<ExportView db={db} scope={await everything(db)} />);
    fireEvent.change(screen.getByLabelText('Nhập bản sao lưu JSON'), { target: { files: [new File(['{"hello":"world"}'], 'hỏng.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Đây không phải bản sao lưu của Newsmark.');
    expect(alert.textContent).toContain('hỏng.json');
  });
});

describe('ExportView: a damaged record, in the reader\'s language', () => {
  /** A backup of the seeded library whose article without tags has a string for its tags. */
  async function damagedBackup(db: NewsmarkDb): Promise<{ text: string; detail: string }> {
    const backup = backupJson(backupOf(await db.articles.toArray(), await storedAnnotations(db)));
    const text = backup.replace(/"tags":\[\]/, '"tags":"oops"');
    expect(text).not.toBe(backup);
    const parsed = parseBackup(text);
    if (parsed.ok) throw new Error('accepted a damaged backup');
    return { text, detail: parsed.message };
  }

  it('says the whole reason in Vietnamese: which article, which field, what is wrong', async () => {
    useLocale('vi');
    const db = await seeded();
    const before = await contents(db);
    const { text } = await damagedBackup(db);
    render(<ExportView db={db} scope={await everything(db)} />);
    fireEvent.change(screen.getByLabelText('Nhập bản sao lưu JSON'), { target: { files: [new File([text], 'hỏng.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Không nhập hỏng\.json: Bản sao lưu bị hỏng\. Bài viết [12] \(id "[^"]+"\): tags không phải là danh sách\. Không có gì bị thay đổi\.$/,
    );
    await waitFor(async () => expect(await contents(db)).toEqual(before));
  });

  it('says it in English as the check words it', async () => {
    const db = await seeded();
    const { text, detail } = await damagedBackup(db);
    expect(detail).toMatch(/^Article [12] \(id "[^"]+"\): tags is not a list\.$/);
    render(<ExportView db={db} scope={await everything(db)} />);
    choose(text, 'spoiled.json');
    expect((await screen.findByRole('alert')).textContent).toBe(`spoiled.json was not imported: The backup is damaged: ${detail} Nothing was changed.`);
  });
});

describe('ExportView: failures that throw', () => {
  const buttons = () => screen.getAllByRole('button').concat(screen.getByLabelText('Import a JSON backup'));
  const enabled = () => buttons().every((b) => !(b as HTMLButtonElement).disabled);

  it('says so when the import itself rejects (its worker failed to load), and leaves every control usable', async () => {
    const db = await seeded();
    const runImport = vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(<ExportView db={db} scope={await everything(db)} runImport={runImport} />);
    choose('{}');
    expect((await screen.findByRole('alert')).textContent).toBe('The import of backup.json stopped: Error: Failed to fetch dynamically imported module');
    expect(runImport).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(enabled()).toBe(true);
  });

  it('keeps the buttons waiting while a backup is made, and says so when it rejects', async () => {
    const db = await seeded();
    let reject!: (error: Error) => void;
    const runBackup = vi.fn(() => new Promise<never>((_, no) => (reject = no)));
    render(<ExportView db={db} scope={await everything(db)} runBackup={runBackup} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download a JSON backup of the whole library' }));
    // While it is made: no second backup, no import, no other export.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download a JSON backup of the whole library' }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByRole('progressbar', { name: 'Making the backup…' })).toBeTruthy();
    expect((screen.getByLabelText('Import a JSON backup') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Download a JSON backup of the whole library' }));
    expect(runBackup).toHaveBeenCalledTimes(1);
    reject(new Error('worker gone'));
    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: Error: worker gone');
    expect(enabled()).toBe(true);
  });

  it('says so when the Web Annotation export throws', async () => {
    const db = await seeded();
    const saveFile = vi.fn(() => {
      throw new Error('download refused');
    });
    render(<ExportView db={db} scope={await everything(db)} saveFile={saveFile} />);
    fireEvent.click(screen.getByRole('button', { name: /^Download Web Annotations/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: Error: download refused');
  });
});
