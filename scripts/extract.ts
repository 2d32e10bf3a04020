/** `npm run --silent extract -- FILE [--lang vi|en|auto] [--published YYYY-MM-DD]`; see extract-cli.ts. */
import { runExtract } from './extract-cli';

try {
  const { code, stdout, stderr } = await runExtract(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
} catch (err) {
  process.stderr.write(`newsmark: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
