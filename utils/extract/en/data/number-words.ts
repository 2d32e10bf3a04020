/**
 * Numbers written as words. To extend, add the word and its value; a word in
 * SMALL_NUMBERS may be followed by a SCALE (`two hundred`, `five million`).
 * `one` and `a` are left out on purpose: they are mostly articles ("one officer said").
 */

/** Counts from two to ninety; `twenty-five` is read as `twenty` + `five`. */
export const SMALL_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'half a dozen': 6,
};

/** Units after a tens word: `twenty-five`. */
export const UNIT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/** Scale words after a number (`4.5 million`, `VND312 billion`, `$5m`, `£3bn`). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, K: 1e3, M: 1e6, B: 1e9, BN: 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Scale words that may not follow digits directly without a space (`5 m` is metres). */
export const SCALES_NEED_ATTACHED: string[] = ['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'K', 'M', 'B', 'BN'];

/**
 * Vague amounts (`dozens of officers`, `hundreds of people`): the value is the
 * scale they are plural of, with approx 'over'.
 */
export const VAGUE_AMOUNTS: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, 'tens of thousands': 1e4,
  'hundreds of thousands': 1e5, millions: 1e6, 'tens of millions': 1e7, 'hundreds of millions': 1e8, billions: 1e9,
};
