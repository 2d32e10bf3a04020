/** English agencies: capitalized names around a head word, and known names and acronyms. */

import { PRIORITY, type Candidate } from '../common/candidates';
import { alternation, isWordAt } from '../common/text';
import {
  AGENCY_HEADS,
  COMPANY_SUFFIXES,
  CUED_HEADS,
  GENERIC_NAME_WORDS,
  LIST_FINAL_HEADS,
  NAME_STOPWORDS,
  NOT_AGENCIES,
  NOT_BODY_ENDINGS,
  PLACE_POLICE_ACRONYMS,
  POSSESSIVE_NAME_WORDS,
  PRIVATE_CENTRE_WORDS,
  PUBLIC_BODY_WORDS,
  STATE_NAME_WORDS,
  STATE_ONLY_HEADS,
  TITLE_WORDS,
  TITLES_IN_NAMES,
} from './data/agency-heads';
import { KNOWN_AGENCIES } from './data/known-agencies';

const HEAD_WORDS = alternation([...AGENCY_HEADS, ...STATE_ONLY_HEADS, ...Object.keys(CUED_HEADS)]);
const HEAD = `(?:${HEAD_WORDS})(?![\\p{L}\\p{N}])`;
// A capitalized word of a name: `Riverton`, `Attorney's`, `Miami-Dade`, `U.S.`, `UN`; a possessive
// head (`Department's`) ends one agency instead (`… Police Department's Narcotics Unit`).
const NAME_WORD = `(?:\\p{Lu}\\.){2,4}|(?!(?:${HEAD_WORDS})'s?(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{M}'\\-]{0,30}`;
const CONNECTOR = '(?:of|and|&|for|on|the|de|del|du|des|la)';
// Left words, `and` between two of them unless the first is a head (`Cybersecurity and Infrastructure
// Security Agency`, not `Police Department and Drug Enforcement Administration`); a comma after one
// opens a list that `and` must close (`Foreign, Commonwealth and Development Office`, see leftListStart).
const LEFT = `(?:(?:${NAME_WORD})(?:(?<!(?:${HEAD_WORDS})),)? {1,3}(?:(?=and |& )(?<!(?:${HEAD_WORDS}) {1,3})(?:and|&) {1,3})?){0,6}`;
// Left part, head, then a complement opened by of/for/on: `Office for the Central District of Illinois`;
// commas only within a list that `and` ends (`for Communications Networks, Content and Technology`, see complementLength).
// The leading lookahead is a cheap first-character filter: it triples the speed of the scan.
const AGENCY = new RegExp(
  `(?=[A-Z\\u00C0-\\u024F\\u1E00-\\u1EFF])(?<![\\p{L}\\p{N}'.\\-])(${LEFT})(${HEAD})((?: {1,3}(?:of|for|on|at)(?: {1,3}the)? {1,3}(?:${NAME_WORD})(?:,? {1,3}(?:${CONNECTOR} {1,3}){0,2}(?:${NAME_WORD})){0,8})?)`,
  'gu',
);
const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}\\-])(?:U\\.S\\. )?(?:${alternation(Object.keys(KNOWN_AGENCIES))})(?![\\p{L}\\p{N}]|-\\p{Lu})`,
  'gu',
);

const HEADS = new Set([...AGENCY_HEADS, ...STATE_ONLY_HEADS, ...Object.keys(CUED_HEADS)]);
const LIST_FINAL = new Set(LIST_FINAL_HEADS);
const CUES = new Map(Object.entries(CUED_HEADS).map(([head, cues]) => [head, new Set(cues)]));
const PRIVATE_CENTRE = new Set(PRIVATE_CENTRE_WORDS);
const PUBLIC_WORDS = new Set([...PUBLIC_BODY_WORDS, ...AGENCY_HEADS, ...STATE_ONLY_HEADS]);
const NOT_BODY_END = new Set(NOT_BODY_ENDINGS);
// Courts take a place after `at`: `High Court at Auckland`.
const AT_PLACE_HEADS = new Set(['Court', 'Tribunal']);
// A number after a head makes a label: `Section 8`, `Unit 5`.
const NUMBER_NEXT = /^ {1,3}[0-9]/;
// A place before a police acronym: `Nova Scotia RCMP`, `B.C. RCMP`; the acronym is found first, the place then.
const POLICE_ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}'.\\-])(?:${alternation(PLACE_POLICE_ACRONYMS)})(?![\\p{L}\\p{N}]|-\\p{Lu})`, 'gu');
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'.\\-])((?:(?:${NAME_WORD}) {1,3}){1,3})$`, 'u');
// A compound that describes what follows: `AFP-led`, `Lyon-based`.
const DESCRIBED = /-(?:led|based|funded|run|backed|owned|linked|affiliated|sponsored|related|style|born|made|coordinated|supported),?$/;
// An acronym in parentheses: `(DFO)`, `(ALERT)`, `(HHS-OIG)`.
const PAREN_ACRONYM = /\(([A-Z][A-Za-z&-]{1,11})\)/g;
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
    if (t === 'and' || t === '&') {
      const j = tokens.findIndex((u, k) => k > i && startsAgency(u));
      // `Department of Health and Human Services Office of …`: a list-final head closes the list, the next head starts anew.
      if (j > i + 1 && LIST_FINAL.has(stripPossessive(tokens[j - 1]!.replace(/,$/, '')))) return j;
      if (j > i) return i;
    }
    // An owner ends the name: `Department of Justice's Consumer Protection Section`.
    if (/(?:'s|s')$/.test(t) && !NAME_POSSESSIVES.has(t)) return i + 1;
    if (raw !== t && !listGoesOn(tokens, i + 1)) return i + 1;
  }
  return tokens.length;
}

/** A token that may start or end a second agency after `and`: a head other than a list-final plural, or a known name. */
function startsAgency(u: string): boolean {
  const bare = stripPossessive(u);
  return (HEADS.has(bare) && !LIST_FINAL.has(bare)) || KNOWN_KEYS.has(u);
}

/**
 * After a comma in a name: true when a list of plain name words follows that `and`
 * closes (`Networks, Content and Technology`); not a second agency, a title or a date.
 */
function listGoesOn(tokens: string[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/,$/, '');
    if (STOPWORDS.has(t) || TITLES.has(t) || startsAgency(t)) return false;
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
      // `AFP-led Illicit Tobacco Taskforce`: a compound with a lower-case part describes the name.
      if (STOPWORDS.has(w[0]) || owner || DESCRIBED.test(w[0])) keepFrom = i + 1;
    });
    keepFrom = leftListStart(text, m.index, left, keepFrom);
    while (keepFrom < left.length && CONNECTORS.has(left[keepFrom]![0])) keepFrom++;
    // `Springfield and Department of Justice`: a head right after `and` starts its own name.
    if (left.length && CONNECTORS.has(left[left.length - 1]![0])) keepFrom = left.length;
    // `NCA and West Midlands Police`: a known agency or an acronym before `and` is an agency of its own.
    for (let i = keepFrom + 1; i < left.length; i++) {
      const w = left[i - 1]![0];
      if ((left[i]![0] === 'and' || left[i]![0] === '&') && (KNOWN_KEYS.has(w) || ACRONYM.test(w))) keepFrom = i + 1;
    }
    let start = keepFrom < left.length ? m.index + left[keepFrom]!.index : headStart;
    let words = left.slice(keepFrom).filter((w) => !CONNECTORS.has(w[0])).length + 1;
    let end = headEnd;

    let complement = m[3] ?? '';
    if (/^ {1,3}at /.test(complement)) {
      // `at` takes one place name, after a court only: `High Court at Auckland`.
      const place = AT_PLACE_HEADS.has(head) ? /^ {1,3}at {1,3}(?:\p{Lu}[\p{L}\p{M}'-]* ?){1,3}/u.exec(complement) : null;
      complement = place ? place[0].trimEnd() : '';
      AGENCY.lastIndex = headEnd + complement.length;
    }
    if (NUMBER_NEXT.test(text.slice(headEnd, headEnd + 5))) continue;
    if (!complement) {
      // `Office Depot`: a name that goes on past the head is something else, unless a title or date follows.
      const next = NEXT_WORD.exec(text.slice(headEnd, headEnd + 40));
      if (next && !STOPWORDS.has(next[1]!) && !TITLES.has(next[1]!)) continue;
      // `NCA Branch Commander …`: after an acronym alone, a head before a title is part of the title.
      if (next && TITLES.has(next[1]!) && left.length - keepFrom === 1 && ACRONYM.test(left[keepFrom]![0])) continue;
      // `Border Services Officers`, `Protective Services Officer`: a cued head before a title is a job.
      if (next && TITLES.has(next[1]!) && CUES.has(head)) continue;
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

    // `Joint Investigation Team (JIT)`: the acronym defined after the name may show where it starts.
    const defined = DEFINITION.exec(text.slice(end, end + 20));
    if (defined) {
      const from = initialsStart(text, end, defined[1]!.replace(/[^A-Z]/g, ''));
      if (from >= 0 && from < start && start - from <= 40) start = from;
    }
    let span = text.slice(start, end);
    if (/'s?$/.test(span)) {
      span = stripPossessive(span);
      end = start + span.length;
    }
    if (words < 2 || !hasName(span) || isNotAgency(span, head) || COMPANY.test(text.slice(end, end + 16))) continue;
    const kept = left.slice(keepFrom).map((w) => w[0].replace(/,$/, ''));
    // `National Institute of Justice`, not `Brookings Institute` or `Regional Medical Center`.
    if (STATE_ONLY.has(head) && (!kept.some((w) => STATE_WORDS.has(w)) || kept.some((w) => PRIVATE_CENTRE.has(w)))) continue;
    // `National Organised Crime Group`, not `Acme Group`.
    const cues = CUES.get(head);
    if (cues && !kept.some((w) => cues.has(w))) continue;
    out.push(agency(start, end, nameOf(span)));
  }
  addPlacePolice(text, out);
  addInitialDefinitions(text, out);
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
function isNotAgency(span: string, head?: string): boolean {
  // `Group` is a company word except as the head a cue allowed (`National Organised Crime Group`).
  return NOT_AGENCIES.some((n) => span.startsWith(n)) || span.split(/\s+/).some((w) => COMPANY_WORDS.has(w) && w !== head);
}

/**
 * Where a left part with a comma list starts: the whole list when `the` stands
 * before it and `and` closes it (`the Foreign, Commonwealth and Development Office`),
 * else after the list's last comma (`Seattle, Tacoma and Everett Police` → `Tacoma …`,
 * as without the comma).
 */
function leftListStart(text: string, at: number, left: RegExpMatchArray[], keepFrom: number): number {
  let lastComma = -1;
  for (let i = keepFrom; i < left.length; i++) if (left[i]![0].endsWith(',')) lastComma = i;
  if (lastComma < 0) return keepFrom;
  const first = at + (left[keepFrom]?.index ?? 0);
  const closed = left.slice(lastComma + 1).some((w) => w[0] === 'and' || w[0] === '&');
  const items = left.slice(keepFrom, lastComma + 1).every((w) => {
    const t = w[0].replace(/,$/, '');
    return !STOPWORDS.has(t) && !CONNECTORS.has(t) && !HEADS.has(t) && !KNOWN_KEYS.has(t) && !ACRONYM.test(t);
  });
  if (closed && items && /(?:^|[^\p{L}])[Tt]he {1,3}$/u.test(text.slice(Math.max(0, first - 5), first))) return keepFrom;
  return lastComma + 1;
}

/** A place before a police acronym, as one name: `Nova Scotia RCMP`, `Surrey RCMP`. */
function addPlacePolice(text: string, found: Candidate[]): void {
  for (const a of text.matchAll(POLICE_ACRONYM)) {
    const m = PLACE_BEFORE.exec(text.slice(Math.max(0, a.index - 80), a.index));
    if (!m) continue;
    const words = [...m[1]!.matchAll(/\S+/g)];
    let keepFrom = 0;
    words.forEach((w, i) => {
      const t = w[0];
      if (STOPWORDS.has(t) || TITLES.has(t) || HEADS.has(stripPossessive(t)) || /'s?$/.test(t) || KNOWN_KEYS.has(t)) keepFrom = i + 1;
    });
    if (keepFrom >= words.length) continue;
    const start = a.index - m[0].length + words[keepFrom]!.index;
    const end = a.index + a[0].length;
    found.push(agency(start, end, nameOf(text.slice(start, end))));
  }
}

/**
 * A name the rules missed whose initials make the acronym defined right after it
 * (`Alberta Law Enforcement Response Teams (ALERT)`): an agency when it has a word of
 * a public body and does not end in a thing (`Act`, `Officers`). The engine then
 * resolves every later use of the acronym to it.
 */
function addInitialDefinitions(text: string, found: Candidate[]): void {
  const ends = new Set(found.map((c) => c.end));
  for (const m of text.matchAll(PAREN_ACRONYM)) {
    const letters = m[1]!.replace(/[^A-Z]/g, '');
    if (letters.length < 2 || letters.length > 8) continue;
    let end = m.index;
    while (end > 0 && text[end - 1] === ' ') end--;
    if (ends.has(end) || m.index - end > 3) continue;
    const start = initialsStart(text, end, letters);
    if (start < 0) continue;
    const words = text.slice(start, end).split(/\s+/);
    if (NOT_BODY_END.has(words.at(-1)!) || !words.some((w) => PUBLIC_WORDS.has(w))) continue;
    found.push(agency(start, end, nameOf(text.slice(start, end))));
  }
}

/**
 * Where the capitalized words that end at `end` start, if their initials spell
 * `letters` (connectors like `of`, `and` skipped; a hyphenated word gives one letter
 * or one per part); -1 when they do not.
 */
function initialsStart(text: string, end: number, letters: string): number {
  const before = text.slice(Math.max(0, end - 160), end);
  const words = [...before.matchAll(/[\p{L}\p{M}'&-]+/gu)];
  // Words must join by single spaces only: a comma or a full stop ends the name.
  let k = words.length - 1;
  let li = letters.length - 1;
  let start = -1;
  let last = before.length;
  for (; k >= 0 && li >= -1; k--) {
    const w = words[k]!;
    const gap = before.slice(w.index + w[0].length, last);
    if (!/^ {0,3}$/.test(gap)) break;
    last = w.index;
    const t = w[0];
    if (CONNECTORS.has(t)) continue;
    if (!/^\p{Lu}/u.test(t) || li < 0) break;
    const parts = t.split('-').filter((p) => /^\p{Lu}/u.test(p));
    const initials = parts.map((p) => p[0]!.toUpperCase()).join('');
    if (parts.length > 1 && li + 1 >= initials.length && letters.slice(li + 1 - initials.length, li + 1) === initials) li -= initials.length;
    else if (t[0]!.toUpperCase() === letters[li]) li--;
    else break;
    if (li < 0) {
      start = w.index;
      break;
    }
  }
  return start < 0 ? -1 : end - before.length + start;
}

/** True when a name has a word beyond heads, generic words and connectors. */
function hasName(span: string): boolean {
  return span.split(/\s+/).some((w) => {
    const bare = stripPossessive(w);
    return !HEADS.has(bare) && !GENERIC.has(w) && !GENERIC.has(bare) && !CONNECTORS.has(w);
  });
}
