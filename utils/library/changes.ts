/**
 * Which saved records a committed write touched, read from the parts Dexie reports for it
 * (`Dexie.on('storagemutated')`, fired for writes here and, through a BroadcastChannel, in the
 * extension's other pages and workers). Small writes name their records' keys: an article's id,
 * or for an annotation set (schema v2) the id of its article. A bulk write of 50 records or more
 * (50 articles or sets, whatever number of annotations they hold), a clear, or a page restored
 * from the back-forward cache name "any key", and then only reading everything again is right.
 */

import type { IntervalTree, ObservabilitySet } from 'dexie';

/**
 * What a write touched: the articles by id, and in `sets` the ids of the articles whose annotation
 * set changed (any of its annotations, or the whole set added or deleted); or 'all' when it may have
 * touched any record.
 */
export type LibraryChanges = { articles: string[]; sets: string[] } | 'all';

/** Each table the library reads, with the list of {@link LibraryChanges} its keys go to. */
const TABLES = new Map([
  ['articles', 'articles'],
  ['annotationSets', 'sets'],
] as const);

/** The library records a write changed in database `dbName`; undefined when it changed none of them. */
export function changesOf(parts: ObservabilitySet, dbName: string): LibraryChanges | undefined {
  const prefix = `idb://${dbName}/`;
  const out = { articles: [] as string[], sets: [] as string[] };
  let touched = false;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith('idb://')) return 'all'; // e.g. `all`, sent when a page comes back from the back-forward cache
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    const list = TABLES.get(table as 'articles' | 'annotationSets');
    if (list === undefined) continue;
    touched = true;
    // The primary keys ('') name every record written; index parts add nothing to them.
    if (index !== '') continue;
    const keys = keysOf(tree);
    if (keys === undefined) return 'all';
    out[list].push(...keys);
  }
  if (!touched) return undefined;
  // Index parts without primary keys: something changed that the keys do not say.
  if (out.articles.length === 0 && out.sets.length === 0) return 'all';
  return out;
}

/** The single keys of an interval tree, or undefined when it holds a range (any key within it may have changed). */
function keysOf(tree: IntervalTree): string[] | undefined {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue; // an empty tree
    if (typeof node.from !== 'string' || node.from !== node.to) return undefined;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
