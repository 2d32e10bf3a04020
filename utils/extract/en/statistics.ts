/**
 * English statistics: a number (digits, number words, `dozens of`) with what it
 * counts: a counted noun, a unit of measure, a percent sign or a currency.
 *
 * Counted nouns are an open class: any lower-case regular plural after the number
 * (`14 stolen e-bikes`), with up to three modifiers, unless data/open-plurals.ts says
 * it is no noun, a duration or the end of the phrase; data/counted-nouns.ts adds
 * singulars (`1 arrest`), headline capitals, two-word units and irregular plurals.
 * Not counts: years (`the 2024 elections`), labels (`Troop 3 officers`), ages
 * (`aged 24`), addresses (`14 Elm Street`).
 *
 * Units stored: the counted noun's singular as listed in data/counted-nouns.ts
 * (`1,284 drug-related arrests` → 'arrest': modifiers stay in the span, not in
 * the unit; two joined plurals give both: `17 drivers and passengers` → 'driver and passenger'), a measure's symbol (`kg`), `%` (or `percentage point`), or an
 * ISO 4217 code for money (`USD`, `VND`, `GBP`, `EUR`).
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { parseDigits } from '../common/numbers';
import { alternation } from '../common/text';
import type { Approx } from '../types';
import {
  CONTAINER_NOUNS,
  COUNTED_NOUNS,
  IRREGULAR_PLURALS,
  MEASURE_UNITS,
  MEASURED_MODIFIERS,
  SUBSTANCES,
} from './data/counted-nouns';
import { SCALES, SCALES_NEED_ATTACHED, SMALL_NUMBERS, UNIT_WORDS, VAGUE_AMOUNTS } from './data/number-words';
import { DEMONYM_ENDINGS, DURATION_PLURALS, NOT_PLURALS, PHRASE_BREAKS, SINGULAR_EXCEPTIONS } from './data/open-plurals';
import { NAME_STOPWORDS } from './data/agency-heads';
import { OVER_TOPIC_EVENTS, POSTFIX_QUALIFIERS, QUALIFIERS } from './data/qualifiers';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, PERCENT_WORDS } from './data/units';
import { capitalAlternation } from './patterns';

/** Form in the text (lower case) → unit, and whether it is a plural. */
interface Noun {
  unit: string;
  plural: boolean;
}

/** The regular plural of a noun (`arrest` → `arrests`, `county` → `counties`, `search` → `searches`). */
export function pluralOf(w: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

const NOUNS = new Map<string, Noun>();
for (const w of COUNTED_NOUNS) {
  NOUNS.set(w, { unit: w, plural: false });
  const last = w.split(' ').pop()!;
  NOUNS.set(w.slice(0, w.length - last.length) + pluralOf(last), { unit: w, plural: true });
}
for (const [plural, unit] of Object.entries(IRREGULAR_PLURALS)) NOUNS.set(plural, { unit, plural: true });

const MEASURED_MODS = new Set(MEASURED_MODIFIERS);
const CONTAINERS = new Set(CONTAINER_NOUNS);
const SUBSTANCE_WORDS = new Set(SUBSTANCES);
// Words that end a noun phrase: a counted noun is never found past them.
const BREAKS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'as',
  'than', 'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'have', 'has',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'do', 'does', 'did', 'per', 'each',
  'across', 'during', 'over', 'under', 'into', 'onto', 'out', 'since', 'between', 'more', 'less', 'fewer', 'about',
  'said', 'says', 'this', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'there', 'here', 'after', 'before',
  'while', 'when', 'where', 'if', 'not', 'no', 'all', 'both', 'up', 'down', 'off', 'through', 'via', 'against',
  'among', 'around', 'within', 'without', 'toward', 'towards', 'last', 'next', 'ago', 'year', 'years', 'month',
  'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'percent', 'times', 'old',
  'am', 'pm', ...DURATION_PLURALS, ...PHRASE_BREAKS,
]);
const NON_PLURALS = new Set(NOT_PLURALS);
const DURATIONS = new Set([...DURATION_PLURALS, 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century']);
const DEMONYM = new RegExp(`^\\p{Lu}\\p{Ll}{2,30}(?:${DEMONYM_ENDINGS.join('|')})$`, 'u');

/** The singular of a regular plural (`counties` → `county`, `searches` → `search`, `e-bikes` → `e-bike`). */
export function singularOf(w: string): string {
  const known = SINGULAR_EXCEPTIONS[w];
  if (known) return known;
  if (/[^aeiou]ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh|[^aeiouy]us)es$/.test(w) || /[^aeiou]oes$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * A word of the open class of counted nouns: a lower-case regular plural
 * (`trailers`, `e-bikes`, `banknotes`) that is no verb, adverb or duration, or a
 * capitalized plural of people (`Canadians`), as `demonym` allows.
 */
function openPlural(raw: string, demonym: boolean): Noun | undefined {
  if (demonym && DEMONYM.test(raw)) return { unit: raw.endsWith('s') ? raw.slice(0, -1) : raw, plural: true };
  if (!/^[a-z][a-z-]{1,40}s$/.test(raw) || /(?:ss|us|is|'s)$/.test(raw)) return undefined;
  const last = raw.slice(raw.lastIndexOf('-') + 1);
  if (last.length < 3 || NON_PLURALS.has(last) || BREAKS.has(last) || BREAKS.has(raw)) return undefined;
  return { unit: raw.slice(0, raw.length - last.length) + singularOf(last), plural: true };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_ALT = alternation(Object.keys(CURRENCY_PREFIXES));
const WORD_NUMBERS = Object.keys(SMALL_NUMBERS);

/** Where a statistic may start: a digit, a currency prefix or a number word. */
const START = new RegExp(
  `[0-9]|(?:${Object.keys(CURRENCY_PREFIXES).filter((k) => !/^[A-Z]/.test(k)).map(escape).join('|')})|` +
    `(?<![A-Za-z])(?:${alternation(Object.keys(CURRENCY_PREFIXES).filter((k) => /^[A-Z]/.test(k)))})(?= ?[0-9])|` +
    `(?<![A-Za-z'-])(?:${capitalAlternation([...WORD_NUMBERS, ...Object.keys(VAGUE_AMOUNTS)])})(?![A-Za-z])`,
  'g',
);
const PREFIX = new RegExp(`(?:${PREFIX_ALT}) ?`, 'y');
const DIGITS = /[0-9]{1,3}(?:,[0-9]{3}){1,5}(?:\.[0-9]{1,6})?|[0-9]{1,15}(?:\.[0-9]{1,6})?/y;
const WORD_NUMBER = new RegExp(
  `(${capitalAlternation(WORD_NUMBERS)})(?:-(${alternation(Object.keys(UNIT_WORDS))}))?(?![A-Za-z-])`,
  'y',
);
const VAGUE = new RegExp(`(${capitalAlternation(Object.keys(VAGUE_AMOUNTS))}) {1,3}of(?![A-Za-z])`, 'y');
const SCALE_SPACED = new RegExp(
  ` {1,3}(${capitalAlternation(Object.keys(SCALES).filter((s) => !SCALES_NEED_ATTACHED.includes(s)))})(?![A-Za-z-])`,
  'y',
);
const SCALE_ATTACHED = new RegExp(`(${alternation(SCALES_NEED_ATTACHED)})(?![A-Za-z0-9])`, 'y');
const PERCENT = new RegExp(` {0,2}(${alternation(Object.keys(PERCENT_WORDS))})(?![A-Za-z])`, 'y');
const CURRENCY_AFTER = new RegExp(` {0,2}(${alternation(Object.keys(CURRENCY_SUFFIXES))})(?![A-Za-z])`, 'y');
const MEASURE = new RegExp(` {0,2}(${alternation(Object.keys(MEASURE_UNITS))})(?![A-Za-z0-9])`, 'y');
const OF_WHAT = / {1,3}of {1,3}([a-z][a-z-]{1,30})(?![A-Za-z0-9'-])/y;
const LOWER_WORD = / {1,3}([a-z][a-z-]{1,30})(?![A-Za-z0-9'-])/y;
// A word of a noun phrase: `drug-related`, `Arrests`, or an acronym modifier (`DUI arrests`, `CCTV cameras`).
const WORD = / {1,3}([A-Za-z][a-z]{0,30}(?:-[a-z]{1,30}){0,3}|[A-Z]{2,6}(?:-[a-z]{1,30}){0,2})(?![A-Za-z0-9'-])/y;
// A second counted noun joined to the first: `17 drivers and passengers`.
const JOINED = / {1,3}(and|or) {1,3}([A-Za-z][a-z]{1,30})(?![A-Za-z0-9'-])/y;
// `over` before an amount of an event is "because of": `charged over 840kg cocaine importation`.
const OVER_TOPIC = new RegExp(` {1,3}(?:${capitalAlternation(OVER_TOPIC_EVENTS)})(?![A-Za-z])`, 'y');
const QUALIFIER = new RegExp(`(?:^|[^A-Za-z])(${capitalAlternation(Object.keys(QUALIFIERS))})( {1,3}|(?<=~))$`);
const POSTFIX = new RegExp(` {1,3}(${alternation(Object.keys(POSTFIX_QUALIFIERS))})(?![A-Za-z])`, 'y');
// `one in four searches` is a ratio, not four searches.
const RATIO_BEFORE = /(?:^|[^A-Za-z0-9])(?:[0-9]{1,3}|one|two|three|a)\s+(?:in|out\s+of)\s+$/i;
// Labels, not counts: `No. 5`, `Section 8`, `Route 66`.
const LABEL_BEFORE = /(?:No\.?|Nos\.?|#|Section|Article|Chapter|Title|Rule|Room|Route|Highway|Interstate|Case|Form|[Pp]age|Unit|Apt\.?|Level|Phase|Grade|Class|Local|District|Ward|Precinct|Station|Gate|Lot|Box)\s{0,2}$/;

// `aged 24 faces charges`: an age, then a verb.
const AGE_BEFORE = /(?:^|[^A-Za-z])(?:[Aa]ged?|ages)\s{1,3}$/;
const SCALE_HYPHEN = /-(million|billion|trillion)(?![A-Za-z-])/y;
// The capitalized word right before a number, inside a sentence: `from Troop 3 officers`, `Apollo 11 astronauts`.
const CAPITAL_BEFORE = /[\p{L}\p{N},;)] {1,3}(\p{Lu}[\p{L}'-]{0,30})\s{1,3}$/u;
// Capitalized words that may stand before a count: sentence openers, qualifiers.
const COUNT_OPENERS = new Set([
  ...NAME_STOPWORDS,
  ...Object.keys(QUALIFIERS).filter((q) => /^[a-z]+$/.test(q)).map((q) => q.charAt(0).toUpperCase() + q.slice(1)),
  'Only', 'Just', 'Exactly', 'Another', 'Up', 'Than', 'Least', 'Plus', 'Including', 'Total', 'Among', 'Of', 'Are',
  'Were', 'Was', 'Is', 'There', 'Here', 'Had', 'Have', 'Has', 'Are', 'Nearly', 'Almost', 'Estimated', 'Seized',
]);

/**
 * A number that is a label or a year, not a count: `Troop 3 officers` (a plain number
 * after a capitalized name word, before a lower-case noun; a headline capitalizes
 * the noun too: `Operation Nets 31 Arrests`), `the 2024 elections`.
 */
function isLabelOrYear(text: string, start: number, digits: string, end: number): boolean {
  if (/^(?:19|20)[0-9]{2}$/.test(digits)) return true;
  if (!/^[0-9]{1,4}$/.test(digits)) return false;
  const cap = CAPITAL_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  if (!cap || COUNT_OPENERS.has(cap[1]!)) return false;
  const lastWord = /([A-Za-z])[A-Za-z-]*$/.exec(text.slice(Math.max(start, end - 40), end));
  return Boolean(lastWord && /[a-z]/.test(lastWord[1]!));
}

// The word before a count, and the count's last word.
const WORD_BEFORE = /([A-Za-z])[A-Za-z'-]*[^A-Za-z0-9]{1,3}$/;
const LAST_WORD = /([A-Za-z])[A-Za-z-]*$/;
const spanStartOf = (start: number, q: RegExpExecArray | null) => (q ? start - q[1]!.length - q[2]!.length : start);

/**
 * A capitalized noun after a number inside a sentence is a name, not a count
 * (`at 14 Elm Street`); a headline capitalizes the word before too (`Operation
 * Nets 31 Arrests`), a people's name is a count (`12 Canadians`).
 */
function isAddress(text: string, start: number, end: number): boolean {
  const last = LAST_WORD.exec(text.slice(Math.max(start, end - 40), end));
  if (!last || !/[A-Z]/.test(last[1]!) || /^[A-Z]{2,}/.test(last[0]) || DEMONYM.test(last[0])) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return Boolean(before && /[a-z]/.test(before[1]!));
}

const statistic = (start: number, end: number, value: number, unit: string, approx: Approx | undefined): Candidate => ({
  type: 'statistic',
  start,
  end,
  value: approx ? { value, unit, approx } : { value, unit },
  priority: PRIORITY.statistic,
});

const tidy = (n: number) => Number(n.toPrecision(12));

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The counted noun after `at`, and a second one joined to a plural by `and`/`or`: `17 drivers and passengers`. */
function countedNoun(text: string, at: number, one: boolean, open: boolean): { end: number; unit: string; plural: boolean } | undefined {
  const noun = headNoun(text, at, one, open);
  if (!noun || !noun.plural) return noun;
  const joined = sticky(JOINED, text, noun.end);
  const second = joined ? nounOf(joined[2]!, open, false) : undefined;
  // A count noun only: `12 firearms and ammunition` counts the firearms.
  if (!second?.plural || second.unit === noun.unit || second.unit === joined![2]!.toLowerCase()) return noun;
  // Not the first of two nouns of their own: `drivers and passenger vehicles`.
  const after = sticky(WORD, text, noun.end + joined![0].length);
  if (after && !BREAKS.has(after[1]!.toLowerCase()) && nounOf(after[1]!, open, false)) return noun;
  return { end: noun.end + joined![0].length, unit: `${noun.unit} ${joined![1]} ${second.unit}`, plural: true };
}

/** A listed counted noun, or (when `open`) a word of the open class. */
function nounOf(raw: string, open: boolean, demonym: boolean): Noun | undefined {
  return NOUNS.get(raw.toLowerCase()) ?? (open ? openPlural(raw, demonym) : undefined);
}

/**
 * The counted noun after `at`: up to three modifiers, then a listed noun or (when
 * `open`) any plural of the open class. A plural right before another plural is
 * a modifier (`12 drugs charges`, `3 firearms offences`).
 */
function headNoun(text: string, at: number, one: boolean, open: boolean): { end: number; unit: string; plural: boolean } | undefined {
  let singular: { end: number; unit: string; plural: boolean } | undefined;
  let pos = at;
  let plural: { end: number; unit: string; plural: boolean } | undefined;
  for (let i = 0; i < 4; i++) {
    const w = sticky(WORD, text, pos);
    if (!w) break;
    const word = w[1]!.toLowerCase();
    const wordEnd = pos + w[0].length;
    const next = sticky(WORD, text, wordEnd);
    if (next) {
      const pair = NOUNS.get(`${word} ${next[1]!.toLowerCase()}`);
      if (pair) {
        const end = wordEnd + next[0].length;
        if (pair.plural || one) return { end, unit: pair.unit, plural: pair.plural };
      }
    }
    if (plural) {
      // Only another plural goes on from a plural.
      const more = BREAKS.has(word) ? undefined : nounOf(w[1]!, open, false);
      return more?.plural ? { end: wordEnd, unit: more.unit, plural: true } : plural;
    }
    // `14 business days`, `three consecutive years`: a duration.
    if (DURATIONS.has(word)) return undefined;
    if (BREAKS.has(word)) break;
    const noun = nounOf(w[1]!, open, true);
    if (noun?.plural) {
      plural = { end: wordEnd, unit: noun.unit, plural: true };
      if (i === 3) return plural;
      pos = wordEnd;
      continue;
    }
    const nextWord = next?.[1]?.toLowerCase();
    // A singular noun counts when nothing nouny follows it (`1 arrest was made`), not as a modifier.
    if (noun && (one || !nextWord || (BREAKS.has(nextWord) && !DURATIONS.has(nextWord)))) singular = { end: wordEnd, unit: noun.unit, plural: false };
    if (singular) break;
    pos = wordEnd;
  }
  return plural ?? singular;
}

/**
 * Where a measured amount ends: what it is of stays in the span (`4.6 kilograms of
 * (crystal) methamphetamine`), and after a measure (`bare`) a substance written
 * without `of`, as headlines do (`840kg cocaine`).
 */
function measuredEnd(text: string, pos: number, bare: boolean): number {
  const of = sticky(OF_WHAT, text, pos);
  if (of) {
    if (BREAKS.has(of[1]!) || (NOUNS.has(of[1]!) && !SUBSTANCE_WORDS.has(of[1]!))) return pos;
    pos += of[0].length;
    const more = MEASURED_MODS.has(of[1]!) ? sticky(LOWER_WORD, text, pos) : null;
    let end = more && !BREAKS.has(more[1]!) ? pos + more[0].length : pos;
    // Up to two more words when they end in a substance or a plural: `of live elvers`, `of cannabis plants`.
    for (let i = 0, at = pos; i < 2; i++) {
      const w = sticky(LOWER_WORD, text, at);
      if (!w || BREAKS.has(w[1]!)) break;
      at += w[0].length;
      if (SUBSTANCE_WORDS.has(w[1]!) || (nounOf(w[1]!, true, false)?.plural ?? false)) end = Math.max(end, at);
    }
    return end;
  }
  if (!bare) return pos;
  const w = sticky(WORD, text, pos);
  if (!w) return pos;
  const word = w[1]!.toLowerCase();
  if (SUBSTANCE_WORDS.has(word) && !MEASURED_MODS.has(word)) return pos + w[0].length;
  if (!MEASURED_MODS.has(word)) return pos;
  // `2 tonnes crystal meth`; `5kg crack` alone is crack.
  const next = sticky(WORD, text, pos + w[0].length);
  if (next && SUBSTANCE_WORDS.has(next[1]!.toLowerCase())) return pos + w[0].length + next[0].length;
  return SUBSTANCE_WORDS.has(word) ? pos + w[0].length : pos;
}

/** Every English statistic in `text`. */
export function findStatistics(text: string): Candidate[] {
  const out: Candidate[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const start = m.index;
    let pos = start;
    let currency: string | undefined;
    let value: number | undefined;
    let vague = false;
    let one = false;

    const prefix = isDigit(text, pos) ? null : sticky(PREFIX, text, pos);
    if (prefix && isDigit(text, pos + prefix[0].length)) {
      currency = CURRENCY_PREFIXES[prefix[0].trim()];
      pos += prefix[0].length;
    }
    const before = text.charAt(start - 1);
    const digits = sticky(DIGITS, text, pos);
    if (digits) {
      pos += digits[0].length;
      START.lastIndex = pos;
      // Part of a code, a time, a phone number or a longer token.
      if (!currency && /[0-9A-Za-z_.,:/#@-]/.test(before)) continue;
      const after = text.slice(pos, pos + 2);
      if (/^(?:[-/:][0-9A-Za-z]|\.[0-9]|,[0-9])/.test(after) && !(currency && sticky(SCALE_HYPHEN, text, pos))) continue;
      value = parseDigits(digits[0], 'en');
      one = value === 1;
    } else if (!currency) {
      const vagueMatch = sticky(VAGUE, text, pos);
      const word = vagueMatch ? undefined : sticky(WORD_NUMBER, text, pos);
      if (vagueMatch) {
        value = VAGUE_AMOUNTS[vagueMatch[1]!.toLowerCase().replace(/\s+/g, ' ')];
        vague = true;
        pos += vagueMatch[0].length;
      } else if (word) {
        value = (SMALL_NUMBERS[word[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0) + (word[2] ? (UNIT_WORDS[word[2]] ?? 0) : 0);
        pos += word[0].length;
      }
      START.lastIndex = Math.max(START.lastIndex, pos);
    }
    if (value === undefined || !Number.isFinite(value) || (value === 0 && !digits)) continue;

    if (!vague) {
      const scale =
        sticky(SCALE_SPACED, text, pos) ?? (digits && currency ? (sticky(SCALE_ATTACHED, text, pos) ?? sticky(SCALE_HYPHEN, text, pos)) : null);
      if (scale) {
        value = tidy(value * (SCALES[scale[1]!.toLowerCase()] ?? 1));
        pos += scale[0].length;
        one = false;
      }
    }

    let postfix: Approx | undefined;
    const takePostfix = () => {
      const p = sticky(POSTFIX, text, pos);
      if (p) {
        postfix = POSTFIX_QUALIFIERS[p[1]!.replace(/\s+/g, ' ')];
        pos += p[0].length;
      }
    };

    let unit: string | undefined;
    if (!currency && !vague) takePostfix();
    if (currency) unit = currency;
    else if (!vague) {
      const pct = sticky(PERCENT, text, pos);
      const money = pct ? null : sticky(CURRENCY_AFTER, text, pos);
      const measure = pct || money ? null : sticky(MEASURE, text, pos);
      if (pct) {
        unit = PERCENT_WORDS[pct[1]!.replace(/\s+/g, ' ')];
        pos += pct[0].length;
      } else if (money) {
        unit = CURRENCY_SUFFIXES[money[1]!.replace(/\s+/g, ' ')];
        pos += money[0].length;
      } else if (measure) {
        unit = MEASURE_UNITS[measure[1]!.replace(/\s+/g, ' ')];
        pos += measure[0].length;
        if (!postfix) takePostfix();
        pos = measuredEnd(text, pos, true);
      }
    }
    let counted = false;
    if (!unit) {
      const noun = countedNoun(text, pos, one, true);
      if (!noun) continue;
      counted = true;
      unit = noun.unit;
      pos = noun.end;
      // What a container holds stays in the span, as a measure's does: `800 bricks of white powder`.
      if (CONTAINERS.has(unit)) pos = measuredEnd(text, pos, false);
      else {
        // Any count of a drug keeps it: `480 wraps of heroin`.
        const of = sticky(OF_WHAT, text, pos);
        if (of && SUBSTANCE_WORDS.has(of[1]!)) pos += of[0].length;
      }
    }

    const before12 = text.slice(Math.max(0, start - 12), start);
    if (LABEL_BEFORE.test(before12) || RATIO_BEFORE.test(before12) || AGE_BEFORE.test(before12)) continue;

    let spanStart = start;
    let approx: Approx | undefined = postfix ?? (vague ? 'over' : undefined);
    const q = QUALIFIER.exec(text.slice(Math.max(0, start - 24), start));
    if (counted && digits && !q && !currency && isLabelOrYear(text, start, digits[0], pos)) continue;
    if (counted && isAddress(text, spanStartOf(start, q), pos)) continue;
    if (q && !(/^over$/i.test(q[1]!) && sticky(OVER_TOPIC, text, pos))) {
      approx = QUALIFIERS[q[1]!.toLowerCase()] ?? approx;
      spanStart = start - q[1]!.length - q[2]!.length;
    }
    out.push(statistic(spanStart, pos, value, unit, approx));
    START.lastIndex = Math.max(START.lastIndex, pos);
  }
  return out;
}
