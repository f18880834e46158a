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
  // Session 37, from general knowledge of the field: kinds of ESS structure that announce their own name.
  // Reuse and sharing places (`l'outilthèque X`, `la donnerie X`, `la boutique solidaire X`) and territorial bodies of
  // inclusion (`la régie de territoire X`, `l'accorderie X`: a service-exchange network).
  'régie de territoire', 'accorderie', 'boutique', 'donnerie', 'outilthèque', 'matériauthèque', 'ludothèque', 'vélo-école',
  // Social, medico-social and childcare establishments that bear a name of their own.
  "centre d'hébergement", "centre d'accueil de demandeurs d'asile",
  'lieu de vie', 'foyer de vie', "foyer d'accueil médicalisé", 'maison d\'accueil spécialisée', 'habitat inclusif',
  'halte-garderie', 'micro-crèche', 'multi-accueil', 'centre de loisirs', 'auberge de jeunesse', 'cuisine solidaire',
  'cuisine centrale', 'pension de famille', 'maison relais', 'école de musique',
  // Food and craft trades of farms and cooperatives, and shops of producers and members.
  'ferme urbaine', 'microferme', 'micro-ferme', 'magasin de producteurs', 'supermarché coopératif', 'fromagerie', 'cidrerie',
  'savonnerie', 'chocolaterie', 'biscuiterie', 'distillerie', 'malterie', 'brûlerie', 'torréfacteur', 'scierie',
  // Culture and media of associations, and the support structures of young firms.
  'radio associative', 'webradio', 'web radio', 'troupe', 'chorale', 'fanfare', 'scène nationale', 'accélérateur', 'technopole',
  // The same establishments and forms by their acronym, in capitals (`le CHRS Kalvirot`, `la CUMA Kervalo`): alone a kind
  // (lexicon/kinds-of-structure.ts KIND_ACRONYMS), they announce a name written after them.
  'CHRS', 'CADA', 'HUDA', 'FJT', 'MECS', 'ITEP', 'SESSAD', 'Sessad', 'SAMSAH', 'EAJE', 'SMAC', 'CUMA', 'Cuma', 'GAEC',
  'EARL', 'SCEA', 'SCI', 'SPL', 'EBE', 'CAE', 'CJS', 'ETTI',
  // Session 39, from general knowledge: firms by their trade in the chain (`l'industriel Kalvéo`, `le transporteur Trokal`,
  // `l'équipementier X`, `le négociant X`) and musical ensembles (`l'orchestre X`, `l'ensemble vocal X`), beside troupes and choirs.
  'industriel', 'fabricant', 'distributeur', 'transporteur', 'constructeur', 'équipementier', 'fournisseur', 'grossiste',
  'négociant', 'sous-traitant', 'promoteur', 'énergéticien', 'orchestre', 'ensemble vocal',
  // Session 44, from general knowledge: a group of bodies that takes a name (`le consortium Kalvi Tiers-lieux`), an
  // integration workshop (`l'atelier-chantier d'insertion Kalvi Couture`), a guarantee fund of the ESS (`le fonds de
  // garantie Kalvi`: a body, unlike a programme's fund).
  'consortium', 'atelier-chantier', 'atelier chantier', 'fonds de garantie',
];
