/** Files the library hands to the reader: their names, and the one browser call that saves them. */

import { localDay } from './time';

/** Media types of the library's exports. */
export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';
export const JSON_LD_TYPE = 'application/ld+json';

/** `base-YYYY-MM-DD.ext` on the reader's local date, e.g. `newsmark-2026-11-26.csv`; `ext` with or without its dot. */
export function datedName(base: string, ext: string, now = new Date()): string {
  return `${base}-${localDay(now)}.${ext.replace(/^\./, '')}`;
}

/** How long a saved file's object URL lives: revoked at once, a download can still be cancelled (Firefox). */
const KEEP_URL_MS = 60_000;

/** Saves `parts` as a file called `name` through the browser's downloads (a Blob, its object URL and an `<a download>`). */
export function saveFile(name: string, parts: BlobPart[], type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
