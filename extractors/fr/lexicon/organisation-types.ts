/**
 * Words that head an organisation's name (`Pôle Métropolitain de l'Artois`, `réseau Cocagne`).
 * `LEGAL_FORM_HEADS` only announce a name and are dropped from the value
 * (`l'association Les Anges Gardins` → `Les Anges Gardins`); the others are part of the name.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'pôle', 'pôles', 'réseau', 'institut', 'université', 'fédération', 'union', 'comité', 'chambre',
  "communauté d'agglomération", 'communauté de communes', 'communauté urbaine', 'métropole', 'région',
  'conseil régional', 'conseil départemental', 'département', 'mairie', 'ville', 'commune',
  'maison', 'fondation', 'incubateur', 'ligue', 'compagnie', 'garage', 'ferme', 'jardins', 'jardin',
  'agence', 'direction régionale', 'direction départementale', 'ministère', "secrétariat d'État",
  'cellule', 'centre', 'groupement', 'syndicat', 'mutuelle', 'banque', 'caisse', 'office', 'mission locale',
  'école', 'lycée', 'collège', 'iut', 'iae', 'cabinet', 'espace', 'parc', 'pépinière', 'ateliers',
  'atelier', 'écopôle', 'ecopôle', 'plateforme', 'coopérative', 'ptce', 'scic', 'scop', 'sas', 'sarl',
  'sa', 'eurl', 'gie', 'gip', 'epci', 'cress', 'collectif', 'association', 'société', 'entreprise',
  'conseil', 'club', 'observatoire', 'conservatoire', 'académie', 'laboratoire', 'régie', 'foyer',
  'résidence', 'recyclerie', 'ressourcerie', 'épicerie', 'café', 'tiers-lieu', 'fabrique', 'chantier',
  'fonds de dotation', "bureau d'études", "bureau d'étude", 'labo', 'cave coopérative', 'tiers lieu',
];

export const LEGAL_FORM_HEADS: ReadonlySet<string> = new Set(['association', 'société', 'entreprise', 'collectif', 'structure']);

/**
 * National and regional bodies named without a distinctive proper noun. A small gazetteer of
 * public institutions, not of any document's answers.
 */
export const PUBLIC_BODIES: readonly string[] = [
  'Union européenne', 'Commission européenne', 'Gouvernement', 'État', 'Etat', 'Région', 'Conseil régional',
  'Conseil Régional', 'Conseil départemental', 'Conseil Départemental', 'Département', 'Pôle emploi',
  'France Travail', 'France Active', 'Banque des Territoires', 'Caisse des Dépôts', 'Bpifrance',
  'Mission locale', 'Assemblée nationale', 'Sénat', 'Préfecture', 'Cour des comptes',
  // Public agencies often written in mixed case, which the acronym rule does not see.
  'Direccte', 'Dreets', 'Ddets', 'Urssaf', 'Insee', 'Ademe', 'Anct', 'Cerema', 'Bpifrance', 'Afpa',
];

/** French regions and their short forms, which may follow an organisation name or acronym. */
export const REGIONS: readonly string[] = [
  'Hauts-de-France', 'Hauts de France', 'HDF', 'Île-de-France', 'Ile-de-France', 'IDF', 'Grand Est',
  'Normandie', 'Bretagne', 'Pays de la Loire', 'Centre-Val de Loire', 'Bourgogne-Franche-Comté',
  'Nouvelle-Aquitaine', 'Occitanie', 'Auvergne-Rhône-Alpes', 'AURA', "Provence-Alpes-Côte d'Azur", 'PACA',
  'Corse', 'Nord', 'Pas-de-Calais', 'Somme', 'Oise', 'Aisne',
];

/**
 * Upper-case tokens that are not organisations: concepts, legal forms, programmes, document
 * words and roman numerals. `PTCE` alone is the concept; `PTCE Anima` is an organisation.
 */
export const NON_ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  'ESS', 'PTCE', 'PTCES', 'AMI', 'AAP', 'HDF', 'QPV', 'EPCI', 'PME', 'TPE', 'ETI', 'VAE', 'ETP', 'SCIC',
  'SCOP', 'SAS', 'SARL', 'EURL', 'SIAE', 'IAE', 'RSA', 'CDI', 'CDD', 'TVA', 'PDF', 'URL', 'FAQ', 'PIB',
  'RGPD', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'NB', 'PS', 'CV', 'RH',
  'TIC', 'NTIC', 'ODD', 'RSE', 'ZRR', 'DLA', 'SRDEII', 'PAT', 'CRTE', 'GPEC', 'ACTE', 'OK', 'TTC', 'HT',
  'CA', 'SA', 'CEO', 'PDG', 'DG', 'UE', 'ERBM', 'PACTE', 'SAT', 'COVID', 'ESUS', 'ETPT', 'SMIC', 'JO',
  'AG', 'CS', 'COPIL', 'COTECH', 'LOI', 'SAISON', 'PHASE', 'ANNEXE', 'EDITO', 'ÉDITO', 'AGENDA', 'FOCUS',
  'ZOOM', 'MERCI', 'BRAVO', 'INFO', 'INFOS', 'NOTE', 'PHOTO', 'SOURCE', 'TOTAL', 'BILAN', 'LES', 'DES', 'UNE',
  'POUR', 'AVEC', 'SUR', 'DANS', 'QUI', 'QUE', 'NOS', 'VOS', 'ET', 'DE', 'DU', 'LA', 'LE', 'AU', 'AUX', 'EN',
  'PAR', 'HAUTS', 'FRANCE', 'CLIMAT', 'PROJET', 'ACTION', 'ACTIONS', 'CONTACT', 'LETTRE', 'DOSSIER',
]);
