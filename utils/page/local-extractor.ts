/** The engine run in the page itself, in slices that give the main thread back (tests, and pages without a background). */

import { extractFieldsInSteps } from '../extract';
import type { Extractor } from './annotator';

/** Longest stretch of engine work before the page gets the main thread back. */
export const SLICE_MS = 20;

/** An extractor for `win` that yields every {@link SLICE_MS} ms of work. */
export function localExtractor(win: Window = window): Extractor {
  return async (text, options) => {
    const steps = extractFieldsInSteps(text, options);
    let sliceStart = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => win.setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
  };
}
