/** Word endings that tell a word of the language or a people's name from a coined one (organisation/article-coined.ts). */

/**
 * Endings of French derived nouns and adjectives a dictionary may lack (`Refondation`, `Agroalimentaire`,
 * `Mutualisme`), each maybe plural: a word, no name.
 */
export const DERIVED_WORD_ENDINGS: readonly string[] = [
  'tion', 'sion', 'ment', 'isme', 'iste', 'ité', 'aire', 'ique', 'ance', 'ence', 'age', 'eur', 'euse', 'ure',
];

/*
 * People's words (demonyms) by their ending. Four readers keep four lists, on purpose: how wide a list may be depends on
 * what else the reader asks of the word.
 * - `DEMONYM_ENDINGS` (organisation/bare-kind-guards.ts) and `PEOPLE_WORD_ENDINGS` (organisation/people-word.ts) want a stem
 *   that spells a known place (or a word the page prints): the stem check keeps `Terrain` or `Humaine` out, so the lists
 *   are wide. The first lists singular forms, its reader strips a plural `s`; the second spells its plurals, and adds
 *   `-iers` (`Brindailliers` beside `Brindailles`), a page's coinage that no place lexicon holds.
 * - `PEOPLE_OR_AREA_ENDINGS` (organisation/article-coined.ts) and `TITLE_PAIR_PEOPLE_ENDINGS` (organisation/name-candidates.ts)
 *   test a word alone, folded, with no stem: they leave out the singular `-ain`, `-aine` (`Demain`, `Humaine`), and the
 *   coined-word reader the singular `-ien`, `-ienne` too (a coined name: `le Fabrulien`).
 */

/** Endings of a people's or an area's word (`Vilaretois`, `Kalvanais`, `Brindaillens`, `Kalvanaise`), read folded. */
export const PEOPLE_OR_AREA_ENDINGS: readonly string[] = ['ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ens', 'ennes', 'ains', 'aines', 'iers'];

/** A people's or an area's word in a pair of capitalised words (`Vilaretois`, `Kalvanien`), read folded. */
export const TITLE_PAIR_PEOPLE_ENDINGS: readonly string[] = [
  'ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ien', 'ienne', 'iens', 'iennes', 'ains', 'aines',
];

/** Demonym endings, feminine ones too, before a plural `s`: `Lot|ois`, `Toulous|aine`, `Paris|ienne`, `Vend|éen`. */
export const DEMONYM_ENDINGS: readonly string[] = ['ienne', 'éenne', 'oise', 'aise', 'aine', 'ien', 'éen', 'ois', 'ais', 'ain'];

/** A people's, members' or origin's ending after a stem the page writes (`Kalvan|ais`, `Trokal|ienne`, `Brindaill|iers`). */
export const PEOPLE_WORD_ENDINGS: readonly string[] = [
  'iennes', 'ienne', 'iens', 'ien', 'oises', 'oise', 'ois', 'aises', 'aise', 'ais', 'iers',
];
