/**
 * What every part of `npm run bench` shares: a target's check and its headroom, the Targets table,
 * the extension build the browser parts load, and the shim their page functions need.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './table';

/** One target's verdict, as the Targets table prints it. */
export interface Check {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
  /** Headroom: how far past the target the figure is, as a share of the target (negative: short of it). */
  margin: string;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The headroom of `value` against `target`: "+20%" is 20% to spare, "-7%" 7% short. */
export function marginOf(value: number, target: number, higherIsBetter = false): string {
  const pct = ((higherIsBetter ? value - target : target - value) / target) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%`;
}

/** Every check of a part as not measured, saying why (a missing browser, a failed build). */
export function notMeasured(checks: Record<string, readonly [name: string, target: string]>, why: string): Check[] {
  console.log(`  skipped: ${why}`);
  return Object.values(checks).map(([name, target]) => ({ name, figure: 'not measured', target, pass: false, margin: 'n/a' }));
}

/** The Targets table: each check with its figure, its target, its headroom and PASS or FAIL. */
export function targetsTable(checks: readonly Check[]): string {
  return table(['target', 'measured', 'wanted', 'headroom', 'result'], checks.map((c) => [c.name, c.figure, c.target, c.margin, c.pass ? 'PASS' : 'FAIL']));
}

/** A part run alone (`npx tsx scripts/bench/<part>.ts`): its sections, then its own Targets. */
export async function runAlone(run: (section: (title: string) => void) => Promise<Check[]>): Promise<void> {
  const checks = await run((title) => console.log(`\n${title}\n`));
  console.log('\nTargets\n');
  console.log(targetsTable(checks));
}

/** Runs `npx wxt build` in the repository (the Chrome build into .output/chrome-mv3); a string says why it failed. */
export function wxtBuild(): string | undefined {
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.error) return `could not run npx wxt build: ${run.error.message}`;
  if (run.status !== 0) return `npx wxt build exited with ${run.status ?? run.signal}: ${(run.stdout + run.stderr).trim().split('\n').slice(-5).join(' | ')}`;
  return undefined;
}

/**
 * A copy (in `work`) of the extension build: `.output/chrome-mv3` as an earlier part left it, or a
 * fresh `npx wxt build` when asked or when there is none. A string says why there is none.
 */
export function extensionBuild(work: string, build: boolean): { dir: string; note: string } | string {
  const out = join(REPO, '.output', 'chrome-mv3');
  let note = 'reusing the build in .output/chrome-mv3';
  if (build || !existsSync(join(out, 'manifest.json'))) {
    const started = Date.now();
    const failed = wxtBuild();
    if (failed) return failed;
    note = `npx wxt build in ${fmt((Date.now() - started) / 1000)} s`;
  }
  const dir = join(work, 'chrome-mv3');
  cpSync(out, dir, { recursive: true });
  return { dir, note };
}

/** tsx (esbuild keepNames) wraps named functions in `__name(...)`: functions sent to a page need it there. */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';
