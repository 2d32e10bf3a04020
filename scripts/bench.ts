/**
 * `npm run bench [-- --strict]`: measures the extraction engine against the performance targets
 * and prints PASS/FAIL for each. A measurement, not a test: exits 0 unless --strict is given and
 * a target fails. MB here is 2^20 bytes of UTF-8 input.
 *
 * Inputs are article text from shared/samples and the test fixture pages, cut into paragraphs and
 * reassembled in a seeded shuffled order (see scripts/bench/corpus.ts). Heap is measured in fresh
 * child processes (scripts/bench/heap-child.ts).
 *
 * After the engine, re-anchoring (scripts/bench/anchor.ts): 500 saved annotations found again on a
 * 100,000-word text, as the background does when a saved page comes back. A browser part
 * (scripts/bench/browser.ts) builds the extension, loads it in
 * Debian's Chromium and traces generated article pages of 10,000 and 100,000 words: the time the
 * extension's scripts take on the page's main thread, its longest task, and when the highlights
 * are in. Then a storage part (scripts/bench/storage.ts) seeds the extension's IndexedDB with
 * 100,000 annotations and times the popup's first render and saving a clip of 500 fields, and a
 * library part (scripts/bench/library.ts) times library.html over as many: loading it, a search,
 * a CSV export and a JSON import, with the page's longest task during each job.
 */

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractFields } from '../utils/extract';
import { baselineExtract } from './bench/baseline';
import { MB, PUBLISHED, paragraphsOf, prefixParagraphs, textOfBytes, textOfWords, utf8Bytes, type BenchLang } from './bench/corpus';
import { runAnchorBench } from './bench/anchor';
import { runBrowserBench } from './bench/browser';
import { marginOf, targetsTable, type Check } from './bench/checks';
import { runStorageBench } from './bench/storage';
import { runLibraryBench } from './bench/library';
import type { HeapReport } from './bench/heap-child';
import { fmt, median, mib, ms, percentile, table } from './bench/table';

const strict = process.argv.includes('--strict');
const REPO = fileURLToPath(new URL('..', import.meta.url));
const HEAP_CHILD = fileURLToPath(new URL('./bench/heap-child.ts', import.meta.url));

const TARGET = {
  viMBps: 10,
  enMBps: 1.5,
  enSpeedup: 50,
  wordsMs: 20,
  heapRatio: 8 * 1.25,
  bigSeconds: 15,
};

const checks: Check[] = [];

const section = (title: string) => console.log(`\n${title}\n`);

/** A full GC between sections, so one section's garbage is not collected on another's clock. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const run = (text: string, lang: BenchLang) => extractFields(text, { lang, published: PUBLISHED[lang] }).length;

// ---------------------------------------------------------------- environment

console.log('Newsmark extraction bench');
console.log(`  node ${process.version} (${process.platform}/${process.arch}), ${cpus().length} CPU: ${cpus()[0]?.model.trim() ?? 'unknown'}`);
console.log(`  MB = 2^20 bytes of UTF-8 input${strict ? '; --strict: exits 1 on any FAIL' : ''}`);

const paragraphs: Record<BenchLang, string[]> = { vi: paragraphsOf('vi'), en: paragraphsOf('en') };
const words = {
  vi: textOfWords(paragraphs.vi, 10_000),
  en: textOfWords(paragraphs.en, 10_000),
};
const kb = (ps: string[]) => `${Math.round(ps.reduce((n, p) => n + utf8Bytes(p), 0) / 1024)} KB`;
console.log(`  source: ${paragraphs.vi.length} Vietnamese paragraphs (${kb(paragraphs.vi)}), ${paragraphs.en.length} English (${kb(paragraphs.en)})`);

// ---------------------------------------------------------------- 10,000-word article

const WARMUP = 10;
const LATENCY_RUNS = 40;
section(`10,000-word article (${WARMUP} warm-up runs, then ${LATENCY_RUNS} timed runs)`);
const latencyRows: string[][] = [];
for (const lang of ['vi', 'en'] as const) {
  const text = words[lang];
  for (let i = 0; i < WARMUP; i++) run(text, lang);
  collectGarbage();
  const times: number[] = [];
  let fields = 0;
  for (let i = 0; i < LATENCY_RUNS; i++) {
    const start = performance.now();
    fields = run(text, lang);
    times.push(performance.now() - start);
  }
  const [p50, p95] = [median(times), percentile(times, 95)];
  const label = lang === 'vi' ? 'Vietnamese' : 'English';
  latencyRows.push([label, mib(utf8Bytes(text), 3), String(fields), ms(Math.min(...times)), ms(p50), ms(p95), ms(Math.max(...times))]);
  checks.push({
    name: `10,000 words, ${label}`,
    figure: `median ${ms(p50)}, p95 ${ms(p95)}`,
    target: `< ${TARGET.wordsMs} ms (p95)`,
    pass: p95 < TARGET.wordsMs,
    margin: marginOf(p95, TARGET.wordsMs, false),
  });
}
console.log(table(['article', 'size', 'fields', 'min', 'median', 'p95', 'max'], latencyRows));

// ---------------------------------------------------------------- throughput

const THROUGHPUT_RUNS = 7;
section(`Throughput (1 warm-up run, then ${THROUGHPUT_RUNS} timed runs; verdict on the median)`);
const corpus = {
  vi: textOfBytes(paragraphs.vi, 4 * MB),
  en: textOfBytes(paragraphs.en, 2 * MB),
};
const throughput = {} as Record<BenchLang, { bytes: number; median: number; worst: number; best: number; fields: number }>;
for (const lang of ['vi', 'en'] as const) {
  const text = corpus[lang];
  const bytes = utf8Bytes(text);
  const fields = run(text, lang);
  collectGarbage();
  const rates: number[] = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    const start = performance.now();
    run(text, lang);
    rates.push(bytes / MB / ((performance.now() - start) / 1000));
  }
  throughput[lang] = { bytes, median: median(rates), worst: Math.min(...rates), best: Math.max(...rates), fields };
}
console.log(
  table(
    ['input', 'size', 'fields', 'median MB/s', 'worst MB/s', 'best MB/s', 'median time'],
    (['vi', 'en'] as const).map((lang) => {
      const t = throughput[lang];
      return [lang === 'vi' ? 'Vietnamese' : 'English', mib(t.bytes, 2), String(t.fields), fmt(t.median, 2), fmt(t.worst, 2), fmt(t.best, 2), ms((t.bytes / MB / t.median) * 1000)];
    }),
  ),
);

// ---------------------------------------------------------------- baseline

const PREFIX_BYTES = 60 * 1024;
const prefix = prefixParagraphs(corpus.en, PREFIX_BYTES);
const prefixBytes = prefix.reduce((n, p) => n + utf8Bytes(p), 0);
section(`Baseline: compromise + compromise-dates per paragraph, on the first ${prefix.length} paragraphs of the English text`);
baselineExtract(prefixParagraphs(corpus.en.split('\n\n').slice(prefix.length).join('\n\n'), 4 * 1024), PUBLISHED.en); // warm-up
collectGarbage();
let start = performance.now();
const baselineFound = baselineExtract(prefix, PUBLISHED.en);
const baselineSeconds = (performance.now() - start) / 1000;
const baselineMBps = prefixBytes / MB / baselineSeconds;
// The engine on the very same prefix, whole and per paragraph, for a like-for-like figure.
const prefixText = prefix.join('\n\n');
const enginePrefixTimes: number[] = [];
const enginePerParagraphTimes: number[] = [];
for (let i = 0; i < 11; i++) {
  start = performance.now();
  run(prefixText, 'en');
  enginePrefixTimes.push(performance.now() - start);
  start = performance.now();
  for (const p of prefix) run(p, 'en');
  enginePerParagraphTimes.push(performance.now() - start);
}
const enginePrefixMBps = prefixBytes / MB / (median(enginePrefixTimes) / 1000);
const enginePerParagraphMBps = prefixBytes / MB / (median(enginePerParagraphTimes) / 1000);
console.log(
  table(
    ['run', 'input', 'time', 'MB/s', 'engine speed-up'],
    [
      ['baseline (compromise), per paragraph', mib(prefixBytes, 3), ms(baselineSeconds * 1000), fmt(baselineMBps, 4), '1×'],
      ['engine, same prefix, one call', mib(prefixBytes, 3), ms(median(enginePrefixTimes)), fmt(enginePrefixMBps, 2), `${fmt(enginePrefixMBps / baselineMBps, 0)}×`],
      ['engine, same prefix, per paragraph', mib(prefixBytes, 3), ms(median(enginePerParagraphTimes)), fmt(enginePerParagraphMBps, 2), `${fmt(enginePerParagraphMBps / baselineMBps, 0)}×`],
      ['engine, full English text (median)', mib(throughput.en.bytes, 2), ms((throughput.en.bytes / MB / throughput.en.median) * 1000), fmt(throughput.en.median, 2), `${fmt(throughput.en.median / baselineMBps, 0)}×`],
    ],
  ),
);
console.log(`  (baseline found ${baselineFound} dates/organizations/numbers; engine times are medians of 11 runs)`);

checks.push({
  name: 'Vietnamese throughput',
  figure: `${fmt(throughput.vi.median, 2)} MB/s`,
  target: `≥ ${TARGET.viMBps} MB/s`,
  pass: throughput.vi.median >= TARGET.viMBps,
  margin: marginOf(throughput.vi.median, TARGET.viMBps, true),
});
checks.push({
  name: 'English throughput',
  figure: `${fmt(throughput.en.median, 2)} MB/s`,
  target: `≥ ${TARGET.enMBps} MB/s`,
  pass: throughput.en.median >= TARGET.enMBps,
  margin: marginOf(throughput.en.median, TARGET.enMBps, true),
});
const speedup = throughput.en.median / baselineMBps;
checks.push({
  name: 'English vs baseline',
  figure: `${fmt(speedup, 0)}×`,
  target: `≥ ${TARGET.enSpeedup}×`,
  pass: speedup >= TARGET.enSpeedup,
  margin: marginOf(speedup, TARGET.enSpeedup, true),
});

// ---------------------------------------------------------------- heap, in child processes

function heapChild(lang: BenchLang, megabytes: number, timeoutMs: number): HeapReport | string {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', HEAP_CHILD, lang, String(megabytes)], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * MB,
  });
  if (child.error) return `child failed: ${child.error.message}`;
  if (child.status !== 0) return `child exited ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as HeapReport;
  } catch {
    return `unreadable child output: ${line.slice(0, 200)}`;
  }
}

section('Heap, each size in a fresh process (growth over the baseline after a full GC, with the input built)');
const heapRows: string[][] = [];
for (const lang of ['vi', 'en'] as const) {
  const label = lang === 'vi' ? 'Vietnamese' : 'English';
  const small = heapChild(lang, 1, 60_000);
  const large = heapChild(lang, 8, 60_000);
  if (typeof small === 'string' || typeof large === 'string') {
    const why = typeof small === 'string' ? small : (large as string);
    console.log(`  ${label}: ${why}`);
    checks.push({ name: `heap growth, ${label}`, figure: 'not measured', target: `8 MB / 1 MB ≤ ${TARGET.heapRatio}`, pass: false, margin: 'n/a' });
    continue;
  }
  const rss = (r: HeapReport) => `${r.rssExact ? '' : '≤ '}${mib(r.rssGrowth)}`;
  for (const r of [small, large]) {
    heapRows.push([`${label} ${mib(r.inputBytes, 0)}`, String(r.fields), String(r.gcs), mib(r.peakGrowth), mib(r.retainedGrowth), rss(r), ms(r.ms)]);
  }
  const ratios = {
    peak: large.peakGrowth / small.peakGrowth,
    retained: large.retainedGrowth / small.retainedGrowth,
    rss: large.rssGrowth / small.rssGrowth,
  };
  heapRows.push([`  ratio 8 MB / 1 MB`, '', '', `${fmt(ratios.peak, 2)}×`, `${fmt(ratios.retained, 2)}×`, `${fmt(ratios.rss, 2)}×${small.rssExact && large.rssExact ? '' : ' (?)'}`, '']);
  const worst = Math.max(ratios.peak, ratios.retained);
  checks.push({
    name: `heap growth, ${label}`,
    figure: `peak ${fmt(ratios.peak, 2)}×, retained ${fmt(ratios.retained, 2)}×`,
    target: `8 MB / 1 MB ≤ ${TARGET.heapRatio}×`,
    pass: worst <= TARGET.heapRatio,
    margin: marginOf(worst, TARGET.heapRatio, false),
  });
}
console.log(table(['input', 'fields', 'GCs', 'peak heap', 'retained heap', 'peak RSS', 'extract time'], heapRows));
console.log('  peak heap: highest V8 used heap during extraction (from v8.GCProfiler) minus the baseline');
console.log('  retained heap: used heap after a full GC with the result alive; peak RSS: maxRSS minus RSS before (≤ = upper bound)');
console.log('  verdict on peak and retained heap; RSS is for information');

// ---------------------------------------------------------------- 50 MB

section('50 MB of Vietnamese (throughput only; run if the 4 MB figure predicts < 15 s)');
const predicted = 50 / throughput.vi.median;
if (predicted >= TARGET.bigSeconds) {
  console.log(`  skipped: ${fmt(predicted)} s predicted at ${fmt(throughput.vi.median, 2)} MB/s`);
} else {
  const big = heapChild('vi', 50, 60_000);
  if (typeof big === 'string') console.log(`  skipped: ${big}`);
  else if (big.ms / 1000 >= TARGET.bigSeconds) console.log(`  took ${fmt(big.ms / 1000)} s (over ${TARGET.bigSeconds} s); ${fmt(big.inputBytes / MB / (big.ms / 1000), 2)} MB/s`);
  else {
    console.log(
      table(
        ['input', 'fields', 'time', 'MB/s', 'peak heap'],
        [[mib(big.inputBytes), String(big.fields), `${fmt(big.ms / 1000, 2)} s`, fmt(big.inputBytes / MB / (big.ms / 1000), 2), mib(big.peakGrowth)]],
      ),
    );
    console.log('  (one run in a fresh process after a small warm-up)');
  }
}

// ---------------------------------------------------------------- re-anchoring

// Saved annotations found again on a 100,000-word page (scripts/bench/anchor.ts, in Node).
checks.push(...(await runAnchorBench(section)));

// ---------------------------------------------------------------- browser

checks.push(...(await runBrowserBench(section)));

// ---------------------------------------------------------------- storage

// The extension's IndexedDB with 100,000 annotations: popup first render and a 500-field save
// (scripts/bench/storage.ts; reuses the build the browser part left in .output/chrome-mv3).
checks.push(...(await runStorageBench(section)));

// ---------------------------------------------------------------- library

// library.html over 100,000 annotations: load, search, CSV export, JSON import
// (scripts/bench/library.ts; reuses the build in .output/chrome-mv3).
checks.push(...(await runLibraryBench(section)));

// ---------------------------------------------------------------- verdicts

section('Targets');
console.log(targetsTable(checks));
const failed = checks.filter((c) => !c.pass).length;
console.log(`\nbench: ${checks.length - failed} passed, ${failed} failed`);
if (strict && failed > 0) process.exitCode = 1;
