import { describe, expect, it } from 'vitest';
import { loadMessages } from './locale';

describe('_locales', () => {
  it('has every English string in Vietnamese and the other way round', () => {
    expect(Object.keys(loadMessages('vi')).sort()).toEqual(Object.keys(loadMessages('en')).sort());
  });

  it('names every string as chrome.i18n allows (ASCII letters, digits and _ only)', () => {
    for (const key of Object.keys(loadMessages('en'))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('gives each placeholder the same name in both languages', () => {
    const en = loadMessages('en');
    const vi = loadMessages('vi');
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(vi[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });
});
