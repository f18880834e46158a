/**
 * A span of time as a number of years, months, weeks or days (`depuis deux ans`, `trois mois plus
 * tard`): such a number places an event in time or frames a plan; it counts nothing a structure
 * did or has (fr.figure.filter.time-span). A span that measures something (`des contrats de
 * 24 mois`, `la mission dure 6 mois`) has none of these words around it and stays a figure.
 */

/** The singular time-span nouns (`ans` is read `an`, `années` `année`). `heure` is left out: hours are worked and counted. */
export const TIME_SPAN_NOUNS: ReadonlySet<string> = new Set(['an', 'année', 'mois', 'semaine', 'jour']);

/**
 * Words right before the number that place the span in time: time elapsed (`depuis`, `il y a`,
 * `voilà`, `ça fait`, `au bout de`), a horizon (`un taux de survie à 3 ans`, `dans`, `d'ici`), the
 * last few (`ces deux dernières années`), an age about to be reached (`bientôt 30 ans`) or reached
 * (`âgés de deux mois`), and the period an amount is spread over or a support lasts (`1 M€ sur
 * trois ans`, `pour deux ans`, `pendant six mois`): the amount is the figure, its period is not.
 * Lower case, `'` for any apostrophe.
 */
export const TIME_SPAN_BEFORE: readonly string[] = [
  'depuis', 'il y a', 'voilà', 'voila', 'cela fait', 'ça fait', 'ca fait', 'au bout de', 'à', 'dans', "d'ici", 'ces', 'bientôt',
  // OCR keeps no accent but `é` (`bientot`, `plus tot`: spellings French does not write otherwise).
  'bientot',
  'sur', 'pour', 'pendant', 'âgé de', 'âgée de', 'âgés de', 'âgées de',
  // A frequency (`tous les 15 jours`, `toutes les deux semaines`): how often something recurs, no amount of time.
  'tous les', 'toutes les',
  // OCR drops the accent of `à` and the circumflex of `âgé` (`un taux a 3 ans`, `agés de deux mois`).
  'a', 'agé de', 'agée de', 'agés de', 'agées de',
];

/** Words that may stand between those and the number (`depuis près de trente ans`, `il y a plus de 20 ans`). */
export const TIME_SPAN_QUALIFIERS: readonly string[] = [
  'près de', 'plus de', 'moins de', 'environ', 'presque', 'seulement', 'déjà', 'maintenant', 'à peine', 'au moins', "d'au moins",
];

/** Words right after the noun that date an event from another (`dix ans plus tard`, `deux ans plus tôt`, `trois mois après`). */
export const TIME_SPAN_AFTER: readonly string[] = ['plus tard', 'plus tôt', 'auparavant', 'après', 'avant', 'déjà', 'plus tot'];

/**
 * People whose age a number of years gives (`des apprentis de 17 à 25 ans`, `les habitants de plus de
 * 60 ans`, `ouvert aux enfants dès 6 ans`): singular, lower case; read in the singular and plural
 * (fr.figure.filter.age).
 */
export const AGE_HOLDERS: readonly string[] = [
  'jeune', 'enfant', 'adolescent', 'adolescente', 'ado', 'adulte', 'senior', 'personne', 'habitant', 'habitante', 'mineur', 'mineure',
  'majeur', 'élève', 'étudiant', 'étudiante', 'public', 'femme', 'homme', 'fille', 'garçon', 'retraité', 'retraitée', 'bénéficiaire',
  'demandeur', 'demandeuse', 'salarié', 'salariée', 'adhérent', 'adhérente', 'participant', 'participante', 'stagiaire', 'apprenti',
  'apprentie', 'candidat', 'candidate', 'lycéen', 'lycéenne', 'collégien', 'collégienne', 'bébé', 'aîné', 'aînée',
  // The same once OCR or a hasty typist dropped the accents.
  'eleve', 'etudiant', 'etudiante', 'lyceen', 'lyceenne', 'collegien', 'collegienne', 'bebe', 'aine', 'ainee',
];

/** The words between the people and the number that make it an age (`de moins de`, `à partir de`, `âgés de`). */
export const AGE_BRACKETS: readonly string[] = [
  'de', 'de moins de', 'de plus de', 'à partir de', 'a partir de', 'dès', 'entre', 'âgés de', 'âgées de', 'agés de', 'agées de',
  // Without accents (`des 6 ans` is OCR's `dès 6 ans`: after the people, `des` opens no other number of years).
  'des', 'ages de', 'agees de',
];

/**
 * The participle `âgé` in every gender and number, with and without the circumflex OCR drops: whoever comes
 * before it, the years after it are an age (`tous âgés de 17 à 24 ans`, `trois sur dix âgées de 18 à 30 ans`;
 * fr.figure.filter.age).
 */
export const AGED_WORDS: readonly string[] = ['âgé', 'âgée', 'âgés', 'âgées', 'agé', 'agée', 'agés', 'agées', 'age', 'agee', 'ages', 'agees'];

/** The words between `âgés` and the years (`âgés de`, `âgées de plus de`, `âgés entre`, `âgé d'au moins`). */
export const AGED_BRACKETS: readonly string[] = ['de', 'de plus de', 'de moins de', 'de près de', 'entre', "d'au moins", "d'environ"];

/**
 * Words right after `N ans` that make it a length of experience, not an age (`des adhérents de 20 ans d'expérience`,
 * fr.figure.filter.age).
 */
export const SENIORITY_AFTER: readonly string[] = ["d'expérience", "d'experience", "d'ancienneté", "d'anciennete", 'de métier', 'de carrière', 'de pratique'];

/**
 * Nouns that write the years of an anniversary (`souffler ses 30 bougies`, `l'épicerie fête ses trois
 * bougies`): the candles of a birthday cake stand for years, they count nothing (fr.figure.filter.anniversary).
 */
export const ANNIVERSARY_NOUNS: ReadonlySet<string> = new Set(['bougie']);

/**
 * The determiners before an anniversary's candles (`souffler ses 30 bougies`, `fêter les 25 bougies de…`): the candles
 * are someone's years. With none (`a coulé 60 bougies`, `80 bougies vendues`) they are a workshop's products, a count
 * (fr.figure.filter.anniversary).
 */
export const ANNIVERSARY_DETERMINERS: readonly string[] = ['ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'les'];

/**
 * The words and marks that join the two ends of a range of years (`de 16 à 25 ans`, `entre 30 et 50 ans`, `deux ou
 * trois ans`, `les 12-17 ans`, `25/30 ans`, `trois, quatre ans`), `a` for OCR's `à`: a range of years is an age
 * bracket or a rough length, no indicator (fr.figure.filter.year-range).
 */
export const YEAR_RANGE_WORDS: readonly string[] = ['à', 'a', 'et', 'ou'];
export const YEAR_RANGE_MARKS: readonly string[] = ['-', '–', '/', ','];
