/** English agencies: capitalized names around a head word, and known names and acronyms. */

import { PRIORITY, type Candidate } from '../common/candidates';
import { alternation, isWordAt } from '../common/text';
import {
  AGENCY_HEADS,
  COMPANY_SUFFIXES,
  GENERIC_NAME_WORDS,
  NAME_STOPWORDS,
  NOT_AGENCIES,
  POSSESSIVE_NAME_WORDS,
  STATE_NAME_WORDS,
  STATE_ONLY_HEADS,
  TITLE_WORDS,
  TITLES_IN_NAMES,
} from './data/agency-heads';
import { KNOWN_AGENCIES } from './data/known-agencies';

const HEAD_WORDS = alternation([...AGENCY_HEADS, ...STATE_ONLY_HEADS]);
const HEAD = `(?:${HEAD_WORDS})(?![\\p{L}\\p{N}])`;
// A capitalized word of a name: `Riverton`, `Attorney's`, `Miami-Dade`, `U.S.`, `UN`; a possessive
// head (`Department's`) ends one agency instead (`… Police Department's Narcotics Unit`).
const NAME_WORD = `(?:\\p{Lu}\\.){2,4}|(?!(?:${HEAD_WORDS})'s?(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{M}'\\-]{0,30}`;
const CONNECTOR = '(?:of|and|&|for|on|the|de|del|du|des|la)';
// Left words, `and` between two of them unless the first is a head (`Cybersecurity and Infrastructure
// Security Agency`, not `Police Department and Drug Enforcement Administration`).
const LEFT = `(?:(?:${NAME_WORD}) {1,3}(?:(?=and |& )(?<!(?:${HEAD_WORDS}) {1,3})(?:and|&) {1,3})?){0,6}`;
// Left part, head, then a complement opened by of/for/on: `Office for the Central District of Illinois`;
// commas only within a list that `and` ends (`for Communications Networks, Content and Technology`, see complementLength).
// The leading lookahead is a cheap first-character filter: it triples the speed of the scan.
const AGENCY = new RegExp(
  `(?=[A-Z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?<![\\p{L}\\p{N}'.\\-])(${LEFT})(${HEAD})((?: {1,3}(?:of|for|on)(?: {1,3}the)? {1,3}(?:${NAME_WORD})(?:,? {1,3}(?:${CONNECTOR} {1,3}){0,2}(?:${NAME_WORD})){0,8})?)`,
  'gu',
);
const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}\\-])(?:U\\.S\\. )?(?:${alternation(Object.keys(KNOWN_AGENCIES))})(?![\\p{L}\\p{N}]|-\\p{Lu})`,
  'gu',
);

const HEADS = new Set([...AGENCY_HEADS, ...STATE_ONLY_HEADS]);
const STATE_ONLY = new Set(STATE_ONLY_HEADS);
const STATE_WORDS = new Set(STATE_NAME_WORDS);
const GENERIC = new Set(GENERIC_NAME_WORDS);
const STOPWORDS = new Set(NAME_STOPWORDS);
const TITLES = new Set(TITLE_WORDS);
const TITLES_INSIDE = new Set(TITLES_IN_NAMES);
const NAME_POSSESSIVES = new Set(POSSESSIVE_NAME_WORDS);
// What an article defines right after a name: `Office on Drugs and Crime (UNODC)`.
const DEFINITION = /^\s{0,3}\(\s{0,2}([A-Z][A-Za-z&.-]{1,11})\s{0,2}\)/;
// A definition of two words, which the engine's acronym pass does not take: `(DG CONNECT)`, `(DG Home)`.
const SPACED_DEFINITION = /^\s{0,3}\(\s{0,2}([A-Z]{2,5} [A-Z][A-Za-z]{1,11})\s{0,2}\)/;
// An acronym before `and` ends an agency of its own: `NCA and West Midlands Police`.
const ACRONYM = /^[A-Z]{2,6}$/;
// The capitalized word right after a name, if any.
const NEXT_WORD = /^ {1,3}(\p{Lu}[\p{L}.'-]*)/u;
const COMPANY = new RegExp(`^ {1,3}(?:${alternation(COMPANY_SUFFIXES)})(?![\\p{L}])`, 'u');
const COMPANY_WORDS = new Set(COMPANY_SUFFIXES);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'on', 'the', 'de', 'del', 'du', 'des', 'la']);
const KNOWN_KEYS = new Set(Object.keys(KNOWN_AGENCIES));

const stripPossessive = (w: string) => w.replace(/'s?$/, '');

const agency = (start: number, end: number, name: string): Candidate => ({
  type: 'agency',
  start,
  end,
  value: { name },
  priority: PRIORITY.agency,
});

/** The stored name: the span with its spaces squashed. */
const nameOf = (span: string) => span.replace(/\s+/g, ' ');

/**
 * Where a complement must end: before a date word, or before `and` that starts
 * another agency (`Department of Justice and Drug Enforcement Administration`).
 * Returns the number of complement tokens to keep.
 */
function complementLength(tokens: string[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const t = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    if (STOPWORDS.has(t)) return i;
    // `of Justice Inspector General …`, but `of the Inspector General`.
    if (TITLES.has(t) && !TITLES_INSIDE.has(t) && i > 0 && !CONNECTORS.has(tokens[i - 1]!)) return i;
    if ((t === 'and' || t === '&') && tokens.slice(i + 1).some((u) => HEADS.has(stripPossessive(u)) || KNOWN_KEYS.has(u))) return i;
    if (raw !== t && !listGoesOn(tokens, i + 1)) return i + 1;
  }
  return tokens.length;
}

/**
 * After a comma in a name: true when a list of plain name words follows that `and`
 * closes (`Networks, Content and Technology`); not a second agency, a title or a date.
 */
function listGoesOn(tokens: string[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/,$/, '');
    if (STOPWORDS.has(t) || TITLES.has(t) || HEADS.has(stripPossessive(t)) || KNOWN_KEYS.has(t)) return false;
    if (t === 'and' || t === '&') return i > from && i + 1 < tokens.length;
    if (CONNECTORS.has(t)) return false;
  }
  return false;
}

/** Every English agency in `text`: `Riverton Police Department`, `Department of Justice`, `FBI`. */
export function findAgencies(text: string): Candidate[] {
  const out: Candidate[] = [];
  AGENCY.lastIndex = 0;
  for (let m = AGENCY.exec(text); m; m = AGENCY.exec(text)) {
    const left = [...m[1]!.matchAll(/\S+/g)];
    const head = m[2]!;
    const headStart = m.index + m[1]!.length;
    const headEnd = headStart + head.length;

    // Left words after the last sentence opener, title, date word or owner (`Thailand's`).
    let keepFrom = 0;
    left.forEach((w, i) => {
      const owner = /'s?$/.test(w[0]) && !NAME_POSSESSIVES.has(w[0]);
      if (STOPWORDS.has(w[0]) || owner) keepFrom = i + 1;
    });
    while (keepFrom < left.length && CONNECTORS.has(left[keepFrom]![0])) keepFrom++;
    // `Springfield and Department of Justice`: a head right after `and` starts its own name.
    if (left.length && CONNECTORS.has(left[left.length - 1]![0])) keepFrom = left.length;
    // `NCA and West Midlands Police`: a known agency or an acronym before `and` is an agency of its own.
    for (let i = keepFrom + 1; i < left.length; i++) {
      const w = left[i - 1]![0];
      if ((left[i]![0] === 'and' || left[i]![0] === '&') && (KNOWN_KEYS.has(w) || ACRONYM.test(w))) keepFrom = i + 1;
    }
    const start = keepFrom < left.length ? m.index + left[keepFrom]!.index : headStart;
    let words = left.slice(keepFrom).filter((w) => !CONNECTORS.has(w[0])).length + 1;
    let end = headEnd;

    const complement = m[3] ?? '';
    if (!complement) {
      // `Office Depot`: a name that goes on past the head is something else, unless a title or date follows.
      const next = NEXT_WORD.exec(text.slice(headEnd, headEnd + 40));
      if (next && !STOPWORDS.has(next[1]!) && !TITLES.has(next[1]!)) continue;
    } else {
      // The complement, cut before date words, titles or a second agency.
      const tokens = [...complement.matchAll(/\S+/g)];
      let keep = complementLength(tokens.map((t) => t[0]));
      while (keep > 0 && CONNECTORS.has(tokens[keep - 1]![0])) keep--;
      if (keep > 1) {
        const last = tokens[keep - 1]!;
        end = headEnd + last.index + last[0].replace(/,$/, '').length;
        words += keep;
      }
      // Whatever was cut off is matched again: it may be an agency of its own.
      if (keep < tokens.length) AGENCY.lastIndex = end;
    }

    let span = text.slice(start, end);
    if (/'s?$/.test(span)) {
      span = stripPossessive(span);
      end = start + span.length;
    }
    if (words < 2 || !hasName(span) || isNotAgency(span) || COMPANY.test(text.slice(end, end + 16))) continue;
    // `National Institute of Justice`, not `Brookings Institute`.
    if (STATE_ONLY.has(head) && !left.slice(keepFrom).some((w) => STATE_WORDS.has(w[0]))) continue;
    out.push(agency(start, end, nameOf(span)));
  }
  addSpacedAcronyms(text, out);
  const defined = new Set<string>();
  for (const c of out) {
    const d = DEFINITION.exec(text.slice(c.end, c.end + 20));
    if (d) defined.add(d[1]!);
  }
  for (const m of text.matchAll(KNOWN)) {
    const key = m[0].replace(/^U\.S\. /, '');
    if (defined.has(key)) continue;
    const c = agency(m.index, m.index + m[0].length, KNOWN_AGENCIES[key] ?? key);
    out.push(c);
    const d = DEFINITION.exec(text.slice(c.end, c.end + 20));
    if (d) defined.add(d[1]!);
  }
  return out;
}

/**
 * Two-word abbreviations an article defines after a name (`… Content and Technology (DG CONNECT)`):
 * every use of them, the definition's own included, valued as the name.
 */
function addSpacedAcronyms(text: string, found: Candidate[]): void {
  const names = new Map<string, string>();
  for (const c of found) {
    const d = SPACED_DEFINITION.exec(text.slice(c.end, c.end + 24));
    if (d && c.type === 'agency' && !names.has(d[1]!)) names.set(d[1]!, c.value.name);
  }
  for (const [short, name] of names) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (isWordAt(text, at - 1) || isWordAt(text, at + short.length)) continue;
      found.push(agency(at, at + short.length, name));
    }
  }
}

/** Companies and places that happen to contain a head: `Board of Directors of Acme Corp`, `Oval Office`. */
function isNotAgency(span: string): boolean {
  return NOT_AGENCIES.some((n) => span.startsWith(n)) || span.split(/\s+/).some((w) => COMPANY_WORDS.has(w));
}

/** True when a name has a word beyond heads, generic words and connectors. */
function hasName(span: string): boolean {
  return span.split(/\s+/).some((w) => {
    const bare = stripPossessive(w);
    return !HEADS.has(bare) && !GENERIC.has(w) && !GENERIC.has(bare) && !CONNECTORS.has(w);
  });
}
