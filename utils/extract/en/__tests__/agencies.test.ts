import { describe, expect, it } from 'vitest';
import { findType } from './helpers';

const agencies = (input: string) => findType(input, 'agency').map((f) => [f.text, (f.value as { name: string }).name]);

describe('English agencies', () => {
  it.each([
    ['Led by the Riverton Police Department and others.', 'Riverton Police Department'],
    ['The Illinois State Police assisted.', 'Illinois State Police'],
    ['After the Office of the Medical Examiner reported it.', 'Office of the Medical Examiner'],
    ["The U.S. Attorney's Office for the Central District of Illinois assisted.", "U.S. Attorney's Office for the Central District of Illinois"],
    ['The Department of Justice said.', 'Department of Justice'],
    ['The Drug Enforcement Administration said.', 'Drug Enforcement Administration'],
    ["Deputies of the Los Angeles County Sheriff's Department said.", "Los Angeles County Sheriff's Department"],
    ['The U.S. Department of Homeland Security said.', 'U.S. Department of Homeland Security'],
    ['The Ministry of Public Security of Vietnam said.', 'Ministry of Public Security of Vietnam'],
    ['The U.S. Court of Appeals for the Ninth Circuit ruled.', 'U.S. Court of Appeals for the Ninth Circuit'],
    ['The Federal Trade Commission on Monday sued.', 'Federal Trade Commission'],
    ['The Justice Department\'s inspector general said.', 'Justice Department'],
    ['The Illinois General Assembly voted.', 'Illinois General Assembly'],
    ['Yesterday Riverton Police said so.', 'Riverton Police'],
    ['The National Crime Agency said.', 'National Crime Agency'],
    ['Department of Justice Inspector General Michael Horowitz said.', 'Department of Justice'],
    ['Analysts from the Ohio Office of Criminal Justice Services said.', 'Ohio Office of Criminal Justice Services'],
    ["Thailand's Office of the Narcotics Control Board said.", 'Office of the Narcotics Control Board'],
    ['Officials from Springfield and Department of Justice met.', 'Department of Justice'],
    ['Standards set by the Cybersecurity and Infrastructure Security Agency apply.', 'Cybersecurity and Infrastructure Security Agency'],
    ['The Office of the Inspector General said.', 'Office of the Inspector General'],
    ['House Oversight Committee Chairman James Comer said.', 'House Oversight Committee'],
    ['The Riverton Police Department Tuesday announced arrests.', 'Riverton Police Department'],
  ])('named by a head: %s', (input, text) => {
    expect(agencies(input)).toEqual([[text, text]]);
  });

  it.each([
    ['The UN Office on Drugs and Crime said.', 'UN Office on Drugs and Crime', 'UN Office on Drugs and Crime'],
    ['The UN said.', 'UN', 'United Nations'],
    ['The Food and Drug Administration said.', 'Food and Drug Administration', 'Food and Drug Administration'],
    ['The FBI said.', 'FBI', 'Federal Bureau of Investigation'],
    ['Police Scotland said.', 'Police Scotland', 'Police Scotland'],
    ['Europol and Interpol met.', 'Europol', 'Europol'],
    ['The U.S. Congress voted.', 'U.S. Congress', 'Congress'],
    ['The State Department said.', 'State Department', 'Department of State'],
    ['Agents of ICE arrived.', 'ICE', 'Immigration and Customs Enforcement'],
  ])('known names and acronyms: %s', (input, text, name) => {
    expect(agencies(input)[0]).toEqual([text, name]);
  });

  it.each([
    ['The Commission\'s Directorate-General for Communications Networks, Content and Technology said.', 'Directorate-General for Communications Networks, Content and Technology'],
    ['The Department of Health, Education and Welfare was split.', 'Department of Health, Education and Welfare'],
    ['The Bureau of Alcohol, Tobacco, Firearms and Explosives said.', 'Bureau of Alcohol, Tobacco, Firearms and Explosives'],
    ['The Office of Justice, Smith said, was closed.', 'Office of Justice'],
    ['The Ministry of Defence, Army and Navy agreed.', 'Ministry of Defence'],
    ['The Department of Justice, Tuesday and Wednesday.', 'Department of Justice'],
  ])('a list inside a name that "and" closes: %s', (input, text) => {
    expect(agencies(input)[0]).toEqual([text, text]);
  });

  it.each([
    ['Officers from the NCA and West Midlands Police arrested six.', ['NCA', 'West Midlands Police']],
    ['Europol and Dutch National Police met.', ['Europol', 'Dutch National Police']],
    ['The CPS and Metropolitan Police Service said.', ['CPS', 'Metropolitan Police Service']],
    ['The ABC and Riverton Police Department met.', ['Riverton Police Department']],
  ])('an acronym or known agency before "and" stands apart: %s', (input, texts) => {
    expect(agencies(input).map(([t]) => t)).toEqual(texts);
  });

  it.each([
    ['It drew on guidance from the National Institute of Justice.', 'National Institute of Justice'],
    ['The Federal Institute for Risk Assessment warned.', 'Federal Institute for Risk Assessment'],
    ['The National Cyber Security Centre said.', 'National Cyber Security Centre'],
    ['The National Counterterrorism Center said.', 'National Counterterrorism Center'],
  ])('institutes and centres of the state: %s', (input, text) => {
    expect(agencies(input)).toEqual([[text, text]]);
  });

  it.each([
    'The Brookings Institute said.',
    'The Massachusetts Institute of Technology said.',
    'He was treated at Riverton Medical Center.',
    'The Kennedy Center hosted it.',
    'The Armed Forces said.',
    'Customs officers said.',
  ])('not a state institute or force: %s', (input) => {
    expect(agencies(input)).toEqual([]);
  });

  it.each([
    ['Hong Kong Customs officers seized it.', 'Hong Kong Customs'],
    ['The Israel Defense Forces said.', 'Israel Defense Forces'],
    ['HM Revenue and Customs said.', 'HM Revenue and Customs'],
  ])('more heads and head-less names: %s', (input, text) => {
    expect(agencies(input)[0]).toEqual([text, text]);
  });

  it('expands a two-word abbreviation the text defines', () => {
    const input = 'The Directorate-General for Migration and Home Affairs (DG HOME) said. DG HOME added.';
    expect(agencies(input).map(([t, n]) => `${t}=${n}`)).toEqual([
      'Directorate-General for Migration and Home Affairs=Directorate-General for Migration and Home Affairs',
      'DG HOME=Directorate-General for Migration and Home Affairs',
      'DG HOME=Directorate-General for Migration and Home Affairs',
    ]);
  });

  it('HMRC, defined or not, is HM Revenue and Customs', () => {
    expect(agencies('HM Revenue and Customs (HMRC) said. HMRC added.').map(([t, n]) => `${t}=${n}`)).toEqual([
      'HM Revenue and Customs=HM Revenue and Customs',
      'HMRC=HM Revenue and Customs',
      'HMRC=HM Revenue and Customs',
    ]);
    expect(agencies('HMRC said.')).toEqual([['HMRC', 'HM Revenue and Customs']]);
  });

  it('splits two agencies joined by "and"', () => {
    expect(agencies('The Department of Justice and Drug Enforcement Administration said.')).toEqual([
      ['Department of Justice', 'Department of Justice'],
      ['Drug Enforcement Administration', 'Drug Enforcement Administration'],
    ]);
  });

  it('ends a name at a possessive head', () => {
    expect(agencies("The Riverton Police Department's Narcotics Unit said.").map(([t]) => t)).toEqual([
      'Riverton Police Department',
      'Narcotics Unit',
    ]);
  });

  it('keeps "and" inside a name', () => {
    expect(agencies('The Department of Health and Human Services said.')).toEqual([
      ['Department of Health and Human Services', 'Department of Health and Human Services'],
    ]);
  });

  it("an article's own acronym beats the known one", () => {
    expect(agencies('The UN Office on Drugs and Crime (UNODC) said. UNODC added.').map(([t, n]) => `${t}=${n}`)).toEqual([
      'UN Office on Drugs and Crime=UN Office on Drugs and Crime',
      'UNODC=UN Office on Drugs and Crime',
      'UNODC=UN Office on Drugs and Crime',
    ]);
  });

  it("keeps a known acronym apart from the owner's possessive", () => {
    expect(agencies("The FBI's Houston Field Office investigated.").map(([t]) => t)).toEqual(['FBI', 'Houston Field Office']);
  });

  it('expands an acronym the text defines', () => {
    expect(agencies('The Narcotics Control Bureau (NCB) said. Later the NCB said.').map(([t, n]) => `${t}=${n}`)).toEqual([
      'Narcotics Control Bureau=Narcotics Control Bureau',
      'NCB=Narcotics Control Bureau',
      'NCB=Narcotics Control Bureau',
    ]);
  });

  it.each([
    'The department said police arrived.',
    'Police said the Department would respond.',
    'The Police Department said.',
    'The City Council voted.',
    'Federal Police said.',
    'Chief Dana Whitfield announced it.',
    'Mr. Smith of Acme Security Service Inc. spoke.',
    'The Board of Directors of Acme Corp met.',
    'He reported from the Oval Office.',
    'The Washington Post and the New York Times reported.',
    'Officers executed warrants.',
    'The Salvation Army helped.',
    'He used Microsoft Office at home.',
    'He shopped at the Riverton Office Supply store.',
    'RIVERTON - A six-month investigation.',
  ])('not an agency: %s', (input) => {
    expect(agencies(input)).toEqual([]);
  });
});
