/**
 * Percent and money. To extend, add the written form and its unit: `%` for
 * percentages, an ISO 4217 code for money.
 */

/** Words after a number that make it a percentage, to the unit stored. */
export const PERCENT_WORDS: Record<string, string> = {
  '%': '%', percent: '%', 'per cent': '%', pct: '%', pc: '%', 'percentage point': 'percentage point',
  'percentage points': 'percentage point',
};

/** Currency signs and prefixes written before the number (`$212,000`, `US$5m`, `£3bn`, `VND312 billion`). */
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD', US$: 'USD', USD: 'USD', 'U.S.$': 'USD', A$: 'AUD', AU$: 'AUD', AUD: 'AUD', C$: 'CAD', CA$: 'CAD',
  CAD: 'CAD', NZ$: 'NZD', NZD: 'NZD', HK$: 'HKD', HKD: 'HKD', S$: 'SGD', SGD: 'SGD', '£': 'GBP', GBP: 'GBP',
  '€': 'EUR', EUR: 'EUR', '¥': 'JPY', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', '₹': 'INR', INR: 'INR', Rs: 'INR',
  'Rs.': 'INR', '₫': 'VND', VND: 'VND', '₩': 'KRW', KRW: 'KRW', CHF: 'CHF', THB: 'THB', '฿': 'THB',
};

/** Currency codes and words written after the number (`312 billion VND`, `5 million dollars`). */
export const CURRENCY_SUFFIXES: Record<string, string> = {
  USD: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', dollars: 'USD', dollar: 'USD', VND: 'VND', dong: 'VND',
  'đồng': 'VND', EUR: 'EUR', euros: 'EUR', euro: 'EUR', GBP: 'GBP', 'pounds sterling': 'GBP', JPY: 'JPY', yen: 'JPY',
  CNY: 'CNY', yuan: 'CNY', renminbi: 'CNY', INR: 'INR', rupees: 'INR', AUD: 'AUD', CAD: 'CAD', CHF: 'CHF',
  'Swiss francs': 'CHF', baht: 'THB', ringgit: 'MYR', pesos: 'MXN',
};
