/// <reference types="vite/client" />
/**
 * Importing a backup file: checked first (nothing is written when it fails), then written in one
 * transaction. In a browser this runs in a worker (import-worker.ts) so the page stays responsive;
 * where there is no Worker (tests) the same steps run here.
 */

import { parseBackup } from '../../utils/library/backup';
import type { Progress } from '../../utils/library/types';
import { importBackup, type ImportCounts } from '../../utils/store/backup';
import type { NewsmarkDb, StoreFailure, StoreResult } from '../../utils/store/schema';

/** How an import ended: the counts, or why nothing was written (`stage: 'check'`: the file is not a valid backup). */
export type ImportOutcome = StoreResult<ImportCounts> | (StoreFailure & { stage: 'check' });

/** What the import reports as it goes: the file read, the file checked, records written, the end. */
export type ImportStep = { kind: 'read' } | { kind: 'checked'; total: number } | { kind: 'progress'; progress: Progress };

/** What the page sends the worker, and what the worker answers. */
export interface ImportRequest {
  file: File;
  dbName: string;
}
export type ImportReply = ImportStep | { kind: 'done'; outcome: ImportOutcome };

/** Imports `file` into `db` here, on the calling thread. */
export async function importHere(db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
  const text = await file.text();
  onStep({ kind: 'read' });
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, error: 'invalid', message: parsed.message, stage: 'check' };
  onStep({ kind: 'checked', total: parsed.backup.articles.length + parsed.backup.annotations.length });
  return importBackup(db, parsed.backup, { onProgress: (progress) => onStep({ kind: 'progress', progress }) });
}

/** Imports `file` into the database named like `db` in a worker; falls back to {@link importHere} without Worker. */
export async function importFile(db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return importHere(db, file, onStep);
  const { default: ImportWorker } = await import('./import-worker?worker');
  const worker = new ImportWorker();
  try {
    return await new Promise<ImportOutcome>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<ImportReply>) => (data.kind === 'done' ? resolve(data.outcome) : onStep(data));
      worker.onerror = (event) => resolve({ ok: false, error: 'unknown', message: event.message || 'The import worker failed.' });
      worker.postMessage({ file, dbName: db.name } satisfies ImportRequest);
    });
  } finally {
    worker.terminate();
  }
}
