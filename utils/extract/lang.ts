/** Language detection: Vietnamese letters and function words against English ones. */

import type { Lang } from './types';

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]/g;
const VI_WORDS = /(?:^|\s)(?:của|và|các|được|trong|những|với|cho|không|người|này|đã|tỉnh)(?=\s)/g;
const EN_WORDS = /(?:^|\s)(?:the|and|of|to|in|was|for|that|with|on|by|is)(?=\s)/gi;
const SAMPLE = 20_000;

/**
 * The language of `text`: Vietnamese when its letters or function words dominate,
 * English when its function words do; `declared` (a page's `lang`) breaks ties.
 */
export function detectLanguage(text: string, declared?: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const vi = (sample.match(VI_LETTERS)?.length ?? 0) + 3 * (sample.match(VI_WORDS)?.length ?? 0);
  const en = 3 * (sample.match(EN_WORDS)?.length ?? 0);
  const hint = declared?.toLowerCase().slice(0, 2);
  if (vi === en || Math.max(vi, en) < 6) return hint === 'vi' ? 'vi' : hint === 'en' ? 'en' : vi > en ? 'vi' : 'en';
  return vi > en ? 'vi' : 'en';
}
