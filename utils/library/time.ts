/** Epoch milliseconds as ISO 8601 UTC; '' for a time no Date can hold (NaN, beyond ±8.64e15 ms). */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
