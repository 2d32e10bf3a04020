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
    ['up 9% from a year earlier', '9%', { value: 9, unit: '%' }],
    ['crime fell 12pc', '12pc', { value: 12, unit: '%' }],
    ['fell 3 percentage points', '3 percentage points', { value: 3, unit: 'percentage point' }],
  ])('percent: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['"Nearly 60 officers from', 'Nearly 60 officers', { value: 60, unit: 'officer', approx: 'nearly' }],
    ['against at least nine defendants', 'at least nine defendants', { value: 9, unit: 'defendant', approx: 'at least' }],
    ['About 150 people came.', 'About 150 people', { value: 150, unit: 'person', approx: 'about' }],
    ['under 1,000 homes', 'under 1,000 homes', { value: 1000, unit: 'home', approx: 'under' }],
    ['up to 12 vehicles', '12 vehicles', { value: 12, unit: 'vehicle' }],
    ['dozens of officers', 'dozens of officers', { value: 12, unit: 'officer', approx: 'over' }],
    ['hundreds of residents', 'hundreds of residents', { value: 100, unit: 'resident', approx: 'over' }],
  ])('qualified: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    // Counted-noun families: road users, places, bodies, papers, stolen goods, containers.
    ['Eight pedestrians were killed.', 'Eight pedestrians', { value: 8, unit: 'pedestrian' }],
    ['Also, 11 motorcyclists died.', '11 motorcyclists', { value: 11, unit: 'motorcyclist' }],
    ['It studied 15 corridors with the most crashes.', '15 corridors', { value: 15, unit: 'corridor' }],
    ['It covers about 160,000 entities in 18 sectors.', 'about 160,000 entities', { value: 160000, unit: 'entity', approx: 'about' }],
    ['Notices went to as many as five authorities.', 'five authorities', { value: 5, unit: 'authority' }],
    ['It received nearly 430 submissions from firms.', 'nearly 430 submissions', { value: 430, unit: 'submission', approx: 'nearly' }],
    ['They recovered 46 stolen converters.', '46 stolen converters', { value: 46, unit: 'converter' }],
    ['Thieves took 9 catalytic converters.', '9 catalytic converters', { value: 9, unit: 'catalytic converter' }],
    ['Cash was found in two suitcases.', 'two suitcases', { value: 2, unit: 'suitcase' }],
    ['Officers seized three cash-counting machines.', 'three cash-counting machines', { value: 3, unit: 'machine' }],
    ['Anomalies were seen in 14 hydraulic cylinders.', '14 hydraulic cylinders', { value: 14, unit: 'cylinder' }],
    ['It equals about 840,000 street deals.', 'about 840,000 street deals', { value: 840000, unit: 'deal', approx: 'about' }],
    ['Three officials and two gunmen.', 'Three officials', { value: 3, unit: 'official' }],
  ])('counted noun family: %s', (input, text, value) => {
    expect(stats(input)[0]).toEqual({ text, ...value });
  });

  it.each([
    ['Troopers made 1,137 DUI arrests.', '1,137 DUI arrests', { value: 1137, unit: 'arrest' }],
    ['It led to seven DUI arrests.', 'seven DUI arrests', { value: 7, unit: 'arrest' }],
    ['Police checked 12 CCTV cameras.', '12 CCTV cameras', { value: 12, unit: 'camera' }],
    ['Some 40 DEU agents came.', 'Some 40 DEU agents', { value: 40, unit: 'agent', approx: 'about' }],
  ])('acronym modifier: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['Of those, 17 drivers and passengers were unbelted.', '17 drivers and passengers', { value: 17, unit: 'driver and passenger' }],
    ['It drew 300 residents and visitors.', '300 residents and visitors', { value: 300, unit: 'resident and visitor' }],
    ['They checked 17 drivers and passenger vehicles.', '17 drivers', { value: 17, unit: 'driver' }],
    ['It found 38 fatal crashes and 53 deaths.', '38 fatal crashes', { value: 38, unit: 'crash' }],
  ])('two nouns joined by "and": %s', (input, text, value) => {
    expect(stats(input)[0]).toEqual({ text, ...value });
  });

  it.each([
    ['Men charged over 840kg cocaine importation', '840kg cocaine', { value: 840, unit: 'kg' }],
    ['Police seized 2 tonnes crystal meth.', '2 tonnes crystal meth', { value: 2, unit: 't' }],
    ['Police seized 30kg crack cocaine.', '30kg crack cocaine', { value: 30, unit: 'kg' }],
    ['Police seized 5 kg gold bars.', '5 kg gold', { value: 5, unit: 'kg' }],
    ['Police seized 5 kg in all.', '5 kg', { value: 5, unit: 'kg' }],
  ])('measure and substance without "of": %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['Officers found nearly 800 bricks of white powder.', 'nearly 800 bricks of white powder', { value: 800, unit: 'brick', approx: 'nearly' }],
    ['They took 5 bags of cash.', '5 bags of cash', { value: 5, unit: 'bag' }],
    ['They found 40 packets of heroin.', '40 packets of heroin', { value: 40, unit: 'packet' }],
    ['They took 3 boxes of documents.', '3 boxes', { value: 3, unit: 'box' }],
    ['Interviews of 12 officers of the unit.', '12 officers', { value: 12, unit: 'officer' }],
  ])('what a container holds: %s', (input, text, value) => {
    expect(stats(input)[0]).toEqual({ text, ...value });
  });

  it.each([
    ['Man jailed over £2m fraud', '£2m', { value: 2e6, unit: 'GBP' }],
    ['Three charged over 840kg cocaine haul', '840kg cocaine', { value: 840, unit: 'kg' }],
    ['Police arrested over 50 people.', 'over 50 people', { value: 50, unit: 'person', approx: 'over' }],
    ['Officers seized over 840kg of cocaine.', 'over 840kg of cocaine', { value: 840, unit: 'kg', approx: 'over' }],
    ['Over $3 million was lost.', 'Over $3 million', { value: 3e6, unit: 'USD', approx: 'over' }],
  ])('"over" as "because of" before an event: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    // The open class: any regular plural after a number, with its modifiers, in the style of real releases.
    ['Police seized 14 stolen e-bikes from the property.', '14 stolen e-bikes', { value: 14, unit: 'e-bike' }],
    ['Officers also recovered 3 trailers.', '3 trailers', { value: 3, unit: 'trailer' }],
    ['Investigators identified 1,500 counterfeit banknotes.', '1,500 counterfeit banknotes', { value: 1500, unit: 'banknote' }],
    ['Fishery officers seized 28 fyke nets on the river.', '28 fyke nets', { value: 28, unit: 'net' }],
    ['The network ran 6 home health agencies in Detroit.', '6 home health agencies', { value: 6, unit: 'agency' }],
    ['The pair defrauded at least 1,900 beneficiaries.', 'at least 1,900 beneficiaries', { value: 1900, unit: 'beneficiary', approx: 'at least' }],
    ['Conservation officers patrol more than 200 waterways.', 'more than 200 waterways', { value: 200, unit: 'waterway', approx: 'over' }],
    ['Authorities shut down 25 call centres in Angola.', '25 call centres', { value: 25, unit: 'centre' }],
    ['Troopers removed 42 impaired drivers from the road.', '42 impaired drivers', { value: 42, unit: 'driver' }],
    ['The review makes 27 recommendations to the minister.', '27 recommendations', { value: 27, unit: 'recommendation' }],
    ['Search warrants were executed at 14 properties across Tauranga.', '14 properties', { value: 14, unit: 'property' }],
    ['Officers seized 12 luxury watches and cash.', '12 luxury watches', { value: 12, unit: 'watch' }],
    ['Detectives traced 36 shell companies.', '36 shell companies', { value: 36, unit: 'company' }],
    ['The scheme used 14 dedicated deal lines.', '14 dedicated deal lines', { value: 14, unit: 'line' }],
    ['Agents interviewed hundreds of mourners.', 'hundreds of mourners', { value: 100, unit: 'mourner', approx: 'over' }],
    ['The men sent more than 2,000 bulk text messages.', 'more than 2,000 bulk text messages', { value: 2000, unit: 'message', approx: 'over' }],
    ['He holds 12 drugs convictions.', '12 drugs convictions', { value: 12, unit: 'conviction' }],
    ['He admitted 3 firearms offences.', '3 firearms offences', { value: 3, unit: 'offence' }],
    ['Police detained 12 Canadians at the border.', '12 Canadians', { value: 12, unit: 'Canadian' }],
    ['More than 4,700 Oregonians filed complaints.', 'More than 4,700 Oregonians', { value: 4700, unit: 'Oregonian', approx: 'over' }],
    ['They sold 480 wraps of heroin.', '480 wraps of heroin', { value: 480, unit: 'wrap' }],
  ])('open class of counted nouns: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['Police removed approximately 136 kilograms of live elvers.', 'approximately 136 kilograms of live elvers', { value: 136, unit: 'kg', approx: 'about' }],
    ['They seized 3 kilograms of cannabis plants.', '3 kilograms of cannabis plants', { value: 3, unit: 'kg' }],
    ['Found 2 kg of cocaine hidden in tyres.', '2 kg of cocaine', { value: 2, unit: 'kg' }],
  ])('what a measure is of: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    ['A $2.1-million fine was imposed.', '$2.1-million', { value: 2.1e6, unit: 'USD' }],
    ['It cost $3.4M last year.', '$3.4M', { value: 3.4e6, unit: 'USD' }],
    ['Police restrained NZ$2.1 million in assets.', 'NZ$2.1 million', { value: 2.1e6, unit: 'NZD' }],
    ['Duty of A$1.2 million was evaded.', 'A$1.2 million', { value: 1.2e6, unit: 'AUD' }],
    ['It found C$400,000 in cash.', 'C$400,000', { value: 400000, unit: 'CAD' }],
    ['It paid US$5 million.', 'US$5 million', { value: 5e6, unit: 'USD' }],
    ['It cost £2.3bn.', '£2.3bn', { value: 2.3e9, unit: 'GBP' }],
    ['Fines reach €10 million.', '€10 million', { value: 1e7, unit: 'EUR' }],
    ['It raised NZD 2.1 million.', 'NZD 2.1 million', { value: 2.1e6, unit: 'NZD' }],
    ['It raised AUD 3 million.', 'AUD 3 million', { value: 3e6, unit: 'AUD' }],
    ['It raised CAD 400,000.', 'CAD 400,000', { value: 400000, unit: 'CAD' }],
    ['It raised 3 million AUD.', '3 million AUD', { value: 3e6, unit: 'AUD' }],
    ['Attorney General Secures $4.2 Million Settlement', '$4.2 Million', { value: 4.2e6, unit: 'USD' }],
    ['Bail was set at Rs 5 crore.', 'Rs 5 crore', { value: 5e7, unit: 'INR' }],
  ])('money with a scale, whole: %s', (input, text, value) => {
    expect(stats(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    'The 2024 elections drew record turnout.',
    'The 2023 figures were revised.',
    'A man aged 24 faces charges of assault.',
    'Officers from Troop 3 officers responded.',
    'The Boeing 737 jets were grounded.',
    'It happened at 14 Elm Street overnight.',
    'Two thirds of voters agreed.',
    'The two face charges of theft.',
    'Of those, 11 involved drivers over the limit.',
    'The company must answer within 14 business days.',
    'He spent 14 nights abroad.',
    'He served 2 long years and three consecutive months.',
    'She turned 18 this week.',
    'Interstate 95 lanes reopened.',
    'Four of them were charged.',
    'The 3 remain in hospital.',
  ])('not a count: %s', (input) => {
    expect(stats(input)).toEqual([]);
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
    'Four of them.',
    'Contraband was found in one in four searches.',
    'Roughly 3 in 10 residents agreed.',
    'At 5 PM officers arrived.',
    'Around 3 AM deputies responded.',
  ])('not a statistic: %s', (input) => {
    expect(stats(input)).toEqual([]);
  });
});
