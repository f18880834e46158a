/** Words that cannot be the counted noun after a number (articles, prepositions, pronouns…). */
export const NON_UNIT_WORDS: ReadonlySet<string> = new Set(
  `le la les l un une des du de d au aux et ou en à a dans sur par pour avec sans chez ce cet cette ces
  qui que dont est sont ont été fut se sa son ses leur leurs nos vos notre votre il elle ils elles on nous
  vous je tu y ne pas plus moins très bien entre vers selon depuis pendant après avant lors contre parmi sous dès durant malgré sauf hormis outre via
  c qu s n j m t h min er ère e ème nd nde bis ter rue avenue boulevard bd place allée impasse quai chemin route
  cedex bp cs janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
  décembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche fois-ci mais donc or ni car si
  dernier derniers dernière dernières prochain prochaine suivant suivante ci là
  puis ensuite alors environ seulement également aussi encore déjà toujours jamais chacun chacune`.split(/\s+/).filter((w) => w.length > 0),
);

/** Prepositions after which a bare number repeats the unit of the figure before it (`5 dans les HDF`). */
export const ELLIPSIS_WORDS: ReadonlySet<string> = new Set(['dans', 'en', 'sur', 'pour', 'à', 'au', 'aux', 'chez', 'parmi', 'côté', 'hors']);

/**
 * Prepositions after which a capitalised common word is as often a place, an event or a scheme
 * as a body (`à Lunel`, `entre Sète et…`, `du Fonds régional`): organisation/capital-mid-sentence.ts
 * reads no name's capital after them (organisation/after-preposition.ts weighs those names).
 */
export const PREPOSITIONS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'à', 'a', 'au', 'aux', 'de', 'du', 'des', 'd', 'en', 'entre', 'sur', 'sous', 'par', 'pour', 'dans', 'avec', 'vers', 'chez', 'depuis', 'contre', 'parmi', 'selon', 'et', 'ou',
]);

/**
 * Prepositions after which French writes an article before a noun or an acronym that opens on a vowel
 * (`de l'ADEME`, `par l'Adie`, never `par Adie` for the body): a word after one that opens on `U` and
 * then a capital vowel is that article misread by OCR (ocr-repairs.ts, `u-before-acronym`,
 * `elision-before-capital`). `et`, `ou` and `en` are left out: lists and `en Europe` take bare words.
 */
export const PREPOSITIONS_BEFORE_ARTICLE: ReadonlySet<string> = new Set([
  'à', 'a', 'de', 'par', 'pour', 'sur', 'avec', 'dans', 'chez', 'entre', 'selon', 'vers', 'contre', 'sans', 'via', 'auprès', 'envers', 'malgré',
]);

/** Plural determiners: a capitalised common word after them names a class of bodies (`les Départements`), not one. */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['les', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'quelques', 'certains', 'certaines', 'divers', 'diverses']);

/**
 * Singular articles (`le`, `la`, `un`…): a capitalised word after one is as often a role or an
 * organ written with a capital (`la Trésorière`, `le Conseil`) as a name
 * (organisation/capital-mid-sentence.ts reads no name's capital after them).
 */
export const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l', 'un', 'une']);

/** Articles and partitives that may open a run of words (`la Maison`, `des Ateliers`, `d'Insertion`): organisation/kind-only.ts reads past them. */
export const OPENING_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', "d'", 'du', 'de']);

/**
 * Determiners of one structure before its type word (`le`, `cette`, `notre`; `du` and `au` too:
 * `les salariés du collectif X`): organisation/kind-then-name.ts.
 */
export const STRUCTURE_DETERMINERS: readonly string[] = ['le', 'la', "l'", 'l’', 'un', 'une', 'ce', 'cet', 'cette', 'notre', 'son', 'sa', 'leur', 'du', 'au'];

/** Articles that end a done-by or partnership cue (`porté par la`, `avec l'`): a common noun may follow (organisation/bare-capital.ts). */
export const CUE_END_ARTICLES: readonly string[] = ['le', 'la', 'les', "l'", 'l’'];

/**
 * Words after a capitalised word that join it to more (`Girouette et Compagnie`, `Terres du Val`,
 * `la Ruche de la…`): the word only opens a longer name (organisation/bare-capital.ts).
 */
export const NAME_JOINERS: readonly string[] = ['et', 'de', 'du', 'des', 'la', 'le', 'les'];

/**
 * What opens the object or the rest of an infinitive's clause right after it (`de trier les dons`,
 * `de développer des ateliers`, `de mettre en place`, `d'embaucher deux salariés`): organisation/decision-guards.ts.
 */
export const INFINITIVE_OBJECT_OPENERS: readonly string[] = [
  'les', 'la', 'le', "l'", 'l’', 'un', 'une', 'leur', 'leurs', 'ses', 'son', 'sa', 'des', 'du', 'de', "d'", 'd’', 'en', 'au', 'aux',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs', 'nos', 'vos', 'notre', 'votre', 'ces', 'ce', 'cette',
];

/**
 * Lower-case nouns that end like an infinitive (`-er`, `-ir`, `-re`) and often follow `de` inside a
 * name (`Maison X de quartier`, `Chantier X de cuir`): never read as a verb opening a complement.
 */
export const INFINITIVE_LOOKALIKE_NOUNS: ReadonlySet<string> = new Set([
  'quartier', 'quartiers', 'atelier', 'chantier', 'métier', 'foyer', 'centre', 'théâtre', 'loisir', 'avenir', 'cuir', 'terre', 'pierre',
  'rivière', 'lumière', 'hiver', 'mer', 'fer', 'cahier', 'papier', 'verger', 'potager', 'grenier', 'sentier', 'partenaire',
  'territoire', 'premier', 'première', 'ordre', 'livre', 'cidre', 'cadre', 'lettre', 'rencontre',
]);

/**
 * Capitalised nouns spelled like an infinitive in `-er`/`-ir` that end a name (`Groupe Avenir`, `Maison
 * du Loisir`): a name ending on one has not run into a heading's verb (decision-guards.ts, `next-sentence-cut`;
 * nouns in `-ier` are told apart by their ending there). Folded; overlaps `INFINITIVE_LOOKALIKE_NOUNS`, which
 * serves the lower-case complement guard.
 */
export const NAME_END_INFINITIVE_LOOKALIKES: ReadonlySet<string> = new Set([
  'avenir', 'plaisir', 'loisir', 'desir', 'souvenir', 'elixir', 'hiver', 'cancer', 'super', 'manager', 'leader', 'enfer',
]);

/**
 * Infinitives in `-re` that web pages put before their object as a call to action or a heading
 * (`Lire le rapport`, `Rejoindre le réseau`, `Écrire à l'équipe`), and that few names hold. Listed,
 * because most capitalised `-re` words are nouns that end names (`Centre`, `Terre`, `Contre`), and
 * verbs that open names (`Vivre`, `Construire`, `Entreprendre`) are left out. Folded
 * (decision-guards.ts, `next-sentence-cut`).
 */
export const OPENING_INFINITIVES_IN_RE: ReadonlySet<string> = new Set([
  'ecrire', 'lire', 'relire', 'decrire', 'inscrire', 'rejoindre', 'repondre', 'soumettre', 'transmettre',
]);

/** French words of two letters, written in capitals in a heading (`NOS ACTIONS EN 2023`): no acronym. Lower case. */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  'en', 'de', 'le', 'la', 'du', 'au', 'et', 'ou', 'un', 'sa', 'se', 'ce', 'on', 'ne', 'il', 'ni', 'si', 'ma', 'ta', 'te', 'me', 'tu', 'va', 'vu', 'lu', 'eu', 'ça', 'là', 'où', 'à',
]);

/**
 * Articles, determiners and subject pronouns: with a capital at a line's start they open a new
 * phrase rather than go on with a name wrapped from the line before (organisation/name-candidates.ts `wrappedName`).
 */
export const LINE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs',
  'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous',
]);

/**
 * Prepositions of where before an article (`sur le X`, `dans la X`, `autour du X`, `à travers les X`): a capitalised word
 * after them is an area's (organisation/article-coined.ts).
 */
export const WHERE_PREPOSITIONS: readonly string[] = ['sur', 'dans', 'vers', 'près', 'pres', 'autour', 'travers'];

/** `de` and its contractions (`du`, `des`): an area's head links its place so (`Val de Loire`: parsers/organisation-territory-body.ts). */
export const OF_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des']);

/**
 * Prepositions, conjunctions and articles: after a noun each opens another phrase (`la résidence de la Fondation X`,
 * `la résidence pour les Anciens`), never a lower-case word describing it (organisation/building-place.ts).
 */
export const NEXT_PHRASE_WORDS: readonly string[] = [
  'de', 'du', 'des', 'la', 'le', 'les', 'à', 'au', 'aux', 'et', 'ou', 'pour', 'par', 'avec', 'chez', 'sur', 'en', 'dans', 'un', 'une',
];

/**
 * The lower-case words an acronym's expansion holds between its capitalised ones (`Union des Ateliers pour l'Emploi`):
 * organisation/expansion-part.ts reads the expansion back through them.
 */
export const EXPANSION_CONNECTORS: readonly string[] = ['de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'à', 'en', "d'", 'd’', "l'", 'l’'];

/**
 * A definite article governed by a preposition (`des`, `aux`, `sur les`): before a small number in words
 * it points at a set the text names around it (`la fusion des deux caves`), no count
 * (fr.figure.filter.anaphoric). `les` alone, a subject or an object, is not listed, nor `aux`, which
 * mostly announces a list (`répondre aux cinq fonctions suivantes : …`, counted by the indicator tables).
 */
export const GOVERNED_ARTICLES: readonly string[] = [
  'des', 'sur les', 'dans les', 'entre les', 'pour les', 'avec les', 'par les', 'parmi les', 'chez les', 'vers les',
];
