/**
 * Words that introduce a list of organisations (`nos membres : A, B et C`, a heading
 * `Partenaires` over a bullet list). Lower case, singular and plural; matched as whole words.
 */
export const ORGANISATION_LIST_CUES: readonly string[] = [
  'membre', 'membres', 'adhérent', 'adhérents', 'partenaire', 'partenaires', 'lauréat', 'lauréats', 'financeur',
  'financeurs', 'structure', 'structures', 'pôle', 'pôles', 'ptce', 'soutien', 'soutiens', 'fondateur', 'fondateurs',
  'entreprise', 'entreprises', 'association', 'associations', 'acteur', 'acteurs', 'réseau', 'réseaux',
  'co-organisateur', 'co-organisateurs', 'coorganisateur', 'coorganisateurs', 'collectif', 'collectifs',
];

/**
 * The cues above that name bodies only, never people (`Partenaires :`, `Nos financeurs :`): a label of these before a
 * pair of capitals and a capitalised word (`ABCD Taekwondo`) opens no people's entry (people-entry.ts). `membres`,
 * `adhérents`, `lauréats`, `soutiens` and `fondateurs` may be people, and are left out.
 */
export const BODY_LIST_LABELS: readonly string[] = [
  'partenaire', 'partenaires', 'financeur', 'financeurs', 'structure', 'structures', 'pôle', 'pôles', 'ptce', 'entreprise',
  'entreprises', 'association', 'associations', 'réseau', 'réseaux', 'collectif', 'collectifs', 'club', 'clubs',
  'co-organisateur', 'co-organisateurs', 'coorganisateur', 'coorganisateurs',
];

/** Lower-case words allowed inside an organisation's name (`Brocante Solidaire du Val`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'en', 'et', 'sur', 'sous', 'à', 'au', 'aux', '&', 'pour', 'lès',
]);

/** Capitalised words that open a sentence or a phrase, never an organisation's name. */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'à', 'en', 'dans', 'pour', 'par', 'avec', 'sur', 'selon', 'chez', 'depuis', 'dès', 'puis', 'ainsi', 'aujourd\'hui',
  'parmi', 'entre', 'vers', 'contact', 'tél', 'tel', 'mail', 'source', 'sources', 'crédit', 'crédits', 'photo', 'dr',
]);

/**
 * A list of names that resolves a small count (`trois fermes : la Ferme Morel, Les Vergers Hauts et…`,
 * fr.figure.filter.enumerated): the articles that may open a name, the links inside a name (`Maison du Vélo`, `Terre
 * de Lune`), not counted among its few lower-case words, and the words that join the last name. Lower case; an
 * elision (`l'`) is written with its apostrophe and read with either.
 */
export const LISTED_NAME_ARTICLES: readonly string[] = ["l'", 'la', 'le', 'les'];
export const LISTED_NAME_LINKS: readonly string[] = ['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'"];
export const LISTED_NAME_LAST_JOINS: readonly string[] = ['et', 'ainsi que'];
