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

/** Lower-case words allowed inside an organisation's name (`Brocante Solidaire du Val`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'en', 'et', 'sur', 'sous', 'à', 'au', 'aux', '&', 'pour', 'lès',
]);

/** Capitalised words that open a sentence or a phrase, never an organisation's name. */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'à', 'en', 'dans', 'pour', 'par', 'avec', 'sur', 'selon', 'chez', 'depuis', 'dès', 'puis', 'ainsi', 'aujourd\'hui',
  'parmi', 'entre', 'vers', 'contact', 'tél', 'tel', 'mail', 'source', 'sources', 'crédit', 'crédits', 'photo', 'dr',
]);
