/**
 * Vietnamese document references: `Chỉ thị số 07/CT-BCA-V28`, `Nghị định 100/2019/NĐ-CP`,
 * `Nghị quyết 35-NQ/TW`, bare `Thông tư 124`; with the issue date and issuer that follow.
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { alternation, isWordAt, squash } from '../common/text';
import type { DirectiveValue } from '../types';
import { DIRECTIVE_CODES, DIRECTIVE_KINDS, ISSUER_CODES } from './data/directive-kinds';

const NUM = '(\\d{1,5}[a-z]?)';
const PART = '[A-ZĐ][A-Za-zĐđ0-9&]{0,11}';
const SYMBOL = `(${PART}(?:\\s?-\\s?${PART}){0,5})`;
const YEAR = '((?:19|20)\\d\\d)';
/** `100/2019/NĐ-CP` | `35-NQ/TW` | `07/CT-BCA-V28`, tolerant of a stray space around separators. */
const NUMBER_FORMS = `${NUM}(?:\\s?\\/\\s?${YEAR}\\s?\\/\\s?${SYMBOL}|\\s?-\\s?(${PART})\\s?\\/\\s?${SYMBOL}|\\s?\\/\\s?${SYMBOL})?`;
const SYMBOL_FORMS = `${NUM}(?:\\s?\\/\\s?${YEAR}\\s?\\/\\s?${SYMBOL}|\\s?-\\s?(${PART})\\s?\\/\\s?${SYMBOL}|\\s?\\/\\s?${SYMBOL})`;
const KIND = alternation([...DIRECTIVE_KINDS, ...DIRECTIVE_KINDS.map((k) => k.toLowerCase())]);
/** Groups: kind, `số` (with words before it: `Kết luận thanh tra số`), then NUMBER_FORMS'. */
const WITH_KIND = new RegExp(`(${KIND})((?:\\s+(?!${KIND})[\\p{L}]{1,12},?){0,12}?\\s+số:?)?\\s+${NUMBER_FORMS}`, 'gu');
const WITHOUT_KIND = new RegExp(`(?:[Ss]ố\\s+)?${SYMBOL_FORMS}`, 'gu');
/** Kinds cited by bare number (`Thông tư 124`); laws and reports are cited by name instead. */
const BARE_KINDS = new Set(['Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông tư liên tịch', 'Kế hoạch', 'Công điện', 'Công văn', 'Đề án', 'Chương trình', 'Kết luận', 'Quy định', 'Hướng dẫn']);
/** After a bare number these make it a count or duration: `Kế hoạch 5 năm`. */
const NOT_AFTER_BARE = /^\s*(?:năm|tháng|ngày|tuần|giờ|phút|điểm|nội dung|nhiệm vụ|giải pháp|người|vụ|đơn vị|%)(?![\p{L}\p{N}])/u;
const ISSUE_LINK = /^\s*,?\s*(?:(?:được\s+)?(?:ban hành|ký)\s+)?(?:ngày\s+)?$/u;
const ISSUER_LINK = /^\s*,?\s*(?:của|do)\s+$/u;

const KIND_BY_LOWER = new Map(DIRECTIVE_KINDS.map((k) => [k.toLowerCase(), k]));
const CODE_BY_UPPER = new Map(Object.entries(DIRECTIVE_CODES).map(([c, k]) => [c.toUpperCase(), k]));

const tidy = (s: string) => s.replace(/\s+/g, '');

/** The issuer a symbol names: `NĐ-CP` → Chính phủ, `QH14` → Quốc hội. */
function issuerFromSymbol(parts: string[]): string | undefined {
  for (const p of parts) {
    const name = ISSUER_CODES[p] ?? ISSUER_CODES[p.replace(/\d+$/, '')];
    if (name) return name;
  }
  return parts[0];
}

/** Builds the structured value of a reference from its regex groups. */
function valueOf(kindText: string | undefined, m: RegExpExecArray, offset: number): DirectiveValue | undefined {
  const number = m[offset]!;
  const year = m[offset + 1];
  const legalSymbol = m[offset + 2];
  const partyCode = m[offset + 3];
  const partySymbol = m[offset + 4];
  const adminSymbol = m[offset + 5];
  let kind = kindText ? KIND_BY_LOWER.get(squash(kindText).toLowerCase()) : undefined;
  if (year && legalSymbol) {
    const code = tidy(legalSymbol);
    const parts = code.split('-');
    kind ??= CODE_BY_UPPER.get(parts[0]!.toUpperCase()) ?? (/^QH\d*$/.test(code) ? 'Luật' : undefined);
    if (!kind) return undefined;
    const issuerParts = CODE_BY_UPPER.has(parts[0]!.toUpperCase()) ? parts.slice(1) : parts;
    return { id: `${kind} ${number}/${year}/${code}`, kind, number, year: Number(year), code, issuer: issuerFromSymbol(issuerParts) };
  }
  if (partyCode && partySymbol) {
    const code = `${tidy(partyCode)}/${tidy(partySymbol)}`;
    kind ??= CODE_BY_UPPER.get(tidy(partyCode).toUpperCase());
    if (!kind) return undefined;
    return { id: `${kind} ${number}-${code}`, kind, number, code, issuer: issuerFromSymbol(tidy(partySymbol).split('-')) };
  }
  if (adminSymbol) {
    const code = tidy(adminSymbol);
    const parts = code.split('-');
    const typed = CODE_BY_UPPER.get(parts[0]!.toUpperCase());
    kind ??= typed;
    if (!kind) return undefined;
    return { id: `${kind} ${number}/${code}`, kind, number, code, issuer: issuerFromSymbol(typed ? parts.slice(1) : parts) };
  }
  if (!kind) return undefined;
  return { id: `${kind} ${number}`, kind, number };
}

/**
 * Every Vietnamese document reference in `text`. `dates` and `agencies` already found
 * fill a reference's issue date and issuer when they follow its number.
 */
export function findDirectives(text: string, dates: Candidate[], agencies: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const dateAt = new Map(dates.map((d) => [d.start, d]));
  const agencyAt = new Map(agencies.map((a) => [a.start, a]));
  const add = (start: number, end: number, value: DirectiveValue) => {
    // `ngày 15/8/2014 của Bộ Công an` right after the number.
    let pos = end;
    const near = text.slice(pos, pos + 40);
    for (let k = 0; k < near.length; k++) {
      const date = dateAt.get(pos + k);
      if (date && ISSUE_LINK.test(near.slice(0, k))) {
        const iso = date.type === 'date' ? date.value.iso : '';
        if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
          value.issuedOn = iso;
          value.year ??= Number(iso.slice(0, 4));
        }
        pos = date.end;
        break;
      }
    }
    const tail = text.slice(pos, pos + 12);
    for (let k = 0; k < tail.length; k++) {
      const agency = agencyAt.get(pos + k);
      if (agency && agency.type === 'agency' && ISSUER_LINK.test(tail.slice(0, k))) {
        value.issuer = agency.value.name;
        break;
      }
    }
    out.push({ type: 'directive', start, end, value, priority: PRIORITY.directive });
  };

  for (const m of text.matchAll(WITH_KIND)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordAt(text, start - 1) || isWordAt(text, end)) continue;
    const kindText = m[1]!;
    const value = valueOf(kindText, m, 3);
    if (!value) continue;
    // Words between the kind and `số` (a law's name, `thanh tra`) need a full symbol after.
    if (m[2] && /\S\s+\S/u.test(m[2].trim()) && !value.code) continue;
    if (!value.code) {
      // Bare numbers need a capitalized kind that is cited that way, and `số` or two digits.
      const kind = value.kind;
      const capitalized = kindText[0] === kindText[0]!.toUpperCase();
      if (!capitalized || !BARE_KINDS.has(kind) || (!m[2] && value.number.length < 2)) continue;
      if (NOT_AFTER_BARE.test(text.slice(end, end + 16)) || /^[/.,-]\d/.test(text.slice(end, end + 2))) continue;
    }
    add(start, end, value);
  }
  for (const m of text.matchAll(WITHOUT_KIND)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordAt(text, start - 1) || isWordAt(text, end) || /[/.-]$/.test(text.slice(0, start))) continue;
    const value = valueOf(undefined, m, 1);
    if (value?.code) add(start, end, value);
  }
  return out;
}
