/** Serves `browser.i18n.getMessage` from the shipped `_locales` in tests (WXT's fake browser has none). */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Reads one locale's messages. */
export function loadMessages(locale: 'en' | 'vi'): Messages {
  return JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
}

/** Makes `browser.i18n.getMessage` answer from `locale`'s messages, with placeholders filled. */
export function useLocale(locale: 'en' | 'vi'): void {
  const messages = loadMessages(locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, i: string) => args[Number(i) - 1] ?? '');
    });
  }) as typeof fakeBrowser.i18n.getMessage;
}
