/**
 * One heap measurement, in a process of its own so nothing else lives on its heap:
 *   node --expose-gc --import tsx scripts/bench/heap-child.ts vi|en MEGABYTES
 * Builds the input, collects garbage, runs `extractFields` once and prints one JSON line.
 *
 * - peakGrowth: the highest V8 used-heap size while extracting, over the baseline taken after a
 *   full GC with the input built. Used heap only grows between collections, so its peak is the
 *   largest "before" figure v8.GCProfiler reports for a collection during the run, or the size at
 *   the end if that is larger: exact for the JS heap, whatever its size limit.
 * - retainedGrowth: used heap after the run and a full GC, with the result still referenced.
 * - rssGrowth: the process's peak RSS (getrusage maxRSS) over its RSS before the run; includes
 *   native memory and the heap's reserved pages, so it is coarser. maxRSS is a high-water mark:
 *   if the run did not raise it (building the input already went higher), the figure is only an
 *   upper bound and rssExact is false.
 * The engine is warmed up on a small text first, so compiled code is in the baseline.
 */

import v8 from 'node:v8';
import { extractFields } from '../../utils/extract';
import { MB, PUBLISHED, paragraphsOf, textOfBytes, utf8Bytes, type BenchLang } from './corpus';

export interface HeapReport {
  lang: BenchLang;
  inputBytes: number;
  fields: number;
  ms: number;
  gcs: number;
  baseline: number;
  peakGrowth: number;
  retainedGrowth: number;
  rssGrowth: number;
  rssExact: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const [lang, megabytes] = [process.argv[2], Number(process.argv[3])];
if ((lang !== 'vi' && lang !== 'en') || !(megabytes > 0)) throw new Error('usage: heap-child.ts vi|en MEGABYTES');

const paragraphs = paragraphsOf(lang);
for (let seed = 101; seed < 104; seed++) extractFields(textOfBytes(paragraphs, 128 * 1024, seed), { lang, published: PUBLISHED[lang] });
let text: string | undefined = textOfBytes(paragraphs, megabytes * MB);
const inputBytes = utf8Bytes(text);
gc();
gc();
const baseline = v8.getHeapStatistics().used_heap_size;
const rssBefore = process.memoryUsage.rss();
const maxRssBefore = process.resourceUsage().maxRSS * 1024;

const profiler = new v8.GCProfiler();
profiler.start();
const start = performance.now();
const fields = extractFields(text, { lang, published: PUBLISHED[lang] });
const ms = performance.now() - start;
const atEnd = v8.getHeapStatistics().used_heap_size;
const profile = profiler.stop();
const maxRssAfter = process.resourceUsage().maxRSS * 1024;

const beforeEachGc = (profile?.statistics ?? []).map((s) => s.beforeGC.heapStatistics.usedHeapSize);
const peak = Math.max(atEnd, ...beforeEachGc);
text = undefined; // the input is in the baseline; let it go so only what the result holds remains
gc();
gc();
const retained = v8.getHeapStatistics().used_heap_size;

const report: HeapReport = {
  lang,
  inputBytes,
  fields: fields.length,
  ms,
  gcs: beforeEachGc.length,
  baseline,
  peakGrowth: peak - baseline,
  retainedGrowth: retained - baseline,
  rssGrowth: maxRssAfter - rssBefore,
  rssExact: maxRssAfter > maxRssBefore,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
