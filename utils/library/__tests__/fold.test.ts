import { describe, expect, it } from 'vitest';
import { fold, words } from '../fold';

describe('fold', () => {
  it.each([
    ['Chỉ thị số 07/CT-BCA-V28', 'chi thi so 07/ct-bca-v28'],
    ['ĐẢNG CỘNG SẢN Việt Nam', 'dang cong san viet nam'],
    ['Bộ Y tế', 'bo y te'],
    ['Thủ tướng Chính phủ', 'thu tuong chinh phu'],
    ['Nguyễn Thị Ánh Dương', 'nguyen thi anh duong'],
    ['Ministry of Health', 'ministry of health'],
    ['Café naïve Ångström', 'cafe naive angstrom'],
    ['  many\t\tspaces \n and\u00a0lines  ', 'many spaces and lines'],
    ['', ''],
  ])('folds %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('folds composed and decomposed Unicode alike', () => {
    const composed = 'Quyết định 1234/QĐ-TTg của Thủ tướng';
    expect(composed.normalize('NFD')).not.toBe(composed.normalize('NFC'));
    expect(fold(composed.normalize('NFD'))).toBe('quyet dinh 1234/qd-ttg cua thu tuong');
    expect(fold(composed.normalize('NFC'))).toBe('quyet dinh 1234/qd-ttg cua thu tuong');
  });

  it('removes zero-width and other invisible characters', () => {
    expect(fold('Chỉ\u200b thị\u200c số\u00ad 0\u200d7\u2060/CT\ufeff-BCA\u200e')).toBe('chi thi so 07/ct-bca');
  });

  it('keeps every folded Vietnamese letter ASCII', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const folded = fold(letters + letters.toUpperCase());
    expect(folded).toMatch(/^[a-z]+$/);
    expect(folded).toHaveLength(letters.length * 2);
  });
});

describe('words', () => {
  it('splits a query into folded words, longest first, each once', () => {
    expect(words('chỉ thị 07')).toEqual(['chi', 'thi', '07']);
    expect(words('Thị thị THI  07/ct-bca')).toEqual(['07/ct-bca', 'thi']);
  });

  it('drops punctuation around words but keeps it inside', () => {
    expect(words('“Chỉ thị” 07/CT-BCA, (2024)')).toEqual(['07/ct-bca', '2024', 'chi', 'thi']);
    expect(words(' - ')).toEqual([]);
  });

  it('gives nothing for a blank or invisible query', () => {
    expect(words('')).toEqual([]);
    expect(words(' \u200b\t ')).toEqual([]);
  });

  it('folds decomposed and zero-width input', () => {
    expect(words('Chỉ\u200b thị'.normalize('NFD'))).toEqual(['chi', 'thi']);
  });
});
