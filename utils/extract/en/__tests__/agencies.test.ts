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
