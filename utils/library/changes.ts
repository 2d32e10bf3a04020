/**
 * Which saved records a committed write touched, read from the parts Dexie reports for it
 * (`Dexie.on('storagemutated')`, fired for writes here and, through a BroadcastChannel, in the
 * extension's other pages and workers). Small writes name their records' ids; a bulk write of 50
 * records or more, a clear, or a page restored from the back-forward cache name "any key", and
 * then only reading everything again is right.
 */

import type { IntervalTree, ObservabilitySet } from 'dexie';

/** The ids a write touched in each table, or 'all' when it may have touched any record. */
export type LibraryChanges = { articles: string[]; annotations: string[] } | 'all';

const TABLES = ['articles', 'annotations'] as const;

/** The library records a write changed in database `dbName`; undefined when it changed none of them. */
export function changesOf(parts: ObservabilitySet, dbName: string): LibraryChanges | undefined {
  const prefix = `idb://${dbName}/`;
  const out = { articles: [] as string[], annotations: [] as string[] };
  let touched = false;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith('idb://')) return 'all'; // e.g. `all`, sent when a page comes back from the back-forward cache
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    if (!TABLES.includes(table as (typeof TABLES)[number])) continue;
    touched = true;
    // The primary keys ('') name every record written; index parts add nothing to them.
    if (index !== '') continue;
    const keys = keysOf(tree);
    if (keys === undefined) return 'all';
    out[table as (typeof TABLES)[number]].push(...keys);
  }
  if (!touched) return undefined;
  // Index parts without primary keys: something changed that the keys do not say.
  if (out.articles.length === 0 && out.annotations.length === 0) return 'all';
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
