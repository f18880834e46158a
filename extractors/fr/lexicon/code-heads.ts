/**
 * Words before a number that make it a code, an ordinal or a reference (`article 9`, `page 3`,
 * `action 4`), not a count. Matched as whole words only (`endsWithWord`), so `action` does not
 * match the end of `reconversion`.
 */
export const CODE_HEADS: readonly string[] = [
  'n°', 'no', 'no.', 'nº', 'n°.', 'numéro', 'numero', 'num', 'art', 'art.', 'article', 'phase', 'saison', 'scénario', 'scenario',
  'page', 'p.', 'étape', 'etape', 'tome', 'chapitre', 'vague', 'volet', 'axe', 'lot', 'plot', 'version', 'annexe',
  'semaine', 'niveau', 'lettre', 'édition', 'promo', 'tranche', 'zone', 'secteur', 'rang', 'priorité', 'action', 'mesure',
  'diapositive', 'slide', 'top',
  // Activity codes of the French business register (`APE 8899B`, `code NAF 94.99Z`).
  'ape', 'naf',
];

/**
 * Everyday technical codes written like a name's code word, a number glued to capitals (`4G`,
 * `3D`, `4X4`): a mobile network generation, a dimension, a drive. After a type word (`le réseau
 * 4G`, `l'association 3D imprime…`) they are no name (organisation/name-code-words.ts).
 */
export const TECHNICAL_CODES: ReadonlySet<string> = new Set(['2G', '3G', '4G', '5G', '6G', '2D', '3D', '4D', '4X4', '2CV']);
