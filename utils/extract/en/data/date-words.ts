/**
 * Words of English dates. To extend, add a spelling to the right list or map;
 * patterns are built from them, longest first. Month and weekday names match
 * as written (capitalized); cue words also match with a capital first letter.
 */

/** Month names and abbreviations (a trailing `.` is optional in the text), to month numbers. */
export const MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6,
  July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Month names that may stand alone after a cue (`in April`); abbreviations never do. */
export const FULL_MONTHS: string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Weekday names to 0 = Sunday … 6 = Saturday (the numbering of `calendar.weekday`). */
export const WEEKDAYS: Record<string, number> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};

/**
 * Words right before a month or a year that make it a date (`in April`, `since 2019`).
 * The cue stays out of the span. Without a cue a four-digit number is not a date.
 */
export const DATE_CUES: string[] = [
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'from',
  'early', 'late', 'mid-', 'mid', 'end of', 'beginning of', 'start of', 'middle of', 'as of', 'the year',
  'fiscal year', 'calendar year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'since early', 'since late',
];

/** Words that open a period (`between 2022 and 2023`, `from 2019 to 2023`); they stay in the span. */
export const PERIOD_OPENERS: string[] = ['between', 'from'];

/** Words between the two ends of a period. */
export const PERIOD_JOINERS: string[] = ['and', 'to', 'until', 'till', 'through', 'thru', '-'];

/** Relative day words, to their offset in days from publication. */
export const RELATIVE_DAYS: Record<string, number> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  yesterday: -1, 'last night': -1, tomorrow: 1,
};

/** Words before `last`/`this`/`next …` that stay in its span: `earlier this month`, `later this year`. */
export const RELATIVE_HEDGES: string[] = ['earlier', 'later', 'early', 'late'];

/** `last`/`this`/`next` before `week`, `weekend`, `month` or `year`, to a step in that unit. */
export const RELATIVE_STEPS: Record<string, -1 | 0 | 1> = {
  last: -1, previous: -1, this: 0, next: 1,
};

/** Units after `last`/`this`/`next` (`last month`). */
export const RELATIVE_UNITS: string[] = ['week', 'weekend', 'month', 'year'];

/** Units before `ago` (`two years ago`), singular; a plural `s` is accepted. */
export const AGO_UNITS: string[] = ['day', 'week', 'month', 'year'];

/** Halves and quarters of a year (`first half of 2024`, `Q3 2023`), to their first and last months. */
export const YEAR_PARTS: Record<string, [number, number]> = {
  'first half': [1, 6], 'second half': [7, 12], 'first quarter': [1, 3], 'second quarter': [4, 6],
  'third quarter': [7, 9], 'fourth quarter': [10, 12], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12],
  H1: [1, 6], H2: [7, 12],
};

/** `the first five months of 2024`, `the last three months of 2023`: which end of the year the months are counted from. */
export const YEAR_SPANS: Record<string, 'first' | 'last'> = { first: 'first', last: 'last', final: 'last' };

/**
 * Words before a month name used as a modifier (`the October deadline`): with a
 * DATED_NOUNS word right after it, the month alone is a date.
 */
export const MONTH_DETERMINERS: string[] = ['the', 'its', 'their', 'a', 'an'];

/** Nouns a month name dates (`the October deadline`, `its March meeting`). */
export const DATED_NOUNS: string[] = [
  'deadline', 'deadlines', 'meeting', 'meetings', 'election', 'elections', 'vote', 'referendum', 'report', 'figures',
  'data', 'budget', 'summit', 'session', 'hearing', 'trial', 'attack', 'attacks', 'raid', 'raids', 'flood', 'floods',
  'flooding', 'storm', 'storms', 'earthquake', 'incident', 'shooting', 'crash', 'ceasefire', 'agreement', 'deal',
  'announcement', 'decision', 'ruling', 'survey', 'poll', 'launch', 'release', 'update', 'statement', 'edition',
  'plenary', 'talks', 'visit', 'conference', 'unrest', 'riots', 'protests', 'strike', 'strikes', 'census', 'sitting',
];
