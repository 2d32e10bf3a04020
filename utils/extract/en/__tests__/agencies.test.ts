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
    ['Detective Inspector Lew Warner of the National Organised Crime Group said.', 'National Organised Crime Group'],
    ["The Justice Department's Criminal Division, Fraud Section, investigated.", 'Fraud Section'],
    ['Officers of the Armed Offenders Squad attended.', 'Armed Offenders Squad'],
    ['It was referred to the Criminal Investigation Branch.', 'Criminal Investigation Branch'],
    ['The Met’s Counter Terrorism Command is leading.', 'Counter Terrorism Command'],
    ['The AFP-led Illicit Tobacco Taskforce charged two men.', 'Illicit Tobacco Taskforce'],
    ['The Integrated Homicide Investigation Team took conduct of the case.', 'Integrated Homicide Investigation Team'],
    ['The child was placed with Child Protective Services.', 'Child Protective Services'],
    ['The African Union condemned the attack.', 'African Union'],
    ['The World Customs Organization said.', 'World Customs Organization'],
    ['The European Migrant Smuggling Centre coordinated.', 'European Migrant Smuggling Centre'],
    ['The International Criminal Police Centre said.', 'International Criminal Police Centre'],
    ['He will appear in the High Court at Auckland on Monday.', 'High Court at Auckland'],
    ['The Supreme Court of Canada ruled.', 'Supreme Court of Canada'],
    ['They appeared in Manukau District Court.', 'Manukau District Court'],
    ['The Foreign, Commonwealth and Development Office said.', 'Foreign, Commonwealth and Development Office'],
    ['The Texas Department of Family and Protective Services said.', 'Texas Department of Family and Protective Services'],
  ])('general heads and patterns: %s', (input, text) => {
    expect(agencies(input).map(([t]) => t)).toContain(text);
  });

  it.each([
    ['Nova Scotia RCMP has charged five people.', 'Nova Scotia RCMP'],
    ['Officers from Surrey RCMP responded.', 'Surrey RCMP'],
    ['Call B.C. RCMP on the tip line.', 'B.C. RCMP'],
    ['Caledon OPP are investigating.', 'Caledon OPP'],
    ['Cpl. Annie Joudrey of the Nova Scotia RCMP said.', 'Nova Scotia RCMP'],
  ])('a place before a police acronym: %s', (input, text) => {
    expect(agencies(input).map(([t]) => t)).toEqual([text]);
  });

  it.each([
    ['Fisheries and Oceans Canada officers seized nets.', 'Fisheries and Oceans Canada', 'Fisheries and Oceans Canada'],
    ['Public Safety Canada funds the program.', 'Public Safety Canada', 'Public Safety Canada'],
    ['Our partners at Home Affairs are working with us.', 'Home Affairs', 'Department of Home Affairs'],
    ['Inland Revenue assisted.', 'Inland Revenue', 'Inland Revenue'],
    ['Te Whatu Ora is providing support.', 'Te Whatu Ora', 'Te Whatu Ora'],
    ['Interpol worked with Afripol.', 'Afripol', 'Afripol'],
    ['Aseanapol met in Hanoi.', 'Aseanapol', 'Aseanapol'],
    ['The EPPO opened a case.', 'EPPO', "European Public Prosecutor's Office"],
    ['AUSTRAC received the report.', 'AUSTRAC', 'Australian Transaction Reports and Analysis Centre'],
    ['FINTRAC flagged the transfers.', 'FINTRAC', 'Financial Transactions and Reports Analysis Centre of Canada'],
    ['FinCEN issued an alert.', 'FinCEN', 'Financial Crimes Enforcement Network'],
  ])('national and international bodies without a head: %s', (input, text, name) => {
    expect(agencies(input)).toContainEqual([text, name]);
  });

  it('learns an acronym after a listed body: Fisheries and Oceans Canada (DFO)', () => {
    const input = 'Fisheries and Oceans Canada (DFO) officers received a tip. DFO and the RCMP began a joint investigation.';
    expect(agencies(input).map(([t, n]) => `${t}=${n}`)).toEqual([
      'Fisheries and Oceans Canada=Fisheries and Oceans Canada',
      'DFO=Fisheries and Oceans Canada',
      'DFO=Fisheries and Oceans Canada',
      'RCMP=Royal Canadian Mounted Police',
    ]);
  });

  it.each([
    ['Alberta Law Enforcement Response Teams (ALERT) seized it. ALERT said.', 'Alberta Law Enforcement Response Teams'],
    ['The Serious Crime Prosecutions Directorate (SCPD) said. SCPD added.', 'Serious Crime Prosecutions Directorate'],
    ['A Joint Investigation Team (JIT) was set up. The JIT met.', 'Joint Investigation Team'],
    ['Provincial Weapons Enforcement (PWE) detectives said. PWE added.', 'Provincial Weapons Enforcement'],
  ])('a name the acronym after it spells: %s', (input, name) => {
    const found = agencies(input);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const [, n] of found) expect(n).toBe(name);
  });

  it.each([
    'Possession of Child Sexual Abuse Material (CSAM) is an offence.',
    'Canada Border Services Officers (BSOs) found it.',
    'Charges under the Proceeds of Crime Reporting Act (PCRA) followed.',
    'Automatic Number Plate Recognition (ANPR) cameras flagged it.',
  ])('not a body though its acronym follows: %s', (input) => {
    expect(agencies(input)).toEqual([]);
  });

  it.each([
    ['The case was investigated by the DEA, Tacoma Police Department, Washington State Patrol and HSI.', ['DEA', 'Tacoma Police Department', 'Washington State Patrol', 'HSI']],
    ['It was investigated by the FBI, ATF and Tacoma Police Department.', ['FBI', 'ATF', 'Tacoma Police Department']],
    ['Officers from Seattle, Tacoma and Everett Police responded.', ['Tacoma and Everett Police']],
  ])('a comma list of agencies is no list inside one name: %s', (input, texts) => {
    expect(agencies(input).map(([t]) => t)).toEqual(texts);
  });

  it('ends a name at an owner inside its complement', () => {
    expect(agencies("The Oregon Department of Justice's Consumer Protection Section found it.").map(([t]) => t)).toEqual([
      'Oregon Department of Justice',
      'Consumer Protection Section',
    ]);
  });

  it('splits a name after a list-final head: HHS and its Office of Inspector General', () => {
    expect(agencies('The Department of Health and Human Services Office of Inspector General investigated.').map(([t]) => t)).toEqual([
      'Department of Health and Human Services',
      'Office of Inspector General',
    ]);
  });

  it.each([
    'He works for the Acme Group in Ohio.',
    'Team Canada won the final.',
    'He was treated at Riverton Regional Medical Center.',
    'He banks with the Riverton Credit Union.',
    'She works at Acme Financial Services downtown.',
    'NCA Branch Commander Lisa Jones said.',
    'Under Criminal Code Section 462 it is an offence.',
    'The Better Business Bureau received complaints.',
    'Anyone with information should contact Crime Stoppers.',
    'Officers from Seattle, Tacoma and Everett responded.',
  ])('not an agency (general heads): %s', (input) => {
    expect(agencies(input).map(([t]) => t).filter((t) => t !== 'NCA')).toEqual([]);
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
