/** Vietnamese rules: dates and agencies first, so directives can take their issue date and issuer. */

import type { Candidate } from '../common/candidates';
import type { LangContext } from '../index';
import { findAgencies } from './agencies';
import { findDates } from './dates';
import { findDirectives } from './directives';
import { findStatistics } from './statistics';

/** All candidate fields of a Vietnamese text (overlaps are settled by the caller). */
export function extractVietnamese(text: string, ctx: LangContext): Candidate[] {
  const dates = findDates(text, ctx.published);
  const agencies = findAgencies(text);
  const directives = findDirectives(text, dates, agencies);
  return [...dates, ...agencies, ...directives, ...findStatistics(text)];
}
