/**
 * The backup import, off the library page's main thread: reading the file, checking it
 * (parseBackup: a JSON.parse and a walk over every record) and writing it (importBackup, one
 * transaction) take seconds for 100,000 annotations, and here none of it blocks the page.
 * Dexie tells the page's live query about the write, so the page reloads once it is done.
 */

import { parseBackup } from '../../utils/library/backup';
import { importBackup } from '../../utils/store/backup';
import { createDatabase } from '../../utils/store/schema';
import type { ImportReply, ImportRequest } from './import-file';

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    const text = await data.file.text();
    post({ kind: 'read' });
    const parsed = parseBackup(text);
    if (!parsed.ok) return post({ kind: 'done', outcome: { ok: false, error: 'invalid', message: parsed.message, stage: 'check' } });
    post({ kind: 'checked', total: parsed.backup.articles.length + parsed.backup.annotations.length });
    const db = createDatabase(data.dbName);
    const outcome = await importBackup(db, parsed.backup, { onProgress: (progress) => post({ kind: 'progress', progress }) });
    db.close();
    post({ kind: 'done', outcome });
  } catch (error) {
    post({ kind: 'done', outcome: { ok: false, error: 'unknown', message: error instanceof Error ? error.message : String(error) } });
  }
};
