// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../utils/__tests__/locale';
import { extractFields } from '../../utils/extract';
import { groupFields } from '../../utils/extract/group';
import { FieldList } from '../FieldList';

beforeEach(() => useLocale('en'));
afterEach(cleanup);

describe('FieldList', () => {
  it('groups fields by type with counts and collapses repeats', () => {
    const text = 'Chiều 28/8, Bộ Công an tổng kết Chỉ thị số 07/CT-BCA-V28. Bộ Công an khen thưởng 8 tập thể.';
    render(<FieldList groups={groupFields(extractFields(text, { lang: 'vi', published: '2024-08-29' }))} />);
    const agencies = screen.getByRole('region', { name: /Agencies \(1\)/ });
    expect(within(agencies).getAllByRole('listitem')).toHaveLength(1);
    expect(within(agencies).getByText('Bộ Công an')).toBeTruthy();
    expect(within(agencies).getByText('2 times')).toBeTruthy();
    const directives = screen.getByRole('region', { name: /Directives/ });
    expect(within(directives).getByText('Chỉ thị 07/CT-BCA-V28 (Bộ Công an)')).toBeTruthy();
    const dates = screen.getByRole('region', { name: /Dates/ });
    expect(within(dates).getByText('2024-08-28')).toBeTruthy();
    expect(screen.getByRole('region', { name: /Statistics/ }).textContent).toContain('8 tập thể');
  });

  it('says so when nothing is found', () => {
    render(<FieldList groups={groupFields([])} />);
    expect(screen.getByText('No fields found.')).toBeTruthy();
  });
});

describe('FieldList in Vietnamese', () => {
  it('labels the groups in the browser’s language', () => {
    useLocale('vi');
    render(<FieldList groups={groupFields(extractFields('Bộ Công an họp.', { lang: 'vi' }))} />);
    expect(screen.getByRole('region', { name: /Cơ quan \(1\)/ })).toBeTruthy();
  });
});
