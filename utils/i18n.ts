/** The user's language's string for `key` (`public/_locales`); the key itself where none is loaded. */
export function t(key: string, substitutions?: string | string[]): string {
  const i18n = (globalThis as { browser?: { i18n?: { getMessage(k: string, s?: string | string[]): string } } }).browser?.i18n;
  return i18n?.getMessage(key, substitutions) || key;
}
