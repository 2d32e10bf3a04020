/** Test helpers: English extraction settled the way the engine settles it. */

import { resolveAcronyms } from '../../common/acronyms';
import { settleOverlaps } from '../../common/candidates';
import { parseIsoDate } from '../../common/calendar';
import { toMatchText } from '../../normalize';
import type { FieldType } from '../../types';
import { extractEnglish } from '../index';

export interface Found {
  type: FieldType;
  text: string;
  value: unknown;
}

/** The publication date the tables resolve against: Friday 14 February 2025. */
export const PUBLISHED = '2025-02-14';

/** English fields in `input` (normalized, overlaps settled, acronyms resolved), with their text; `null`: no publication date. */
export function find(input: string, published: string | null = PUBLISHED): Found[] {
  const text = toMatchText(input).text;
  const candidates = resolveAcronyms(settleOverlaps(extractEnglish(text, { published: parseIsoDate(published ?? undefined) })), text);
  return candidates.map((c) => ({ type: c.type, text: text.slice(c.start, c.end), value: c.value }));
}

/** Only the fields of one type. */
export const findType = (input: string, type: FieldType, published: string | null = PUBLISHED) =>
  find(input, published).filter((f) => f.type === type);
