/**
 * French banks, funders and national operators that ESS documents cite by a name with no type
 * word (`Crédit Mutuel de Bretagne`, `Caisse d'Épargne`). General knowledge, not any document's
 * answers; a regional branch may follow (`Crédit Agricole Alpes Provence`).
 */
export const WELL_KNOWN_ORGANISATIONS: readonly string[] = [
  'Crédit Agricole', 'Crédit Mutuel', 'Crédit Coopératif', 'Crédit Municipal', "Caisse d'Épargne", "Caisse d'Epargne",
  'Banque Populaire', 'Banque Postale', 'La Banque Postale', 'Banque des Territoires', 'Caisse des Dépôts', 'La Nef',
  'France Active', 'Initiative France', 'Réseau Entreprendre', 'Fondation de France', 'France Travail', 'Pôle emploi',
  'Emmaüs', 'Secours populaire', 'Secours Populaire', 'Secours catholique', 'Secours Catholique', 'Croix-Rouge',
  'Restos du Cœur', 'Restos du coeur', 'Habitat et Humanisme', 'Les Petits Frères des Pauvres', 'Biocoop',
  'Enercoop', 'Bpifrance', 'La Poste', 'Action Logement',
];

/** Legal forms written after a company's name (`Kerbio SCOP`, `Martin Bâtiment SARL`). */
export const LEGAL_FORMS_AFTER: readonly string[] = ['SCOP', 'SCIC', 'SAS', 'SASU', 'SARL', 'EURL', 'SCEA', 'GAEC', 'EARL', 'SEM', 'SPL'];

/** What follows `X & …` in a firm's name (`Labat & Fils`, `Garnier et Associés`). */
export const FIRM_PARTNERS: readonly string[] = ['Fils', 'Filles', 'Cie', 'Compagnie', 'Associés', 'Associées', 'Frères', 'Sœurs', 'Partenaires'];

/** Words after a territory that make it a local authority (`Morlaix Communauté`, `Vannes Agglo`). */
export const TERRITORY_BODY_WORDS: readonly string[] = ['Communauté', 'Agglo', 'Agglopôle', 'Agglomération', 'Métropole'];
