/**
 * Gazetteer, part 3: the institutions of the French State and of Europe, and the national schools
 * and research bodies, that any French document may cite by name with no type word the name rules
 * know (`débattu à l'Assemblée nationale`, `professeure à l'École polytechnique`, `selon la
 * Commission européenne`). Written from general knowledge of French institutions, never from the
 * texts being scored. How an entry matches: see `ess-networks.ts`; a town after a school's name is
 * read as its branch (`Sciences Po Lille`, `Institut d'études politiques de Rennes`).
 */
import type { GazetteerCategory } from './ess-networks.js';

export const NATIONAL_INSTITUTION_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'state-institutions',
    why: 'The constitutional bodies, courts and central directions of the State: every report on public policy names them, and their head words (`Assemblée`, `Cour`, `Direction`) are no type word alone.',
    names: [
      'Assemblée nationale', 'Sénat', 'Conseil constitutionnel', "Conseil d'État", 'Cour des comptes', 'Cour de cassation',
      'Chambre régionale des comptes', 'Chambres régionales des comptes', 'Défenseur des droits',
      'Conseil économique, social et environnemental', 'Conseil économique social et environnemental',
      'Inspection générale des affaires sociales', 'Inspection générale des finances',
      'Direction générale de la cohésion sociale', "Direction générale de l'action sociale", 'Direction générale du travail',
      'Direction générale des entreprises', 'Direction générale des finances publiques', 'Direction générale de la santé',
      "Direction générale de l'offre de soins", "Direction générale des collectivités locales",
      "Délégation générale à l'emploi et à la formation professionnelle",
    ],
  },
  {
    id: 'european-international',
    why: 'European and international institutions that fund, regulate or report on the fields a French document covers (European funds, climate, work).',
    names: [
      'Commission européenne', 'Parlement européen', 'Conseil européen', "Conseil de l'Union européenne", "Conseil de l'Europe",
      "Cour de justice de l'Union européenne", 'Comité économique et social européen', 'Comité européen des régions',
      'Nations unies', 'Organisation des Nations unies', 'Organisation internationale du travail', 'Banque mondiale',
      'Fonds monétaire international', 'Organisation mondiale de la santé',
      "Groupe d'experts intergouvernemental sur l'évolution du climat",
    ],
  },
  {
    id: 'schools-research',
    why: 'National schools, grandes écoles and research bodies: their names (an adjective, a brand) carry no type word the rules read, and a town after them names a campus.',
    names: [
      'École polytechnique', 'Sciences Po', 'Institut d\'études politiques', 'Institut d\'administration des entreprises',
      'Mines ParisTech', 'Mines Paris', 'École des mines', 'École normale supérieure', 'École nationale d\'administration',
      'Institut national du service public', 'École des hautes études en sciences sociales', 'Collège de France',
      'Centre national de la recherche scientifique', 'Institut national de la recherche agronomique', 'AgroParisTech',
      'CentraleSupélec', 'École centrale', 'HEC Paris', 'Conservatoire national supérieur de musique',
    ],
  },
  {
    id: 'agencies-operators',
    why: 'National agencies, authorities and public operators beyond the ESS funders: regulators, health and food-safety agencies, the water agencies, statistics services, migration and mobility offices; a report cites them by name alone.',
    names: [
      'Agence de services et de paiement', 'Anses', 'Haute Autorité de santé', 'Autorité de la concurrence', 'Arcep', 'Arcom',
      "Commission nationale de l'informatique et des libertés", 'Autorité de sûreté nucléaire', 'Agence nationale des titres sécurisés',
      "Agence nationale de la sécurité des systèmes d'information", 'Agence nationale pour les chèques-vacances', 'Agence France Locale',
      'Agence France-Presse', 'Établissement français du sang', 'Agence de la biomédecine', "Office français de l'immigration et de l'intégration",
      'Office français de protection des réfugiés et apatrides', 'Ofpra', 'Ofii', 
      'FranceAgriMer', "Institut national de l'origine et de la qualité", 'Agence Bio', 'Atout France', 'Institut national de la propriété industrielle',
      'Hcéres', 'Campus France', 'France Universités', "Conférence des présidents d'université", 'Conférence des grandes écoles',
      'Réseau Canopé', "Centre national d'enseignement à distance", 'Cned', 'Agence nationale de contrôle du logement social',
      'Caisse de garantie du logement locatif social', 'Météo-France', "Institut national de l'information géographique et forestière",
      "Agence de l'eau Loire-Bretagne", "Agence de l'eau Seine-Normandie", "Agence de l'eau Rhône Méditerranée Corse",
      "Agence de l'eau Rhône-Méditerranée-Corse", "Agence de l'eau Adour-Garonne", "Agence de l'eau Artois-Picardie", "Agence de l'eau Rhin-Meuse",
      'Dares', 'Drees', "Caisse nationale de l'assurance maladie", "Conseil d'orientation des retraites", 'Haut Conseil pour le climat',
      'Haut-commissariat au plan', 'Centre national de la fonction publique territoriale', 'Agence du numérique en santé',
      'Institut national de la consommation',
    ],
  },
  {
    id: 'universities-grandes-ecoles',
    why: 'Universities whose name is no `Université de` and a town, business and engineering schools: a report names a researcher\'s or a student\'s school by its brand, and a town after it names a campus.',
    names: [
      'Sorbonne Université', 'Université Paris Cité', 'Université PSL', 'Aix-Marseille Université', 'Université Grenoble Alpes',
      "Université Côte d'Azur", 'Université Clermont Auvergne', 'Nantes Université', 'Le Mans Université', 'Université Bretagne Sud',
      'Université de Bretagne occidentale', 'Université Paris-Saclay', 'Université Gustave Eiffel', 'Université Sorbonne Nouvelle',
      'Université Panthéon-Sorbonne', 'Université Paris Nanterre', 'Université Paris-Dauphine', 'Université Lumière Lyon 2',
      'Université Jean Moulin Lyon 3', 'Université Claude Bernard Lyon 1', 'Université Toulouse Capitole', 'Université Toulouse Jean Jaurès',
      'Université Paul Sabatier', 'Université Bordeaux Montaigne', 'Université Paul-Valéry', 'Université Savoie Mont Blanc',
      'Université de Picardie Jules Verne', 'Université Jean Monnet', 'Université Rennes 2', 'Université Sorbonne Paris Nord',
      'Université Paris-Est Créteil', 'Université catholique de Lille', "Université catholique de l'Ouest", 'Institut catholique de Paris',
      'Université des Antilles', 'Université de la Guyane', 'Université de La Réunion', 'Université de la Nouvelle-Calédonie',
      'Université de la Polynésie française', 'Université de technologie de Compiègne', 'Université de technologie de Troyes',
      'Essec', 'Escp', 'Edhec', 'Emlyon', 'Emlyon business school', 'EM Lyon', 'EM Normandie', 'EM Strasbourg', 'Neoma', 'Kedge',
      'Kedge Business School', 'Audencia', 'Skema', 'Grenoble École de management', 'Toulouse Business School', 'Rennes School of Business',
      'Ieseg', 'Burgundy School of Business', 'Excelia', 'ICN Business School', 'Montpellier Business School', 'Institut Mines-Télécom',
      'IMT Atlantique', 'Télécom Paris', 'Arts et Métiers', 'Centrale Nantes', 'Centrale Lyon', 'Centrale Lille', 'Centrale Marseille',
      'École centrale de Lyon', 'Insa Lyon', 'Insa Rennes', 'Insa Toulouse', 'ENS Lyon', 'ENS Paris-Saclay', 'École des Ponts',
      'École nationale des ponts et chaussées', 'Institut Agro', 'VetAgro Sup', 'Bordeaux Sciences Agro', 'Montpellier SupAgro',
      'École des hautes études en santé publique', 'Institut national des études territoriales', 'École nationale de la magistrature',
      "École nationale des travaux publics de l'État", 'Beaux-Arts de Paris', 'École du Louvre', 'Institut national du patrimoine',
      'La Fémis', 'Epitech', 'Epita', 'Polytech', 'OpenClassrooms', 'Simplon',
    ],
  },
  {
    id: 'research-polling-think-tanks',
    why: 'Public research bodies, statistics and study centres, polling institutes and think tanks: a report cites their figures and studies by name alone.',
    names: [
      'Inserm', 'Inria', 'Ifremer', 'Cirad', 'Institut de recherche pour le développement', 'Commissariat à l\'énergie atomique',
      'Institut Pasteur', 'Institut Curie', "Institut national d'études démographiques", 'Ined', 'Céreq',
      "Centre d'études et de recherches sur les qualifications", 'Crédoc', 'Observatoire français des conjonctures économiques',
      'Ineris', 'Inrap', 'Ifop', 'Ipsos', 'Odoxa', 'Harris Interactive', 'OpinionWay', 'Elabe', 'Viavoice', 'Kantar',
      'Institut Montaigne', 'Terra Nova', 'Fondation Jean-Jaurès', 'Fondation Jean Jaurès', "Fondation pour l'innovation politique",
      'Fondapol', 'Institut Veblen', "Institut de l'économie pour le climat", 'Iddri', 'Carbone 4', 'Institut Paris Région',
      "Observatoire national de l'ESS", 'Institut des politiques publiques',
    ],
  },
  {
    id: 'overseas-bodies',
    why: 'The main bodies of the overseas territories (their authorities, note-issuing institutes, social security funds, mobility agency): a document from Guadeloupe, Réunion or New Caledonia names them with no type word the rules read.',
    names: [
      'Collectivité territoriale de Martinique', 'Collectivité territoriale de Guyane', 'Collectivité de Corse',
      'Gouvernement de la Nouvelle-Calédonie', 'Congrès de la Nouvelle-Calédonie', 'Province Sud', 'Province Nord',
      'Province des îles Loyauté', 'Gouvernement de la Polynésie française', 'Assemblée de la Polynésie française',
      "Institut d'émission des départements d'outre-mer", "Institut d'émission d'outre-mer", 'Caisse générale de sécurité sociale',
      'Caisse de sécurité sociale de Mayotte', 'Cafat', "Agence de l'outre-mer pour la mobilité", 'Ladom',
      'Collectivité européenne d\'Alsace', 'Métropole du Grand Paris', 'Métropole européenne de Lille',
    ],
  },
];
