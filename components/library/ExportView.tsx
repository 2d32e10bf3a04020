import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { damagedText, sayText, type BackupProblem } from '../../utils/library/backup';
import { csvBlob, tableOf } from '../../utils/library/csv';
import { CSV_TYPE, JSON_LD_TYPE, JSON_TYPE, datedName, saveFile as downloadFile } from '../../utils/library/download';
import type { LibraryRow, Progress } from '../../utils/library/types';
import { webAnnotationsOf } from '../../utils/library/web-annotation';
import type { NewsmarkDb } from '../../utils/store/schema';
import { count } from './format';
import { backupFile, importFile, type BackupOutcome, type ImportOutcome, type ImportStep } from './backup-jobs';

/** What the exports write: the ticked records, else the search's results, else everything. */
export interface ExportScope {
  kind: 'selection' | 'results' | 'all';
  articles: number;
  annotations: number;
  /** The rows to export, made when an export starts. */
  rows: () => LibraryRow[];
}

export type ExportViewProps = {
  db: NewsmarkDb;
  scope: ExportScope;
  /** Hands a file to the browser as a download; tests pass their own. */
  saveFile?: (name: string, parts: BlobPart[], type: string) => void;
  /** Writes text to the clipboard; tests pass their own. */
  writeClipboard?: (text: string) => Promise<void>;
  /** Checks and writes a backup file (in a worker); tests pass the same steps run in the page. */
  runImport?: (db: NewsmarkDb, file: File, onStep: (step: ImportStep) => void) => Promise<ImportOutcome>;
  /** Makes the backup file of the whole library (in a worker). */
  runBackup?: (db: NewsmarkDb) => Promise<BackupOutcome>;
};

type Job = { kind: 'csv' | 'import' | 'backup'; progress: Progress };
type Message = { text: string; error?: boolean };

const clipboardWrite = (text: string) => navigator.clipboard.writeText(text);

/** Why a backup was refused, in the reader's language: a damaged one with its record and reason worded from their keys. */
function problemText(problem: BackupProblem): string {
  if (problem.kind === 'damaged') return t('libraryBackupProblem_damaged', sayText(damagedText(problem), t));
  return t(`libraryBackupProblem_${problem.kind.replace('-', '_')}`, problem.args);
}

/** Exports (CSV, table to the clipboard, JSON backup, Web Annotations) and importing a backup. */
export function ExportView({ db, scope, saveFile = downloadFile, writeClipboard = clipboardWrite, runImport = importFile, runBackup = backupFile }: ExportViewProps) {
  const [job, setJob] = useState<Job>();
  const [message, setMessage] = useState<Message>();
  const abort = useRef<AbortController>();
  const file = useRef<HTMLInputElement>(null);
  const what = t(`libraryScope_${scope.kind}`, [count(scope.articles), count(scope.annotations)]);
  const busy = job !== undefined;

  const exportCsv = async () => {
    // Marks (read by `npm run bench`) split the export into making the rows, the file's bytes and the download.
    performance.mark('newsmark-csv-start');
    const rows = scope.rows();
    performance.mark('newsmark-csv-rows');
    const controller = new AbortController();
    abort.current = controller;
    setMessage(undefined);
    setJob({ kind: 'csv', progress: { done: 0, total: rows.length } });
    try {
      // Chunks of 1,000 rows, each encoded to UTF-8 and put in a small Blob as it is made: each a short
      // task (~20 ms on a slow machine), so clicks and keys get through, and the file is a Blob of
      // those (a Blob of strings would encode them all at once, one task of 200 ms for 100,000 rows).
      const blob = await csvBlob(rows, { chunk: 1000, type: CSV_TYPE, signal: controller.signal, onProgress: (progress) => setJob({ kind: 'csv', progress }) });
      performance.mark('newsmark-csv-made');
      const name = datedName('newsmark', 'csv');
      saveFile(name, [blob], CSV_TYPE);
      performance.mark('newsmark-csv-saved');
      setMessage({ text: t('libraryExported', [count(rows.length), name]) });
    } catch (error) {
      setMessage(controller.signal.aborted ? { text: t('libraryExportCancelled') } : { text: t('libraryExportFailed', String(error)), error: true });
    } finally {
      setJob(undefined);
    }
  };

  const copyTable = async () => {
    const rows = scope.rows();
    try {
      await writeClipboard(tableOf(rows));
      setMessage({ text: t('libraryCopied', count(rows.length)) });
    } catch (error) {
      setMessage({ text: t('libraryCopyFailed', String(error)), error: true });
    }
  };

  const exportJson = async () => {
    setMessage(undefined);
    // A job, so the buttons wait: no second backup or an import while this one is made.
    setJob({ kind: 'backup', progress: { done: 0, total: 0 } });
    try {
      const backup = await runBackup(db);
      if (!backup.ok) return setMessage({ text: t('libraryExportFailed', backup.message), error: true });
      const name = datedName('newsmark-backup', 'json');
      saveFile(name, [backup.blob], JSON_TYPE);
      setMessage({ text: t('libraryBackupSaved', [count(backup.articles), count(backup.annotations), name]) });
    } catch (error) {
      // The worker's chunk failed to load, or the download was refused.
      setMessage({ text: t('libraryExportFailed', String(error)), error: true });
    } finally {
      setJob(undefined);
    }
  };

  const exportWebAnnotations = () => {
    try {
      const rows = scope.rows();
      const name = datedName('newsmark-annotations', 'jsonld');
      saveFile(name, [JSON.stringify(webAnnotationsOf(rows))], JSON_LD_TYPE);
      setMessage({ text: t('libraryExported', [count(rows.length), name]) });
    } catch (error) {
      setMessage({ text: t('libraryExportFailed', String(error)), error: true });
    }
  };

  const importChosen = async (chosen: File | undefined) => {
    if (!chosen) return;
    setMessage(undefined);
    setJob({ kind: 'import', progress: { done: 0, total: 0 } });
    // Marks (read by `npm run bench`) split the import's time into reading, checking and writing.
    performance.mark('newsmark-import-start');
    try {
      const done = await runImport(db, chosen, (step) => {
        if (step.kind === 'read') performance.mark('newsmark-import-read');
        if (step.kind === 'checked') {
          performance.mark('newsmark-import-checked');
          setJob({ kind: 'import', progress: { done: 0, total: step.total } });
        }
        if (step.kind === 'progress') setJob({ kind: 'import', progress: step.progress });
      });
      performance.mark('newsmark-import-written');
      setMessage(
        done.ok
          ? {
              text: t('libraryImported', [
                count(done.articles.added),
                count(done.articles.merged),
                count(done.annotations.added),
                count(done.annotations.skipped),
              ]),
            }
          : 'stage' in done
            ? { text: t('libraryImportInvalid', [chosen.name, problemText(done.problem)]), error: true }
            : { text: t('libraryImportFailed', [chosen.name, done.message]), error: true },
      );
    } catch (error) {
      // The import did not answer (its worker failed to load, or died): the write is one transaction, and the library shows what is stored.
      setMessage({ text: t('libraryImportStopped', [chosen.name, String(error)]), error: true });
    } finally {
      setJob(undefined);
      if (file.current) file.current.value = '';
    }
  };

  return (
    <div class="export-view">
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('libraryExportHeading')}</h2>
        <p class="scope">{what}</p>
        <div class="buttons">
          <button type="button" disabled={busy} onClick={() => void exportCsv()}>
            {t('libraryExportCsv', what)}
          </button>
          <button type="button" disabled={busy} onClick={() => void copyTable()}>
            {t('libraryCopyTable', what)}
          </button>
          <button type="button" disabled={busy} onClick={exportWebAnnotations}>
            {t('libraryExportWebAnnotations', what)}
          </button>
          <button type="button" disabled={busy} onClick={() => void exportJson()}>
            {t('libraryExportBackup')}
          </button>
        </div>
        <p class="hint">{t('libraryBackupHint')}</p>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('libraryImportHeading')}</h2>
        <label>
          {t('libraryImportLabel')}
          <input ref={file} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void importChosen((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </section>
      {job && (
        <div class="job">
          {/* No total yet (the file is being read and checked): an indeterminate bar. */}
          <progress
            aria-label={t(job.kind === 'csv' ? 'libraryCsvProgress' : job.kind === 'backup' ? 'libraryBackupMaking' : 'libraryImportProgress')}
            value={job.progress.total ? job.progress.done : undefined}
            max={job.progress.total || undefined}
          />
          <span>
            {job.kind === 'backup'
              ? t('libraryBackupMaking')
              : job.progress.total || job.kind === 'csv'
                ? t('libraryProgress', [count(job.progress.done), count(job.progress.total)])
                : t('libraryImportChecking')}
          </span>
          {job.kind === 'csv' && (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('libraryCancel')}
            </button>
          )}
        </div>
      )}
      {message && (
        <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
