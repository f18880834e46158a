/**
 * Kinds of local social-economy facility that a town's people call by the kind and the town alone (`la recyclerie de
 * Lunel`, `la régie de territoire de Vilaret`, `les centres sociaux de Lunel`): written so, in lower case, with `de` and a
 * town, they name one body, the town's facility of that kind (`fr.organisation.town-facility`). Unlike `l'agence de Pau`
 * (a branch of a body named elsewhere) or `la ville de Lunel` (the place), nothing else on the page names it.
 * General knowledge of how such facilities are named, singular and plural forms, lower case.
 */
export const TOWN_FACILITY_KINDS: readonly string[] = [
  'recyclerie', 'recycleries', 'ressourcerie', 'ressourceries',
  'régie de quartier', 'régies de quartier', 'régie de territoire', 'régies de territoire',
  'épicerie sociale', 'épiceries sociales', 'épicerie solidaire', 'épiceries solidaires',
  'garage solidaire', 'garages solidaires',
  'centre social', 'centres sociaux', 'centre socioculturel', 'centres socioculturels', 'centre socio-culturel', 'centres socio-culturels',
  'centre de santé', 'centres de santé', 'maison de santé', 'maisons de santé',
  'cave coopérative', 'caves coopératives', 'coop',
  'banque alimentaire', 'mission locale', "maison de l'emploi", 'maison de l’emploi',
];
