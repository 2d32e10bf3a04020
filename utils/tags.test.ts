import { describe, expect, it } from 'vitest';
import { cleanTags, joinTags, sameTags, splitTags, tagSuggestions } from './tags';

describe('splitTags', () => {
  it.each([
    ['', []],
    [' ANTQ, , Bộ Công an ', ['ANTQ', 'Bộ Công an']],
    ['a,a, b ,a', ['a', 'b']],
    [',,,', []],
  ])('%j → %j', (line, tags) => expect(splitTags(line)).toEqual(tags));

  it('reads back what joinTags wrote', () => {
    expect(splitTags(joinTags(['ANTQ', 'Chỉ thị 07']))).toEqual(['ANTQ', 'Chỉ thị 07']);
  });
});

describe('sameTags', () => {
  it('compares tags in order', () => {
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('tagSuggestions', () => {
  const known = ['ANTQ', 'Bộ Công an', 'công an xã', 'Chỉ thị 07', 'kinh tế'];

  it('offers every known tag on an empty line', () => {
    expect(tagSuggestions('', known)).toEqual(known);
  });

  it('completes the last tag, keeping the line before it, those that start with it first', () => {
    expect(tagSuggestions('ANTQ, công', known)).toEqual(['ANTQ, công an xã', 'ANTQ, Bộ Công an']);
  });

  it('puts a space after a bare comma and leaves out tags already typed, in any case', () => {
    expect(tagSuggestions('antq,', known)).toEqual(['antq, Bộ Công an', 'antq, công an xã', 'antq, Chỉ thị 07', 'antq, kinh tế']);
  });

  it('keeps the spacing typed after the comma', () => {
    expect(tagSuggestions('ANTQ,  ch', known)).toEqual(['ANTQ,  Chỉ thị 07']);
  });

  it('matches Vietnamese written in either Unicode form', () => {
    expect(tagSuggestions('Chỉ'.normalize('NFD'), known)).toEqual(['Chỉ thị 07']);
  });

  it('offers nothing when no tag fits, and at most `max`', () => {
    expect(tagSuggestions('zzz', known)).toEqual([]);
    expect(tagSuggestions('', known, 2)).toHaveLength(2);
  });
});

describe('cleanTags', () => {
  it('keeps tags as the store does: trimmed, split at commas, non-empty, each once, in order', () => {
    expect(cleanTags([' law ', 'law, health', '', 'y tế', ' ,', 'health'])).toEqual(['law', 'health', 'y tế']);
    expect(cleanTags([])).toEqual([]);
  });
});
