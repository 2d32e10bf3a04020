/**
 * Chromium traces for the browser bench: recording one through a CDP session, and reading the
 * page's main thread out of it — its tasks, which of them ran the extension's scripts, and the
 * V8 CPU samples taken on it.
 *
 * How work is attributed to the extension
 * ---------------------------------------
 * A content script runs on the renderer main thread of the page it is injected into, in an
 * isolated world, interleaved with the page's own tasks. The unit of main-thread work is a
 * top-level task (`RunTask`, category disabled-by-default-devtools.timeline): nothing else runs
 * on the thread while one runs, so the page cannot respond to input for its whole length. A task
 * is the extension's when either
 *   - an event nested in it names a script URL under `chrome-extension://` (`EvaluateScript`,
 *     `v8.compile`, `v8.run`, `FunctionCall`: Blink records the URL of the script it evaluates
 *     or of the function it calls — the content script's first evaluation, its event listeners
 *     and timers), or
 *   - a V8 CPU sample taken inside it (category disabled-by-default-v8.cpu_profiler, one sample
 *     about every 0.2 ms here) has a frame from a `chrome-extension://` script anywhere on its
 *     stack. This catches what Blink records without a URL: promise continuations run as
 *     microtasks (`RunMicrotasks`) after `await`, `scheduler.yield()` (`RunYieldContinuation`),
 *     storage and messaging replies.
 * The extension's main-thread time is then the summed length of its tasks, and its longest
 * slice the longest of them. A task's whole length counts: the style, layout and garbage
 * collection it forces are the extension's cost too.
 *
 * Limits:
 *   - A task holding both page and extension script (one microtask checkpoint running both) is
 *     counted whole as the extension's; such tasks are counted in `mixed` so it shows. The bench
 *     pages run their own scripts in separate tasks.
 *   - A task shorter than the gap between samples that names no extension URL can be missed:
 *     an undercount of well under a millisecond per task (tiny storage or message callbacks).
 *   - Only the page's main thread is read: the extension's service worker, and work the
 *     browser process or compositor does for it (painting highlights), are not counted.
 *   - The profiler's own overhead is inside the figures; in an A/B of 7 loads each of the
 *     10,000-word page, task totals with and without the profiler were within noise (medians
 *     128 and 130 ms).
 *   - Task lengths are wall-clock: when other processes compete for the CPU the thread is
 *     preempted inside tasks and they grow. Each task's thread time (`tdur`) is kept as `cpu`.
 *   - Sample-based figures (`extSampledMs`, the function profile) weight each sample by the
 *     time to the next one, capped at a few sampling intervals; they are estimates.
 */

import type { CDPSession } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  id?: string;
  args?: any;
}

/** Starts tracing on `cdp`, runs `action`, stops and returns every event. */
export async function recordTrace<T>(cdp: CDPSession, action: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await action();
  } finally {
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await complete;
  }
  return { events, result };
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface Sample {
  /** Trace clock, µs. */
  t: number;
  /** Estimated time the sample stands for, µs. */
  weight: number;
  /** Leaf first, root excluded. */
  stack: CallFrame[];
  ext: boolean;
  page: boolean;
}

export interface Task {
  /** ms since navigation start */
  start: number;
  /** ms, wall clock */
  dur: number;
  /** ms of the thread's CPU time (the trace's `tdur`): `dur` less the time the thread waited or was preempted. */
  cpu: number;
  ext: boolean;
  page: boolean;
  /** Sampled time in extension frames, ms. */
  extSampledMs: number;
  /** Trace clock bounds, µs. */
  ts: number;
  end: number;
}

export interface MainThread {
  pid: number;
  tid: number;
  /** Trace clock of the page's navigationStart, µs. */
  navigationStart: number;
  /** Every top-level task on the thread from navigation start on. */
  tasks: Task[];
  /** CPU samples on the thread from navigation start on. */
  samples: Sample[];
  /** Median time between samples, µs (NaN without samples). */
  sampleIntervalUs: number;
}

export const isExtensionUrl = (url: unknown): boolean => typeof url === 'string' && url.startsWith('chrome-extension://');
export const isPageUrl = (url: unknown): boolean => typeof url === 'string' && /^https?:\/\//.test(url);

/** Events that run a script and name its URL (resource loads name URLs too, and are not script work). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.run', 'v8.evaluateModule']);

/** The URL of the script an event runs, if it runs one. */
function scriptUrlOf(e: TraceEvent): string | undefined {
  if (!SCRIPT_EVENTS.has(e.name)) return undefined;
  const d = e.args?.data;
  return d?.url || e.args?.fileName || d?.scriptName || undefined;
}

/** The index of the task holding trace time `t` (tasks sorted, not overlapping), or -1. */
function taskAt(tasks: readonly { ts: number; end: number }[], t: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const task = tasks[mid]!;
    if (t < task.ts) hi = mid - 1;
    else if (t > task.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The page's main thread in `events`: the renderer thread that parsed `pageUrl`. */
export function mainThreadOf(events: readonly TraceEvent[], pageUrl: string): MainThread {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const { pid, tid } = parse;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid);
  const nav = onThread.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  const navigationStart = nav?.ts ?? parse.ts;

  // Top-level tasks: `RunTask`, else the scheduler's own task events; nested ones dropped.
  let raw = onThread.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  if (raw.length === 0) {
    raw = onThread.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'));
  }
  raw.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const bounds: { ts: number; end: number; cpu: number }[] = [];
  for (const e of raw) {
    const end = e.ts + (e.dur ?? 0);
    const last = bounds[bounds.length - 1];
    if (last && e.ts < last.end) {
      if (end > last.end) {
        last.cpu += ((end - last.end) / (e.dur || 1)) * (e.tdur ?? e.dur ?? 0);
        last.end = end;
      }
      continue;
    }
    if (e.ts >= navigationStart) bounds.push({ ts: e.ts, end, cpu: e.tdur ?? e.dur ?? 0 });
  }
  const tasks: Task[] = bounds.map((b) => ({
    ts: b.ts,
    end: b.end,
    start: (b.ts - navigationStart) / 1000,
    dur: (b.end - b.ts) / 1000,
    cpu: b.cpu / 1000,
    ext: false,
    page: false,
    extSampledMs: 0,
  }));

  for (const e of onThread) {
    if (e.ph !== 'X' && e.ph !== 'B' && e.ph !== 'I' && e.ph !== 'i') continue;
    const url = scriptUrlOf(e);
    if (!url) continue;
    const i = taskAt(tasks, e.ts);
    if (i < 0) continue;
    if (isExtensionUrl(url)) tasks[i]!.ext = true;
    else if (isPageUrl(url)) tasks[i]!.page = true;
  }

  const samples = samplesOf(events, pid, tid).filter((s) => s.t >= navigationStart);
  const intervals = samples.slice(1).map((s, i) => s.t - samples[i]!.t).sort((a, b) => a - b);
  const sampleIntervalUs = intervals.length ? intervals[intervals.length >> 1]! : NaN;
  const cap = 4 * (Number.isFinite(sampleIntervalUs) ? sampleIntervalUs : 1000);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const next = samples[i + 1]?.t ?? s.t + sampleIntervalUs;
    const k = taskAt(tasks, s.t);
    const task = tasks[k];
    s.weight = Math.max(0, Math.min(next - s.t, cap, task ? task.end - s.t : cap));
    if (!task) continue;
    if (s.ext) {
      task.ext = true;
      task.extSampledMs += s.weight / 1000;
    } else if (s.page) task.page = true;
  }
  return { pid, tid, navigationStart, tasks, samples, sampleIntervalUs };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

/** The V8 CPU samples of thread `pid`/`tid`, from its `Profile` and `ProfileChunk` events. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number): Sample[] {
  const out: Sample[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)) {
    const nodes = new Map<number, ProfileNode>();
    const stacks = new Map<number, { stack: CallFrame[]; ext: boolean; page: boolean }>();
    const stackOf = (id: number) => {
      let s = stacks.get(id);
      if (s) return s;
      const stack: CallFrame[] = [];
      for (let n = nodes.get(id); n && n.parent !== undefined; n = nodes.get(n.parent)) stack.push(n.callFrame);
      s = { stack, ext: stack.some((f) => isExtensionUrl(f.url)), page: stack.some((f) => isPageUrl(f.url)) };
      stacks.set(id, s);
      return s;
    };
    let t = Number(profile.args?.data?.startTime ?? profile.ts);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
    for (const chunk of chunks) {
      const cpu = chunk.args?.data?.cpuProfile ?? {};
      for (const n of (cpu.nodes ?? []) as ProfileNode[]) {
        const f = n.callFrame;
        nodes.set(n.id, { ...n, callFrame: { functionName: f.functionName ?? '', url: f.url ?? '', lineNumber: f.lineNumber ?? -1, columnNumber: f.columnNumber ?? -1 } });
      }
      const ids = (cpu.samples ?? []) as number[];
      const deltas = (chunk.args?.data?.timeDeltas ?? []) as number[];
      for (let i = 0; i < ids.length; i++) {
        t += deltas[i] ?? 0;
        const s = stackOf(ids[i]!);
        out.push({ t, weight: 0, stack: s.stack, ext: s.ext, page: s.page });
      }
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

// ---------------------------------------------------------------- source maps

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

interface Segment {
  col: number;
  source: number;
  line: number;
  srcCol: number;
  name?: number;
}

/** Reads a version-3 source map (no index maps) well enough to name functions in a profile. */
export class SourceMap {
  private lines: Segment[][] = [];
  private sources: string[];
  private names: string[];
  private generated: string[];

  /** `mapFile` maps `generatedFile`; sources are named relative to `repo`. */
  constructor(mapFile: string, generatedFile: string, repo: string) {
    this.generated = readFileSync(generatedFile, 'utf8').split('\n');
    const raw = JSON.parse(readFileSync(mapFile, 'utf8')) as {
      sources: string[];
      names?: string[];
      mappings: string;
      sourceRoot?: string;
    };
    const base = resolve(dirname(mapFile), raw.sourceRoot ?? '');
    this.sources = raw.sources.map((s) => relative(repo, resolve(base, s.replace(/^[a-z]+:\/\/\/?/, ''))));
    this.names = raw.names ?? [];
    let source = 0;
    let line = 0;
    let srcCol = 0;
    let name = 0;
    for (const text of raw.mappings.split(';')) {
      const segments: Segment[] = [];
      let col = 0;
      for (const seg of text.split(',')) {
        if (!seg) continue;
        const v = decodeVlq(seg);
        col += v[0]!;
        if (v.length < 4) continue;
        source += v[1]!;
        line += v[2]!;
        srcCol += v[3]!;
        const s: Segment = { col, source, line, srcCol };
        if (v.length >= 5) {
          name += v[4]!;
          s.name = name;
        }
        segments.push(s);
      }
      this.lines.push(segments);
    }
  }

  /**
   * Where the function V8 reports at generated `line`/`col` (0-based: where its parameters
   * start) came from, and its original name: the identifier just before that point in the
   * generated code (`function Xe(`, `Xe=(`, `Xe:async `, `show(`), through the map's names
   * where the bundler renamed it. A callback (`.map((x) =>`) or `function(` has no name.
   */
  lookup(line: number, col: number): { file: string; line: number; name?: string } | undefined {
    const segments = this.lines[line];
    if (!segments?.length) return undefined;
    const at = this.segmentAt(segments, col) ?? segments[0]!;
    const before = this.generated[line]?.slice(0, col) ?? '';
    const m = /(^|[^\w$.])([A-Za-z_$][\w$]*)\s*(?:[=:]\s*(?:async\s*)?|\s)?$/.exec(before);
    let name: string | undefined;
    if (m && !KEYWORDS.has(m[2]!)) {
      const idAt = before.length - m[0].length + m[1]!.length;
      const seg = segments.find((s) => s.col === idAt);
      name = seg?.name !== undefined ? this.names[seg.name] : m[2];
    }
    return { file: this.sources[at.source] ?? '?', line: at.line + 1, name };
  }

  private segmentAt(segments: readonly Segment[], col: number): Segment | undefined {
    let lo = 0;
    let hi = segments.length - 1;
    let found: Segment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.col <= col) {
        found = segments[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

const KEYWORDS = new Set(['function', 'async', 'return', 'await', 'yield', 'new', 'typeof', 'in', 'of', 'case', 'else', 'do', 'void', 'delete', 'throw']);

function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of seg) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad source map segment ${seg}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

// ---------------------------------------------------------------- profiles

/** A readable name for a frame: the original function and file:line where a source map knows them. */
export function frameLabel(frame: CallFrame, map: SourceMap | undefined): string {
  if (!frame.url) return frame.functionName || '(anonymous)';
  if (isExtensionUrl(frame.url) && frame.lineNumber === 0 && frame.columnNumber < 40) {
    // The script itself and the bundle's wrapping function: module-level code of every import.
    return `(top-level code) ${frame.url.replace(/^chrome-extension:\/\/[a-p]{32}\//, '')}`;
  }
  if (isExtensionUrl(frame.url) && map) {
    const at = map.lookup(frame.lineNumber, frame.columnNumber);
    if (at) return `${at.name ?? '(anonymous)'} ${at.file.replace(/^node_modules\//, '')}:${at.line}`;
  }
  const file = frame.url.replace(/^chrome-extension:\/\/[a-p]{32}\//, 'ext:/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

export interface ProfileRow {
  label: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Self and total (inclusive) time of the extension's functions over `samples` (only those with
 * an extension frame). A native leaf (a regular expression, a DOM call) is shown with the
 * extension function that called it.
 */
export function extensionProfile(samples: readonly Sample[], map: SourceMap | undefined): { rows: ProfileRow[]; sampledMs: number } {
  const labels = new Map<CallFrame, string>();
  const label = (f: CallFrame) => {
    let l = labels.get(f);
    if (l === undefined) labels.set(f, (l = frameLabel(f, map)));
    return l;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  for (const s of samples) {
    if (!s.ext) continue;
    sampled += s.weight;
    const leaf = s.stack[0]!;
    let selfKey = label(leaf);
    if (!isExtensionUrl(leaf.url)) {
      const caller = s.stack.find((f) => isExtensionUrl(f.url));
      selfKey = `${leaf.url ? selfKey : `[native] ${selfKey.slice(0, 60)}`} ← ${caller ? label(caller) : '?'}`;
    }
    self.set(selfKey, (self.get(selfKey) ?? 0) + s.weight);
    const seen = new Set<string>();
    for (const f of s.stack) {
      if (!isExtensionUrl(f.url)) continue;
      const key = label(f);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + s.weight);
    }
  }
  const keys = new Set([...self.keys(), ...total.keys()]);
  const rows = [...keys].map((k) => ({ label: k, selfMs: (self.get(k) ?? 0) / 1000, totalMs: (total.get(k) ?? 0) / 1000 }));
  return { rows, sampledMs: sampled / 1000 };
}
