/**
 * The field a body works in, as French ESS documents write it after a lower-case kind (`le pôle
 * de développement de l'ESS`, `un chantier naval de l'Économie sociale`, `son pôle Insertion`):
 * these words say what kind of thing the phrase is about, never which body it is. Folded forms
 * (no accents, lower case); general vocabulary of the domain, not mined from the scored texts.
 */
export const FIELD_WORDS: ReadonlySet<string> = new Set([
  'ess', 'economie', 'economique', 'economiques', 'sociale', 'social', 'sociales', 'sociaux', 'solidaire', 'solidaires',
  'insertion', 'activite', 'activites', 'medico-social', 'medico-sociale', 'medico', 'circulaire', 'collaborative',
  'innovation', 'cooperation', 'entrepreneuriat', 'developpement', 'durable', 'transition', 'ecologique', 'numerique',
  'iae', 'siae', 'esus', 'rse', 'responsable', 'environnementale', 'territoriale', 'territorial', 'utilite',
]);

/**
 * Nouns of the areas a scheme or a funding line covers (`financé par Emploi Formation Insertion`): capitalised
 * side by side they title a field or a budget line, not a body. Folded; general vocabulary.
 */
export const AREA_NOUNS: ReadonlySet<string> = new Set([
  'emploi', 'formation', 'insertion', 'logement', 'sante', 'culture', 'environnement', 'mobilite', 'alimentation', 'education',
  'jeunesse', 'handicap', 'solidarite', 'recherche', 'enseignement', 'sport', 'sports', 'tourisme', 'agriculture', 'energie',
  'climat', 'biodiversite', 'habitat', 'urbanisme', 'transport', 'transports', 'dechets', 'numerique', 'territoires', 'travail',
]);

/**
 * Lower-case kinds that are as often a description (`un pôle de développement`, `le club des
 * collectivités engagées`) as a body's head. Institutions named in lower case (`ministère de
 * l'économie`, `chambre régionale de l'économie sociale`) are not listed: their field is their name.
 */
export const FIELD_DESCRIBED_HEADS: ReadonlySet<string> = new Set([
  'pole', 'poles', 'club', 'reseau', 'chantier', 'plateforme', 'collectif', 'cluster', 'comite', 'espace', 'dispositif',
  'groupement', 'service', 'programme', 'atelier', 'ateliers', 'centre', 'laboratoire', 'labo',
]);
