// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFields } from '../../utils/extract';
import { useLocale } from '../../utils/__tests__/locale';
import { FieldCard } from '../FieldCard';

afterEach(cleanup);

const fieldOf = (text: string, type: string) =>
  extractFields(text, { lang: 'vi', published: '2024-08-29' }).find((f) => f.type === type)!;

describe('FieldCard', () => {
  beforeEach(() => useLocale('en'));

  it('shows a directive with its parts, copies its id and hides its type', async () => {
    const onCopy = vi.fn(async () => true);
    const onHideType = vi.fn();
    const field = fieldOf('Chỉ thị số 07/CT-BCA-V28, ngày 15/8/2014 của Bộ Công an', 'directive');
    render(<FieldCard field={field} onCopy={onCopy} onSave={vi.fn(async () => 'Saved: 1 new annotations.')} onHideType={onHideType} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Directive' })).toBeTruthy();
    expect(screen.getByText('Chỉ thị 07/CT-BCA-V28')).toBeTruthy();
    expect(screen.getByText('Issued on').nextElementSibling?.textContent).toBe('2014-08-15');
    expect(screen.getByText('Issuer').nextElementSibling?.textContent).toBe('Bộ Công an');
    fireEvent.click(screen.getByRole('button', { name: 'Copy value' }));
    expect(onCopy).toHaveBeenCalledWith('Chỉ thị 07/CT-BCA-V28');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Hide directives' }));
    expect(onHideType).toHaveBeenCalledWith('directive');
  });

  it('says what a statistic counts and how it is qualified, in Vietnamese', () => {
    useLocale('vi');
    render(<FieldCard field={fieldOf('ngăn chặn gần 128 vụ', 'statistic')} onCopy={vi.fn()} onSave={vi.fn(async () => '')} onHideType={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Số liệu' })).toBeTruthy();
    expect(screen.getByText('Mức độ').nextElementSibling?.textContent).toBe('gần');
    expect(screen.getByText('Đơn vị').nextElementSibling?.textContent).toBe('vụ');
    expect(screen.getByRole('button', { name: 'Ẩn số liệu' })).toBeTruthy();
  });
});
