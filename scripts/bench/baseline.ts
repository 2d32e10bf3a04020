/**
 * The baseline the engine replaced: compromise + compromise-dates, run paragraph by paragraph,
 * asking for dates, organizations and numbers.
 */

import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

const nlpDates = nlp.extend(datesPlugin);

/** Runs the baseline over each paragraph; returns how many items it found (so nothing is optimized away). */
export function baselineExtract(paragraphs: readonly string[], today: string): number {
  let found = 0;
  for (const paragraph of paragraphs) {
    const doc = nlpDates(paragraph);
    found += (doc.dates({ today }).json() as unknown[]).length;
    found += (doc.organizations().json() as unknown[]).length;
    found += (doc.numbers().json() as unknown[]).length;
  }
  return found;
}
