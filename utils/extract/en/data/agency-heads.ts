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
  'Government', 'Directorate-General', 'Forces', 'Customs',
];

/**
 * Heads that name a public body only after a word of STATE_NAME_WORDS
 * (`National Institute of Justice`, `National Cyber Security Centre`),
 * since most names with them are private (`Brookings Institute`, `Riverton Medical Center`).
 */
export const STATE_ONLY_HEADS: string[] = ['Institute', 'Institutes', 'Centre', 'Center'];

/** Words that make a STATE_ONLY_HEADS name public. */
export const STATE_NAME_WORDS: string[] = ['National', 'Federal'];

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
];
