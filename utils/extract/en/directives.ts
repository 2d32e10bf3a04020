/** English directive references: a document kind followed by its number. */

import { PRIORITY, type Candidate } from '../common/candidates';
import { alternation } from '../common/text';
import type { DirectiveValue } from '../types';
import { DIRECTIVE_KINDS, EU_ISSUERS, NUMBER_MARKERS, type DirectiveKind } from './data/directive-kinds';

const BY_FORM = new Map<string, DirectiveKind>();
for (const entry of DIRECTIVE_KINDS) {
  for (const form of entry.forms) {
    BY_FORM.set(form, entry);
    // Multi-word forms are also written in lower case: `executive order 14074`.
    if (form.includes(' ') && /^[A-Z][a-z]/.test(form)) BY_FORM.set(form.toLowerCase(), entry);
  }
}

const S = ' {0,2}';
// ASCII and no `u` flag: a Unicode lookbehind here made the scan five times slower.
const KIND = new RegExp(
  `(?<![A-Za-z0-9.])(${alternation(BY_FORM.keys())})(?:${S}(?:${alternation(NUMBER_MARKERS)}))?${S}(?=[0-9(A-Z])`,
  'g',
);
const CODE = `[A-ZĐ][A-Za-zĐđ0-9]{0,9}(?:${S}-${S}[A-ZĐ0-9][A-Za-zĐđ0-9]{0,9}){0,3}`;
const EU = alternation(EU_ISSUERS);
// Tried in order at the number's position; the first that fits wins.
const NUMBER_FORMS: { re: RegExp; coded: boolean; read: (m: RegExpExecArray, kind: string) => DirectiveValue | undefined }[] = [
  {
    // Regulation (EU) 2016/679; Regulation (EC) No 1907/2006.
    re: new RegExp(`\\(${S}(${EU})${S}\\)${S}(No\\.?${S})?([0-9]{1,5})${S}/${S}([0-9]{1,5})`, 'y'),
    coded: true,
    read: (m, kind) => {
      const issuer = m[1]!.replace(/\s+/g, ' ');
      const [a, b] = [m[3]!, m[4]!];
      const old = Boolean(m[2]);
      const [year, number] = old ? [b, a] : [a, b];
      if (!/^(?:19|20)[0-9]{2}$/.test(year)) return undefined;
      const id = old ? `${kind} (${issuer}) No ${a}/${b}` : `${kind} (${issuer}) ${a}/${b}`;
      return { id, kind, number, year: Number(year), issuer };
    },
  },
  {
    // Directive 95/46/EC.
    re: new RegExp(`([0-9]{2}|(?:19|20)[0-9]{2})${S}/${S}([0-9]{1,4})${S}/${S}(EU|EC|EEC|CE)`, 'y'),
    coded: true,
    read: (m, kind) => {
      const y = Number(m[1]);
      const year = m[1]!.length === 2 ? (y >= 50 ? 1900 + y : 2000 + y) : y;
      return { id: `${kind} ${m[1]}/${m[2]}/${m[3]}`, kind, number: m[2]!, year, issuer: m[3]! };
    },
  },
  {
    // Decree 147/2024/ND-CP; Law 59/2020/QH14.
    re: new RegExp(`([0-9]{1,5})${S}/${S}((?:19|20)[0-9]{2})${S}/${S}(${CODE})`, 'y'),
    coded: true,
    read: (m, kind) => {
      const code = m[3]!.replace(/\s+/g, '');
      return { id: `${kind} ${m[1]}/${m[2]}/${code}`, kind, number: m[1]!, year: Number(m[2]), code };
    },
  },
  {
    // Resolution 35-NQ/TW.
    re: new RegExp(`([0-9]{1,5})${S}-${S}([A-ZĐ]{1,5}${S}/${S}[A-ZĐ][A-Za-zĐ0-9]{0,9})`, 'y'),
    coded: true,
    read: (m, kind) => {
      const code = m[2]!.replace(/\s+/g, '');
      return { id: `${kind} ${m[1]}-${code}`, kind, number: m[1]!, code };
    },
  },
  {
    // Decision 510/QD-TTg.
    re: new RegExp(`([0-9]{1,5})${S}/${S}(${CODE})`, 'y'),
    coded: true,
    read: (m, kind) => {
      const code = m[2]!.replace(/\s+/g, '');
      return { id: `${kind} ${m[1]}/${code}`, kind, number: m[1]!, code };
    },
  },
  {
    // Directive 2019/1937 (EU numbering without the issuer).
    re: new RegExp(`((?:19|20)[0-9]{2})${S}/${S}([0-9]{1,5})`, 'y'),
    coded: false,
    read: (m, kind) =>
      /^(?:Directive|Regulation|Decision|Statutory Instrument)$/.test(kind)
        ? { id: `${kind} ${m[1]}/${m[2]}`, kind, number: m[2]!, year: Number(m[1]) }
        : undefined,
  },
  {
    // Bill C-21.
    re: /([A-Z]-[0-9]{1,4})/y,
    coded: true,
    read: (m, kind) => ({ id: `${kind} ${m[1]}`, kind, number: m[1]! }),
  },
  {
    // Executive Order 14074; General Order 24-07; Public Law 117-58.
    re: new RegExp(`([0-9]{1,6}(?:${S}[-/]${S}[0-9]{1,6}){0,2})`, 'y'),
    coded: false,
    read: (m, kind) => {
      const number = m[1]!.replace(/\s+/g, '');
      return { id: `${kind} ${number}`, kind, number };
    },
  },
];

/** The number must end the reference: no letter, digit or further `-7`/`/A` after it. */
const ENDS_CLEANLY = /^(?![\p{L}\p{N}]|[-/][\p{L}\p{N}])/u;

/** Every English directive reference in `text`. */
export function findDirectives(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(KIND)) {
    const entry = BY_FORM.get(m[1]!);
    if (!entry) continue;
    const at = m.index + m[0].length;
    for (const form of NUMBER_FORMS) {
      if (entry.needsCode && !form.coded) continue;
      form.re.lastIndex = at;
      const n = form.re.exec(text);
      if (!n) continue;
      const end = at + n[0].length;
      if (!ENDS_CLEANLY.test(text.slice(end, end + 2))) continue;
      const value = form.read(n, entry.kind);
      if (!value) continue;
      out.push({ type: 'directive', start: m.index, end, value, priority: PRIORITY.directive });
      break;
    }
  }
  return out;
}
