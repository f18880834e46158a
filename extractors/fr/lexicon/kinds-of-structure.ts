/**
 * Kinds of structure written out in full: legal forms (`Société coopérative d'intérêt collectif`)
 * and kinds of place or facility (`maison relais`, `tiers-lieu`, `FabLab`). Written in title case
 * they still name a kind, not a body (organisation/kind-only.ts). Lower case, accents as written;
 * the rule folds them and reads a plural as its singular. A legal form may also be cut (`Coopérative
 * d'Intérêt Collectif`); a kind whose words are bodies' names when cut (`Le Repair`, `L'Atelier`,
 * `Espaces`) is left out or matched only whole.
 */
export const LEGAL_FORMS: readonly string[] = [
  "société coopérative d'intérêt collectif", 'société coopérative et participative', 'société coopérative ouvrière de production',
  'société coopérative de production', "coopérative d'activités et d'emploi", "coopérative d'activité et d'emploi",
  'société par actions simplifiée', 'société à responsabilité limitée', "groupement d'intérêt économique",
  "groupement d'intérêt public", "groupement d'employeurs", "entreprise solidaire d'utilité sociale",
  "établissement et service d'aide par le travail", "entreprise de travail temporaire d'insertion",
];

/** Kinds of place or facility, matched only whole (`Espaces`, a body's name, is a word of `espace de coworking`). */
export const KINDS_OF_PLACE: readonly string[] = [
  'maison relais', 'pension de famille', 'lits halte soins santé', 'tiers-lieu', 'fablab', 'hackerspace', 'repair café', "repair'café",
  'espace de coworking',
];
