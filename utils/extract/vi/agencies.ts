/**
 * Vietnamese agencies: a head (`Bộ`, `Sở`, `Công an`, `UBND`…), then names, codes and
 * abbreviations, a locality (`tỉnh`, `TP Vinh`), and the body it belongs to
 * (`Ban Thường vụ` + `Tỉnh ủy`).
 */

import { PRIORITY, type Candidate } from '../common/candidates';
import { alternation, isWordAt, squash } from '../common/text';
import { AGENCY_ABBREVIATIONS } from './data/abbreviations';
import { AGENCY_HEADS, HEAD_NAME_REQUIRES, type HeadRule } from './data/agency-heads';
import { AGENCY_NAMES, NAME_VERBS, NAME_WORDS, NOT_AGENCY_NAMES, POST_NAME_WORDS, TITLE_NAMES_AFTER_HEAD } from './data/agency-names';
import { FAMILY_NAMES, LOCALITY_WORDS, PROVINCES } from './data/places';

/** `Phòng, chống …` names a task (`Ban Chỉ huy Phòng, chống thiên tai`), not a `Phòng`. */
const NOT_A_HEAD = '(?![\\p{L}\\p{N}])(?!,?\\s+chống(?![\\p{L}]))';
const HEAD = new RegExp(`(?:${alternation(Object.keys(AGENCY_HEADS))})${NOT_A_HEAD}`, 'gu');
const HEAD_AT = new RegExp(`(?:${alternation(Object.keys(AGENCY_HEADS))})${NOT_A_HEAD}`, 'uy');
const NAME_AT = new RegExp(`(?:${alternation(AGENCY_NAMES)})(?![\\p{L}\\p{N}])`, 'uy');
const ABBR_AT = new RegExp(`(?:${alternation(Object.keys(AGENCY_ABBREVIATIONS).filter((a) => !/^t[px]/i.test(a)))})(?![\\p{L}\\p{N}&])`, 'uy');
const CODE_AT = /(?:[A-Z]{1,3}\d{1,4}[A-Z]?|\d{2,4})(?![\p{L}\p{N}/.,-])/uy;
const CAP_WORD_AT = /\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/uy;
const LOCALITY_AT = new RegExp(`(?:${alternation(LOCALITY_WORDS)})(?![\\p{L}\\p{N}])`, 'uy');
const PROVINCE_AT = new RegExp(`(?:${alternation([...PROVINCES, 'HCM', 'TP.HCM'])})(?![\\p{L}\\p{N}])`, 'uy');
const GAP_AT = /[ \t\u00A0]{1,3}/y;
const TITLE_BEFORE = /(?:[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng|[Pp]hó|[Bb]í thư|[Tt]hủ trưởng|[Cc]hánh|[Đđ]ại diện|[Ll]ãnh đạo|[Cc]hỉ huy|[Tt]ư lệnh|[Uu]ỷ viên|[Ủủ]y viên|[Tt]hượng tá|[Đđ]ại tá|[Tt]rung tá|[Tt]hiếu tá|[Tt]hiếu tướng|[Tt]rung tướng|[Đđ]ại tướng)\s+$/u;
const FAMILY = new Set(FAMILY_NAMES);
const LOCAL_ABBREVIATIONS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.keys(AGENCY_ABBREVIATIONS))})(?![\\p{L}\\p{N}&])`, 'gu');
const NOT_NAMES = new Set(NOT_AGENCY_NAMES);
const TITLE_NAMES = new Set(TITLE_NAMES_AFTER_HEAD);
const NAME_REQUIRED: Record<string, RegExp> = Object.fromEntries(
  Object.entries(HEAD_NAME_REQUIRES).map(([h, words]) => [h, new RegExp(alternation(words), 'u')]),
);
const NAME_WORDS_SET = new Set([...NAME_WORDS, ...NAME_VERBS]);
const NAME_WORD_AT = new RegExp(`(?:${alternation(NAME_WORDS)})(?![\\p{L}\\p{N}])`, 'uy');
const POST_NAME_AT = new RegExp(`(?:${alternation(POST_NAME_WORDS)})(?![\\p{L}\\p{N}])`, 'uy');
const LOWER_JOIN_AT = new RegExp(`(?:,?[ \\t]{1,2}(?:và|về)|,)[ \\t]{1,2}(?=(?:${alternation(NAME_WORDS)})(?![\\p{L}\\p{N}]))`, 'uy');
const NAME_WORD_CAPITAL_AT = new RegExp(`(?:${alternation([...NAME_WORDS, ...NAME_VERBS].map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?![\\p{L}\\p{N}])`, 'uy');
const LOWER_SYLLABLE_AT = /\p{Ll}+(?![\p{L}\p{N}])/uy;
const JOIN_AT = /(?:[ \t]{1,2}và[ \t]{1,2}|[ \t]{0,2}-[ \t]{0,2})(?=\p{Lu})|,?[ \t]{1,2}và[ \t]{1,2}(?=(?:phòng, chống|phòng chống|tìm kiếm|cứu nạn|cứu hộ)[ \t,])/uy;

/** Tries a sticky pattern at `i`; returns the end of its match. */
function at(re: RegExp, text: string, i: number): number | undefined {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? i + m[0].length : undefined;
}

/** Capitalized words from `i`, as a place or a name: up to `max`, none across punctuation. */
function capitalRun(text: string, i: number, max: number): number[] {
  const ends: number[] = [];
  let pos = i;
  while (ends.length < max) {
    const end = at(CAP_WORD_AT, text, pos);
    if (end === undefined) break;
    ends.push(end);
    const gap = at(GAP_AT, text, end);
    if (gap === undefined) break;
    pos = gap;
  }
  return ends;
}

/** The end of a place name at `i` (after a locality word or head), or undefined. */
function placeAt(text: string, i: number, titled: boolean): number | undefined {
  const province = at(PROVINCE_AT, text, i);
  if (province !== undefined) return province;
  const run = capitalRun(text, i, 6);
  if (run.length === 0) return undefined;
  const first = text.slice(i, run[0]);
  // `Công an tỉnh Trần Phú Hà`: a family name after a title is the person, not the place.
  if (FAMILY.has(first) && (titled || run.length >= 3)) return undefined;
  // `huyện Đức Trọng Trần Văn Nam`: a family name starting a 2–4 word tail is a person after the place.
  for (let k = 1; k < run.length; k++) {
    const word = text.slice(k === 0 ? i : run[k - 1]!, run[k]).trim();
    const tail = run.length - k;
    if (FAMILY.has(word) && tail >= 2 && tail <= 4) return run[k - 1];
  }
  return run[Math.min(run.length, 3) - 1];
}

/**
 * The end of a name made of capitalized words and lowercase name words from `end`
 * (after one gap), or undefined. Stops before heads, localities, family names and,
 * after a title, before what may be the person's name.
 */
function genericNameAt(text: string, end: number, titled: boolean, named: boolean): number | undefined {
  // `Đội CSGT - Trật tự`: a listed name may go on after a join.
  const lead = named ? at(JOIN_AT, text, end) : undefined;
  let pos = lead ?? at(GAP_AT, text, end);
  if (pos === undefined || at(HEAD_AT, text, pos) !== undefined) return undefined;
  let last: number | undefined;
  let words = 0;
  let joined = false;
  while (pos !== undefined && words < 8) {
    let next: number | undefined;
    const cap = at(CAP_WORD_AT, text, pos);
    if (cap !== undefined) {
      const word = text.slice(pos, cap);
      const province: number | undefined = named || words > 0 ? at(PROVINCE_AT, text, pos) : undefined;
      if (province !== undefined) {
        // A province ends the name: `Sở Y tế Khánh Hòa tổ chức`.
        last = province;
        break;
      } else if (FAMILY.has(word) && (words === 0 || titled || joined)) {
        break;
      } else {
        next = cap;
        // `An toàn`, `Chứng khoán`: a capitalized syllable and the lowercase one of its word.
        const gap = at(GAP_AT, text, cap);
        const low = gap === undefined ? undefined : at(LOWER_SYLLABLE_AT, text, gap);
        if (low !== undefined && NAME_WORDS_SET.has(squash(text.slice(pos, low)).toLowerCase())) next = low;
        // `Phòng, chống thiên tai`: a listed name word, capitalized, may be longer still.
        const listed = at(NAME_WORD_CAPITAL_AT, text, pos);
        if (listed !== undefined && listed > next) next = listed;
      }
    } else if (words > 0) {
      next = at(NAME_WORD_AT, text, pos);
    } else if (named) {
      next = at(POST_NAME_AT, text, pos);
    }
    if (next === undefined) break;
    last = next;
    words++;
    // Inside a lowercase phrase, `và` and commas join more name words: `phòng, chống tham nhũng, tiêu cực`.
    const lower = /(?:^|\s)\p{Ll}\p{L}*$/u.test(text.slice(pos, next));
    const join: number | undefined = at(JOIN_AT, text, next) ?? (lower ? at(LOWER_JOIN_AT, text, next) : undefined);
    joined = join !== undefined && at(HEAD_AT, text, join) === undefined;
    if (joined) {
      pos = join;
      continue;
    }
    const gap = at(GAP_AT, text, next);
    if (gap === undefined || at(HEAD_AT, text, gap) !== undefined || at(LOCALITY_AT, text, gap) !== undefined) break;
    pos = gap;
  }
  return last;
}

interface Parsed {
  end: number;
}

/** Parses an agency whose head starts at `start`; undefined when the head stands for nothing here. */
function parseAt(text: string, start: number, depth: number): Parsed | undefined {
  const headEnd = at(HEAD_AT, text, start);
  if (headEnd === undefined) return undefined;
  const head = squash(text.slice(start, headEnd));
  const rule: HeadRule = AGENCY_HEADS[head] ?? 'name';
  const before = text.slice(Math.max(0, start - 24), start);
  const titled = TITLE_BEFORE.test(before);
  let end = headEnd;
  let named = false;
  let located = false;
  // Names, abbreviations and codes: `Phòng Cảnh sát hình sự`, `Hội LHPN`, `Ban Chỉ đạo 138`, `Cục C04`.
  for (let n = 0; n < 3; n++) {
    const gap = at(GAP_AT, text, end);
    if (gap === undefined) break;
    const next = at(NAME_AT, text, gap) ?? at(ABBR_AT, text, gap) ?? at(CODE_AT, text, gap);
    if (next === undefined) break;
    const name = squash(text.slice(gap, next));
    if (n === 0 && (NOT_NAMES.has(name) || (TITLE_NAMES.has(name) && /trưởng\s+$/iu.test(before)))) return undefined;
    end = next;
    named = true;
  }
  // Other names: capitalized words and the lowercase words of names (`Ủy ban An toàn giao thông quốc gia`).
  if (rule !== 'name' && !named) {
    // `Ngân hàng Nhà nước chi nhánh tỉnh`: lowercase name words after a head that needs none.
    const gap = at(GAP_AT, text, end);
    const more = gap === undefined ? undefined : at(POST_NAME_AT, text, gap);
    if (gap !== undefined && more !== undefined && at(LOCALITY_AT, text, gap) === undefined) {
      end = more;
      named = true;
    }
  }
  if (rule === 'name' || named) {
    const nameEnd = genericNameAt(text, end, titled, named);
    if (nameEnd !== undefined) {
      const following = squash(text.slice(at(GAP_AT, text, end)!, nameEnd + 12));
      if (!named && [...NOT_NAMES].some((n) => following === n || following.startsWith(n + ' '))) return undefined;
      end = nameEnd;
      named = true;
    }
  }
  const ownerAt = (from: number) => {
    const ownerGap = depth < 2 ? at(GAP_AT, text, from) : undefined;
    return ownerGap === undefined ? undefined : parseAt(text, ownerGap, depth + 1);
  };
  // `Văn phòng Tỉnh ủy`: a head without a name of its own is named by the body it belongs to.
  if (rule === 'name' && !named) return NAME_REQUIRED[head] ? undefined : ownerAt(end);
  const required = NAME_REQUIRED[head];
  if (required && !required.test(text.slice(headEnd, end))) return undefined;
  // Locality: `UBND tỉnh`, `Công an TP Vinh`, `UBND Hà Nội`.
  const gap = at(GAP_AT, text, end);
  if (gap !== undefined) {
    const loc = at(LOCALITY_AT, text, gap);
    if (loc !== undefined) {
      end = loc;
      located = true;
      // `TP.HCM`, `TP. Vinh`, `TP Vinh`.
      const abbreviated = /^T[PpX]$/.test(text.slice(gap, loc));
      const dot = abbreviated && text[loc] === '.' ? loc + 1 : loc;
      const placeGap = at(GAP_AT, text, dot) ?? (dot > loc || text[loc - 1] === '.' ? dot : undefined);
      const place = placeGap === undefined ? undefined : placeAt(text, placeGap, titled);
      if (place !== undefined) end = place;
    } else if (rule !== 'name' && !named) {
      const place = placeAt(text, gap, titled);
      if (place !== undefined && at(HEAD_AT, text, gap) === undefined) {
        end = place;
        located = true;
      }
    }
  }
  // The body it belongs to: `Ban Thường vụ Tỉnh ủy`, `Đảng ủy Công an tỉnh`, `Thanh tra Chính phủ`.
  const owner = located ? undefined : ownerAt(end);
  if (owner) return owner;
  if (rule === 'place' && !named && !located) return undefined;
  return { end };
}

/** The name with abbreviations written out: `UBND tỉnh` → `Ủy ban nhân dân tỉnh`. */
export function expandAgencyName(span: string): string {
  return squash(span.replace(LOCAL_ABBREVIATIONS, (a) => AGENCY_ABBREVIATIONS[a] ?? a))
    .replace(/thành phố\.?\s*/u, 'thành phố ')
    .trim();
}

/** Every Vietnamese agency name in `text`. */
export function findAgencies(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HEAD)) {
    const start = m.index;
    if (isWordAt(text, start - 1)) continue;
    const parsed = parseAt(text, start, 0);
    if (!parsed) continue;
    const span = text.slice(start, parsed.end);
    out.push({ type: 'agency', start, end: parsed.end, value: { name: expandAgencyName(span) }, priority: PRIORITY.agency });
  }
  return out;
}
