/**
 * Words that rank a thing among others of its kind, written right before a lower-case type word
 * (organisation/ranked-kind.ts; organisation/lower-brand.ts reads the word after such a kind as no
 * brand): `la plus grande coopérative du Kalvet`, `la 2e épicerie solidaire du
 * département`, `le seul chantier d'insertion du Var`. Folded (lower case, no accents); the superlatives
 * as `plus` + adjective, the ordinals in words and in figures. `nouveau`, `nouvelle` are left out: `la
 * nouvelle recyclerie de Lunel` opens a new body named after its town as often as it ranks one.
 */
export const RANKING_WORDS: readonly string[] = [
  'premier', 'premiere', '1er', '1ere', '1re', 'deuxieme', '2e', '2eme', 'second', 'seconde', 'troisieme', '3e', '3eme',
  'dernier', 'derniere', 'seul', 'seule', 'unique',
];

/** Adjectives that follow `plus` (or `moins`) in a superlative before a kind. */
export const SUPERLATIVE_ADJECTIVES: readonly string[] = [
  'grand', 'grande', 'gros', 'grosse', 'petit', 'petite', 'ancien', 'ancienne', 'vieux', 'vieille', 'jeune', 'important',
  'importante', 'active', 'actif', 'dynamique', 'connu', 'connue',
];
