/**
 * English rules: dates, agencies, directives and statistics found with regular
 * expressions and word lists (data/), each in linear time. Candidates may
 * overlap; the engine settles overlaps by type priority, then length.
 */

import type { Candidate } from '../common/candidates';
import type { Ymd } from '../common/calendar';
import { findAgencies } from './agencies';
import { findDates } from './dates';
import { findDirectives } from './directives';
import { findStatistics } from './statistics';

/** What the English rules get besides the text (compatible with the engine's LangContext). */
export interface EnglishContext {
  published?: Ymd;
}

/** Every English date, agency, directive and statistic candidate in normalized `text`. */
export function extractEnglish(text: string, ctx: EnglishContext): Candidate[] {
  return [...findDates(text, ctx.published), ...findAgencies(text), ...findDirectives(text), ...findStatistics(text)];
}
