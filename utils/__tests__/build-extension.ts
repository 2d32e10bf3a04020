/** Global setup of the e2e project: one fresh Chrome MV3 build (.output/chrome-mv3) before its tests. */
import { spawnSync } from 'node:child_process';

export default function buildExtension(): void {
  const started = Date.now();
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.error) throw new Error(`e2e setup: could not run npx wxt build: ${run.error.message}`);
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`e2e setup: npx wxt build exited with ${run.status ?? run.signal} (its output is above)`);
  }
  console.log(`e2e setup: built the extension in ${Date.now() - started} ms`);
}
