/**
 * Given names left out of `first-names.ts` because they are as often a place, a saint, a holiday
 * or a word (`Saint-Claude`, `Sainte-Anne`, `Noël`, `Rose`): a name only before a surname that is
 * no common word and no place (`Claude Bartolone`, `Anne Lauvergeon`), never alone.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set([
  'Claude', 'Anne', 'Martin', 'Noël', 'Vivien', 'Solange', 'Clémence', 'Constance', 'Marine', 'Océane',
  'Capucine', 'Violette', 'Jade', 'Rose', 'Victoire', 'Aimé', 'Aimée', 'Ève', 'Eve', 'Ange', 'Ariel',
  // Polynesian given names that are as often a brand or a firm's name there (a beer, an airline, a shop).
  'Moana', 'Hinano', 'Teva',
]);

/**
 * Given names that are as often a word of the texts: a colour, a creature, a fruit or flower, a feast, a title or a virtue
 * (`la Croix Blanche`, `Notre-Dame du Bon Secours`, `le Prince noir`). Unlike the names above they stay in `first-names.ts`, so
 * the organisation rules still read them as given names; fr.person.name reads them as ambiguous (session 41).
 */
export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'Blanche', 'Bon', 'Dame', 'Prince', 'Amour', 'Lion', 'Dune', 'Atlas', 'Eden', 'Alpha', 'Nova', 'Divine', 'Douce',
  'Sauveur', 'Christ', 'Ascension', 'Assomption', 'Conception', 'Amande', 'Cerise', 'Prune', 'Myrtille', 'Lilas', 'Merle', 'Candide',
  'Abondance', 'Archange', 'Félicité',
]);
