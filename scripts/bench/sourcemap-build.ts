/**
 * `tsx scripts/bench/sourcemap-build.ts OUTDIR`: the same production build as `npx wxt build`,
 * into OUTDIR, with hidden source maps (`*.js.map` beside each bundle, no `sourceMappingURL`
 * comment, so the code is byte for byte what `npx wxt build` makes). The browser bench uses the
 * content script's map only to name the functions in its CPU profile, after checking that the
 * bundle matches the one it measured. A child process, so the build's environment (NODE_ENV,
 * Vite) stays out of the bench.
 */
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx scripts/bench/sourcemap-build.ts OUTDIR');
await build({ outDir, vite: () => ({ build: { sourcemap: 'hidden' } }) });
