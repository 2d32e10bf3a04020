// Checks gold.json against the fixture pages: every gold text must occur verbatim
// (after NFC and whitespace collapsing) in the article's headline + body, every
// optional text somewhere in the page, values must be well formed, and
// `published` must match the page metadata. Also lists numbers in the article
// that no gold or optional span covers, as a review aid.
// Blind copy (adapted from the holdout verifier): pages may carry the publication
// date in article:published_time, JSON-LD datePublished or both; all that are
// present must agree with `published`. Also flags optional texts that duplicate a
// gold text and bodies outside 300–700 words.
// Usage: node utils/extract/__tests__/blind/verify-gold.mjs [--uncovered]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const showUncovered = process.argv.includes('--uncovered');

// Headline and body containers of each page (the article text a reader sees).
const ARTICLE = {
  'vi-phutho-danh-bac': ['h1', 'p.sapo', '.content-news'],
  'vi-khanhhoa-attp-tet': ['h1', '.entry-content'],
  'vi-hungyen-xu-o-nhiem': ['h1', '.article__summary', '.article__content'],
  'vi-vinhlong-giai-ngan-dtc': ['h1', '.news-lead', '.detail-content'],
  'vi-thainguyen-dien-tap-pccc': ['h1', '.article-detail .lead', '#content-body'],
  'vi-lamdong-hdnd-giam-sat-boi-thuong': ['h1', '.sapo-detail', '.detail-content'],
  'en-rcmp-elver-charges': ['h1', '#news-release-body'],
  'en-nzpolice-karearea': ['h1', '.media-release__content'],
  'en-oregon-ag-contractor-fraud': ['h1', '.press-release-content'],
  'en-wire-interpol-harrier': ['h1', '.story-text'],
};

const norm = (s) => s.normalize('NFC').replace(/[\u200B-\u200D\uFEFF\u034F\u00AD]/g, '').replace(/\s+/g, ' ').trim();
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
let problems = 0;
const report = (key, msg) => { problems++; console.log(`  ✗ ${key}: ${msg}`); };

for (const [key, page] of Object.entries(gold)) {
  if (key.startsWith('_')) continue;
  const html = readFileSync(join(dir, page.file), 'utf8');
  const { document } = parseHTML(html);
  const sels = ARTICLE[key];
  if (!sels) { report(key, 'no article selectors configured'); continue; }
  const parts = sels.map((s) => document.querySelector(s));
  parts.forEach((p, i) => { if (!p) report(key, `selector ${sels[i]} matches nothing`); });
  const article = norm(parts.filter(Boolean).map((p) => p.textContent).join(' \n '));
  const whole = norm(document.documentElement.textContent);
  const bodyWords = norm(parts.slice(1).filter(Boolean).map((p) => p.textContent).join(' ')).split(' ').length;

  const meta = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map((s) => JSON.stringify(JSON.parse(s.textContent)).match(/"datePublished":"([^"]+)"/)?.[1])
    .filter(Boolean);
  const stamps = [meta, ...ld].filter(Boolean);
  if (!stamps.length) report(key, 'no article:published_time or JSON-LD datePublished');
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
  if (bodyWords < 300 || bodyWords > 700) report(key, `body has ${bodyWords} words (want 300–700)`);
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
