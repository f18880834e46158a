/**
 * Role and function nouns seen next to names (`chargé de développement`, `Président`). Used to
 * refuse them as surnames and to raise confidence when a name sits next to one.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'président', 'présidente', 'vice-président', 'vice-présidente', 'co-président', 'co-présidente',
  'directeur', 'directrice', 'chargé', 'chargée', 'chargés', 'chargées', 'responsable', 'coordinateur',
  'coordinatrice', 'animateur', 'animatrice', 'animateurs', 'trésorier', 'trésorière', 'secrétaire',
  'adjoint', 'adjointe', 'maire', 'conseiller', 'conseillère', 'conseillers', 'député', 'députée',
  'sénateur', 'sénatrice', 'ministre', 'préfet', 'préfète', 'délégué', 'déléguée', 'représentant',
  'représentante', 'administrateur', 'administratrice', 'fondateur', 'fondatrice', 'gérant', 'gérante',
  'mandataire', 'élu', 'élue', 'élus', 'chef', 'cheffe', 'assistant', 'assistante', 'stagiaire',
  'référent', 'référente', 'pilote', 'pilotes', 'co-pilotes', 'copilote', 'contact', 'contacts',
  'membre', 'membres', 'bénévole', 'salarié', 'salariée', 'facilitateur', 'facilitatrice', 'chargé·e',
]);
