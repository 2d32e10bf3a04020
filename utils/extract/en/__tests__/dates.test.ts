import { describe, expect, it } from 'vitest';
import { findType } from './helpers';

// Published Friday 14 February 2025.
describe('English dates', () => {
  it.each([
    ['It took effect on March 12, 2024.', 'March 12, 2024', '2024-03-12'],
    ['It took effect on 12 March 2024.', '12 March 2024', '2024-03-12'],
    ['It took effect on 2024-03-12.', '2024-03-12', '2024-03-12'],
    ['It took effect on Sept. 11, 2001.', 'Sept. 11, 2001', '2001-09-11'],
    ['It took effect on the 12th of March 2024.', '12th of March 2024', '2024-03-12'],
    ['On Monday, March 10, 2025 the court met.', 'Monday, March 10, 2025', '2025-03-10'],
    ['Filed 12/03/2024 in court.', '12/03/2024', '2024-12-03'],
    ['Filed 31/12/2024 in court.', '31/12/2024', '2024-12-31'],
    ['Filed 31.12.2024 in court.', '31.12.2024', '2024-12-31'],
  ])('full date: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['Officials met Aug. 7 to review it.', 'Aug. 7', '2024-08-07'],
    ['Charges are due by March 31.', 'March 31', '2025-03-31'],
    ['A checkpoint is planned for Feb. 21.', 'Feb. 21', '2025-02-21'],
    ['It happened on February 14.', 'February 14', '2025-02-14'],
    ['It happened on 2 December.', '2 December', '2024-12-02'],
    ['It will open on May 10.', 'May 10', '2025-05-10'],
    ['It will open on May 20.', 'May 20', '2024-05-20'],
  ])('day and month, year inferred: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['The operation began in August 2024.', 'August 2024', '2024-08'],
    ['Since January 2023 the department has grown.', 'January 2023', '2023-01'],
    ['It closed in Dec. 2019.', 'Dec. 2019', '2019-12'],
    ['The vote is in April.', 'in April', '2025-04'],
    ['The vote was in June.', 'in June', '2024-06'],
    ['Numbers fell since March.', 'since March', '2024-03'],
    ['Charges are due by March 31.', 'March 31', '2025-03-31'],
    ['It rose last September.', 'last September', '2024-09'],
    ['It will open next April.', 'next April', '2025-04'],
    ['It opened last February.', 'last February', '2024-02'],
    ['The law passed in 2022.', 'in 2022', '2022'],
    ['Crime has fallen since 2019.', 'since 2019', '2019'],
    ['By mid-2025 the unit will be ready.', 'mid-2025', '2025'],
    ['In the year 2010 it began.', 'the year 2010', '2010'],
  ])('month or year with a cue (kept in the span): %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['Overdoses rose between 2022 and 2023.', 'between 2022 and 2023', '2022/2023'],
    ['The program ran from 2019 to 2023.', 'from 2019 to 2023', '2019/2023'],
    ['The plan covers 2014–2024.', '2014-2024', '2014/2024'],
    ['The 2022-23 budget passed.', '2022-23', '2022/2023'],
    ['The rule applies June 1 to December 31.', 'June 1 to December 31', '2024-06-01/2024-12-31'],
    ['It runs from June 1 to December 31, 2025.', 'from June 1 to December 31, 2025', '2025-06-01/2025-12-31'],
    ['Between January and March 2024 arrests rose.', 'Between January and March 2024', '2024-01/2024-03'],
    ['From November to January the unit rested.', 'From November to January', '2024-11/2025-01'],
    ['Hearings are set for March 3-5, 2024.', 'March 3-5, 2024', '2024-03-03/2024-03-05'],
    ['Hearings are set for 3-5 March 2024.', '3-5 March 2024', '2024-03-03/2024-03-05'],
    ['Results for Q3 2024 are out.', 'Q3 2024', '2024-07/2024-09'],
    ['In the first half of 2023 thefts fell.', 'the first half of 2023', '2023-01/2023-06'],
    ['From December 2023 to March, it rained.', 'From December 2023 to March', '2023-12/2024-03'],
    ['It ran from 1 September 2023 to 29 February 2024.', 'from 1 September 2023 to 29 February 2024', '2023-09-01/2024-02-29'],
    ['It ran March to May 2024.', 'March to May 2024', '2024-03/2024-05'],
  ])('period: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['The raid ended on Tuesday.', 'Tuesday', '2025-02-11'],
    ['Whitfield announced Friday.', 'Friday', '2025-02-14'],
    ['It happened last Friday.', 'last Friday', '2025-02-07'],
    ['The hearing is next Monday.', 'next Monday', '2025-02-17'],
    ['Arrests rose last month.', 'last month', '2025-01'],
    ['Arrests rose last year.', 'last year', '2024'],
    ['Arrests will rise next year.', 'next year', '2026'],
    ['Earlier this year it changed.', 'Earlier this year', '2025'],
    ['The suspect was arrested yesterday.', 'yesterday', '2025-02-13'],
    ['Today the chief spoke.', 'Today', '2025-02-14'],
    ['Talks continue this week.', 'this week', '2025-02-10/2025-02-16'],
    ['It happened last week.', 'last week', '2025-02-03/2025-02-09'],
    ['It happened last weekend.', 'last weekend', '2025-02-08/2025-02-09'],
    ['It opened two years ago.', 'two years ago', '2023'],
    ['It opened 3 days ago.', '3 days ago', '2025-02-11'],
  ])('weekday or relative: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['It released figures for the first five months of 2024.', 'the first five months of 2024', '2024-01/2024-05'],
    ['In the first 6 months of 2023 thefts fell.', 'the first 6 months of 2023', '2023-01/2023-06'],
    ['Arrests rose in the last three months of 2022.', 'the last three months of 2022', '2022-10/2022-12'],
    ['Figures for first nine months of 2021 are out.', 'first nine months of 2021', '2021-01/2021-09'],
  ])('months counted from one end of a year: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['States missed the October deadline.', 'October', '2024-10'],
    ['Results of the March elections are due.', 'March', '2025-03'],
    ['The board held its June meeting.', 'June', '2024-06'],
    ['It set a May deadline.', 'May', '2025-05'],
  ])('a month dating an event: %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['Earlier this month the coalition collapsed.', 'Earlier this month', '2025-02'],
    ['It will publish later this year.', 'later this year', '2025'],
    ['Talks resume early next week.', 'early next week', '2025-02-17/2025-02-23'],
    ['Prices rose late last year.', 'late last year', '2024'],
  ])('relative words with "earlier"/"later": %s', (input, text, iso) => {
    expect(findType(input, 'date')).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    ['Officials met Aug. 7.', 'Aug. 7', '--08-07'],
    ['The vote is in April.', 'in April', '--04'],
    ['The rule applies June 1 to December 31.', 'June 1 to December 31', '--06-01/--12-31'],
    ['It took effect on March 12, 2024.', 'March 12, 2024', '2024-03-12'],
  ])('without a publication date: %s', (input, text, iso) => {
    expect(findType(input, 'date', null)).toEqual([{ type: 'date', text, value: { iso } }]);
  });

  it.each([
    'The raid ended on Tuesday.',
    'Arrests rose last month.',
    'The suspect was arrested yesterday.',
  ])('weekdays and relative words need a publication date: %s', (input) => {
    expect(findType(input, 'date', null)).toEqual([]);
  });

  it('"and" makes a period only after "between"', () => {
    expect(findType('Scores rose from 2019 and 2023 levels.', 'date').map((f) => f.text)).toEqual(['from 2019']);
  });

  it.each([
    'He served 17 years in prison.',
    'A six-month investigation.',
    'Over the last year crime fell.',
    'In the past month, 30 arrests.',
    'The department released 2024 figures.',
    'Call 2024 for help.',
    'Room 1937 is closed.',
    'Case 2019-44 was closed.',
    'She may be charged.',
    'The March was peaceful.',
    'The May government fell.',
    'The first two months of the year were quiet.',
    'The first one months of 2024.',
    'It was Good Friday.',
    'Patrols run every Friday and Saturday night.',
    'USA Today reported it.',
    'Jan Smith spoke.',
    'Version 12/45/2024 failed.',
    '2024-13-45 is not a date.',
  ])('not a date: %s', (input) => {
    expect(findType(input, 'date')).toEqual([]);
  });
});
