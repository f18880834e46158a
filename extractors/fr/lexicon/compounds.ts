/**
 * Word parts that keep their hyphen when a line break splits them (`vice-\nprésident`,
 * `tiers-\nlieu`, `savoir-\nfaire`).
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  'vice', 'tiers', 'co', 'socio', 'auto', 'anti', 'non', 'sous', 'demi', 'mi', 'semi', 'post', 'pré', 'pro',
  'inter', 'extra', 'multi', 'après', 'avant', 'au', 'bien', 'grand', 'grande', 'petit', 'petite', 'porte',
  'arrière', 'savoir', 'chef', 'ex', 'néo', 'quasi', 'ultra', 'éco', 'eco', 'micro', 'macro', 'contre',
  'mini', 'maxi', 'basse', 'haute', 'haut', 'bas', 'nord', 'sud', 'est', 'ouest', 'centre', 'franco',
  'c', 'est-à', 'c\'est-à', 'peut', 'rendez', 'vis', 'pêle', 'faire', 'hors', 'outre', 'pseudo', 'trans',
]);

/** Second parts that mark a compound (`savoir-faire`, `peut-être`, `celui-ci`, `tiers-lieux`). */
export const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set([
  'être', 'faire', 'ci', 'là', 'dire', 'même', 'mêmes', 'lieu', 'lieux', 'clés', 'clé', 'vous', 'il', 'elle',
  'on', 'ils', 'elles', 't', 'dessus', 'dessous', 'delà', 'ensemble', 'école', 'écoles', 'entreprise',
  'entreprises', 'économiques', 'économique', 'culturel', 'culturelle', 'professionnel', 'professionnelle',
  'président', 'présidente', 'présidents', 'privé', 'privés', 'public', 'publics', 'opérateurs', 'animateurs',
  'construction', 'pilotes', 'pilote', 'vivre',
]);
