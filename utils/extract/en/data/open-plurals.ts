/**
 * The open class of counted nouns: after a number, any lower-case regular plural
 * (`14 stolen e-bikes`, `3 trailers`, `1,500 counterfeit banknotes`) counts, with up
 * to three modifiers before it, except the words listed here. COUNTED_NOUNS
 * (counted-nouns.ts) is only needed for what this rule cannot see: singulars after
 * `1`, capitalized headline nouns, two-word units and irregular plurals.
 *
 * To extend: a word ending in -s that is not a plural noun goes to NOT_PLURALS; a
 * plural that measures time goes to DURATION_PLURALS; a word that ends a noun
 * phrase (a preposition, pronoun, time word or verb form) to PHRASE_BREAKS.
 */

/** Words in -s that are not plural nouns: verbs, adverbs, pronouns, singular nouns in -s. */
export const NOT_PLURALS: string[] = [
  // function words and pronouns
  'is', 'was', 'has', 'does', 'goes', 'as', 'us', 'this', 'thus', 'his', 'hers', 'its', 'ours', 'yours', 'theirs',
  'yes', 'plus', 'minus', 'versus', 'vs', 'across', 'unless', 'whereas', 'towards', 'afterwards', 'upwards',
  'downwards', 'backwards', 'forwards', 'besides', 'always', 'perhaps', 'sometimes', 'nowadays', 'overseas',
  'outdoors', 'indoors', 'regardless', 'nevertheless', 'nonetheless', 'others', 'whatsoever',
  // verbs in -s that follow a number as its subject (`aged 24 faces charges`)
  'says', 'faces', 'remains', 'includes', 'shows', 'means', 'gets', 'makes', 'takes', 'comes', 'seems', 'appears',
  'becomes', 'leaves', 'stands', 'marks', 'sees', 'brings', 'holds', 'helps', 'needs', 'wants', 'puts', 'gives',
  'keeps', 'lets', 'tells', 'asks', 'tries', 'applies', 'involves', 'requires', 'contains', 'represents',
  'reflects', 'follows', 'continues', 'occurs', 'happens', 'exists', 'belongs', 'depends', 'adds', 'notes',
  'explains', 'believes', 'knows', 'thinks', 'feels', 'lies', 'dies', 'rises', 'falls', 'drops', 'climbs',
  'jumps', 'doubles', 'triples', 'equals', 'totals', 'exceeds', 'outnumbers', 'compares', 'owes',
  'pleads', 'denies', 'admits', 'awaits', 'joins', 'wins', 'loses', 'returns', 'receives', 'spends', 'serves',
  // singular nouns and adjectives in -s
  'gas', 'bus', 'news', 'lens', 'chaos', 'ethos', 'kudos', 'bias', 'alias', 'atlas', 'canvas', 'christmas',
  'means', 'mathematics', 'physics', 'economics', 'politics', 'ethics', 'athletics', 'aerobics', 'measles',
  'mumps', 'diabetes', 'rabies', 'herpes', 'scabies', 'arrears', 'whereabouts', 'headquarters', 'barracks',
  'crossroads', 'gallows', 'innings', 'billiards', 'customs',
  // fractions: `two thirds of voters`
  'halves', 'thirds', 'fourths', 'fifths', 'sixths', 'sevenths', 'eighths', 'ninths', 'tenths', 'hundredths',
  'thousandths',
];

/** Plurals of time: `17 years`, `18 months` are durations, not counts. */
export const DURATION_PLURALS: string[] = [
  'years', 'yrs', 'months', 'weeks', 'days', 'hours', 'hrs', 'minutes', 'mins', 'seconds', 'secs', 'decades',
  'centuries', 'millennia', 'nights', 'mornings', 'afternoons', 'evenings', 'weekends', 'fortnights', 'quarters',
  'semesters', 'seasons', 'generations', 'moments', 'ages', 'times',
];

/**
 * Words that end the noun phrase after a number (besides the prepositions,
 * determiners and auxiliaries the counted-noun rule already stops at): the
 * plural counted must come before them.
 */
export const PHRASE_BREAKS: string[] = [
  'including', 'involving', 'following', 'regarding', 'concerning', 'according', 'excluding', 'pending',
  'totalling', 'totaling', 'like', 'unlike', 'such', 'because', 'although', 'though', 'unless', 'until', 'upon',
  'beyond', 'despite', 'behind', 'near', 'along', 'amid', 'amidst', 'amongst', 'outside', 'inside', 'below',
  'above', 'beside', 'besides', 'versus', 'than', 'so', 'yet', 'also', 'still', 'already', 'just', 'only', 'even',
  'again', 'too', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midnight', 'overnight',
  'earlier', 'later', 'ago', 'he', 'she', 'we', 'you', 'i', 'him', 'her', 'his', 'our', 'your', 'my', 'me', 'us',
  'any', 'some', 'every', 'another', 'what', 'how', 'why', 'aged', 'face', 'faces', 'apiece', 'each', 'per', 'o', 'pm', 'am',
  'm', 'p', 'mph', 'km', 'kmh', 'percent', 'pc', 'pct',
  // past tenses after a number as subject (`11 involved drivers with …`, `two suffered minor injuries`)
  'involved', 'included', 'suffered', 'sustained', 'survived', 'died', 'remained', 'faced', 'admitted', 'pleaded',
  'denied', 'appeared', 'had', 'got', 'made', 'took', 'gave', 'showed', 'tested', 'returned', 'went', 'came',
  'joined', 'won', 'lost', 'saw', 'received', 'told', 'said', 'agreed', 'refused', 'failed', 'managed', 'tried',
];

/** Plurals whose singular the usual rules would get wrong (`caches` → `cache`, not `cach`). */
export const SINGULAR_EXCEPTIONS: Record<string, string> = {
  caches: 'cache', headaches: 'headache', niches: 'niche', avalanches: 'avalanche', moustaches: 'moustache',
  mustaches: 'mustache', creches: 'creche', cliches: 'cliche', movies: 'movie', cookies: 'cookie',
  rookies: 'rookie', calories: 'calorie', selfies: 'selfie', hoodies: 'hoodie', zombies: 'zombie', ties: 'tie',
  pies: 'pie', shoes: 'shoe', toes: 'toe', canoes: 'canoe', foes: 'foe', abuses: 'abuse', excuses: 'excuse',
  fuses: 'fuse', wolves: 'wolf', shelves: 'shelf', calves: 'calf', loaves: 'loaf',
  scarves: 'scarf', hooves: 'hoof', analyses: 'analysis', crises: 'crisis', theses: 'thesis', bases: 'base',
  diagnoses: 'diagnosis', axes: 'axe', kisses: 'kiss', lenses: 'lens', buses: 'bus', gases: 'gas',
};

/**
 * Capitalized plurals that count people (`12 Canadians`, `three New Zealanders`,
 * `two Londoners`, `five Vietnamese`): a capitalized word after a number counts when
 * it ends in one of these.
 */
export const DEMONYM_ENDINGS: string[] = ['ans', 'anders', 'oners', 'ese'];
