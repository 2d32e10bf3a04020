import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseIsoDate } from '../utils/extract/common/calendar';

/** What a CLI run prints and exits with. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of one run, after parsing. */
export interface ExtractArgs {
  file: string;
  lang?: 'vi' | 'en' | 'auto';
  published?: string;
}

export const USAGE = `Usage: npm run --silent extract -- FILE [--lang vi|en|auto] [--published YYYY-MM-DD]

Prints the fields Newsmark finds in FILE as one JSON object:
  { "lang", "published", "title", "fields": [{ type, text, start, end, value }] }
with start/end offsets into the article text (headline, then body).

  FILE                  an .html/.htm page (its article is found and read)
                        or a .txt file (its whole content is the text)
  --lang vi|en|auto     the text's language; default (auto): detected from
                        the text, the page's declared language breaking ties
  --published DATE      publication date YYYY-MM-DD, which resolves dates
                        without a year; default: the page's own
  -h, --help            show this help
`;

/** An expected failure, shown to the user as one line. */
export class CliError extends Error {}

const LANGS = ['vi', 'en', 'auto'] as const;

function isLang(v: string): v is NonNullable<ExtractArgs['lang']> {
  return (LANGS as readonly string[]).includes(v);
}

function isIsoDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v) !== undefined;
}

/** Parses the command line; `help` when usage was asked for. Throws {@link CliError} on bad input. */
export function parseArgs(argv: string[]): ExtractArgs | 'help' {
  if (argv.some((a) => a === '--help' || a === '-h')) return 'help';
  const files: string[] = [];
  let lang: ExtractArgs['lang'];
  let published: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (name !== '--lang' && name !== '--published') {
      throw new CliError(`unknown option ${name} (see --help)`);
    }
    let value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) value = '';
    if (name === '--lang') {
      if (!isLang(value)) throw new CliError(`--lang must be vi, en or auto, not "${value}"`);
      lang = value;
    } else {
      if (!isIsoDate(value)) throw new CliError(`--published must be a date YYYY-MM-DD, not "${value}"`);
      published = value;
    }
  }
  if (files.length === 0) throw new CliError('missing FILE (see --help)');
  if (files.length > 1) throw new CliError(`expected one FILE, got ${files.length}: ${files.join(' ')}`);
  return { file: files[0]!, lang, published };
}

function fsProblem(file: string, err: unknown): CliError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`no such file: ${file}`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`cannot read ${file}: permission denied`);
  if (code === 'EISDIR') return new CliError(`${file} is a directory, not a file`);
  return new CliError(`cannot read ${file}: ${(err as Error).message}`);
}

/** Share of characters that text files do not hold, above which a file counts as binary. */
const MAX_NON_TEXT = 0.3;

/** The file's bytes as UTF-8 text without a BOM; throws {@link CliError} for binary or non-UTF-8 input. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new CliError(`${file} looks binary (it contains NUL bytes), not text or HTML`);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const nonText = text.match(/[\uFFFD\x01-\x08\x0E-\x1F\x7F]/g)?.length ?? 0;
  if (nonText > MAX_NON_TEXT * text.length) throw new CliError(`${file} looks binary, not text or HTML`);
  // The first U+FFFD the file did not spell out itself marks the first bad byte.
  for (let from = 0; ; ) {
    const at = text.indexOf('\uFFFD', from);
    if (at < 0) break;
    const offset = Buffer.byteLength(text.slice(0, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) {
      throw new CliError(`${file} is not valid UTF-8 (bad byte at offset ${offset}); convert it to UTF-8`);
    }
    from = at + 1;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readSource(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a directory, not a file`);
    if (!info.isFile()) throw new CliError(`${file} is not a regular file`);
    bytes = await readFile(file);
  } catch (err) {
    throw err instanceof CliError ? err : fsProblem(file, err);
  }
  return decodeText(file, bytes);
}

function isHtml(file: string, source: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(source);
}

/** The article text and what the page says about it. */
interface Source {
  text: string;
  title: string | null;
  lang?: string;
  published?: string;
}

async function readArticleSource(file: string, source: string): Promise<Source> {
  if (!isHtml(file, source)) {
    if (!/\S/.test(source)) throw new CliError(`${file} has no text`);
    const firstLine = source.split(/\r?\n/).find((line) => /\S/.test(line));
    return { text: source, title: firstLine?.trim() ?? null };
  }
  // Loaded only for pages, so --help and errors stay quick.
  const [{ parseHTML }, { readArticle }] = await Promise.all([
    import('linkedom'),
    import('../utils/page/article'),
  ]);
  const { document } = parseHTML(source);
  const article = readArticle(document as unknown as Document);
  if (!article) throw new CliError(`no article text found in ${file}`);
  return { text: article.text, title: article.title || null, lang: article.lang, published: article.published };
}

async function extract(args: ExtractArgs): Promise<string> {
  const source = await readSource(args.file);
  const page = await readArticleSource(args.file, source);
  const { extractFields, detectLanguage } = await import('../utils/extract');
  // Pages often keep a template's wrong `lang`: the text decides, the declaration breaks ties.
  const lang = args.lang === 'vi' || args.lang === 'en' ? args.lang : detectLanguage(page.text, page.lang);
  const published = args.published ?? page.published;
  const fields = extractFields(page.text, { lang, published });
  const result = { lang, published: published ?? null, title: page.title, fields };
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Runs `extract` on a command line (without node and script); never throws for expected failures. */
export async function runExtract(argv: string[]): Promise<CliResult> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') return { code: 0, stdout: USAGE, stderr: '' };
    return { code: 0, stdout: await extract(args), stderr: '' };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { code: 1, stdout: '', stderr: `newsmark: ${err.message}\n` };
  }
}
