/**
 * Words before a number that qualify it, and how (`Nearly 60 officers` → 'nearly').
 * They stay in the statistic's span. A cap (`up to $25,000`) and an estimate (`an
 * estimated $2.1 million`) state the figure itself and are left out, as readers mark them. To extend, add the phrase in lower case;
 * a capital first letter is accepted in the text.
 */

import type { Approx } from '../../types';

export const QUALIFIERS: Record<string, Approx> = {
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just shy of': 'nearly', 'just under': 'nearly',
  'more than': 'over', over: 'over', above: 'over', 'upwards of': 'over', 'in excess of': 'over',
  exceeding: 'over', 'just over': 'over', 'well over': 'over',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about',
  approx: 'about', 'approx.': 'about', circa: 'about', '~': 'about',
  'at least': 'at least', 'no fewer than': 'at least', 'no less than': 'at least', 'a minimum of': 'at least',
  'at most': 'at most', 'no more than': 'at most',
  under: 'under', 'less than': 'under', 'fewer than': 'under', below: 'under',
};

/** Words after a number (or its unit) that qualify it: `400 grams or more of fentanyl`, `50 or more employees`. */
export const POSTFIX_QUALIFIERS: Record<string, Approx> = {
  'or more': 'at least', 'or over': 'at least', 'or greater': 'at least', 'or fewer': 'at most', 'or less': 'at most',
  'or under': 'at most',
};

/**
 * Events a quantity may describe (`charged over 840kg cocaine importation`,
 * `jailed over £2m fraud`): before an amount followed by one of these, `over` means
 * "because of", not "more than", and stays out of the span.
 */
export const OVER_TOPIC_EVENTS: string[] = [
  'importation', 'importations', 'import', 'imports', 'haul', 'hauls', 'seizure', 'seizures', 'bust', 'busts',
  'fraud', 'frauds', 'scam', 'scams', 'theft', 'thefts', 'heist', 'robbery', 'raid', 'raids', 'plot', 'scheme',
  'laundering', 'smuggling', 'trafficking', 'bribe', 'bribes', 'bribery', 'payout', 'payouts', 'fine', 'fines',
  'debt', 'debts', 'loss', 'losses', 'claim', 'claims', 'contract', 'deal', 'bill', 'bonus', 'bonuses', 'shipment',
];
