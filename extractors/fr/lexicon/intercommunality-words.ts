/**
 * Words around an intercommunality's official name (`lexicon/intercommunalities.ts`), for
 * `parsers/organisation-intercommunality.ts`.
 */

/** Body words inside a core name (folded): with one, the name alone names the body (`Mauges Communauté`, `Vitré Communauté`). */
export const INTERCOMMUNALITY_BODY_WORDS: ReadonlySet<string> = new Set([
  'agglo', 'agglomeration', 'agglopole', 'communaute', 'commune', 'communes', 'metropole', 'eurometropole', 'intercommunale', 'intercom',
]);

/** The type written before a core name (`Communauté de communes`, `l'agglomération`), any case. */
export const INTERCOMMUNALITY_KINDS: readonly string[] = [
  'communauté de communes', "communauté d'agglomération", 'communauté urbaine', 'communauté', 'métropole', 'agglomération', 'agglo',
  'établissement public territorial',
];

/** The type's abbreviation, in capitals only (`CC du Val de…`, `CA Grand X`). */
export const INTERCOMMUNALITY_KIND_ABBREVIATIONS: readonly string[] = ['CC', 'CA', 'CU', 'EPT'];

/** Links between the type and the name (`du`, `de la`, `d'`). */
export const INTERCOMMUNALITY_LINKS: readonly string[] = ['de la', "de l'", 'du', 'des', 'de', "d'"];

/** Small words of a name that may be in lower case (`Portes du Berry entre Loire et Val d’Aubois`). */
export const INTERCOMMUNALITY_SMALL_WORDS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'en', 'et', 'sur', 'sous', 'a', 'au', 'aux', 'entre', 'lez', 'les',
]);

/**
 * First words of a name that make it alone as much a territory's as a body's (`Grand Dole` names the
 * body; `Pays de Bray` a natural region, as often as the body named after it).
 */
export const INTERCOMMUNALITY_BODY_HEADS: ReadonlySet<string> = new Set(['grand', 'grande']);
export const INTERCOMMUNALITY_TERRITORY_HEADS: ReadonlySet<string> = new Set(['pays']);
