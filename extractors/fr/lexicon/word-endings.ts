/** Word endings that tell a word of the language or a people's name from a coined one (organisation/article-coined.ts). */

/**
 * Endings of French derived nouns and adjectives a dictionary may lack (`Refondation`, `Agroalimentaire`,
 * `Mutualisme`), each maybe plural: a word, no name.
 */
export const DERIVED_WORD_ENDINGS: readonly string[] = [
  'tion', 'sion', 'ment', 'isme', 'iste', 'ité', 'aire', 'ique', 'ance', 'ence', 'age', 'eur', 'euse', 'ure',
];

/** Endings of a people's or an area's word (`Vilaretois`, `Kalvanais`, `Brindaillens`, `Kalvanaise`), read folded. */
export const PEOPLE_OR_AREA_ENDINGS: readonly string[] = ['ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ens', 'ennes', 'ains', 'aines', 'iers'];
