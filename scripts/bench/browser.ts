/**
 * The browser part of `npm run bench`: the built extension in Debian's Chromium (playwright-core
 * drives /usr/bin/chromium through utils/__tests__/browser.ts; no browser is downloaded), on
 * generated article pages of 10,000 and 100,000 words, Vietnamese and English, served from a
 * temporary folder on 127.0.0.1.
 *
 * Each page load is traced (Tracing over a CDP session on the page, started before navigation)
 * and the page's renderer main thread is read from the trace: which top-level tasks ran the
 * extension's content script, how long they took in total, the longest one, and CPU samples of
 * the extension's functions (see scripts/bench/trace.ts for how attribution works and its
 * limits). When the highlights are in is read in the page itself: a small page script polls
 * the sizes of `CSS.highlights` every 10 ms and keeps `performance.now()` (ms since navigation
 * start) of the last change; the run ends once they have not changed for a second.
 *
 * The same pages are loaded in the same Chromium without the extension: the extension's time
 * there must be 0, while the pages' own scripts (the poller and ~20 ms of deliberate page work)
 * show up as page time — so the attribution neither misses the page nor counts it.
 *
 * Each case runs RUNS times after one untimed warm-up load per browser; figures are medians.
 *
 * Verdicts are on wall-clock task lengths (what the page's user waits through). The same tasks'
 * CPU time on the main thread (`tdur`) is printed beside them: on a machine busy with other work
 * the thread is preempted inside tasks and wall time grows while CPU time does not, so a large
 * gap between the two says the machine, not the extension, was slow. "Highlighted after load"
 * is judged from navigation start, which is stricter than from the load event (both printed).
 *
 * Function names in the profile come from a source map of a second, source-mapped build of the
 * same sources (scripts/bench/sourcemap-build.ts), used only when its content.js is byte for
 * byte the one measured.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { extractFields } from '../../utils/extract';
import {
  CHROMIUM,
  launchWithExtension,
  launchWithoutExtension,
  startServer,
  type LaunchedBrowser,
  type PageServer,
} from '../../utils/__tests__/browser';
import { marginOf, notMeasured, runAlone, wxtBuild, type Check } from './checks';
import { PUBLISHED, SEPARATOR, paragraphsOf, textOfWords, type BenchLang } from './corpus';
import { fmt, median, ms, table } from './table';
import {
  SourceMap,
  extensionProfile,
  isExtensionUrl,
  mainThreadOf,
  recordTrace,
  type Sample,
  type Task,
  type TraceEvent,
} from './trace';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SOURCEMAP_CHILD = fileURLToPath(new URL('./sourcemap-build.ts', import.meta.url));

export const TARGET = {
  /** Extension main-thread time on a 10,000-word article. */
  small: 50,
  /** Extension main-thread time on a 100,000-word page. */
  large: 300,
  /** Longest extension task on a 100,000-word page. */
  slice: 50,
  /** All highlights of a 100,000-word page in, since navigation start. */
  largeHighlighted: 3000,
  /** A 10,000-word article highlighted, since navigation start. */
  smallHighlighted: 1000,
};

const RUNS = 3;
/** The highlights are taken as complete once their sizes have not changed for this long. */
const QUIET_MS = 1000;
/** Without the extension, a page is traced this long after its load event. */
const BASELINE_WAIT_MS = 1000;
/** Longest wait for highlights before a run is given up as "never highlighted". */
const HIGHLIGHT_TIMEOUT_MS = 15_000;
/** Deliberate work of the page's own script: once while parsing, once after load. */
const PAGE_WORK_MS = 10;

type FieldType = 'date' | 'agency' | 'directive' | 'statistic';
const TYPES: FieldType[] = ['date', 'agency', 'directive', 'statistic'];

interface Case {
  lang: BenchLang;
  words: number;
  path: string;
  bytes: number;
  /** What the engine finds in the same text, by type. */
  engine: Record<FieldType, number>;
}

interface Run {
  /** Summed length of the extension's tasks, ms. */
  extMs: number;
  /** The same in the main thread's CPU time, ms. */
  extCpuMs: number;
  longestMs: number;
  longestCpuMs: number;
  slices: number;
  /** Extension tasks that also ran page script. */
  mixed: number;
  extSampledMs: number;
  /** Tasks that ran page script and no extension script, ms. */
  pageMs: number;
  loadMs: number;
  /** Last change of the highlight sizes, ms since navigation start (Infinity: no highlights). */
  highlightedMs: number;
  /** End of the last extension task, ms since navigation start (NaN: none). */
  lastExtEndMs: number;
  counts: Record<string, number>;
  total: number;
  extTasks: ExtTask[];
  samples: Sample[];
  sampleIntervalUs: number;
}

interface ExtTask extends Task {
  /** The task that evaluated content.js (compiling it and running its module-level code). */
  evaluate: boolean;
  /** v8.compile of extension scripts inside the task, ms. */
  compileMs: number;
  /** Garbage collection inside the task, ms. */
  gcMs: number;
}

const label = (lang: BenchLang) => (lang === 'vi' ? 'Vietnamese' : 'English');
const words = (n: number) => n.toLocaleString('en-US');
const caseName = (c: Case) => `${label(c.lang)} ${words(c.words)} words`;
const sleep = (n: number) => new Promise((ok) => setTimeout(ok, n));

// ---------------------------------------------------------------- pages

const HEADLINES: Record<BenchLang, string> = {
  vi: 'Bài viết thử hiệu năng của Newsmark',
  en: 'Newsmark performance test article',
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, '&quot;');

/** Polls the highlight registry from the page's main world; see the file comment. */
const POLLER = `(function () {
  var s = { count: 0, at: 0, sizes: {} };
  window.__newsmarkBench = s;
  setInterval(function () {
    var n = 0, sizes = {};
    if (window.CSS && CSS.highlights) CSS.highlights.forEach(function (h, name) {
      if (name.indexOf('newsmark-') === 0) { sizes[name] = h.size; n += h.size; }
    });
    if (n !== s.count) { s.count = n; s.at = performance.now(); s.sizes = sizes; }
  }, 10);
})();`;

/** The page's own work: a busy loop while parsing and another after load. */
const PAGE_WORK = `(function () {
  function busy(ms) { var t = performance.now(); while (performance.now() - t < ms) {} }
  busy(${PAGE_WORK_MS});
  addEventListener('load', function () { setTimeout(function () { busy(${PAGE_WORK_MS}); }, 50); });
})();`;

/** An article page: og:type=article, JSON-LD NewsArticle with datePublished, `<article>` of `<p>`s. */
function articlePage(lang: BenchLang, paragraphs: readonly string[]): string {
  const headline = HEADLINES[lang];
  const published = `${PUBLISHED[lang]}T08:00:00+07:00`;
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: published,
    inLanguage: lang,
    author: { '@type': 'Person', name: 'Newsmark Bench' },
    publisher: { '@type': 'Organization', name: 'Newsmark Bench' },
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | Newsmark Bench</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeAttr(headline)}">
<meta property="og:site_name" content="Newsmark Bench">
<meta property="article:published_time" content="${published}">
<script type="application/ld+json">${ld}</script>
<script>${POLLER}</script>
</head>
<body>
<header class="site-header"><a href="/">Newsmark Bench</a></header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<script>${PAGE_WORK}</script>
</body>
</html>
`;
}

function makeCases(dir: string): Case[] {
  const cases: Case[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const source = paragraphsOf(lang);
    for (const n of [10_000, 100_000]) {
      const paragraphs = textOfWords(source, n).split(SEPARATOR);
      const html = articlePage(lang, paragraphs);
      const file = `${lang}-${n}.html`;
      writeFileSync(join(dir, file), html);
      // The text the content script reads: the headline, then each paragraph, blank lines between.
      const text = [HEADLINES[lang], ...paragraphs].join(SEPARATOR);
      const engine = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<FieldType, number>;
      for (const f of extractFields(text, { lang, published: PUBLISHED[lang] })) engine[f.type as FieldType]++;
      cases.push({ lang, words: n, path: `/bench/${file}`, bytes: Buffer.byteLength(html), engine });
    }
  }
  // 10,000 words first, so a slow large case never delays the small ones.
  return cases.sort((a, b) => a.words - b.words || a.lang.localeCompare(b.lang));
}

// ---------------------------------------------------------------- build

function chromiumVersion(): string {
  const run = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return /Chromium [\d.]+/.exec(run.stdout ?? '')?.[0] ?? 'version unknown';
}

interface Built {
  dir: string;
  map?: SourceMap;
  note: string;
}

/**
 * `npx wxt build`, a private copy of its output (a rebuild meanwhile cannot change what is
 * measured), and a source map from a second build of the same sources that must come out byte
 * for byte the same (tried twice, in case the sources changed between the two builds).
 */
function buildExtension(work: string): Built | string {
  const script = 'content-scripts/content.js';
  const dir = join(work, 'chrome-mv3');
  const mapOut = join(work, 'sourcemap-build');
  let note = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const started = Date.now();
    const failed = wxtBuild();
    if (failed) return failed;
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(REPO, '.output', 'chrome-mv3'), dir, { recursive: true });
    const size = readFileSync(join(dir, script)).length;
    note = `npx wxt build in ${fmt((Date.now() - started) / 1000)} s; ${script} ${fmt(size / 1024, 0)} KB`;

    rmSync(mapOut, { recursive: true, force: true });
    const child = spawnSync('npx', ['tsx', SOURCEMAP_CHILD, mapOut], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    if (child.status !== 0) {
      return { dir, note: `${note}; no source map (its build failed: ${(child.stderr || child.stdout).trim().split('\n').pop()})` };
    }
    if (readFileSync(join(mapOut, 'chrome-mv3', script)).equals(readFileSync(join(dir, script)))) {
      const map = new SourceMap(join(mapOut, 'chrome-mv3', `${script}.map`), join(dir, script), REPO);
      return { dir, map, note: `${note}; functions named through a source map of the identical bundle` };
    }
  }
  return { dir, note: `${note}; no source map (the source-mapped build kept differing from the measured one: sources changing?)` };
}

// ---------------------------------------------------------------- one page load

interface PageState {
  count: number;
  at: number;
  sizes: Record<string, number>;
  now: number;
  load: number;
}

function readState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const s = (window as unknown as { __newsmarkBench?: { count: number; at: number; sizes: Record<string, number> } }).__newsmarkBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      count: s?.count ?? 0,
      at: s?.at ?? 0,
      sizes: s?.sizes ?? {},
      now: performance.now(),
      load: nav?.loadEventStart ?? 0,
    };
  });
}

async function loadOnce(browser: LaunchedBrowser, url: string, withExtension: boolean): Promise<Run> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const { events, result: state } = await recordTrace(cdp, async () => {
      const res = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      if (res?.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
      const deadline = Date.now() + HIGHLIGHT_TIMEOUT_MS;
      for (;;) {
        await sleep(100);
        const s = await readState(page);
        const settled = withExtension ? s.load > 0 && s.count > 0 && s.now - s.at >= QUIET_MS : s.load > 0 && s.now - s.load >= BASELINE_WAIT_MS;
        if (settled || Date.now() > deadline) return s;
      }
    });
    await cdp.detach().catch(() => undefined);
    return analyse(events, url, state);
  } finally {
    await page.close().catch(() => undefined);
  }
}

function analyse(events: TraceEvent[], url: string, state: PageState): Run {
  const thread = mainThreadOf(events, url);
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const within = (t: Task, e: TraceEvent) => e.ts >= t.ts && e.ts <= t.end;
  const durIn = (t: Task, test: (e: TraceEvent) => boolean) => onThread.filter((e) => within(t, e) && test(e)).reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  const extTasks: ExtTask[] = thread.tasks
    .filter((t) => t.ext)
    .map((t) => ({
      ...t,
      evaluate: onThread.some((e) => within(t, e) && e.name === 'EvaluateScript' && isExtensionUrl(e.args?.data?.url)),
      compileMs: durIn(t, (e) => e.name === 'v8.compile' && isExtensionUrl(e.args?.data?.url ?? e.args?.fileName)),
      gcMs: durIn(t, (e) => e.name === 'MinorGC' || e.name === 'MajorGC'),
    }));
  const sum = (ts: readonly Task[]) => ts.reduce((n, t) => n + t.dur, 0);
  return {
    extMs: sum(extTasks),
    extCpuMs: extTasks.reduce((n, t) => n + t.cpu, 0),
    longestMs: Math.max(0, ...extTasks.map((t) => t.dur)),
    longestCpuMs: Math.max(0, ...extTasks.map((t) => t.cpu)),
    slices: extTasks.length,
    mixed: extTasks.filter((t) => t.page).length,
    extSampledMs: thread.samples.filter((s) => s.ext).reduce((n, s) => n + s.weight, 0) / 1000,
    pageMs: sum(thread.tasks.filter((t) => t.page && !t.ext)),
    loadMs: state.load,
    highlightedMs: state.count > 0 ? state.at : Infinity,
    lastExtEndMs: extTasks.length ? Math.max(...extTasks.map((t) => t.start + t.dur)) : NaN,
    counts: state.sizes,
    total: state.count,
    extTasks,
    samples: thread.samples.filter((s) => s.ext),
    sampleIntervalUs: thread.sampleIntervalUs,
  };
}

// ---------------------------------------------------------------- reporting

/** The most specific extension function holding at least half of `samples` (a slice's "what"). */
function dominantFrame(samples: readonly Sample[], map: SourceMap | undefined): string {
  const total = samples.reduce((n, s) => n + s.weight, 0);
  if (!total) return '';
  const { rows } = extensionProfile(samples, map);
  const holding = rows.filter((r) => r.totalMs * 1000 >= 0.5 * total).sort((a, b) => a.totalMs - b.totalMs);
  return (holding[0]?.label ?? '').replace(/ \S+$/, '');
}

const samplesIn = (run: Run, t: Task) => run.samples.filter((s) => s.t >= t.ts && s.t <= t.end);
const shortLabel = (l: string) => l.replace(/ utils\/(?:extract|page)\//, ' ').replace(/ entrypoints\//, ' ');

/**
 * One long task: its start and length, compile and GC time, then the extension functions with
 * the most sampled time in it, callees included (wrappers holding nearly all of it left out).
 */
function describeTask(t: ExtTask, samples: readonly Sample[], map: SourceMap | undefined): string[] {
  const { rows, sampledMs } = extensionProfile(samples, map);
  const head = [
    `${fmt(t.dur)} ms (CPU ${fmt(t.cpu)}) at ${fmt(t.start, 0)} ms${t.evaluate ? ', content.js evaluation' : ''}: ${fmt(sampledMs)} sampled`,
    ...(t.compileMs >= 0.5 ? [`compile ${fmt(t.compileMs)}`] : []),
    ...(t.gcMs >= 0.5 ? [`GC ${fmt(t.gcMs)}`] : []),
  ];
  const wrappersSelf = rows
    .filter((r) => r.totalMs >= 0.85 * sampledMs && r.selfMs >= 0.1 * sampledMs)
    .map((r) => `${shortLabel(r.label)} self ${fmt(r.selfMs)}`);
  const top = rows
    .filter((r) => r.totalMs < 0.85 * sampledMs && r.totalMs >= 0.5)
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 8)
    .map((r) => `${shortLabel(r.label)} ${fmt(r.totalMs)}`);
  return [...head, ...wrappersSelf, ...top];
}

const medianRun = (runs: readonly Run[]) => [...runs].sort((a, b) => a.extMs - b.extMs)[runs.length >> 1]!;
const med = (runs: readonly Run[], f: (r: Run) => number) => median(runs.map(f));
const msOrDash = (n: number) => (Number.isFinite(n) ? ms(n) : '—');

/** The targets' rows in the Targets table: name and what is wanted. */
const CHECKS = {
  small: ['10,000 words: extension main-thread time', `≤ ${TARGET.small} ms`],
  large: ['100,000 words: extension main-thread time', `≤ ${TARGET.large} ms total`],
  slice: ['100,000 words: longest extension slice', `≤ ${TARGET.slice} ms`],
  largeHighlighted: ['100,000 words: all highlights', `≤ ${TARGET.largeHighlighted / 1000} s from navigation`],
  smallHighlighted: ['10,000 words: highlighted after load', `≤ ${TARGET.smallHighlighted / 1000} s from navigation`],
} as const;

export async function runBrowserBench(section: (title: string) => void): Promise<Check[]> {
  section('Browser: the built extension in Chromium, traced on the page main thread');
  if (!existsSync(CHROMIUM)) return notMeasured(CHECKS, `${CHROMIUM} is missing (apt-get install -y chromium)`);
  const started = Date.now();
  const load = () => loadavg().map((n) => fmt(n, 2)).join(', ');
  console.log(`  ${CHROMIUM} (${chromiumVersion()}), ${cpus().length} CPU; load average at start ${load()}`);
  const work = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  let server: PageServer | undefined;
  let browser: LaunchedBrowser | undefined;
  try {
    const built = buildExtension(work);
    if (typeof built === 'string') return notMeasured(CHECKS, built);
    console.log(`  ${built.note}`);
    const pageDir = mkdtempSync(join(work, 'pages-'));
    const cases = makeCases(pageDir);
    server = await startServer({ roots: { bench: pageDir } });

    const results = new Map<Case, { ext: Run[]; plain: Run[] }>(cases.map((c) => [c, { ext: [], plain: [] }]));
    for (const withExtension of [true, false]) {
      browser = withExtension ? await launchWithExtension(built.dir) : await launchWithoutExtension();
      await loadOnce(browser, server.url(cases[0]!.path), withExtension); // warm-up, not counted
      for (const c of cases) {
        for (let i = 0; i < RUNS; i++) {
          const run = await loadOnce(browser, server.url(c.path), withExtension);
          results.get(c)![withExtension ? 'ext' : 'plain'].push(run);
        }
      }
      await browser.close();
      browser = undefined;
    }
    const loads = cases.length * RUNS * 2 + 2;

    // ---- the figures
    const rows: string[][] = [];
    for (const c of cases) {
      const { ext, plain } = results.get(c)!;
      for (const [runs, withExt] of [
        [ext, true],
        [plain, false],
      ] as const) {
        const engineTotal = TYPES.reduce((n, t) => n + c.engine[t], 0);
        const highlighted = med(runs, (r) => r.highlightedMs);
        rows.push([
          withExt ? caseName(c) : '  same, no extension',
          withExt ? `${fmt(c.bytes / 1024, 0)} KB` : '',
          ms(med(runs, (r) => r.extMs)),
          ms(med(runs, (r) => r.extCpuMs)),
          String(med(runs, (r) => r.slices)),
          ms(med(runs, (r) => r.longestMs)),
          ms(med(runs, (r) => r.longestCpuMs)),
          ms(med(runs, (r) => r.extSampledMs)),
          ms(med(runs, (r) => r.pageMs)),
          ms(med(runs, (r) => r.loadMs)),
          withExt ? msOrDash(highlighted) : '—',
          withExt ? msOrDash(highlighted - med(runs, (r) => r.loadMs)) : '—',
          withExt ? `${med(runs, (r) => r.total)} / ${engineTotal}` : String(med(runs, (r) => r.total)),
        ]);
      }
    }
    console.log(
      table(
        ['page', 'HTML', 'ext time', 'ext CPU', 'tasks', 'longest', 'longest CPU', 'sampled', 'page JS', 'load', 'highlighted', 'after load', 'highlights/engine'],
        rows,
      ),
    );
    const interval = median(cases.flatMap((c) => results.get(c)!.ext.map((r) => r.sampleIntervalUs)));
    console.log(`  medians of ${RUNS} page loads each, after one untimed warm-up load per browser; ${loads} loads in ${fmt((Date.now() - started) / 1000)} s with the build; load average now ${load()}`);
    console.log('  ext time: summed wall-clock length of the top-level main-thread tasks that ran the extension (trace); longest: the longest of them');
    console.log("  CPU: the same in the main thread's CPU time (trace tdur), which leaves out time the thread was preempted: on a busy machine wall > CPU");
    console.log(`  sampled: V8 CPU samples in extension code (one every ~${fmt(interval / 1000, 2)} ms); page JS: tasks running only the page's own scripts`);
    console.log('  load: load event; highlighted: last change of CSS.highlights sizes (10 ms poll), both since navigation start');
    const plainExt = cases.flatMap((c) => results.get(c)!.plain.map((r) => r.extMs));
    const mixed = cases.reduce((n, c) => n + results.get(c)!.ext.reduce((m, r) => m + r.mixed, 0), 0);
    console.log(
      `  attribution check: without the extension, extension time ${plainExt.every((v) => v === 0) ? 'is 0 in every load' : `is NOT 0 (max ${ms(Math.max(...plainExt))})`}; ` +
        `${mixed} extension task${mixed === 1 ? '' : 's'} also ran page script`,
    );
    for (const c of cases) {
      const per = TYPES.map((t) => `${t} ${c.engine[t]}`).join(', ');
      const got = medianRun(results.get(c)!.ext).counts;
      const drawn = TYPES.map((t) => `${t} ${got[`newsmark-${t}`] ?? 0}`).join(', ');
      if (per !== drawn) console.log(`  ${caseName(c)}: highlights ${drawn}; engine on the same text ${per}`);
    }

    // ---- the slices of one run per case
    section('Browser: extension tasks of the median run, in order (ms, and the innermost function holding half the task)');
    for (const c of cases) {
      const run = medianRun(results.get(c)!.ext);
      const parts = run.extTasks.map((t) => {
        const what = t.evaluate ? 'content.js evaluation' : dominantFrame(samplesIn(run, t), built.map);
        return `${fmt(t.dur)}${what ? ` ${what}` : ''}`;
      });
      console.log(`  ${caseName(c)} (${ms(run.extMs)} in ${run.slices}; highlights at ${msOrDash(run.highlightedMs)}, last extension task ends at ${msOrDash(run.lastExtEndMs)}):`);
      console.log(wrap(parts.join(' · '), 110, '    '));
    }

    // ---- phases
    section('Browser: extension time by phase (ms per run, median; evaluation from the trace, the rest from CPU samples)');
    const phaseRows = cases.map((c) => {
      const runs = results.get(c)!.ext;
      const per = runs.map((r) => {
        const { rows: profile } = extensionProfile(r.samples, built.map);
        const total = (test: (label: string) => boolean) => profile.filter((row) => test(row.label)).reduce((n, row) => n + row.totalMs, 0);
        const evaluation = r.extTasks.filter((t) => t.evaluate);
        return {
          evaluation: evaluation.reduce((n, t) => n + t.dur, 0),
          compile: evaluation.reduce((n, t) => n + t.compileMs, 0),
          read: total((l) => l.startsWith('readArticle ')),
          extract: total((l) => l.startsWith('extractFieldsInSteps ')),
          draw: total((l) => l.startsWith('createTextMap ') || /^add \S*highlighter/.test(l)),
        };
      });
      const m = (k: keyof (typeof per)[number]) => (built.map || k === 'evaluation' || k === 'compile' ? ms(median(per.map((p) => p[k]))) : 'n/a');
      return [caseName(c), ms(med(runs, (r) => r.extMs)), m('evaluation'), m('compile'), m('read'), m('extract'), m('draw')];
    });
    console.log(
      table(['page', 'ext time', 'content.js evaluation', 'of it compile', 'readArticle', 'extractFieldsInSteps', 'createTextMap + highlighter.add'], phaseRows),
    );
    console.log('  evaluation: the task compiling content.js and running it up to its first await (module-level code of every import)');

    // ---- what the long tasks ran
    section(`Browser: extension tasks over ${TARGET.slice} ms in the median run, and what ran in them (sampled ms, callees included)`);
    for (const c of cases) {
      const run = medianRun(results.get(c)!.ext);
      const long = run.extTasks.filter((t) => t.dur > TARGET.slice);
      if (long.length === 0) continue;
      console.log(`  ${caseName(c)}:`);
      for (const t of long) console.log(wrap(describeTask(t, samplesIn(run, t), built.map).join(' · '), 110, '    '));
    }

    // ---- where the time goes
    section(`Browser: extension functions by sampled self time (all ${RUNS} runs; ms per run; "total" includes callees)`);
    for (const c of cases) {
      const runs = results.get(c)!.ext;
      const { rows: profile, sampledMs } = extensionProfile(
        runs.flatMap((r) => r.samples),
        built.map,
      );
      const top = profile.sort((a, b) => b.selfMs - a.selfMs).slice(0, 10);
      console.log(`  ${caseName(c)}: ${ms(sampledMs / runs.length)} sampled per run`);
      console.log(
        table(
          ['function', 'self', 'total'],
          top.map((r) => [r.label.length > 100 ? `${r.label.slice(0, 97)}...` : r.label, ms(r.selfMs / runs.length), ms(r.totalMs / runs.length)]),
          '    ',
        ),
      );
    }

    // ---- verdicts
    const pick = (n: number) => cases.filter((c) => c.words === n).map((c) => ({ c, runs: results.get(c)!.ext }));
    const small = pick(10_000);
    const large = pick(100_000);
    const check = (key: keyof typeof CHECKS, group: typeof small, f: (r: Run) => number, unit: 'ms' | 's', cpu?: (r: Run) => number): Check => {
      const [name, target] = CHECKS[key];
      const limit = TARGET[key];
      const values = group.map(({ c, runs }) => ({ lang: c.lang, v: med(runs, f), cpu: cpu ? med(runs, cpu) : NaN }));
      const worst = Math.max(...values.map((x) => x.v));
      const show = (v: number) => (!Number.isFinite(v) ? 'never' : unit === 's' ? `${fmt(v / 1000, 2)} s` : `${fmt(v, 0)} ms`);
      return {
        name,
        figure: values.map((x) => `${x.lang} ${show(x.v)}${cpu ? ` (CPU ${fmt(x.cpu, 0)})` : ''}`).join(', '),
        target,
        pass: worst <= limit,
        margin: Number.isFinite(worst) ? marginOf(worst, limit) : 'n/a',
      };
    };
    return [
      check('small', small, (r) => r.extMs, 'ms', (r) => r.extCpuMs),
      check('large', large, (r) => r.extMs, 'ms', (r) => r.extCpuMs),
      check('slice', large, (r) => r.longestMs, 'ms', (r) => r.longestCpuMs),
      check('largeHighlighted', large, (r) => r.highlightedMs, 's'),
      check('smallHighlighted', small, (r) => r.highlightedMs, 's'),
    ];
  } catch (err) {
    return notMeasured(CHECKS, `browser bench failed: ${(err as Error).stack ?? err}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(' · ')) {
    if (line && line.length + part.length + 3 > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} · ${part}` : part;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

// Alone: `npx tsx scripts/bench/browser.ts` (builds the extension) prints its own Targets.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await runAlone(runBrowserBench);
}
