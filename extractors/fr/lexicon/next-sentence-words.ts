/**
 * Words that open a sentence or a heading and so cannot end a name, written with a capital where a
 * rendered web page joins a heading or a line to the next sentence (`… la Fondation Kerdavo Fondée
 * en 1990, …`, `… du Pays Vert Aujourd'hui, les …`). Each class says what must follow the word for
 * it to open the sentence (decision-guards.ts, `next-sentence-cut`). Folded forms (no accents,
 * lower case); general French, not mined from the scored texts.
 */
import { NUMBER_WORDS } from './number-words.js';

/** Sentence adverbs and time words, before a comma or a lower-case word: `Aujourd'hui, les…`, `Hier se tenait…`. */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  "aujourd'hui", 'hier', 'desormais', 'actuellement', 'recemment', 'auparavant', 'ensuite', 'cependant', 'pourtant',
  'toutefois', 'neanmoins', 'egalement', 'dorenavant', 'autrefois', 'jusqu\'ici', 'concretement', 'initialement', 'historiquement',
  'derniere', 'dernier',
  // Conjunctions and linking adverbs that open a clause before a lower-case word: `Lorsque sonne…`, `Parallèlement au…`.
  'lorsque', 'puisque', 'parallelement', 'simultanement', 'finalement', 'notamment',
]);

/** Quantifiers that open a sentence like a number word: `Plusieurs structures`, `Quelques bénévoles`. */
const OPENING_QUANTIFIERS = ['plusieurs', 'quelques', 'certains', 'certaines', 'nombreux', 'nombreuses'] as const;

/**
 * Number words before the lower-case noun they count: `Quatre catégories`, `Six agents`. The
 * one-word cardinals of NUMBER_WORDS (the figure parsers' list, so a number word added there opens
 * a sentence here too) and the quantifiers.
 */
export const OPENING_NUMBERS: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS).filter((words) => !words.includes(' ')),
  ...OPENING_QUANTIFIERS,
]);

/**
 * Past participles that open a sentence describing a body, before a preposition or a year:
 * `Fondée en 1987, …`, `Située dans une ancienne usine…`, `Basée à …`, `Intégré au réseau…`. Masculine
 * singular, with their accents (a noun of the same letters, `Pilote`, `Base`, is no participle);
 * the endings `-e`, `-s`, `-es` are read too.
 */
export const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  'fondé', 'créé', 'né', 'situé', 'basé', 'installé', 'implanté', 'lancé', 'soutenu', 'constitué', 'labellisé', 'agréé',
  'reconnu', 'composé', 'issu', 'animé', 'piloté', 'financé', 'organisé', 'accompagné', 'hébergé', 'intégré', 'inauguré',
]);

/** Heading nouns before `sur` (`Retour sur la journée…`, `Zoom sur le chantier…`). */
export const HEADING_NOUNS: ReadonlySet<string> = new Set(['retour', 'retours', 'zoom', 'focus', 'regard', 'regards', 'eclairage']);

/** Prepositions of time that open a sentence and no name: `Après Lyon et Dijon, une…`, `Depuis Lunel…`. */
export const OPENING_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['apres', 'avant', 'depuis', 'des', 'lors', 'selon', 'pendant', 'durant']);

/**
 * Nouns that open a line of a meeting's programme, before the lower-case word that qualifies them
 * (`Séance plénière du…`, `Discours d'ouverture`, `Allocution de bienvenue`): a rendered page joins a
 * programme's line to the heading or the body named before it. Folded forms.
 */
export const PROGRAMME_LINE_NOUNS: ReadonlySet<string> = new Set(['seance', 'seances', 'discours', 'allocution', 'allocutions']);

/**
 * Greetings that open an utterance, before a comma, `à` or the name of whom they greet (`Bonjour Léa, …`,
 * `Bonsoir à tous`): an interview's question or a letter joined to the line before by a rendered page.
 */
export const GREETINGS: ReadonlySet<string> = new Set(['bonjour', 'bonsoir']);

/** Presentatives that open a sentence before their object's article (`Voici un résumé…`, `Voilà les lauréats`). */
export const PRESENTATIVES: ReadonlySet<string> = new Set(['voici', 'voila']);

/**
 * Adjectives that praise a body in passing and never close its name (`Une Épicerie Sociale exemplaire`,
 * `la Ferme Kerdavo, remarquable`), in lower case after its capitalised words.
 */
export const PRAISING_ADJECTIVES: readonly string[] = [
  'exemplaire', 'exemplaires', 'remarquable', 'remarquables', 'emblématique', 'emblématiques', 'incontournable', 'incontournables',
];

/** Adverbs that open a qualifier of a body before a participle or an adjective (`la Maison Kerdavo bien implantée`). */
export const QUALIFYING_ADVERBS: readonly string[] = [
  'bien', 'très', 'déjà', 'désormais', 'récemment', 'nouvellement', 'fraîchement', 'solidement', 'durablement',
];

/** Subject pronouns: written with a capital after a name, the next sentence has begun (`… Agglomération Nous avons…`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);
