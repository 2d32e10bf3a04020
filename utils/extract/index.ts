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

/**
 * Every occurrence of a date, agency, directive or statistic in `text`, in order.
 * Offsets point into `text` as given; values follow `shared/ENTITIES.md`.
 */
export function extractFields(text: string, options: ExtractOptions = {}): Field[] {
  if (!text) return [];
  const match = toMatchText(text);
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(match.text) : options.lang;
  const ctx: LangContext = { published: parseIsoDate(options.published) };
  let candidates = settleOverlaps(RULES[lang](match.text, ctx));
  candidates = resolveAcronyms(candidates, match.text);
  candidates = resolveShortMentions(candidates);
  return candidates.map(({ priority: _priority, ...c }) => {
    const start = match.toOriginalStart(c.start);
    const end = match.toOriginalEnd(c.end);
    return { ...c, start, end, text: text.slice(start, end) } as Field;
  });
}
