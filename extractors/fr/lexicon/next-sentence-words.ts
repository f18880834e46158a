/**
 * Words that open a sentence or a heading and so cannot end a name, written with a capital where a
 * rendered web page joins a heading or a line to the next sentence (`… la Fondation Kerdavo Fondée
 * en 1990, …`, `… du Pays Vert Aujourd'hui, les …`). Each class says what must follow the word for
 * it to open the sentence (decision-guards.ts, `next-sentence-cut`). Folded forms (no accents,
 * lower case); general French, not mined from the scored texts.
 */

/** Sentence adverbs and time words, before a comma or a lower-case word: `Aujourd'hui, les…`, `Hier se tenait…`. */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  "aujourd'hui", 'hier', 'desormais', 'actuellement', 'recemment', 'auparavant', 'ensuite', 'cependant', 'pourtant',
  'toutefois', 'neanmoins', 'egalement', 'dorenavant', 'autrefois', 'jusqu\'ici', 'concretement', 'initialement', 'historiquement',
  'derniere', 'dernier',
]);

/** Number words before the lower-case noun they count: `Deux catégories`, `Huit agents`. */
export const OPENING_NUMBERS: ReadonlySet<string> = new Set([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'cent', 'mille',
  'plusieurs', 'quelques', 'certains', 'certaines', 'nombreux', 'nombreuses',
]);

/**
 * Past participles that open a sentence describing a body, before a preposition or a year:
 * `Fondée en 1916, …`, `Située dans un triangle…`, `Basée à …`, `Intégré au bouquet…`. Masculine
 * singular, with their accents (a noun of the same letters, `Pilote`, `Base`, is no participle);
 * the endings `-e`, `-s`, `-es` are read too.
 */
export const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  'fondé', 'créé', 'né', 'situé', 'basé', 'installé', 'implanté', 'lancé', 'soutenu', 'constitué', 'labellisé', 'agréé',
  'reconnu', 'composé', 'issu', 'animé', 'piloté', 'financé', 'organisé', 'accompagné', 'hébergé', 'intégré', 'inauguré',
]);

/** Heading nouns before `sur` (`Retour sur le webinaire…`, `Zoom sur la première édition…`). */
export const HEADING_NOUNS: ReadonlySet<string> = new Set(['retour', 'retours', 'zoom', 'focus', 'regard', 'regards', 'eclairage']);

/** Prepositions of time that open a sentence and no name: `Après Lyon et Dijon, une…`, `Depuis Lunel…`. */
export const OPENING_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['apres', 'avant', 'depuis', 'des', 'lors', 'selon', 'pendant', 'durant']);
