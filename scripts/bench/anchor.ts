/**
 * Re-anchoring saved annotations when their page comes back (utils/page/anchor.ts, run in the
 * background service worker): 500 annotations on a 100,000-word Vietnamese text, in Node.
 * Also runnable alone: `npx tsx scripts/bench/anchor.ts`.
 *
 * Cases: the page unchanged (every annotation found at its stored position), a paragraph added at
 * the top (every one found by its quote, shifted), one quote edited (a fuzzy search near its old
 * place) and the same moved 200,000 characters away (a fuzzy search over the whole text).
 * Targets: the limits the unit tests held before timings left them.
 */

import { fileURLToPath } from 'node:url';
import { anchorAll, anchorSelectors } from '../../utils/page/anchor';
import { quoteSelectors } from '../../utils/store/selectors';
import { marginOf, runAlone, type Check } from './checks';
import { paragraphsOf, textOfWords, utf8Bytes } from './corpus';
import { fmt, median, ms, table } from './table';

export const TARGET = {
  /** Every annotation at its stored position. */
  positionMs: 250,
  /** Every annotation by its quote, the text shifted. */
  quoteMs: 1000,
  /** One edited quote, found by a fuzzy search. */
  fuzzyMs: 1000,
};
const WORDS = 100_000;
const ANNOTATIONS = 500;
const RUNS = 5;

export async function runAnchorBench(section: (title: string) => void): Promise<Check[]> {
  const text = textOfWords(paragraphsOf('vi'), WORDS);
  section(`Re-anchoring: ${ANNOTATIONS} saved annotations on ${WORDS.toLocaleString('en')} words (${fmt(utf8Bytes(text) / 1024, 0)} KB) of Vietnamese, in Node`);
  const items = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const start = text.lastIndexOf(' ', Math.floor(((i + 0.5) * text.length) / ANNOTATIONS)) + 1;
    return { id: String(i), selectors: quoteSelectors(text, start, start + 60) };
  });
  const shifted = `Tin mới cập nhật. ${text}`;
  // The corpus repeats paragraphs: edit a passage found once, so no exact copy elsewhere answers for it.
  const once = (i: number) => text.indexOf(items[i]!.selectors[0].exact) === text.lastIndexOf(items[i]!.selectors[0].exact);
  const edited = items.find((_, i) => i >= ANNOTATIONS / 2 && once(i))!;
  const { start, end } = edited.selectors[1];
  const changed = `Mở đầu. ${text.slice(0, start + 10)}X${text.slice(start + 11, end - 10)}Y${text.slice(end - 9)}`;
  // The same edited passage, with its context, taken out and put back 200,000 characters earlier.
  const { prefix, exact, suffix } = edited.selectors[0];
  const passage = `${prefix}${exact.slice(0, 10)}X${exact.slice(11)}${suffix}`;
  const away = start - 200_000;
  const moved = `${text.slice(0, away)} ${passage} ${text.slice(away, start - prefix.length)}${text.slice(end + suffix.length)}`;

  const time = (f: () => boolean): number[] => {
    if (!f()) throw new Error('anchor bench: a case did not anchor as expected');
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      f();
      runs.push(performance.now() - t0);
    }
    return runs;
  };
  const cases = [
    {
      name: 'page unchanged: all by position',
      target: TARGET.positionMs,
      runs: time(() => anchorAll(text, items).anchored.every((a) => a.how === 'position')),
    },
    {
      name: 'a paragraph added on top: all by quote',
      target: TARGET.quoteMs,
      runs: time(() => anchorAll(shifted, items).anchored.every((a) => a.how === 'quote')),
    },
    {
      name: 'one quote edited: fuzzy, near its old place',
      target: TARGET.fuzzyMs,
      runs: time(() => anchorSelectors(changed, edited.selectors)?.how === 'fuzzy'),
    },
    {
      name: 'one quote edited and moved far: fuzzy over the whole text',
      target: TARGET.fuzzyMs,
      runs: time(() => anchorSelectors(moved, edited.selectors)?.start === away + 1 + prefix.length),
    },
  ];
  console.log(table(['case', ...Array.from({ length: RUNS }, (_, i) => `#${i + 1}`), 'median'], cases.map((c) => [c.name, ...c.runs.map(ms), ms(median(c.runs))])));
  console.log(`  ${RUNS} timed runs after one checked run; each case checks how every annotation was found`);
  return cases.map((c) => {
    const m = median(c.runs);
    return { name: `Re-anchoring: ${c.name}`, figure: `median ${ms(m)}`, target: `≤ ${c.target} ms`, pass: m <= c.target, margin: marginOf(m, c.target) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(runAnchorBench);
