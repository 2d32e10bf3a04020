/**
 * Public bodies recognized by name or acronym alone, to the name stored as the
 * value. Matched case-sensitively as whole words; an optional `U.S. ` before a
 * name stays in the span. An acronym the article itself defines (`… (UNODC)`)
 * takes the article's name instead. To extend, add `'ACRONYM': 'Full Name'` or a full name
 * that the head rules (agency-heads.ts) cannot find, mapped to itself.
 */
export const KNOWN_AGENCIES: Record<string, string> = {
  // United States, federal
  FBI: 'Federal Bureau of Investigation', DEA: 'Drug Enforcement Administration',
  ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives', ICE: 'Immigration and Customs Enforcement',
  CBP: 'Customs and Border Protection', DHS: 'Department of Homeland Security', DOJ: 'Department of Justice',
  HSI: 'Homeland Security Investigations', USMS: 'United States Marshals Service', CIA: 'Central Intelligence Agency',
  NSA: 'National Security Agency', IRS: 'Internal Revenue Service', SEC: 'Securities and Exchange Commission',
  FTC: 'Federal Trade Commission', FCC: 'Federal Communications Commission', FDA: 'Food and Drug Administration',
  CDC: 'Centers for Disease Control and Prevention', EPA: 'Environmental Protection Agency',
  TSA: 'Transportation Security Administration', USCIS: 'U.S. Citizenship and Immigration Services',
  FEMA: 'Federal Emergency Management Agency', NTSB: 'National Transportation Safety Board',
  FAA: 'Federal Aviation Administration', DOD: 'Department of Defense', DoD: 'Department of Defense',
  HHS: 'Department of Health and Human Services', USPIS: 'U.S. Postal Inspection Service',
  USPS: 'United States Postal Service', ONDCP: 'Office of National Drug Control Policy',
  GAO: 'Government Accountability Office', NIH: 'National Institutes of Health',
  'Bureau of Alcohol, Tobacco, Firearms and Explosives': 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  'Immigration and Customs Enforcement': 'Immigration and Customs Enforcement',
  'Customs and Border Protection': 'Customs and Border Protection',
  'Homeland Security Investigations': 'Homeland Security Investigations',
  'Centers for Disease Control and Prevention': 'Centers for Disease Control and Prevention',
  'IRS Criminal Investigation': 'IRS Criminal Investigation', 'Food and Drug Administration': 'Food and Drug Administration',
  CISA: 'Cybersecurity and Infrastructure Security Agency', NIST: 'National Institute of Standards and Technology',
  'National Institute of Standards and Technology': 'National Institute of Standards and Technology',
  'National Institutes of Health': 'National Institutes of Health',
  'State Department': 'Department of State', Congress: 'Congress', 'White House': 'White House',
  Pentagon: 'Department of Defense', 'Federal Reserve': 'Federal Reserve', NASA: 'National Aeronautics and Space Administration', 'National Guard': 'National Guard', 'Secret Service': 'Secret Service',
  // United States, local
  NYPD: 'New York City Police Department', LAPD: 'Los Angeles Police Department',
  // United Kingdom and Europe
  NCA: 'National Crime Agency', CPS: 'Crown Prosecution Service', COPFS: 'Crown Office and Procurator Fiscal Service',
  'Crown Office and Procurator Fiscal Service': 'Crown Office and Procurator Fiscal Service', PSNI: 'Police Service of Northern Ireland',
  'Police Scotland': 'Police Scotland', 'Scotland Yard': 'Metropolitan Police Service',
  'Home Office': 'Home Office', 'Foreign Office': 'Foreign Office', 'Cabinet Office': 'Cabinet Office',
  Europol: 'Europol', Eurojust: 'Eurojust', Frontex: 'Frontex', OLAF: 'European Anti-Fraud Office',
  RCMP: 'Royal Canadian Mounted Police',
  // United Kingdom: bodies whose names have no head word, and common acronyms
  'HM Revenue and Customs': 'HM Revenue and Customs', HMRC: 'HM Revenue and Customs', 'HM Treasury': 'HM Treasury',
  SFO: 'Serious Fraud Office', IOPC: 'Independent Office for Police Conduct',
  ONS: 'Office for National Statistics', DVLA: 'Driver and Vehicle Licensing Agency',
  // International
  Interpol: 'Interpol', INTERPOL: 'Interpol', EUROPOL: 'Europol', UN: 'United Nations', 'United Nations': 'United Nations',
  UNODC: 'United Nations Office on Drugs and Crime', UNICEF: 'United Nations Children\'s Fund',
  UNHCR: 'United Nations High Commissioner for Refugees', WHO: 'World Health Organization',
  'World Health Organization': 'World Health Organization', IAEA: 'International Atomic Energy Agency',
  ICC: 'International Criminal Court', ICJ: 'International Court of Justice', NATO: 'NATO',
  ASEAN: 'Association of Southeast Asian Nations', EU: 'European Union', 'European Union': 'European Union',
  'World Bank': 'World Bank', IMF: 'International Monetary Fund', 'International Monetary Fund': 'International Monetary Fund',
  'Bank of England': 'Bank of England', 'European Central Bank': 'European Central Bank', ECB: 'European Central Bank',
  OSCE: 'Organization for Security and Co-operation in Europe', FATF: 'Financial Action Task Force',
};
