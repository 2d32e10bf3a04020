/**
 * The backup's two long jobs as plain steps: importing a file (checked first: nothing is written
 * when it fails, then written in one transaction) and making the backup file of the whole
 * library. backup-worker.ts runs them off the page's main thread; backup-jobs.ts runs them on
 * the calling thread where there is no Worker (tests). No `?worker` import here, so the worker
 * can import this module.
 */

import { backupJson, parseBackup, type BackupProblem } from '../../utils/library/backup';
import { JSON_TYPE } from '../../utils/library/download';
import type { Progress } from '../../utils/library/types';
import { exportBackup, importBackup, type ImportCounts } from '../../utils/store/backup';
import { storeFailure } from '../../utils/store/clips';
import type { NewsmarkDb, StoreFailure, StoreResult } from '../../utils/store/schema';

/** How an import ended: the counts, or why nothing was written (`stage: 'check'`: the file is not a valid backup, and `problem` says why). */
export type ImportOutcome = StoreResult<ImportCounts> | (StoreFailure & { stage: 'check'; problem: BackupProblem });

/** What the import reports as it goes: the file read, the file checked, records written. */
export type ImportStep = { kind: 'read' } | { kind: 'checked'; total: number } | { kind: 'progress'; progress: Progress };

/** The backup file of the whole library, with what it holds. */
export type BackupOutcome = { ok: true; blob: Blob; articles: number; annotations: number } | StoreFailure;

/** Imports `file` into `db` on the calling thread, telling `onStep` how far it got. */
export async function importHere(db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
  try {
    const text = await file.text();
    onStep({ kind: 'read' });
    const parsed = parseBackup(text);
    if (!parsed.ok) return { ok: false, error: 'invalid', message: parsed.message, problem: parsed.problem, stage: 'check' };
    onStep({ kind: 'checked', total: parsed.backup.articles.length + parsed.backup.annotations.length });
    return await importBackup(db, parsed.backup, { onProgress: (progress) => onStep({ kind: 'progress', progress }) });
  } catch (error) {
    return storeFailure(error);
  }
}

/** The backup file of `db`, made on the calling thread. */
export async function backupHere(db: NewsmarkDb): Promise<BackupOutcome> {
  try {
    const backup = await exportBackup(db);
    return { ok: true, blob: new Blob([backupJson(backup)], { type: JSON_TYPE }), articles: backup.articles.length, annotations: backup.annotations.length };
  } catch (error) {
    return storeFailure(error);
  }
}
