/** The extraction engine: text in, fields out. Pure: no DOM, no browser API. */

import { settleOverlaps, type Candidate } from './common/candidates';
import { parseIsoDate, type Ymd } from './common/calendar';
import { resolveAcronyms } from './common/acronyms';
import { resolveShortMentions } from './common/directive-mentions';
import { extractEnglish } from './en';
import { detectLanguage } from './lang';
import { toMatchText } from './normalize';
import type { ExtractOptions, Field, Lang } from './types';
import { extractVietnamese } from './vi';

export type * from './types';
export { detectLanguage } from './lang';

/** What a language's rules get besides the text. */
export interface LangContext {
  published?: Ymd;
}

const RULES: Record<Lang, (text: string, ctx: LangContext) => Candidate[]> = {
  vi: extractVietnamese,
  en: extractEnglish,
};

/** Acronyms that earlier fields stand for: an agency written as an acronym whose value is a longer name. */
function knownAcronyms(known: readonly Field[]): [string, string][] {
  return known.flatMap((f) =>
    f.type === 'agency' && /^[A-ZĐ][A-Za-zĐ0-9&.\-]{1,11}$/.test(f.text) && f.value.name !== f.text ? [[f.text, f.value.name] as [string, string]] : [],
  );
}

/** About how much text one step of {@link extractFieldsInSteps} reads (characters). */
export const STEP_CHARS = 16_000;

/** Where the step starting at `from` ends: a paragraph break past `from + size`, else a space. */
function stepEnd(text: string, from: number, size: number): number {
  const target = from + size;
  if (target >= text.length) return text.length;
  const paragraph = text.indexOf('\n\n', target);
  if (paragraph >= 0 && paragraph - target < size) return paragraph;
  // No paragraph break near: cut at white space (a field never spans a paragraph, rarely a cut).
  const space = text.indexOf(' ', target);
  return space >= 0 && space - target < size ? space : Math.min(text.length, target + size);
}

/**
 * {@link extractFields} in steps of about `stepChars` characters, for a page's main
 * thread: the generator yields after each step and returns the fields when done.
 */
export function* extractFieldsInSteps(
  text: string,
  options: ExtractOptions = {},
  stepChars = STEP_CHARS,
): Generator<void, Field[], void> {
  if (!text) return [];
  const match = toMatchText(text);
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(match.text) : options.lang;
  const ctx: LangContext = { published: parseIsoDate(options.published) };
  let candidates: Candidate[] = [];
  for (let from = 0; from < match.text.length; ) {
    const to = stepEnd(match.text, from, stepChars);
    const found = RULES[lang](from === 0 && to === match.text.length ? match.text : match.text.slice(from, to), ctx);
    for (const c of found) candidates.push(from ? { ...c, start: c.start + from, end: c.end + from } : c);
    from = to;
    if (from < match.text.length) yield;
  }
  candidates = settleOverlaps(candidates);
  const known = options.known ?? [];
  candidates = resolveAcronyms(candidates, match.text, knownAcronyms(known));
  candidates = resolveShortMentions(
    candidates,
    known.flatMap((f) => (f.type === 'directive' ? [f.value] : [])),
  );
  return candidates.map(({ priority: _priority, ...c }) => {
    const start = match.toOriginalStart(c.start);
    const end = match.toOriginalEnd(c.end);
    return { ...c, start, end, text: text.slice(start, end) } as Field;
  });
}

/**
 * Every occurrence of a date, agency, directive or statistic in `text`, in order.
 * Offsets point into `text` as given; values follow `shared/ENTITIES.md`.
 */
export function extractFields(text: string, options: ExtractOptions = {}): Field[] {
  const steps = extractFieldsInSteps(text, options);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
