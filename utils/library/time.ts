/** Epoch milliseconds as ISO 8601 UTC; '' for a time no Date can hold (NaN, beyond ±8.64e15 ms). */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The local calendar day of epoch ms, as YYYY-MM-DD. */
export function localDay(ms: number | Date): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
