/// <reference types="vite/client" />
/**
 * The backup's long jobs (backup-steps.ts) where they run: in a browser, in a worker
 * (backup-worker.ts) so the page stays responsive; where there is no Worker (tests), here.
 */

import { storeFailure } from '../../utils/store/clips';
import type { NewsmarkDb } from '../../utils/store/schema';
import { backupHere, importHere, type BackupOutcome, type ImportOutcome, type ImportStep } from './backup-steps';

export type { BackupOutcome, ImportOutcome, ImportStep } from './backup-steps';

/** What the page sends the worker, and what the worker answers. */
export type WorkerRequest = { kind: 'import'; file: File; dbName: string } | { kind: 'backup'; dbName: string };
export type WorkerReply = ImportStep | { kind: 'done'; outcome: ImportOutcome } | { kind: 'backed-up'; outcome: BackupOutcome };

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
    storeFailure,
  );
}

/** The backup file of the database named like `db`, made in a worker where there is one. */
export function backupFile(db: NewsmarkDb): Promise<BackupOutcome> {
  if (typeof Worker === 'undefined') return backupHere(db);
  return inWorker<BackupOutcome>(
    { kind: 'backup', dbName: db.name },
    (reply) => (reply.kind === 'backed-up' ? reply.outcome : undefined),
    storeFailure,
  );
}
