/**
 * The backup's long jobs, off the library page's main thread. Importing: reading the file,
 * checking it (parseBackup: a JSON.parse and a walk over every record) and writing it
 * (importBackup, one transaction) take seconds for 100,000 annotations. Exporting: reading every
 * record and writing the JSON text (tens of MB). Here none of it blocks the page; Dexie tells the
 * page's live updates about the import's write.
 */

import { backupJson, parseBackup } from '../../utils/library/backup';
import { exportBackup, importBackup } from '../../utils/store/backup';
import { createDatabase } from '../../utils/store/schema';
import type { WorkerReply, WorkerRequest } from './backup-jobs';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const db = createDatabase(data.dbName);
  try {
    if (data.kind === 'backup') {
      const backup = await exportBackup(db);
      const blob = new Blob([backupJson(backup)], { type: 'application/json' });
      return post({ kind: 'backed-up', outcome: { ok: true, blob, articles: backup.articles.length, annotations: backup.annotations.length } });
    }
    const text = await data.file.text();
    post({ kind: 'read' });
    const parsed = parseBackup(text);
    if (!parsed.ok) return post({ kind: 'done', outcome: { ok: false, error: 'invalid', message: parsed.message, problem: parsed.problem, stage: 'check' } });
    post({ kind: 'checked', total: parsed.backup.articles.length + parsed.backup.annotations.length });
    const outcome = await importBackup(db, parsed.backup, { onProgress: (progress) => post({ kind: 'progress', progress }) });
    post({ kind: 'done', outcome });
  } catch (error) {
    const failure = { ok: false as const, error: 'unknown' as const, message: messageOf(error) };
    post(data.kind === 'backup' ? { kind: 'backed-up', outcome: failure } : { kind: 'done', outcome: failure });
  } finally {
    db.close();
  }
};
