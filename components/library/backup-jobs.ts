/// <reference types="vite/client" />
/**
 * The backup's long jobs: importing a file (checked first: nothing is written when it fails,
 * then written in one transaction) and making the backup file of the whole library. In a browser
 * they run in a worker (backup-worker.ts) so the page stays responsive; where there is no Worker
 * (tests) the same steps run here.
 */

import { backupJson, parseBackup, type BackupProblem } from '../../utils/library/backup';
import type { Progress } from '../../utils/library/types';
import { exportBackup, importBackup, type ImportCounts } from '../../utils/store/backup';
import type { NewsmarkDb, StoreFailure, StoreResult } from '../../utils/store/schema';

/** How an import ended: the counts, or why nothing was written (`stage: 'check'`: the file is not a valid backup, and `problem` says why). */
export type ImportOutcome = StoreResult<ImportCounts> | (StoreFailure & { stage: 'check'; problem: BackupProblem });

/** What the import reports as it goes: the file read, the file checked, records written. */
export type ImportStep = { kind: 'read' } | { kind: 'checked'; total: number } | { kind: 'progress'; progress: Progress };

/** The backup file of the whole library, with what it holds. */
export type BackupOutcome = { ok: true; blob: Blob; articles: number; annotations: number } | (StoreFailure & { error: 'unknown' });

/** What the page sends the worker, and what the worker answers. */
export type WorkerRequest = { kind: 'import'; file: File; dbName: string } | { kind: 'backup'; dbName: string };
export type WorkerReply = ImportStep | { kind: 'done'; outcome: ImportOutcome } | { kind: 'backed-up'; outcome: BackupOutcome };

/** Imports `file` into `db` here, on the calling thread. */
export async function importHere(db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
  const text = await file.text();
  onStep({ kind: 'read' });
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, error: 'invalid', message: parsed.message, problem: parsed.problem, stage: 'check' };
  onStep({ kind: 'checked', total: parsed.backup.articles.length + parsed.backup.annotations.length });
  return importBackup(db, parsed.backup, { onProgress: (progress) => onStep({ kind: 'progress', progress }) });
}

/** The backup file of `db`, made here, on the calling thread. */
export async function backupHere(db: NewsmarkDb): Promise<BackupOutcome> {
  try {
    const backup = await exportBackup(db);
    return { ok: true, blob: new Blob([backupJson(backup)], { type: 'application/json' }), articles: backup.articles.length, annotations: backup.annotations.length };
  } catch (error) {
    return { ok: false, error: 'unknown', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs `request` in a new backup worker until `settle` takes a reply as the answer. */
async function inWorker<T>(request: WorkerRequest, settle: (reply: WorkerReply) => T | undefined, failed: (message: string) => T): Promise<T> {
  const { default: BackupWorker } = await import('./backup-worker?worker');
  const worker = new BackupWorker();
  try {
    return await new Promise<T>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        const answer = settle(data);
        if (answer !== undefined) resolve(answer);
      };
      worker.onerror = (event) => resolve(failed(event.message || 'The backup worker failed.'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/** Imports `file` into the database named like `db`, in a worker where there is one. */
export function importFile(db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return importHere(db, file, onStep);
  return inWorker<ImportOutcome>(
    { kind: 'import', file, dbName: db.name },
    (reply) => {
      if (reply.kind === 'done') return reply.outcome;
      if (reply.kind !== 'backed-up') onStep(reply);
      return undefined;
    },
    (message) => ({ ok: false, error: 'unknown', message }),
  );
}

/** The backup file of the database named like `db`, made in a worker where there is one. */
export function backupFile(db: NewsmarkDb): Promise<BackupOutcome> {
  if (typeof Worker === 'undefined') return backupHere(db);
  return inWorker<BackupOutcome>(
    { kind: 'backup', dbName: db.name },
    (reply) => (reply.kind === 'backed-up' ? reply.outcome : undefined),
    (message) => ({ ok: false, error: 'unknown', message }),
  );
}
