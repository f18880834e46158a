/**
 * Labels written before a colon and a person's name, or right after it, in programmes, credits
 * and contact blocks (`Contact : …`, `Intervenante : …`, `Photo : …`): they say what the person
 * does or wrote, never where they come from. Lower case; matched on the first word of a run.
 */
export const ENTRY_LABELS: readonly string[] = [
  'contact', 'contacts', 'intervenant', 'intervenante', 'intervenants', 'intervenantes', 'invité', 'invitée', 'invités',
  'animation', 'animé', 'animée', 'modération', 'modérateur', 'modératrice', 'pilote', 'co-pilote', 'copilote', 'pilotes',
  'témoin', 'témoins', 'témoignage', 'témoignages', 'auteur', 'auteure', 'autrice', 'auteurs', 'rédaction', 'rédacteur',
  'rédactrice', 'photo', 'photos', 'crédit', 'crédits', 'source', 'sources', 'illustration', 'interview', 'entretien',
  'propos', 'conclusion', 'introduction', 'ouverture', 'clôture', 'accueil', 'mot', 'présents', 'présentes', 'absents',
  'absentes', 'excusé', 'excusée', 'excusés', 'excusées', 'représenté', 'représentée', 'représentés', 'pouvoir',
  'secrétariat', 'tél', 'tel', 'mail', 'courriel', 'email', 'e-mail', 'site', 'adresse', 'référent', 'référente',
  'responsable', 'porteur', 'porteuse', 'porteurs', 'lauréat', 'lauréate', 'lauréats', 'par', 'avec', 'de', 'pour',
  'monsieur', 'madame', 'mme', 'm', 'mlle', 'dr', 'pr', 'maître', 'me', 'programme', 'table', 'atelier', 'ateliers',
  'pause', 'déjeuner', 'visite', 'débat', 'questions', 'échanges', 'synthèse', 'suite', 'étaient', 'était', 'ordre',
];

/**
 * Words saying which members of a list a heading or label counts (`Excusés :`, `… PTCE retenus`,
 * `Lauréats`): after a type word alone (`PTCE Excusés`) they label a list, never name a body. Lower case.
 */
export const LIST_STATUS_WORDS: ReadonlySet<string> = new Set([
  'présent', 'présents', 'présentes', 'absent', 'absents', 'absentes', 'excusé', 'excusée', 'excusés', 'excusées',
  'représenté', 'représentée', 'représentés', 'représentées', 'invité', 'invitée', 'invités', 'invitées', 'lauréat', 'lauréate',
  'lauréats', 'lauréates', 'retenu', 'retenue', 'retenus', 'retenues', 'sélectionné', 'sélectionnée', 'sélectionnés', 'sélectionnées',
]);
