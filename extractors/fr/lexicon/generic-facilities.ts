/**
 * Facilities every town or club has one of, named by what they are for and nothing else (organisation/not-a-body.ts
 * `generic-facility`), written from general knowledge (not read off any page): a proposal that is exactly one of them
 * (`dans la Maison des Associations`, `l'École de Natation du club`, `au Centre de Loisirs`) names a room, a service or
 * a section, no body. A named one is longer (`Centre de Loisirs Les Kalvets`, `Espace Culturel Brenvac`,
 * `Maison Familiale Rurale de Lunel`) and never equals one of these. Left out: generic names that are bodies in their
 * own right (`Office Municipal des Sports`, `Maison des Solidarités`, `Mission Locale`, `Centre Social`), and the kinds
 * of body a town's one is often called by alone (`l'Office de Tourisme` in its own report, `la Maison pour Tous`, a
 * `Centre culturel`, a `Maison de la Culture`: associations or public bodies).
 * Folded (lower case, no accents), one space between words, without a leading article.
 */
export const GENERIC_FACILITIES: readonly string[] = [
  // Municipal buildings and rooms lent to associations.
  'maison des associations', 'maison des sports', 'maison des services', 'maison des services publics',
  'maison de quartier', 'salle des fetes', 'salle polyvalente', 'salle des sports', 'espace culturel', 'espace jeunes',
  'point jeunes', 'espace membre', 'espace membres', 'espace adherents',
  // Services and sections named by their activity.
  'centre de loisirs', 'centre aere', 'accueil de loisirs',
  'ecole de natation', 'ecole de musique', 'ecole de danse', 'ecole de rugby', 'ecole de football', 'ecole de foot',
  'ecole de tennis', 'ecole de voile', 'ecole de cirque', 'ecole de judo',
  // A kind cut before the word that makes it one body (`Maison Familiale` of `Maison Familiale Rurale de …`).
  'maison familiale',
];
