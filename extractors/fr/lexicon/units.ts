/**
 * What activity indicators count. `COUNTED_NOUNS` are frequent head nouns (singular); a number
 * in the range of years (`1932 bénéficiaires`) is read as a figure only before one of them.
 * `COMPOUND_UNITS` are multi-word units kept whole in the value (`groupe de travail`).
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'bénéficiaire', 'personne', 'emploi', 'salarié', 'salariée', 'membre', 'structure', 'adhérent', 'heure',
  'euro', 'repas', 'tonne', 'participant', 'participante', 'habitant', 'jeune', 'famille', 'entreprise',
  'association', 'projet', 'action', 'atelier', 'réunion', 'rencontre', 'événement', 'évènement', 'visiteur',
  'bénévole', 'stagiaire', 'apprenti', 'contrat', 'poste', 'ETP', 'logement', 'kilomètre', 'km', 'kg',
  'mètre', 'm²', 'm2', 'hectare', 'ha', 'partenaire', 'acteur', 'commune', 'collectivité', 'dossier',
  'candidature', 'lauréat', 'formation', 'accompagnement', 'journée', 'jour', 'mois', 'an', 'année',
  'exemplaire', 'abonné', 'utilisateur', 'usager', 'client', 'commerce', 'élève', 'étudiant', 'enfant',
  'senior', 'demandeur', 'parcours', 'prestation', 'intervention', 'animation', 'séance', 'session',
  'groupe', 'comité', 'conseil', 'territoire', 'site', 'lieu', 'tiers-lieu', 'PTCE', 'AMI', 'fois', 'pôle',
]);

export const COMPOUND_UNITS: readonly string[] = [
  'groupe de travail', 'réunion de travail', "conseil d'administration", 'comité de pilotage',
  'comité technique', 'comité stratégique', "niveau d'engagement", "demandeur d'emploi",
  "chef d'entreprise", "porteur de projet", "fois par an", 'fois par mois', 'fois par semaine',
  "heure de formation", "emploi aidé", "contrat aidé", 'équivalent temps plein', 'assemblée générale',
];

/**
 * Nouns ending in `-é`/`-ée` that are counted things, not past participles (`3 journées`,
 * `2 comités`). Nouns in `-ité`, `-iété`, `-auté` (`activité`, `société`, `communauté`) are
 * recognised by their suffix (`isNounInE`), so they need not be listed.
 */
export const NOUNS_IN_E: ReadonlySet<string> = new Set([
  'journée', 'année', 'soirée', 'matinée', 'assemblée', 'entrée', 'idée', 'tournée', 'randonnée', 'lycée',
  'musée', 'portée', 'durée', 'vallée', 'comité', 'marché', 'salarié', 'salariée', 'délégué', 'déléguée',
  'député', 'employé', 'employée', 'allié', 'associé', 'associée', 'invité', 'invitée', 'fumée', 'denrée',
  'café', 'degré', 'été', 'clé', 'thé', 'bébé', 'curé', 'pavé', 'fossé', 'traité', 'syndiqué', 'trophée',
  // The attendance of minutes counts the excused as people (`Excusés : 10 excusés`).
  'excusé', 'excusée',
  // The zoological families in `-idé` a hunting plan or a wildlife census counts (`3 cervidés`); other
  // words in `-idé` are participles (`validé`, `décidé`, `aidé`), so the families are listed.
  'cervidé', 'bovidé', 'équidé', 'canidé', 'félidé', 'suidé', 'ovidé', 'caprinidé', 'salmonidé', 'anatidé', 'corvidé', 'mustélidé',
]);

/** Participles in `-ité` that the noun suffix rule of `isNounInE` must not take for nouns. */
export const PARTICIPLES_IN_ITE: ReadonlySet<string> = new Set([
  'visité', 'sollicité', 'limité', 'facilité', 'édité', 'cité', 'hérité', 'habité', 'débité', 'crédité',
  'exploité', 'évité', 'incité', 'récité', 'réédité', 'revisité', 'précipité', 'suscité',
]);

/** Adjectives that may sit between a number and its noun (`deux premières années`). */
export const PRE_NOUN_ADJECTIVES: ReadonlySet<string> = new Set([
  'premier', 'premiers', 'première', 'premières', 'dernier', 'derniers', 'dernière', 'dernières',
  'nouveau', 'nouveaux', 'nouvel', 'nouvelle', 'nouvelles', 'grand', 'grands', 'grande', 'grandes',
  'petit', 'petits', 'petite', 'petites', 'autres', 'principaux', 'principales', 'jeunes', 'gros', 'grosses',
  'différents', 'différentes', 'divers', 'diverses',
  // `les cinq prochaines années` (as `dernières`); `vingt bénévoles, dont dix réguliers`: the noun comes before.
  'prochains', 'prochaines', 'réguliers', 'régulières',
  // OCR drops the grave accent (and `é` now and then): these spellings are no other French word.
  'premiere', 'premieres', 'derniere', 'dernieres', 'differents', 'differentes',
]);

/**
 * Nouns that make one word with an adjective before them that is a counted noun itself (`jeunes`):
 * `12 jeunes pousses` counts start-ups, `300 jeunes filles` girls, the pair is the unit. With any
 * other noun the adjective only qualifies it (`10 jeunes entreprises` counts companies).
 */
export const HEADED_COMPOUNDS: ReadonlySet<string> = new Set(['jeune fille', 'jeune pousse', 'jeune homme']);

/**
 * Nouns of people shaped like a past participle (`élu`, `retraité`, `réfugié`): after an adjective that is a counted
 * noun itself they are what is counted (`8 jeunes élus` counts elected members), not a participle qualifying it
 * (`500 jeunes suivis` counts young people); right after a number they are the noun, no participle standing for an
 * elided one (`26 licenciés`: a club's members; `30 diplômés`, `12 blessés`; fr.figure.filter.participle).
 * Singular, masculine and feminine.
 */
export const PARTICIPLE_SHAPED_PEOPLE: ReadonlySet<string> = new Set([
  'élu', 'élue', 'retraité', 'retraitée', 'réfugié', 'réfugiée', 'détenu', 'détenue', 'employé', 'employée',
  'délégué', 'déléguée', 'associé', 'associée', 'député', 'députée', 'invité', 'invitée', 'apprenti', 'apprentie',
  'licencié', 'licenciée', 'diplômé', 'diplômée', 'blessé', 'blessée', 'sinistré', 'sinistrée', 'naufragé', 'naufragée',
  'rescapé', 'rescapée', 'exilé', 'exilée',
  // A crew's members (`35 embarqués` of a lifeboat), people cared for or insured, people who moved or were moved.
  'embarqué', 'embarquée', 'handicapé', 'handicapée', 'hospitalisé', 'hospitalisée', 'accidenté', 'accidentée',
  'assuré', 'assurée', 'immigré', 'immigrée', 'émigré', 'émigrée', 'évacué', 'évacuée', 'déporté', 'déportée',
  'condamné', 'condamnée', 'préposé', 'préposée',
]);

/** Units written out that the gold and the analysts name by their usual short form. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  'équivalent temps plein': 'ETP',
};

/**
 * Acronym units OCR may glue to the number and to the next word (`12,5ETPcréés`): read as the
 * unit when a lower-case letter follows, so the glued word does not hide the figure.
 */
export const GLUED_UNITS: readonly string[] = ['ETP', 'ETPT'];

/**
 * Past participles not ending in `-é(e)` that stand for an elided noun after a number
 * (`1 900 heures contre 1 500 attendues`, `40 candidatures, 12 retenues`, `parmi les deux choisies`,
 * `8 prix, dont 6 assortis d'une dotation`), singular; and an adjective of state that does the
 * same (`5 présentes sur 20 actives`: the feminine only, `actifs` is also a counted noun).
 * Not those that are also counted nouns (`120 suivis`, `200 couverts`).
 */
export const ELLIPTIC_PARTICIPLES: ReadonlySet<string> = new Set([
  'prévu', 'prévue', 'attendu', 'attendue', 'obtenu', 'obtenue', 'retenu', 'retenue', 'accueilli', 'accueillie',
  'inscrit', 'inscrite', 'atteint', 'atteinte', 'réussi', 'réussie', 'reçu', 'reçue', 'promis', 'promise',
  'choisi', 'choisie', 'réuni', 'réunie', 'soutenu', 'soutenue', 'maintenu', 'maintenue', 'conçu', 'conçue', 'vendu', 'vendue',
  'perdu', 'perdue', 'rendu', 'rendue', 'saisi', 'saisie', 'servi', 'servie', 'recueilli', 'recueillie', 'remis', 'remise',
  'repris', 'reprise', 'construit', 'construite', 'détruit', 'détruite', 'ouvert', 'ouverte', 'offert', 'offerte',
  'parcouru', 'parcourue', 'établi', 'établie', 'investi', 'investie', 'assorti', 'assortie', 'active',
]);

/**
 * Words naming a part of a document (`Partie`, `Chapitre`): a number before one that a number
 * follows (`4 Partie 1`) is a page number in a table of contents or a running header.
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  'partie', 'chapitre', 'section', 'annexe', 'axe', 'volet', 'titre', 'article', 'fiche', 'module', 'séquence', 'étape',
]);

/**
 * Nouns (singular) that number the parts of an idea or of the text itself (`trois objectifs`,
 * `deux exemples`, `les deux termes`, `deux mondes`): what a writer lays out, never what a
 * structure counts as an activity indicator (`fr.figure.filter.discourse-noun`).
 */
export const DISCOURSE_NOUNS: ReadonlySet<string> = new Set([
  'objectif', 'exemple', 'terme', 'monde', 'raison', 'priorité', 'idée', 'pilier', 'dimension', 'aspect',
  'principe', 'défi', 'ambition', 'valeur', 'leçon', 'façon', 'manière', 'facette', 'conviction',
]);

/**
 * Nouns of money a million or a billion counts in euros (`2,5 milliards de crédits`, `3 millions de subventions`): such
 * an amount is a sum, not a number of grants, and `fr.figure.count` gives it the unit `euro`. Loans and aids are left
 * out (`1 million de prêts` may count them). Singular, lower case.
 */
export const MULTIPLIED_MONEY_NOUNS: ReadonlySet<string> = new Set([
  'crédit', 'don', 'subvention', 'financement', 'cofinancement', 'investissement', 'dépense', 'recette', 'fonds', 'budget', 'dotation',
  'mécénat',
]);

/**
 * What a gift of a thing is counted in (`3 millions de dons de sang`, `1 million de dons de vêtements`): after these,
 * millions of `don` count gifts, not euros. Lower case, singular and plural as written after `de`.
 */
export const DONATED_THINGS: readonly string[] = [
  'sang', 'plasma', 'plaquettes', 'moelle', 'organes', 'organe', 'vêtements', 'jouets', 'livres', 'repas', 'denrées', 'produits',
];

/** Multiplier nouns: `3 millions de personnes` counts 3 000 000 people. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { millier: 1e3, million: 1e6, milliard: 1e9 };

/** Unit abbreviations written without a plural mark after a number (`30 min`, `12 hab`, `4 sem`). */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'min', 'sec', 'hab', 'sem', 'jrs', 'env', 'max', 'mln', 'mds', 'mio', 'kwh', 'mwh', 'gwh', 'kwc', 'mwc', 'tep', 'teq', 'lit', 'ans',
]);

/**
 * Verbs (auxiliaries and `être`/`avoir` forms) after a bare number whose subject it is: the
 * number repeats the noun of the figure before it (`300 dossiers reçus et 120 ont abouti`,
 * `40 salariés dont 25 sont en CDI`).
 */
export const ELLIPSIS_VERBS: ReadonlySet<string> = new Set([
  'ont', 'sont', 'avaient', 'étaient', 'auront', 'seront', 'ont-ils', 'sont-ils', 'restent', 'deviennent', 'demeurent',
]);

/**
 * Verbs that count views of a web page or a post (`vu 312 fois`, `lu 1 200 fois`): the number
 * is the page's counter, not an indicator of the structure.
 */
/**
 * What a web page's share and reaction buttons count (`0 Shares`, `12 Partages`, `3 J'aime`): the
 * page's counter, never an indicator. English words are always a widget in a French text; the
 * French ones only outside a sentence (see `fr.figure.filter.social-counter`).
 */
export const SOCIAL_COUNTER_WORDS: { readonly english: ReadonlySet<string>; readonly french: ReadonlySet<string> } = {
  english: new Set(['share', 'shares', 'like', 'likes', 'comment', 'comments', 'view', 'views', 'tweet', 'tweets', 'retweet', 'retweets', 'reply', 'replies', 'reaction', 'reactions']),
  french: new Set(['partage', 'partages', 'commentaire', 'commentaires', "j'aime", 'réaction', 'réactions', 'mention', 'mentions']),
};

/**
 * Words that follow the preposition `à` and never a count (`à tous`, `à travers`): a lone `2`
 * or `3` before one is `à` misread by OCR.
 */
export const AFTER_GRAVE_A: ReadonlySet<string> = new Set(['tous', 'toutes', 'travers', 'eux', 'ceux', 'celles', 'celui', 'celle', 'chacun', 'chacune', 'quelques']);

/** Words that take `à` before a noun (`appel à projets`, `grâce à`, `face à`, `mise à jour`): a lone `2` or `3` after one is `à` misread by OCR. */
export const BEFORE_GRAVE_A: readonly string[] = ['appel', 'appels', 'mise', 'grâce', 'face', 'quant', "jusqu'", 'jusqu', 'merci', 'relatif', 'relative', 'relatifs', 'relatives'];
