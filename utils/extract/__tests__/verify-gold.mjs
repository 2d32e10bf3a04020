// Checks a page set's gold.json against its pages: every gold text must occur
// verbatim (after NFC and whitespace collapsing) in the article's headline + body,
// every optional text somewhere in the page, values must be well formed, and
// `published` must agree with the page metadata (article:published_time, JSON-LD
// datePublished or both; at least one must be present and all present must agree).
// Pages must be NFC and carry og:type=article; no optional text may duplicate a
// gold text. Also lists numbers in the article that no gold or optional span
// covers, as a review aid (--uncovered).
//
// The set folder holds gold.json, the pages and containers.json, which names the
// headline and body containers of each page (the article text a reader sees):
//   { "page-key": ["h1", ".sapo", ".body"], …,
//     "_options": { "words": [300, 700], "requirePublishedMeta": true } }
// Options (all optional):
//   words                 [min, max] body word count the set's pages must fall in
//   requirePublishedMeta  article:published_time must be present (JSON-LD alone
//                         is not enough)
//
// Usage: node utils/extract/__tests__/verify-gold.mjs <set folder> [--uncovered]
//   e.g. node utils/extract/__tests__/verify-gold.mjs utils/extract/__tests__/holdout
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const args = process.argv.slice(2);
const showUncovered = args.includes('--uncovered');
const sets = args.filter((a) => !a.startsWith('--'));
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--uncovered');
if (sets.length !== 1 || unknownFlags.length) {
  console.error('usage: node utils/extract/__tests__/verify-gold.mjs <set folder> [--uncovered]');
  process.exit(2);
}
const dir = resolve(sets[0]);
for (const f of ['gold.json', 'containers.json']) {
  if (!existsSync(join(dir, f))) { console.error(`${join(dir, f)} not found`); process.exit(2); }
}
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const { _options: options = {}, ...containers } = JSON.parse(readFileSync(join(dir, 'containers.json'), 'utf8'));

const norm = (s) => s.normalize('NFC').replace(/[\u200B-\u200D\uFEFF\u034F\u00AD]/g, '').replace(/\s+/g, ' ').trim();
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
let problems = 0;
const report = (key, msg) => { problems++; console.log(`  ✗ ${key}: ${msg}`); };

// containers.json itself: known options, well-formed ranges, no stray pages.
const OPTIONS = new Set(['words', 'requirePublishedMeta']);
for (const k of Object.keys(options)) if (!OPTIONS.has(k)) report('containers.json', `unknown option "${k}"`);
const words = options.words;
if (words !== undefined && !(Array.isArray(words) && words.length === 2 && words.every(Number.isInteger) && words[0] <= words[1])) {
  report('containers.json', `option "words" must be [min, max], got ${JSON.stringify(words)}`);
}
for (const [key, sels] of Object.entries(containers)) {
  if (key.startsWith('_')) continue;
  if (!(key in gold)) report(key, 'containers.json entry has no page in gold.json');
  if (!Array.isArray(sels) || !sels.length || !sels.every((s) => typeof s === 'string')) report(key, 'containers must be a non-empty list of selectors');
}

for (const [key, page] of Object.entries(gold)) {
  if (key.startsWith('_')) continue;
  const html = readFileSync(join(dir, page.file), 'utf8');
  const { document } = parseHTML(html);
  const sels = containers[key];
  if (!Array.isArray(sels) || !sels.length) { report(key, 'no article selectors configured'); continue; }
  const parts = sels.map((s) => document.querySelector(s));
  parts.forEach((p, i) => { if (!p) report(key, `selector ${sels[i]} matches nothing`); });
  const article = norm(parts.filter(Boolean).map((p) => p.textContent).join(' \n '));
  const whole = norm(document.documentElement.textContent);
  const bodyWords = norm(parts.slice(1).filter(Boolean).map((p) => p.textContent).join(' ')).split(' ').length;

  const meta = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const ld = [];
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    let json;
    try { json = JSON.stringify(JSON.parse(s.textContent)); } catch { report(key, 'unparsable JSON-LD block'); continue; }
    const d = json.match(/"datePublished":"([^"]+)"/)?.[1];
    if (d) ld.push(d);
  }
  const stamps = [meta, ...ld].filter(Boolean);
  if (options.requirePublishedMeta && !meta) report(key, 'no article:published_time');
  else if (!stamps.length) report(key, 'no article:published_time or JSON-LD datePublished');
  for (const d of stamps) if (d.slice(0, 10) !== page.published) report(key, `published ${page.published} vs page metadata ${d}`);
  if (html !== html.normalize('NFC')) report(key, 'page text is not NFC');
  if (!document.querySelector('meta[property="og:type"][content="article"]')) report(key, 'no og:type=article');
  if (document.documentElement.getAttribute('lang')?.slice(0, 2) !== page.lang) report(key, 'html lang mismatch');

  const counts = {};
  const spans = [];
  for (const [type, list] of Object.entries(page.fields)) {
    counts[type] = list.length;
    const seen = new Set();
    for (const f of list) {
      const t = norm(f.text);
      if (seen.has(t)) report(key, `duplicate ${type} "${f.text}"`);
      seen.add(t);
      if (!article.includes(t)) report(key, `${type} "${f.text}" not in article text${whole.includes(t) ? ' (only in page chrome)' : ''}`);
      if (type === 'date' && !DATE_RE.test(f.value ?? '')) report(key, `bad date value ${f.value} for "${f.text}"`);
      if (type === 'directive' && typeof f.value !== 'string') report(key, `directive "${f.text}" lacks value`);
      if (type === 'statistic' && f.value !== undefined && typeof f.value !== 'number') report(key, `statistic "${f.text}" value not a number`);
      spans.push(t);
    }
  }
  for (const o of page.optional ?? []) {
    const t = norm(o.text);
    if (!whole.includes(t)) report(key, `optional ${o.type} "${o.text}" not in page`);
    spans.push(t);
  }
  // A gold text must also occur on its own, not only inside a longer gold span.
  const all = Object.values(page.fields).flat().map((f) => norm(f.text));
  for (const [type, list] of Object.entries(page.fields)) {
    for (const f of list) {
      const t = norm(f.text);
      let free = false;
      for (let i = article.indexOf(t); i >= 0 && !free; i = article.indexOf(t, i + 1)) {
        free = !all.some((s) => {
          if (s.length <= t.length || !s.includes(t)) return false;
          for (let j = article.indexOf(s); j >= 0; j = article.indexOf(s, j + 1)) if (j <= i && i + t.length <= j + s.length) return true;
          return false;
        });
      }
      if (!free) report(key, `${type} "${f.text}" occurs only inside longer spans`);
    }
  }
  for (const o of page.optional ?? []) if (all.includes(norm(o.text))) report(key, `optional ${o.type} "${o.text}" is also gold`);
  if (Array.isArray(words) && (bodyWords < words[0] || bodyWords > words[1])) report(key, `body has ${bodyWords} words (want ${words[0]}–${words[1]})`);
  console.log(`${key}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}, optional ${(page.optional ?? []).length}; body ≈ ${bodyWords} words`);

  if (showUncovered) {
    // Mask every gold/optional occurrence, then list the digits that remain.
    let masked = article;
    for (const s of [...spans].sort((a, b) => b.length - a.length)) masked = masked.split(s).join('█'.repeat(s.length));
    const left = [...masked.matchAll(/[^\s█]{0,25}\d[\d.,/:-]*[^\s█]{0,25}/g)].map((m) => m[0]);
    if (left.length) console.log(`    uncovered numbers: ${left.join(' | ')}`);
  }
}
console.log(problems ? `\n${problems} problem(s)` : '\nall gold and optional texts verified');
process.exit(problems ? 1 : 0);
