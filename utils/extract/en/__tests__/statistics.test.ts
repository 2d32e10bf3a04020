import { describe, expect, it } from 'vitest';
import type { StatisticValue } from '../../types';
import { findType } from './helpers';

const stats = (input: string) => findType(input, 'statistic').map((f) => ({ text: f.text, ...(f.value as StatisticValue) }));

describe('English statistics', () => {
  it.each([
    ['Troopers made 89,323 motor vehicle stops.', '89,323 motor vehicle stops', { value: 89323, unit: 'stop' }],
    ['The operation nets 31 arrests in all.', '31 arrests', { value: 31, unit: 'arrest' }],
    ['It recorded 1,284 drug-related arrests.', '1,284 drug-related arrests', { value: 1284, unit: 'arrest' }],
    ['Officers executed 12 search warrants.', '12 search warrants', { value: 12, unit: 'warrant' }],
    ['They seized 4.6 kilograms of fentanyl, too.', '4.6 kilograms of fentanyl', { value: 4.6, unit: 'kg' }],
    ['They seized 2 kilograms of crystal methamphetamine.', '2 kilograms of crystal methamphetamine', { value: 2, unit: 'kg' }],
    ['They seized 5,000 kg of cocaine.', '5,000 kg of cocaine', { value: 5000, unit: 'kg' }],
    ['They seized 2 tonnes.', '2 tonnes', { value: 2, unit: 't' }],
    ['Across four counties.', 'four counties', { value: 4, unit: 'county' }],
    ['Nine defendants were charged.', 'Nine defendants', { value: 9, unit: 'defendant' }],
    ['Twenty-five officers came.', 'Twenty-five officers', { value: 25, unit: 'officer' }],
    ['A dozen agents came.', 'A dozen agents', { value: 12, unit: 'agent' }],
    ['Five million people live there.', 'Five million people', { value: 5e6, unit: 'person' }],
    ['Deployed 200 police officers.', '200 police officers', { value: 200, unit: 'police officer' }],
    ['Only 1 arrest was made.', '1 arrest', { value: 1, unit: 'arrest' }],
    ['There were 3 vehicle crashes.', '3 vehicle crashes', { value: 3, unit: 'crash' }],
    ['It recovered 15 knives.', '15 knives', { value: 15, unit: 'knife' }],
    ['It raided two dealerships.', 'two dealerships', { value: 2, unit: 'dealership' }],
    ['Agreed by four member states.', 'four member states', { value: 4, unit: 'member state' }],
    ['Charged with 400 grams or more of fentanyl.', '400 grams or more of fentanyl', { value: 400, unit: 'g', approx: 'at least' }],
    ['Joint Operation Nets 31 Arrests', '31 Arrests', { value: 31, unit: 'arrest' }],
  ])('count: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['and more than $212,000 in cash', 'more than $212,000', { value: 212000, unit: 'USD', approx: 'over' }],
    ['It cost $4.5 million.', '$4.5 million', { value: 4.5e6, unit: 'USD' }],
    ['It cost $1.1 million.', '$1.1 million', { value: 1.1e6, unit: 'USD' }],
    ['It cost US$5m.', 'US$5m', { value: 5e6, unit: 'USD' }],
    ['It cost VND312 billion.', 'VND312 billion', { value: 312e9, unit: 'VND' }],
    ['It cost 312 billion VND.', '312 billion VND', { value: 312e9, unit: 'VND' }],
    ['It cost £3bn.', '£3bn', { value: 3e9, unit: 'GBP' }],
    ['It cost €2.5 million.', '€2.5 million', { value: 2.5e6, unit: 'EUR' }],
    ['It cost 5 million dollars.', '5 million dollars', { value: 5e6, unit: 'USD' }],
  ])('money: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['a 38% rise', '38%', { value: 38, unit: '%' }],
    ['fell 17 per cent', '17 per cent', { value: 17, unit: '%' }],
    ['fell 17 percent', '17 percent', { value: 17, unit: '%' }],
    ['fell 15.5%', '15.5%', { value: 15.5, unit: '%' }],
    ['fell 3 percentage points', '3 percentage points', { value: 3, unit: 'percentage point' }],
  ])('percent: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['"Nearly 60 officers from', 'Nearly 60 officers', { value: 60, unit: 'officer', approx: 'nearly' }],
    ['against at least nine defendants', 'at least nine defendants', { value: 9, unit: 'defendant', approx: 'at least' }],
    ['About 150 people came.', 'About 150 people', { value: 150, unit: 'person', approx: 'about' }],
    ['under 1,000 homes', 'under 1,000 homes', { value: 1000, unit: 'home', approx: 'under' }],
    ['up to 12 vehicles', 'up to 12 vehicles', { value: 12, unit: 'vehicle', approx: 'at most' }],
    ['dozens of officers', 'dozens of officers', { value: 12, unit: 'officer', approx: 'over' }],
    ['hundreds of residents', 'hundreds of residents', { value: 100, unit: 'resident', approx: 'over' }],
  ])('qualified: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    'He served 17 years in prison.',
    'A six-month investigation.',
    'The 12-year-old girl.',
    'He finished 12th.',
    'Call 555-1234 or (312) 555-0100.',
    'Call 311 for help.',
    'See Section 8 housing units.',
    'Executive Order 14074 applies.',
    'In 2023, officers arrived.',
    'One officer was injured.',
    'Open 24/7 for 12 hours.',
    'It happened on March 31.',
    'The 12 were arrested.',
    'They had 12 search terms.',
    'Four of them.',
    'Contraband was found in one in four searches.',
    'Roughly 3 in 10 residents agreed.',
  ])('not a statistic: %s', (input) => {
    expect(stats(input)).toEqual([]);
  });
});
