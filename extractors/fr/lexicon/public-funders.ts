/**
 * Gazetteer, part 2: the funders, foundations, public agencies, public services and chambers that
 * French ESS documents cite by name with no type word (`soutenu par la Banque des Territoires et
 * l'ADEME`, `orientés par France Travail`). Written from general knowledge of French institutions,
 * never from the texts being scored. How an entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const PUBLIC_FUNDER_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'banks-solidarity-finance',
    why: 'Banks, public investment banks and solidarity finance: the funders named in every call for projects and activity report.',
    names: [
      'Caisse des dépôts', 'Caisse des dépôts et consignations', 'Groupe Caisse des dépôts', 'Banque des Territoires',
      'Bpifrance', 'BPI France', 'France Active', 'France Active Garantie', 'France Active Investissement',
      'Initiative France', 'Réseau Entreprendre', 'Adie', 'La Nef', 'Crédit Coopératif', 'Crédit Mutuel', 'Crédit Agricole',
      'Crédit Municipal', "Caisse d'Épargne", 'Banque Populaire', 'Groupe BPCE', 'Banque Postale', 'La Banque Postale',
      'Société Générale', 'BNP Paribas', 'Banque de France', 'Banque européenne d\'investissement',
      'Fonds européen d\'investissement', 'Esfin Gestion', 'France Angels', 'Mirova', 'Amundi', 'Phitrust', 'HelloAsso',
      'Ulule', 'KissKissBankBank', 'Miimosa', 'WeDoGood', 'Lendosphère', 'Action Logement', 'La Poste', 'Groupe La Poste',
      'Banque publique d\'investissement', 'Caisse solidaire', 'Solifap',
      // Spellings with a lower-case word that prose often uses; the entries above keep the name-end rules' exact forms.
      "Caisse d'épargne", 'Banque des territoires', 'Crédit agricole', 'Crédit mutuel', 'Banque populaire', 'France Active garantie',
      'France Active investissement', 'France Active financement',
    ],
  },
  {
    id: 'foundations',
    why: 'Corporate and public-interest foundations that fund ESS projects nationally; the type word alone does not say where their name ends.',
    names: [
      'Fondation de France', 'Fondation Macif', 'Fondation MAIF', 'Fondation Crédit Coopératif',
      'Fondation RTE', 'Fondation Orange', 'Fondation SNCF', 'Fondation EDF', 'Fondation Veolia', 'Fondation Vinci pour la Cité',
      'Fondation Carasso', 'Fondation Daniel et Nina Carasso', 'Fondation Abbé Pierre', 'Fondation pour le logement des défavorisés',
      "Fondation Caisse d'Épargne", 'Fondation Crédit Agricole', 'Fondation Crédit Mutuel', 'Fondation Banque Populaire',
      'Fondation La France s\'engage', 'Fondation Avril', 'Fondation Bettencourt Schueller', 'Fondation Schneider Electric',
      'Fondation TotalEnergies', 'Fondation AG2R La Mondiale', 'Fondation Harmonie Mutuelle', 'Fondation Cognacq-Jay',
      'Fondation Agir contre l\'exclusion', 'Fondation de l\'Armée du Salut', 'Fondation Apprentis d\'Auteuil',
      'Fondation Emmaüs', 'Fondation Break Poverty', 'Fondation Entreprendre', 'Fondation Nature et Découvertes',
      'Fondation Léa Nature', 'Fondation Raja', 'Fondation Kronenbourg', 'Fondation Aéroports de Paris', 'Fondation Groupe ADP',
      'Fondation du Crédit Mutuel', 'Fondation Société Générale', 'Fondation BNP Paribas', 'Fondation Chanel',
      "Fondation Caisse d'épargne",
    ],
  },
  {
    id: 'company-partners',
    why: 'Large retailers, builders and industrial groups that give goods, skills or money to reuse, inclusion and ESS projects: a partner list names them bare, and their names (two surnames, a made-up word) read otherwise as people or nothing.',
    names: [
      'Leroy Merlin', 'Castorama', 'Brico Dépôt', 'Decathlon', 'Ikea', 'Boulanger', 'Darty', 'Fnac Darty', 'Kiabi',
      'Intermarché', 'Monoprix', 'Auchan', 'Lidl', 'Système U', 'Veolia', 'Saint-Gobain', 'Schneider Electric', 'Engie',
      'Bouygues', 'Eiffage', 'Danone', "L'Oréal", 'Sodexo', 'Keolis', 'Transdev', 'Accor',
    ],
  },
  {
    id: 'state-agencies',
    why: 'National agencies and operators of the State: they fund, label or steer ESS and ecological-transition projects in every region.',
    names: [
      'Ademe', 'Agence de la transition écologique', 'Anct', 'Agence nationale de la cohésion des territoires', 'Anah',
      'Agence nationale de l\'habitat', 'Anru', 'Agence nationale pour la rénovation urbaine', 'Cerema', 'Business France',
      'France Stratégie', 'France Compétences', 'Insee', 'Santé publique France', 'Agence du service civique',
      'Agence nationale du sport', 'Office national des forêts', 'Office français de la biodiversité',
      'Voies navigables de France', 'Agence régionale de santé', 'Haut-commissariat à l\'économie sociale et solidaire',
      'Haut-Commissariat à l\'ESS', 'Agence française de développement', 'Afnor', 'Injep',
      'Agence nationale pour l\'amélioration des conditions de travail', 'Anact', 'Aract',
      'Agence nationale de la recherche', 'Onisep', 'Cnam',
      'Conservatoire national des arts et métiers', 'Agence nationale de la cohésion sociale', 'Agence nationale des solidarités actives',
      'Île-de-France Mobilités',
    ],
  },
  {
    id: 'public-services',
    why: 'Public services for employment, training, social protection, youth and justice: the partners that refer people to inclusion structures everywhere.',
    names: [
      'France Travail', 'Pôle emploi', 'Cap emploi', 'Mission locale', 'Missions locales', 'Union nationale des missions locales',
      'Apec', 'Unédic', 'Afpa', 'Epide', 'Caf', 'Cnaf', 'Caisse d\'allocations familiales', 'Caisse nationale des allocations familiales',
      'Assurance maladie', 'Caisse primaire d\'assurance maladie', 'Cpam', 'Carsat', 'Mutualité sociale agricole', 'Urssaf',
      'Caisse nationale de solidarité pour l\'autonomie', 'Protection judiciaire de la jeunesse',
      'Service pénitentiaire d\'insertion et de probation', 'Administration pénitentiaire', 'Éducation nationale',
      'Dreets', 'Ddets', 'Direccte', 'Drajes', 'Sdjes', 'Uniformation', 'Akto', 'Opco EP', 'Opco Santé', 'Constructys',
      'Maison de l\'emploi', 'Agefiph', 'Fiphfp', 'Agirc-Arrco', 'Assurance retraite', 'Caisse nationale d\'assurance vieillesse',
    ],
  },
  {
    id: 'chambers-employers-unions',
    why: 'Consular chambers, employers\' organisations and trade unions: institutional partners named in every territory.',
    names: [
      'CCI France', 'Chambre de commerce et d\'industrie', 'Chambres de commerce et d\'industrie', 'CMA France',
      'Chambre de métiers et de l\'artisanat', 'Chambres de métiers et de l\'artisanat', 'Chambre des métiers et de l\'artisanat',
      'Chambre d\'agriculture', 'Chambres d\'agriculture', 'Chambres d\'agriculture France', 'Chambre régionale d\'agriculture',
      'Chambre régionale de l\'économie sociale et solidaire', 'Chambre régionale de l\'ESS',
      'Union des employeurs de l\'économie sociale et solidaire', 'Centre des jeunes dirigeants', 'Jeunes Agriculteurs',
      'Fédération française du bâtiment', 'Medef', 'Capeb', 'Force ouvrière',
    ],
  },
];
