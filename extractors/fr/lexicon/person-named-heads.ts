/**
 * Words of the proposer family "an institution named after a person" (organisation/
 * person-named.ts): `l'Université Gaston Berthier`, `le lycée Louise Morvan`, `la Fondation Abbé
 * Lorrain`. Venues named so (`la salle Paul Ravel`, `le gymnase…`, `l'espace…`) are places, not
 * bodies, and are left out.
 */

/** Institution words, matched with a capital or in lower case. */
export const PERSON_NAMED_HEADS: readonly string[] = [
  'université', 'lycée', 'lycée professionnel', 'lycée agricole', 'collège', 'école', 'ecole', 'institut', 'fondation',
  'hôpital', 'centre hospitalier', 'conservatoire', 'académie', 'association', 'cité scolaire', 'groupe scolaire',
  // Session 44: libraries named after a writer (`la bibliothèque Jean Kalvet`) are run as services with staff and partners.
  'bibliothèque', 'médiathèque',
];

/** Words that stand for a first name before a surname (`Abbé Lorrain`, `Saint Arnoult`, `Docteur Lemaire`). */
export const PERSON_NAME_TITLES: readonly string[] = [
  'Père', 'Abbé', 'Saint', 'Sainte', 'Docteur', 'Professeur', 'Général', 'Maréchal', 'Président', 'Frère', 'Sœur', 'Mère',
];
