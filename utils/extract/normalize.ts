/**
 * Matching text: NFC, invisible characters dropped, dash, space and quote
 * variants folded to ASCII, with a map from matching offsets back to the
 * original string.
 */

const INVISIBLE = '\\u00AD\\u034F\\u180E\\u200B-\\u200D\\u2060\\uFEFF';
const ONE_TO_ONE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2018\u2019\u201B\u2032]/g;
/** Combining marks that compose with Latin letters (Vietnamese typed decomposed uses the first block). */
const MARKS = '\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F';
const NEEDS_MAP = new RegExp(`[${INVISIBLE}${MARKS}]`);
const EDITS = new RegExp(`[${INVISIBLE}]+|[^${MARKS}][${MARKS}]+|[${MARKS}]+`, 'g');
const INVISIBLE_CHAR = new RegExp(`[${INVISIBLE}]`);
const MARK_CHAR = new RegExp(`[${MARKS}]`);

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x2032) return "'";
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d) return '-';
  return ' ';
}

/**
 * Old-style tone placement (`hoà`, `Uỷ ban`, `Toà án`) folded to the new style the word
 * lists use (`hòa`, `Ủy ban`, `Tòa án`): the tone moves from the syllable's last vowel to
 * the `o`/`u` before it. Same length, so offsets are unchanged. `quý` keeps its `u`.
 */
const OLD_TONE = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;
function moveTone(_m: string, base: string, toned: string): string {
  const [vowel = '', tone = ''] = [...toned.normalize('NFD')];
  return (base + tone).normalize('NFC') + vowel;
}

/** Text prepared for matching, and the way back to the original. */
export interface MatchText {
  /** The text the patterns run on. */
  text: string;
  /** Original offset of a span's start at matching offset `i`. */
  toOriginalStart(i: number): number;
  /** Original offset of a span's end at matching offset `i` (exclusive). */
  toOriginalEnd(i: number): number;
}

/** Prepares `input` for matching; spans found in the result map back with its two functions. */
export function toMatchText(input: string): MatchText {
  const folded = input.replace(ONE_TO_ONE, foldChar).replace(OLD_TONE, moveTone);
  if (!NEEDS_MAP.test(folded)) {
    const identity = (i: number) => i;
    return { text: folded, toOriginalStart: identity, toOriginalEnd: identity };
  }
  // Change points: from matching offset at[k] on, original = matching + shift[k].
  const at: number[] = [0];
  const shift: number[] = [0];
  const parts: string[] = [];
  let outLen = 0;
  let last = 0;
  let delta = 0;
  EDITS.lastIndex = 0;
  for (let m = EDITS.exec(folded); m; m = EDITS.exec(folded)) {
    const run = m[0];
    const pos = m.index;
    if (pos > last) {
      parts.push(folded.slice(last, pos));
      outLen += pos - last;
    }
    last = pos + run.length;
    const replacement = INVISIBLE_CHAR.test(run[0] ?? '') ? '' : run.normalize('NFC');
    parts.push(replacement);
    outLen += replacement.length;
    if (replacement.length !== run.length) {
      delta += run.length - replacement.length;
      at.push(outLen);
      shift.push(delta);
    }
  }
  parts.push(folded.slice(last));
  const text = parts.join('');
  const shiftAt = (i: number): number => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((at[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return shift[lo] ?? 0;
  };
  return {
    text,
    toOriginalStart: (i) => i + shiftAt(i),
    toOriginalEnd: (i) => {
      if (i <= 0) return 0;
      // The end of the last character of the span, not of invisibles after it.
      let end = i + shiftAt(i);
      while (end > 0 && INVISIBLE_CHAR.test(input[end - 1] ?? '')) end--;
      // A composed last character spans its base and all its marks.
      while (end < input.length && MARK_CHAR.test(input[end] ?? '')) end++;
      return end;
    },
  };
}
