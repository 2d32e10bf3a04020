import { describe, expect, it } from 'vitest';
import type { DirectiveValue } from '../../types';
import { findType } from './helpers';

const directives = (input: string) => findType(input, 'directive').map((f) => ({ text: f.text, ...(f.value as DirectiveValue) }));

describe('English directives', () => {
  it.each([
    ['under Executive Order 14074 on policing', 'Executive Order 14074', { id: 'Executive Order 14074', kind: 'Executive Order', number: '14074' }],
    ['under Executive Order No. 14074', 'Executive Order No. 14074', { id: 'Executive Order 14074', kind: 'Executive Order', number: '14074' }],
    ['under executive order 14074', 'executive order 14074', { id: 'Executive Order 14074', kind: 'Executive Order', number: '14074' }],
    ['under EO 14074', 'EO 14074', { id: 'Executive Order 14074', kind: 'Executive Order', number: '14074' }],
    ['under General Order 24-07, which', 'General Order 24-07', { id: 'General Order 24-07', kind: 'General Order', number: '24-07' }],
    ['under General Order 24 - 07', 'General Order 24 - 07', { id: 'General Order 24-07', kind: 'General Order', number: '24-07' }],
    ['as required by Senate Bill 1074.', 'Senate Bill 1074', { id: 'Senate Bill 1074', kind: 'Senate Bill', number: '1074' }],
    ['as required by SB 1074.', 'SB 1074', { id: 'Senate Bill 1074', kind: 'Senate Bill', number: '1074' }],
    ['House Bill 5 passed', 'House Bill 5', { id: 'House Bill 5', kind: 'House Bill', number: '5' }],
    ['Assembly Bill 5 passed', 'Assembly Bill 5', { id: 'Assembly Bill 5', kind: 'Assembly Bill', number: '5' }],
    ['H.R. 1234 passed', 'H.R. 1234', { id: 'H.R. 1234', kind: 'H.R.', number: '1234' }],
    ['under Public Law 117-58', 'Public Law 117-58', { id: 'Public Law 117-58', kind: 'Public Law', number: '117-58' }],
    ['under Pub. L. 117-58', 'Pub. L. 117-58', { id: 'Public Law 117-58', kind: 'Public Law', number: '117-58' }],
    ['Bill C-21 passed', 'Bill C-21', { id: 'Bill C-21', kind: 'Bill', number: 'C-21' }],
    ['under Directive (EU) 2019/1937', 'Directive (EU) 2019/1937', { id: 'Directive (EU) 2019/1937', kind: 'Directive', number: '1937', year: 2019, issuer: 'EU' }],
    ['under Regulation (EU) 2016/679', 'Regulation (EU) 2016/679', { id: 'Regulation (EU) 2016/679', kind: 'Regulation', number: '679', year: 2016, issuer: 'EU' }],
    ['under Regulation (EU) 2022 / 2065', 'Regulation (EU) 2022 / 2065', { id: 'Regulation (EU) 2022/2065', kind: 'Regulation', number: '2065', year: 2022, issuer: 'EU' }],
    ['under Regulation (EC) No 1907/2006', 'Regulation (EC) No 1907/2006', { id: 'Regulation (EC) No 1907/2006', kind: 'Regulation', number: '1907', year: 2006, issuer: 'EC' }],
    ['under Directive 95/46/EC', 'Directive 95/46/EC', { id: 'Directive 95/46/EC', kind: 'Directive', number: '46', year: 1995, issuer: 'EC' }],
    ['under Decree 147/2024/ND-CP', 'Decree 147/2024/ND-CP', { id: 'Decree 147/2024/ND-CP', kind: 'Decree', number: '147', year: 2024, code: 'ND-CP' }],
    ['under Circular 58 / 2020 / TT-BCA', 'Circular 58 / 2020 / TT-BCA', { id: 'Circular 58/2020/TT-BCA', kind: 'Circular', number: '58', year: 2020, code: 'TT-BCA' }],
    ['under Law No. 59/2020/QH14', 'Law No. 59/2020/QH14', { id: 'Law 59/2020/QH14', kind: 'Law', number: '59', year: 2020, code: 'QH14' }],
    ['under Resolution 35-NQ/TW', 'Resolution 35-NQ/TW', { id: 'Resolution 35-NQ/TW', kind: 'Resolution', number: '35', code: 'NQ/TW' }],
    ['under Decision 510/QD-TTg', 'Decision 510/QD-TTg', { id: 'Decision 510/QD-TTg', kind: 'Decision', number: '510', code: 'QD-TTg' }],
    ['Ordinance 2019-44 governs records', 'Ordinance 2019-44', { id: 'Ordinance 2019-44', kind: 'Ordinance', number: '2019-44' }],
  ])('%s', (input, text, value) => {
    expect(directives(input)).toEqual([{ text, ...value }]);
  });

  it.each([
    'The executive order was signed.',
    'Law 5 applies.',
    'A Bill 12 debate.',
    'Executive Order 14074A applies.',
    'General Order 24-07-1-2 applies.',
    'SBX 12 and HBO 5.',
  ])('not a directive: %s', (input) => {
    expect(directives(input)).toEqual([]);
  });
});
