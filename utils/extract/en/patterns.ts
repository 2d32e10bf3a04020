/** Pattern pieces shared by the English rules. */

import { alternation } from '../common/text';

/** An alternation of `words` (longest first) that also accepts each with a capital first letter. */
export function capitalAlternation(words: Iterable<string>): string {
  const all = new Set<string>();
  for (const w of words) {
    all.add(w);
    all.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return alternation(all);
}
