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
