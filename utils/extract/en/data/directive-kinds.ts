/**
 * Kinds of legal and administrative documents cited by number in English.
 * To extend, add an entry: `kind` is the canonical name used in the id,
 * `forms` every way the text writes it (multi-word forms also match in lower
 * case: `executive order 14074`), and `needsCode` when a bare number is too
 * weak a sign (`Law 5`): then only `59/2020/QH14`-style numbers count.
 */
export interface DirectiveKind {
  kind: string;
  forms: string[];
  needsCode?: boolean;
}

export const DIRECTIVE_KINDS: DirectiveKind[] = [
  // United States
  { kind: 'Executive Order', forms: ['Executive Order', 'EO', 'E.O.'] },
  { kind: 'General Order', forms: ['General Order'] },
  { kind: 'Special Order', forms: ['Special Order'] },
  { kind: 'Administrative Order', forms: ['Administrative Order'] },
  { kind: 'Departmental Order', forms: ['Departmental Order'] },
  { kind: 'Presidential Policy Directive', forms: ['Presidential Policy Directive', 'PPD'] },
  { kind: 'National Security Presidential Memorandum', forms: ['National Security Presidential Memorandum', 'NSPM'] },
  { kind: 'Proclamation', forms: ['Proclamation'] },
  { kind: 'Senate Bill', forms: ['Senate Bill', 'SB', 'S.B.'] },
  { kind: 'House Bill', forms: ['House Bill', 'HB', 'H.B.'] },
  { kind: 'Assembly Bill', forms: ['Assembly Bill', 'AB', 'A.B.'] },
  { kind: 'H.R.', forms: ['H.R.', 'H. R.'] },
  { kind: 'Public Law', forms: ['Public Law', 'P.L.', 'Pub. L.', 'Pub.L.'] },
  { kind: 'Public Act', forms: ['Public Act'] },
  { kind: 'Ordinance', forms: ['Ordinance'] },
  { kind: 'Local Law', forms: ['Local Law'] },
  { kind: 'Bill', forms: ['Bill'], needsCode: true },
  // European Union and United Kingdom
  { kind: 'Directive', forms: ['Directive'] },
  { kind: 'Regulation', forms: ['Regulation'] },
  { kind: 'Statutory Instrument', forms: ['Statutory Instrument', 'SI', 'S.I.'] },
  // Vietnam and others, as translated
  { kind: 'Decree', forms: ['Decree'] },
  { kind: 'Circular', forms: ['Circular', 'Joint Circular'] },
  { kind: 'Decision', forms: ['Decision'] },
  { kind: 'Resolution', forms: ['Resolution'] },
  { kind: 'Directive', forms: ['Instruction'], needsCode: true },
  { kind: 'Law', forms: ['Law'], needsCode: true },
  { kind: 'Plan', forms: ['Plan'], needsCode: true },
  { kind: 'Official Dispatch', forms: ['Official Dispatch', 'Official Letter', 'Dispatch'], needsCode: true },
  { kind: 'Conclusion', forms: ['Conclusion'], needsCode: true },
];

/** Words between a kind and its number (`Executive Order No. 14074`), kept in the span. */
export const NUMBER_MARKERS: string[] = ['No.', 'No', 'Nos.', 'no.', 'Number', 'number', '#'];

/** Issuers written in brackets after EU kinds: `Regulation (EU) 2016/679`. */
export const EU_ISSUERS: string[] = ['EU', 'EC', 'EEC', 'Euratom', 'EU, Euratom', 'CE'];
