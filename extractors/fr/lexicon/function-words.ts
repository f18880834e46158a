/** Words that cannot be the counted noun after a number (articles, prepositions, pronouns…). */
export const NON_UNIT_WORDS: ReadonlySet<string> = new Set(
  `le la les l un une des du de d au aux et ou en à a dans sur par pour avec sans chez ce cet cette ces
  qui que dont est sont ont été fut se sa son ses leur leurs nos vos notre votre il elle ils elles on nous
  vous je tu y ne pas plus moins très bien entre vers selon depuis pendant après avant lors contre parmi
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

/** Plural determiners: a capitalised common word after them names a class of bodies (`les Départements`), not one. */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['les', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'quelques', 'certains', 'certaines', 'divers', 'diverses']);
