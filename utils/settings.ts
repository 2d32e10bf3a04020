/** The user's display choices, kept in extension storage and shared by every tab. */

import { storage } from '#imports';
import type { FieldType } from './extract/types';

/** Field types drawn on pages; the others are hidden. */
export const visibleTypes = storage.defineItem<FieldType[]>('local:visibleTypes', {
  fallback: ['date', 'agency', 'directive', 'statistic'],
});

/** All highlights hidden at once (the types chosen stay as they were). */
export const highlightsHidden = storage.defineItem<boolean>('local:highlightsHidden', { fallback: false });

/** Sites (host names) where Newsmark never runs by itself. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** The host a site setting applies to: `www.` is the same site. */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file://' : u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}
