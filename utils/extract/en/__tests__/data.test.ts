/** One table per word list: every entry a researcher adds is exercised. */

import { describe, expect, it } from 'vitest';
import type { DirectiveValue, StatisticValue } from '../../types';
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
} from '../data/agency-heads';
import {
  CONTAINER_NOUNS,
  COUNTED_NOUNS,
  IRREGULAR_PLURALS,
  MEASURE_UNITS,
  MEASURED_MODIFIERS,
  SUBSTANCES,
} from '../data/counted-nouns';
import {
  AGO_UNITS,
  DATE_CUES,
  DATED_NOUNS,
  FULL_MONTHS,
  MONTH_DETERMINERS,
  MONTHS,
  PERIOD_JOINERS,
  PERIOD_OPENERS,
  RELATIVE_DAYS,
  RELATIVE_HEDGES,
  WEEKDAYS,
  YEAR_PARTS,
  YEAR_SPANS,
} from '../data/date-words';
import { DIRECTIVE_KINDS, NUMBER_MARKERS } from '../data/directive-kinds';
import { KNOWN_AGENCIES } from '../data/known-agencies';
import { SCALES, SCALES_NEED_ATTACHED, SMALL_NUMBERS, VAGUE_AMOUNTS } from '../data/number-words';
import { DEMONYM_ENDINGS, DURATION_PLURALS, NOT_PLURALS, PHRASE_BREAKS, SINGULAR_EXCEPTIONS } from '../data/open-plurals';
import { OVER_TOPIC_EVENTS, POSTFIX_QUALIFIERS, QUALIFIERS } from '../data/qualifiers';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, PERCENT_WORDS } from '../data/units';
import { pluralOf, singularOf } from '../statistics';
import { find, findType } from './helpers';

const one = (input: string, type: 'date' | 'agency' | 'directive' | 'statistic') => {
  const found = findType(input, type);
  expect(found, input).toHaveLength(1);
  return found[0]!;
};
const stat = (input: string) => {
  const f = one(input, 'statistic');
  return { text: f.text, ...(f.value as StatisticValue) };
};
const iso = (input: string) => (one(input, 'date').value as { iso: string }).iso;

describe('date words', () => {
  it.each(Object.entries(MONTHS))('month %s', (name, m) => {
    const written = name.length <= 4 && !FULL_MONTHS.includes(name) ? `${name}.` : name;
    expect(iso(`It began on ${written} 5, 2023 here.`)).toBe(`2023-${String(m).padStart(2, '0')}-05`);
  });

  it.each(FULL_MONTHS)('month alone after a cue: %s', (name) => {
    expect(one(`It ends in ${name} as planned.`, 'date').text).toBe(`in ${name}`);
  });

  it.each(Object.entries(WEEKDAYS))('weekday %s', (name, wd) => {
    // Published Friday 2025-02-14 (weekday 5): the latest such day on or before it.
    const back = (5 - wd + 7) % 7;
    expect(iso(`It happened on ${name} here.`)).toBe(`2025-02-${String(14 - back).padStart(2, '0')}`);
  });

  it.each(DATE_CUES)('year cue "%s"', (cue) => {
    const sep = cue.endsWith('-') ? '' : ' ';
    expect(one(`It was ${cue}${sep}2019 there.`, 'date')).toMatchObject({ text: `${cue}${sep}2019`, value: { iso: '2019' } });
  });

  it.each(PERIOD_OPENERS)('period opener "%s"', (opener) => {
    const joiner = opener === 'between' ? 'and' : 'to';
    expect(one(`It ran ${opener} 2019 ${joiner} 2023 there.`, 'date')).toMatchObject({
      text: `${opener} 2019 ${joiner} 2023`,
      value: { iso: '2019/2023' },
    });
  });

  it.each(PERIOD_JOINERS)('period joiner "%s"', (joiner) => {
    const opener = joiner === 'and' ? 'between' : 'from';
    expect(iso(`It ran ${opener} 2019 ${joiner} 2023 there.`)).toBe('2019/2023');
    if (joiner !== 'and') expect(iso(`It ran June 1 ${joiner} December 31, 2023 there.`)).toBe('2023-06-01/2023-12-31');
  });

  it.each(Object.entries(RELATIVE_DAYS))('relative day "%s"', (word, offset) => {
    expect(iso(`It happened ${word} there.`)).toBe(`2025-02-${String(14 + offset).padStart(2, '0')}`);
  });

  it.each([
    ['last week', '2025-02-03/2025-02-09'], ['this week', '2025-02-10/2025-02-16'], ['next week', '2025-02-17/2025-02-23'],
    ['last weekend', '2025-02-08/2025-02-09'], ['this weekend', '2025-02-15/2025-02-16'], ['next weekend', '2025-02-22/2025-02-23'],
    ['last month', '2025-01'], ['this month', '2025-02'], ['next month', '2025-03'], ['previous month', '2025-01'],
    ['last year', '2024'], ['this year', '2025'], ['next year', '2026'],
  ])('relative "%s"', (words, value) => {
    expect(iso(`It happens ${words} there.`)).toBe(value);
  });

  it.each(AGO_UNITS)('"two %ss ago"', (unit) => {
    const expected: Record<string, string> = { day: '2025-02-12', week: '2025-01-31', month: '2024-12', year: '2023' };
    expect(iso(`It happened two ${unit}s ago.`)).toBe(expected[unit]);
  });

  it.each(RELATIVE_HEDGES)('hedge "%s" before a relative word', (hedge) => {
    expect(one(`It happened ${hedge} last month there.`, 'date')).toMatchObject({ text: `${hedge} last month`, value: { iso: '2025-01' } });
  });

  it.each(Object.entries(YEAR_SPANS))('months counted from "%s"', (word, end) => {
    expect(iso(`It rose in the ${word} four months of 2023 there.`)).toBe(end === 'first' ? '2023-01/2023-04' : '2023-09/2023-12');
  });

  it.each(MONTH_DETERMINERS.flatMap((d) => DATED_NOUNS.map((n) => [d, n] as const)))('"%s October %s"', (determiner, noun) => {
    expect(one(`They missed ${determiner} October ${noun} there.`, 'date')).toMatchObject({ text: 'October', value: { iso: '2024-10' } });
  });

  it.each(Object.entries(YEAR_PARTS))('year part "%s"', (part, [a, b]) => {
    const input = part.includes(' ') ? `It rose in the ${part} of 2023.` : `It rose in ${part} 2023.`;
    expect(iso(input)).toBe(`2023-${String(a).padStart(2, '0')}/2023-${String(b).padStart(2, '0')}`);
  });
});

describe('agency words', () => {
  it.each(AGENCY_HEADS)('head "%s" after a name', (head) => {
    expect(one(`Officials of the Riverton ${head} said.`, 'agency').text).toBe(`Riverton ${head}`);
  });

  it.each(AGENCY_HEADS)('head "%s" alone is not an agency', (head) => {
    expect(findType(`The ${head} said.`, 'agency')).toEqual([]);
  });

  it.each(Object.entries(KNOWN_AGENCIES))('known "%s"', (key, name) => {
    const found = findType(`Officials of the ${key} said.`, 'agency');
    expect(found.map((f) => [f.text, (f.value as { name: string }).name])).toContainEqual([key, name]);
  });

  it.each(STATE_ONLY_HEADS.flatMap((h) => STATE_NAME_WORDS.map((w) => [h, w] as const)))('head "%s" after "%s"', (head, word) => {
    expect(one(`Officials of the ${word} Riverton ${head} said.`, 'agency').text).toBe(`${word} Riverton ${head}`);
    expect(findType(`Officials of the Riverton ${head} said.`, 'agency')).toEqual([]);
  });

  it.each(Object.entries(CUED_HEADS).flatMap(([head, cues]) => cues.map((cue) => [head, cue] as const)))('cued head "%s" after "%s"', (head, cue) => {
    expect(one(`Officials of the ${cue} Riverton ${head} said.`, 'agency').text).toBe(`${cue} Riverton ${head}`);
  });

  it.each(Object.keys(CUED_HEADS))('cued head "%s" without a cue is no agency', (head) => {
    expect(findType(`Officials of the Riverton ${head} said.`, 'agency')).toEqual([]);
  });

  it.each(LIST_FINAL_HEADS)('list-final head "%s" keeps "and" inside a name', (head) => {
    expect(one(`The Department of Health and Human ${head} said.`, 'agency').text).toBe(`Department of Health and Human ${head}`);
  });

  it.each(STATE_ONLY_HEADS.flatMap((h) => PRIVATE_CENTRE_WORDS.map((w) => [h, w] as const)))('head "%s" after "%s" is private', (head, word) => {
    expect(findType(`He was taken to the National ${word} ${head} today.`, 'agency')).toEqual([]);
  });

  it.each(PLACE_POLICE_ACRONYMS)('a place before "%s" stays in the name', (acronym) => {
    expect(one(`Officers of the Nova Scotia ${acronym} said.`, 'agency').text).toBe(`Nova Scotia ${acronym}`);
  });

  it.each(PUBLIC_BODY_WORDS)('"%s" makes a name its acronym spells a body', (word) => {
    const name = `Riverton Xylo ${word}`;
    const found = findType(`The ${name} (RX${word[0]}) said. Later RX${word[0]} added.`, 'agency');
    expect(found.map((f) => f.text)).toEqual([name, `RX${word[0]}`, `RX${word[0]}`]);
  });

  it.each(NOT_BODY_ENDINGS)('a name ending in "%s" is a thing, not a body', (word) => {
    const found = findType(`The Riverton Police ${word} (RP${word[0]}) applies.`, 'agency');
    expect(found.filter((f) => f.text.endsWith(word))).toEqual([]);
  });

  it.each(POSSESSIVE_NAME_WORDS)('possessive "%s" stays in a name', (word) => {
    expect(one(`Officials of the Riverton ${word} Office said.`, 'agency').text).toBe(`Riverton ${word} Office`);
  });

  it.each(TITLES_IN_NAMES)('"%s" may sit inside a name', (word) => {
    expect(one(`The Ohio Office of Criminal ${word} Services said.`, 'agency').text).toBe(`Ohio Office of Criminal ${word} Services`);
  });

  it.each(NAME_STOPWORDS)('stopword "%s" does not start a name', (word) => {
    expect(find(`${word} Riverton Police Department said.`).filter((f) => f.type === 'agency').map((f) => f.text)).toEqual([
      'Riverton Police Department',
    ]);
  });

  it.each(GENERIC_NAME_WORDS)('generic "%s" is no name', (word) => {
    expect(findType(`Officers of the ${word} Police said.`, 'agency')).toEqual([]);
  });

  it.each(TITLE_WORDS)('title "%s" ends a name before a person', (title) => {
    expect(findType(`The Riverton Police Department ${title} Smith said.`, 'agency').map((f) => f.text)).toEqual([
      'Riverton Police Department',
    ]);
    if (TITLES_IN_NAMES.includes(title)) return; // may sit inside a name: see below
    expect(findType(`The Department of Justice ${title} Smith said.`, 'agency').map((f) => f.text)).toEqual([
      'Department of Justice',
    ]);
  });

  it.each(COMPANY_SUFFIXES)('company suffix "%s"', (suffix) => {
    expect(findType(`He works for Acme Security Service ${suffix} now.`, 'agency')).toEqual([]);
  });

  it.each(NOT_AGENCIES)('not an agency: "%s"', (name) => {
    expect(findType(`They met at the ${name} today.`, 'agency')).toEqual([]);
  });
});

describe('directive kinds', () => {
  const forms = DIRECTIVE_KINDS.flatMap((k) => k.forms.map((form) => [form, k.kind, Boolean(k.needsCode)] as const));

  it.each(forms)('form "%s" (%s)', (form, kind, needsCode) => {
    const number = needsCode ? '12/2020/QH14' : '123';
    const found = one(`It follows ${form} ${number} now.`, 'directive');
    expect(found.text).toBe(`${form} ${number}`);
    expect(found.value as DirectiveValue).toMatchObject({ id: `${kind} ${number}`, kind });
  });

  it.each(NUMBER_MARKERS)('number marker "%s"', (marker) => {
    expect(one(`It follows Executive Order ${marker} 14074 now.`, 'directive').value).toMatchObject({ id: 'Executive Order 14074' });
  });
});

describe('statistic words', () => {
  it.each(COUNTED_NOUNS)('counted noun "%s"', (noun) => {
    const words = noun.split(' ');
    const plural = [...words.slice(0, -1), pluralOf(words.at(-1)!)].join(' ');
    const expected = IRREGULAR_PLURALS[plural] ?? noun;
    expect(stat(`They counted 12 ${plural} there.`)).toEqual({ text: `12 ${plural}`, value: 12, unit: expected });
    expect(stat(`They counted 1 ${noun} there.`)).toEqual({ text: `1 ${noun}`, value: 1, unit: noun });
  });

  it.each(Object.entries(IRREGULAR_PLURALS))('irregular plural "%s"', (plural, unit) => {
    expect(stat(`They counted 12 ${plural} there.`)).toEqual({ text: `12 ${plural}`, value: 12, unit });
  });

  it.each(NOT_PLURALS)('"%s" is not a counted plural', (word) => {
    expect(findType(`It said 12 ${word} there.`, 'statistic')).toEqual([]);
  });

  it.each(DURATION_PLURALS)('"%s" is a duration', (word) => {
    expect(findType(`He served 12 ${word} there.`, 'statistic')).toEqual([]);
    expect(findType(`He served 12 long ${word} there.`, 'statistic')).toEqual([]);
  });

  it.each(PHRASE_BREAKS)('"%s" ends the phrase a number counts', (word) => {
    const found = findType(`They saw 12 ${word} cars there.`, 'statistic');
    expect(found.filter((f) => f.text.endsWith(`${word} cars`))).toEqual([]);
  });

  it.each(Object.entries(SINGULAR_EXCEPTIONS))('plural "%s" has singular "%s"', (plural, singular) => {
    expect(singularOf(plural)).toBe(singular);
    expect(stat(`They found 12 ${plural} there.`)).toEqual({ text: `12 ${plural}`, value: 12, unit: singular });
  });

  it.each(DEMONYM_ENDINGS.map((e) => [e, { ans: 'Canadians', anders: 'Zealanders', oners: 'Londoners', ese: 'Vietnamese' }[e]!] as const))(
    'people named by "-%s": %s',
    (_ending, word) => {
      expect(stat(`Police detained 12 ${word} there.`)).toMatchObject({ text: `12 ${word}`, value: 12 });
    },
  );

  it.each(Object.entries(MEASURE_UNITS))('measure "%s"', (form, unit) => {
    expect(stat(`They seized 12 ${form} there.`)).toEqual({ text: `12 ${form}`, value: 12, unit });
  });

  it.each(CONTAINER_NOUNS)('container "%s" keeps what it holds', (noun) => {
    expect(COUNTED_NOUNS).toContain(noun);
    expect(stat(`They found 12 ${pluralOf(noun)} of cash there.`)).toEqual({ text: `12 ${pluralOf(noun)} of cash`, value: 12, unit: noun });
  });

  it.each(SUBSTANCES)('substance "%s" right after a measure', (word) => {
    expect(stat(`They seized 12kg ${word} there.`)).toEqual({ text: `12kg ${word}`, value: 12, unit: 'kg' });
    expect(stat(`They seized 12kg crystal ${word} there.`)).toEqual({ text: `12kg crystal ${word}`, value: 12, unit: 'kg' });
  });

  it.each(OVER_TOPIC_EVENTS)('"over" before an amount of "%s"', (event) => {
    expect(stat(`Two were charged over $5 million ${event} there.`)).toEqual({ text: '$5 million', value: 5e6, unit: 'USD' });
  });

  it.each(Object.entries(PERCENT_WORDS))('percent "%s"', (form, unit) => {
    const sep = form === '%' ? '' : ' ';
    expect(stat(`It rose 12${sep}${form} there.`)).toEqual({ text: `12${sep}${form}`, value: 12, unit });
  });

  it.each(Object.entries(CURRENCY_PREFIXES))('currency prefix "%s"', (prefix, unit) => {
    expect(stat(`It cost ${prefix}12 there.`)).toEqual({ text: `${prefix}12`, value: 12, unit });
  });

  it.each(Object.entries(CURRENCY_SUFFIXES))('currency suffix "%s"', (suffix, unit) => {
    expect(stat(`It cost 12 ${suffix} there.`)).toEqual({ text: `12 ${suffix}`, value: 12, unit });
  });

  it.each(Object.entries(SCALES))('scale "%s"', (scale, factor) => {
    const sep = SCALES_NEED_ATTACHED.includes(scale) ? '' : ' ';
    expect(stat(`It cost $12${sep}${scale} there.`)).toMatchObject({ text: `$12${sep}${scale}`, value: 12 * factor, unit: 'USD' });
  });

  it.each(Object.entries(SMALL_NUMBERS))('number word "%s"', (word, value) => {
    expect(stat(`They saw ${word} officers there.`)).toEqual({ text: `${word} officers`, value, unit: 'officer' });
  });

  it.each(Object.entries(VAGUE_AMOUNTS))('vague amount "%s"', (word, value) => {
    expect(stat(`They saw ${word} of officers there.`)).toEqual({
      text: `${word} of officers`,
      value,
      unit: 'officer',
      approx: 'over',
    });
  });

  it.each(Object.entries(POSTFIX_QUALIFIERS))('postfix qualifier "%s"', (words, approx) => {
    expect(stat(`They hired 50 ${words} employees there.`)).toEqual({ text: `50 ${words} employees`, value: 50, unit: 'employee', approx });
    expect(stat(`They seized 400 grams ${words} of fentanyl there.`)).toEqual({
      text: `400 grams ${words} of fentanyl`,
      value: 400,
      unit: 'g',
      approx,
    });
  });

  it.each(Object.entries(QUALIFIERS))('qualifier "%s"', (word, approx) => {
    const sep = word === '~' ? '' : ' ';
    expect(stat(`They saw ${word}${sep}60 officers there.`)).toEqual({ text: `${word}${sep}60 officers`, value: 60, unit: 'officer', approx });
  });
});
