/**
 * Places that look like bodies. Written in lower case, `région X` and `département X` name a
 * territory (`en région Occitanie`); they name the body only before what a body does
 * (`la région X finance…`). Zoning acronyms name areas, never bodies.
 */
export const TERRITORY_HEADS: readonly string[] = ['région', 'département', 'territoire'];

/**
 * Heads of the State's offices in a territory whose formal name goes on with `de Région` (`Préfecture de
 * Région Bretagne`): there `Région` is the office's scope, no other body. Written as in running text.
 */
export const REGION_SCOPED_HEADS: readonly string[] = ['préfecture', 'Préfecture', 'sous-préfecture', 'Sous-préfecture', 'Sous-Préfecture'];

/** Verbs of what a public body does, after its name. */
export const BODY_VERBS: readonly string[] = [
  'finance', 'financent', 'cofinance', 'co-finance', 'soutient', 'soutiennent', 'accompagne', 'subventionne', 'lance',
  'a lancé', 'attribue', 'a attribué', 'organise', 'porte', 'pilote', 'verse', 'octroie', 'a voté', 'vote', 'délibère',
  'a financé', 'a soutenu', 'participe', 'a signé', 'signe',
];

/**
 * Past participles of what a public body does, before `par` and its agents (`financé par l'Europe et la
 * région X`, `co-organisé par … et la région X`): the agent of such a deed is a body, not a territory.
 * Masculine singular; the refiner reads their agreed forms (`-e`, `-s`, `-es`).
 */
export const BODY_PARTICIPLES: readonly string[] = [
  'financé', 'cofinancé', 'co-financé', 'soutenu', 'organisé', 'co-organisé', 'coorganisé', 'porté', 'co-porté', 'piloté',
  'accompagné', 'subventionné', 'lancé', 'attribué', 'voté', 'octroyé', 'versé', 'initié', 'signé', 'animé',
];

export const ZONING_ACRONYMS: ReadonlySet<string> = new Set(['QPV', 'ZUS', 'ZRR', 'ZFU', 'ZSP', 'REP', 'ZAC', 'ZA', 'ZI', 'QVA']);

/** Regions and groups of territories by their usual acronym, alone a place (`en région PACA`). */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['PACA', 'IDF', 'AURA', 'HDF', 'BFC', 'ARA', 'DROM', 'DOM', 'TOM', 'DOM-TOM']);

/**
 * Kinds of structure written out with capitals (`Pôles Territoriaux de Coopération Économique`):
 * the concept, not one body. Folded (no accents, lower case).
 */
export const GENERIC_KIND_NAMES: ReadonlySet<string> = new Set([
  'pole territorial de cooperation economique', 'poles territoriaux de cooperation economique',
  'pole territoriaux de cooperation economique', 'poles territoriaux de cooperations economiques',
  'pole territorial de cooperation economique (ptce)', 'economie sociale et solidaire',
  // The State's label for clusters of firms and research, a kind like the PTCE.
  'pole de competitivite', 'poles de competitivite',
]);

/** First words of a territory's name that no commune list holds (`Pays d'Arles`, `Val de Sèvre`, `Haut-Doubs`). */
export const TERRITORY_NAME_WORDS: ReadonlySet<string> = new Set([
  'pays', 'val', 'vallee', 'bassin', 'haut', 'haute', 'bas', 'basse', 'grand', 'plateau', 'cote', 'coeur', 'plaine', 'monts', 'marais',
]);

/** Regions before 2016 and historic provinces, still in bodies' names (`CCI Alsace`, `CRESS Picardie`). Folded. */
export const FORMER_REGIONS: ReadonlySet<string> = new Set([
  'alsace', 'lorraine', 'champagne', 'ardenne', 'champagne-ardenne', 'picardie', 'limousin', 'auvergne', 'aquitaine',
  'languedoc', 'roussillon', 'languedoc-roussillon', 'midi-pyrenees', 'poitou', 'poitou-charentes', 'franche-comte',
  'bourgogne', 'rhone-alpes', 'nord-pas-de-calais', 'haute-normandie', 'basse-normandie', 'berry', 'touraine', 'anjou',
  'savoie', 'provence', 'artois', 'flandre', 'flandres', 'bearn', 'pays basque',
]);

/**
 * Words that, after a place's name, still name a part of the territory (`Lyon Sud`, `Bretagne Ouest`,
 * `Rhône Centre`), not a body. Folded.
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'haut', 'haute', 'bas', 'basse', 'grand', 'grande', 'metropole', 'agglomeration']);

/** What a name adds around its place after `et` (`Banque alimentaire de Lunel et Environs`): still the territory. Folded. */
export const PLACE_SURROUNDINGS: ReadonlySet<string> = new Set(['environs', 'alentours', 'region', 'peripherie', 'banlieue']);

/**
 * Nouns of a place or a moment that `de` ties to the capitalised word after them (`le quartier de X`, `la zone de X`,
 * `au moment de X`, `la fête de X`): what follows is a place's, a feast's or a season's name, not a body's. Folded.
 */
export const PLACE_OR_TIME_NOUNS: ReadonlySet<string> = new Set([
  'quartier', 'secteur', 'zone', 'rue', 'avenue', 'boulevard', 'chemin', 'place', 'allee', 'impasse', 'route', 'cours', 'quai',
  'ville', 'commune', 'village', 'hameau', 'bourg', 'cite', 'parc', 'site', 'vallee', 'canton', 'pays', 'region', 'departement',
  'territoire', 'bassin', 'agglomeration', 'metropole', 'ile', 'foret', 'lac', 'plateau', 'massif', 'cote', 'gare',
  'moment', 'fete', 'fetes', 'lors', 'pres', 'autour', 'veille', 'lendemain', 'occasion', 'saison', 'periode', 'semaine', 'mois', 'journee',
]);

/**
 * Nouns of the land and of a town's parts (`le bassin de X`, `le quartier de la X`, `la salle des fêtes de X`,
 * `les bassins versants de l'X`): a capitalised word `de` ties to one is a place's name, no body's.
 * Folded, singular. Time words and bodies' heads are not here (`autour de X`, `la Maison de X`).
 */
export const LAND_NOUNS: ReadonlySet<string> = new Set([
  'quartier', 'secteur', 'zone', 'village', 'hameau', 'bourg', 'lieu-dit', 'ville', 'commune', 'canton', 'vallee', 'bassin', 'versant',
  'ile', 'foret', 'lac', 'etang', 'riviere', 'fleuve', 'plateau', 'massif', 'plaine', 'colline', 'fete',
]);

/** Street words that, in lower case right before a capitalised name, make it a street's (`rue⏎Louis Pasteur`). */
export const STREET_BEFORE_NAME: readonly string[] = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'allée', 'allee', 'impasse', 'quai', 'chemin', 'route', 'square', 'faubourg', 'esplanade',
  'ruelle', 'rond-point',
];
