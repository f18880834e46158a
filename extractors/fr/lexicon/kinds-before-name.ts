/**
 * Kinds of structure that the type-word rules do not know (lexicon/organisation-types.ts), for the
 * proposer family "a kind, then the name" (organisation/kind-then-name.ts): `l'organisme de
 * formation Savoria`, `le traiteur solidaire Pain Malin`, `la start-up Vélorizon`. The kind is a
 * cue and is not part of the name. Lower case, singular. Media (`le magazine X`) and funds
 * (`le fonds X`, often a programme) are left out.
 */
export const KINDS_BEFORE_NAME: readonly string[] = [
  'organisme', 'organisme de formation', 'start-up', 'startup', 'jeune pousse', 'groupe', 'éditeur', 'éditrice', 'traiteur',
  'opérateur', 'bailleur', 'bailleur social', 'centre social', 'centre socioculturel', 'prestataire', 'assureur', 'acteur',
  'légumerie', 'restaurant', 'conserverie', 'friperie', 'auto-école', 'crèche', 'boulangerie', 'menuiserie', 'imprimerie',
  'brasserie', 'laverie', 'blanchisserie', 'couveuse', "couveuse d'entreprises", 'organisation', 'think tank', 'bureau',
  'unité de recherche', 'équipe de recherche', 'centre de recherche', 'centre de formation', 'organisme financeur', 'regroupement',
  'fablab', 'fab lab', 'repair café', 'conciergerie', 'cantine', 'bistrot', 'librairie', 'garage solidaire', 'atelier vélo',
];
