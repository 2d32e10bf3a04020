/**
 * The backup's long jobs, off the library page's main thread. Importing: reading the file,
 * checking it (parseBackup: a JSON.parse and a walk over every record) and writing it
 * (importBackup, one transaction) take seconds for 100,000 annotations. Exporting: reading every
 * record and writing the JSON text (tens of MB). Here none of it blocks the page; Dexie tells the
 * page's live updates about the import's write. The steps are backup-steps.ts's, as on the page.
 */

import { createDatabase } from '../../utils/store/schema';
import type { WorkerReply, WorkerRequest } from './backup-jobs';
import { backupHere, importHere } from './backup-steps';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const db = createDatabase(data.dbName);
  try {
    if (data.kind === 'backup') post({ kind: 'backed-up', outcome: await backupHere(db) });
    else post({ kind: 'done', outcome: await importHere(db, data.file, post) });
  } finally {
    db.close();
  }
};
