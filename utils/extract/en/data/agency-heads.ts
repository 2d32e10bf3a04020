/**
 * Words that make a capitalized name a public body: the name ends in one
 * (`Riverton Police Department`, `Illinois State Police`) or starts with one
 * followed by `of`/`for`/`on` and a name (`Department of Justice`, `Office on Drugs and Crime`).
 * Match is case-sensitive, whole word. To extend, add the head word as capitalized.
 * A head alone (`Police`, `the Department`) is never an agency: the name needs
 * at least one word that is not a head or a GENERIC_NAME_WORDS entry.
 */
export const AGENCY_HEADS: string[] = [
  'Department', 'Ministry', 'Office', 'Agency', 'Administration', 'Bureau', 'Police', 'Commission', 'Court',
  'Council', 'Service', 'Patrol', 'Board', 'Authority', 'Committee', 'Guard', 'Army', 'Navy', 'Force', 'Corps',
  'Constabulary', 'Gendarmerie', 'Tribunal', 'Procuracy', 'Inspectorate', 'Directorate', 'Secretariat',
  'Assembly', 'Senate', 'Parliament', 'Legislature', 'Unit', 'Division', 'Squad', 'Embassy', 'Consulate',
  'Government', 'Directorate-General', 'Forces', 'Customs', 'Section', 'Branch', 'Command', 'Taskforce',
];

/**
 * Heads that name a public body only when a word of their cue list stands before
 * them in the name (`National Organised Crime Group`, `Integrated Homicide
 * Investigation Team`, `Child Protective Services`, `African Union`, `World Customs
 * Organization`), since most names with them are private (`Acme Group`, `Team Canada`,
 * `Acme Financial Services`, `Credit Union`).
 */
const CRIME_CUES = [
  'National', 'Federal', 'Regional', 'Provincial', 'State', 'Crime', 'Crimes', 'Criminal', 'Police', 'Policing',
  'Enforcement', 'Investigation', 'Investigations', 'Investigative', 'Intelligence', 'Organised', 'Organized',
  'Egmont', 'Response', 'Tactical', 'Action', 'Working', 'Coordination', 'Co-ordination', 'Fraud', 'Narcotics',
  'Drug', 'Drugs', 'Gang', 'Gangs', 'Firearms', 'Homicide', 'Terrorism', 'Counter-Terrorism', 'Surveillance',
  'Offenders', 'Recovery', 'Exploitation', 'Trafficking', 'Smuggling', 'Prosecution', 'Prosecutions',
];
export const CUED_HEADS: Record<string, string[]> = {
  Group: CRIME_CUES,
  Team: CRIME_CUES,
  Teams: CRIME_CUES,
  Services: [
    'Protective', 'Correctional', 'Emergency', 'Social', 'Human', 'Immigration', 'Citizenship', 'Community',
    "Children's", 'Child', 'Family', 'Families', 'Health', 'Public', 'Justice', 'Court', 'Courts', 'Prison',
    'Probation', 'Corrections', 'Veterans', 'Revenue', 'Border', 'Fire', 'Rescue', 'Ambulance', 'Medical',
    'Conservation', 'Wildlife', 'Parks', 'Marshals', 'Inspection', 'Intelligence', 'Police', 'Policing', 'State',
    'Provincial', 'Federal', 'National', 'Government', 'Municipal', 'Tribunals', 'Prosecution', 'Victim',
  ],
  Union: ['African', 'European', 'Eurasian', 'Postal', 'Telecommunication', 'Inter-Parliamentary'],
  Organization: ['World', 'International', 'Intergovernmental', 'Treaty', 'Nations', 'Maritime', 'Customs'],
  Organisation: ['World', 'International', 'Intergovernmental', 'Treaty', 'Nations', 'Maritime', 'Customs', 'Intelligence'],
};

/**
 * Heads that never end an agency's list at `and`: plural heads that close a list
 * inside a name (`Department of Health and Human Services`, `Family and Protective Services`).
 */
export const LIST_FINAL_HEADS: string[] = ['Services', 'Teams'];

/**
 * Heads that name a public body only after a word of STATE_NAME_WORDS
 * (`National Institute of Justice`, `National Cyber Security Centre`),
 * since most names with them are private (`Brookings Institute`, `Riverton Medical Center`).
 */
export const STATE_ONLY_HEADS: string[] = ['Institute', 'Institutes', 'Centre', 'Center'];

/** Words that make a STATE_ONLY_HEADS name public. */
export const STATE_NAME_WORDS: string[] = ['National', 'Federal', 'European', 'International', 'Regional'];

/** Words that make a STATE_ONLY_HEADS name private even with a state word (`Regional Medical Center`). */
export const PRIVATE_CENTRE_WORDS: string[] = [
  'Medical', 'Health', 'Hospital', 'Shopping', 'Convention', 'Conference', 'Exhibition', 'Community', 'Cancer',
  'Trauma', 'Care', 'Sports', 'Arts', 'Cultural', 'Performing', 'Leisure', 'Recreation', 'Retail', 'Trade',
  'Business', 'Financial', 'Data', 'Distribution', 'Call', 'Garden', 'Visitor', 'Learning', 'Aquatic', 'Youth',
  'Student', 'Event', 'Events', 'Airport', 'Rehabilitation', 'Surgical', 'Dental', 'Eye', 'Heart', 'Children\'s',
];

/** Words that, with heads only, do not make a name (`the State Police`, `City Council`). */
export const GENERIC_NAME_WORDS: string[] = [
  'State', 'County', 'City', 'Town', 'Village', 'Municipal', 'Local', 'Federal', 'National', 'Regional',
  'Provincial', 'District', 'Public', 'General', 'Special', 'Joint', 'Sheriff', "Sheriff's", "Attorney's",
  'Central', 'Main', 'Metro', 'New', 'Our', 'Your', 'The', 'Task', 'Armed',
];

/**
 * Capitalized words that never begin an agency's name: sentence openers, titles,
 * dates. A name's left part stops after the last of these.
 */
export const NAME_STOPWORDS: string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your',
  'In', 'On', 'At', 'By', 'For', 'With', 'From', 'To', 'Of', 'As', 'After', 'Before', 'When', 'While', 'Where',
  'If', 'But', 'And', 'Or', 'So', 'Yet', 'Also', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several',
  'Other', 'Another', 'Meanwhile', 'However', 'According', 'Since', 'During', 'Under', 'Over', 'Across', 'Through',
  'Yesterday', 'Today', 'Tomorrow', 'Last', 'Next', 'Then', 'Now', 'Later', 'Earlier', 'Officials', 'Officers',
  'Chief', 'Director', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sgt', 'Sgt.', 'Lt', 'Lt.', 'Capt',
  'Capt.', 'Det', 'Det.', 'Officer', 'Deputy', 'Detective', 'Commander', 'Secretary', 'Minister', 'President',
  'Governor', 'Mayor', 'Senator', 'Rep', 'Rep.', 'Judge', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Former', 'Acting', 'Interim', 'Joint', 'Said', 'Says', 'Both', 'Neither', 'Either', 'Why', 'How', 'What',
  'Who', 'Which', 'Whose', 'Despite', 'Although', 'Though', 'Because', 'Once', 'Until', 'Unlike', 'Like',
  'Cpl', 'Cpl.', 'Const', 'Const.', 'Cst', 'Cst.', 'Supt', 'Supt.', 'Insp', 'Insp.', 'Constable', 'Sergeant',
  'Staff', 'Contact', 'Call', 'Ask', 'Visit', 'Please', 'Anyone', 'Thanks',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

/**
 * Titles that follow an agency's name before a person's (`Department of Justice
 * Inspector General Michael Horowitz`, `House Oversight Committee Chairman James Comer`):
 * the name ends before them.
 */
export const TITLE_WORDS: string[] = [
  'Chief', 'Director', 'Secretary', 'Commissioner', 'Inspector', 'Chairman', 'Chairwoman', 'Chair', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Superintendent', 'Agent', 'Agents', 'Officer', 'Officers', 'Deputy', 'Deputies',
  'Detective', 'Detectives', 'Sergeant', 'Sgt.', 'Lieutenant', 'Lt.', 'Captain', 'Capt.', 'Commander',
  'Administrator', 'Attorney', 'Prosecutor', 'Judge', 'Justice', 'Minister', 'President', 'Head', 'Member',
  'Members', 'Official', 'Officials', 'Investigators', 'Trooper', 'Troopers', 'Sheriff', 'Coroner', 'Marshal',
];

/** Titles that also occur inside names (`Office of Criminal Justice Services`): they never cut a name. */
export const TITLES_IN_NAMES: string[] = ['Justice', 'Head', 'Member', 'Members'];

/**
 * Possessive words that belong to a name (`U.S. Attorney's Office`, `Sheriff's Office`).
 * Any other possessive before a name is its owner and stays out (`Thailand's Office of …`).
 */
export const POSSESSIVE_NAME_WORDS: string[] = [
  "Attorney's", "Sheriff's", "Prosecutor's", "People's", "Children's", "General's", "Marshal's", "Coroner's",
  "Examiner's", "Comptroller's", "Governor's", "Mayor's", "President's", "Solicitor's", "Auditor's", "Treasurer's",
  "Clerk's", "Commissioner's", "Inspector's", "Minister's", "Veterans'", "Women's", "Workers'",
];

/** Words after a head that show a company, not a public body (`… Service Inc.`). */
export const COMPANY_SUFFIXES: string[] = [
  'Inc', 'Inc.', 'LLC', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'Co', 'Co.', 'PLC', 'plc', 'Group', 'Holdings', 'GmbH',
  'Company', 'Store', 'Stores',
];

/** Capitalized names with a head word that are not public bodies. */
export const NOT_AGENCIES: string[] = [
  'Oval Office', 'Box Office', 'Food Court', 'Board of Directors', 'Intensive Care Unit', 'Customer Service',
  'Memorial Service', 'Premier Division', 'Police Academy', 'Salvation Army', 'Microsoft Office', 'Office Depot',
  'Better Business Bureau', 'Executive Branch', 'Legislative Branch', 'Judicial Branch',
];

/**
 * Police acronyms that a place may precede as one name (`Nova Scotia RCMP`,
 * `Surrey RCMP`, `Caledon OPP`): the place stays in the span.
 */
export const PLACE_POLICE_ACRONYMS: string[] = ['RCMP', 'OPP'];

/**
 * Words that show a name defined by an acronym the rules did not find as an agency
 * is a public body (`Alberta Law Enforcement Response Teams (ALERT)`): the name has one
 * of them (or a head). Crime and material words do not count (`Child Sexual Abuse
 * Material (CSAM)`).
 */
export const PUBLIC_BODY_WORDS: string[] = [
  'Police', 'Policing', 'Enforcement', 'Investigation', 'Investigations', 'Intelligence', 'Security', 'Safety',
  'Justice', 'Prosecution', 'Prosecutions', 'Corrections', 'Correctional', 'Customs', 'Revenue', 'Immigration',
  'Border', 'Protection', 'Affairs', 'Fisheries', 'Oceans', 'Canada', 'Australia', 'Zealand', 'Aotearoa',
  'Government', 'Ministry', 'Public', 'Regulatory', 'Inspection', 'Gendarmerie', 'Coastguard', 'Treasury',
];

/** Last words of a name that make it a thing, not a body (`… Reporting Act (…)`, `… Officers (BSOs)`). */
export const NOT_BODY_ENDINGS: string[] = [
  'Act', 'Bill', 'Law', 'Code', 'Regulation', 'Regulations', 'Directive', 'Order', 'Rule', 'Rules', 'Strategy',
  'Plan', 'Report', 'Framework', 'Agreement', 'Treaty', 'Convention', 'Protocol', 'Standard', 'Standards', 'Index',
  'Survey', 'Card', 'Number', 'Zone', 'Scheme', 'Programme', 'Program', 'Project', 'Operation', 'System', 'Officer',
  'Officers', 'Agent', 'Agents', 'Investigator', 'Investigators', 'Inspector', 'Inspectors', 'Member', 'Members',
  'Orders', 'Notice', 'Notices', 'Certificate', 'Licence', 'License', 'Permit', 'Database', 'Register',
];
