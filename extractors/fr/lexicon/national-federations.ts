/**
 * Gazetteer, part 11 (sessions 38 and 41): national bodies the earlier parts name by their acronym or short name only, spelt
 * out (`Union nationale des centres communaux d'action sociale`, `Fédération des centres sociaux et socioculturels de
 * France`), and the employers' bodies, trade unions' branches, foundations of the social sector and public operators
 * (current and former) that they leave out (`Fédération bancaire française`, `Sud Santé Sociaux`, `Fondation OVE`,
 * `Agence nationale pour l'emploi`). Written from general knowledge of French public and social life, never from the
 * texts being scored. How an entry matches: see `ess-networks.ts`. Left out: names written with commas (the gazetteer
 * reads no punctuation between words), names of more than ten words, and a name that is also a common word or a given
 * name alone (`Axess` aside, which is neither).
 */
import type { GazetteerCategory } from './ess-networks.js';

export const NATIONAL_FEDERATION_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'social-action-federations-spelt-out',
    why: 'National federations and unions of social action, disability, childhood, family, housing and ESS by their full names, which their own documents and the partners\' reports print in the text while the acronym stands in headings: their head (`Union nationale`, `Fédération nationale`, `Convention`) reads no further than its first words otherwise.',
    names: [
      "Fédération des établissements hospitaliers et d'aide à la personne", "Union nationale des centres communaux d'action sociale",
      'Union nationale des associations familiales', "Union nationale pour l'habitat des jeunes", 'Union nationale des entreprises adaptées',
      "Fédération nationale des associations d'accueil et de réinsertion sociale", 'Fédération des centres sociaux et socioculturels de France',
      'Association des paralysés de France', 'Association pour adultes et jeunes handicapés', 'Association nationale de prévention en alcoologie et addictologie',
      'Addictions France', "Fédération nationale des clubs d'aînés ruraux", 'Générations Mouvement',
      'Fédération nationale des écoles des parents et des éducateurs', "Convention nationale des associations de protection de l'enfant",
      'Fédération nationale des accidentés du travail et des handicapés', 'Secours populaire français', 'Union nationale des associations de tourisme et de plein air',
      'Fédération nationale des associations gestionnaires au service des personnes handicapées',
      'Fédération nationale des associations de solidarité avec tous les immigrés', 'Fédération nationale des écoles de production',
    ],
  },
  {
    id: 'employers-trade-bodies-unions',
    why: 'Employers\' confederations, trade federations of the sectors ESS firms work in or beside (banking and insurance, digital, food, property, waste and recycling, cleaning, temporary work, transport), the employers\' bodies of the non-profit social sector, and trade unions\' branches and former names: parties to agreements, members of boards and sources of a report\'s figures.',
    names: [
      'Confédération générale des petites et moyennes entreprises', 'Union professionnelle artisanale',
      "Confédération de l'artisanat et des petites entreprises du bâtiment", 'Fédération bancaire française', "Fédération française de l'assurance",
      'France Assureurs', 'Numeum', 'Syntec Numérique', 'Syntec Ingénierie', 'Fédération Syntec', 'France Industrie',
      'Association nationale des industries alimentaires', "Fédération nationale de l'immobilier", 'Fnaim', 'Fédération des promoteurs immobiliers',
      'Fédération des entreprises du recyclage', 'Federec', 'Fnade',
      'Fédération des entreprises de propreté', "Prism'emploi", 'Mobilians', 'Fédération nationale des transports routiers', 'Union TLF',
      'Fédération nationale des transports de voyageurs', 'Hexopée', 'Elisfa', 'Syneas', 'Fegapei', 'Unifed', 'Axess',
      'Union nationale des syndicats autonomes', "Confédération française de l'encadrement", 'Confédération nationale du travail',
      'Union nationale des étudiants de France', 'Fédération des associations générales étudiantes', 'CGT-FO', 'Sud Santé Sociaux',
      'Sud Éducation', 'Sud-Rail', 'SNES-FSU', 'SNUipp-FSU', 'Sgen-CFDT', 'UNSA Éducation',
    ],
  },
  {
    id: 'social-sector-corporate-foundations',
    why: 'Foundations of the social and medico-social sector that run establishments, and the corporate foundations that fund inclusion, housing, disability and education projects: a project lists them as its funders, and after `Fondation` a brand, an acronym or a surname leaves the head word\'s walk unsure where the name ends.',
    names: [
      'Fondation OVE', 'Fondation John Bost', 'Fondation Mérieux', 'Fondation Caritas France', 'Fondation des Hôpitaux', 'Fondation Élan Retrouvé',
      'Fondation Hospitalière Sainte-Marie', 'Fondation de la Deuxième Chance', 'Fondation Raoul Follereau', 'Fondation Claude Pompidou',
      'Fondation Anne de Gaulle', 'Fondation Notre Dame', 'Fondation pour la recherche médicale', "Fondation de l'Avenir",
      'Fondation Carrefour', 'Fondation Leroy Merlin', 'Fondation Decathlon', 'Fondation Kiabi', 'Fondation Bouygues Telecom', 'Fondation Engie',
      'Fondation Air France', 'Fondation Accenture', 'Fondation Deloitte', 'Fondation KPMG', 'Fondation Transdev', 'Fondation Keolis',
      'Fondation Groupama', 'Fondation Groupe VYV', 'Fondation La Poste', 'Fondation Caisse des Dépôts', 'Fondation MMA des Entrepreneurs du Futur',
      'Fondation Nexity', 'Fondation Somfy', "Fondation d'entreprise Hermès", 'Fondation Michelin', "Fondation d'entreprise Michelin",
      'Fondation Air Liquide', 'Fondation Danone', 'Fondation Bel', 'Fondation Malakoff Humanis Handicap', 'Fondation Humanis',
      'Fondation Sanofi Espoir', 'Fondation Adecco', 'Fondation Vinci', 'Fondation Rexel', 'Fondation SFR', 'Fondation Apicil', 'Fondation Klesia',
      'Fondation Crédit Agricole Pays de France', 'Fondation Groupe SEB', 'Fondation Aésio', 'Fondation Ag2r', 'Fondation Batigère',
    ],
  },
  {
    id: 'public-operators-spelt-out-former',
    why: 'Public operators by their full names, and the former names of employment, transport and energy operators that older reports and an organisation\'s history still print (`l\'ANPE`, `les Assedic`, `Gaz de France`): bodies, whatever they are called today.',
    names: [
      'Agence nationale pour la formation professionnelle des adultes', "Établissement pour l'insertion dans l'emploi",
      "Établissement public d'insertion de la Défense", "Agence nationale pour l'emploi", 'Assedic', "Union des groupements d'achats publics",
      'Ugap', 'Action Logement Services', 'Société du Grand Paris', 'Société des grands projets', 'Grand Paris Aménagement',
      'Société nationale des chemins de fer français', 'Régie autonome des transports parisiens', 'France Télécom', 'Gaz de France',
      'Centre national des œuvres universitaires et scolaires',
      'Caisse nationale d\'assurance maladie des travailleurs salariés',
    ],
  },
  {
    id: 'national-solidarity-rescue-rights-associations',
    why: 'National associations every French reader knows from appeals, campaigns and the news: rescue and first aid, help to the sick, the poor, children and victims, human rights, the "sans frontières" family, work camps and youth, and the overseas territories\' assemblies. A local report names them as partners, donors or the place a volunteer comes from, by their name alone, which no type word opens (`Cotravaux`, `Reporters sans frontières`, `la Chaîne de l\'espoir`).',
    names: [
      // Rescue, first aid, blood and organ donation.
      'Protection civile', 'Fédération nationale de protection civile', 'Société nationale de sauvetage en mer', 'Sauveteurs en mer',
      'Fédération française de sauvetage et de secourisme', 'Fédération des secouristes français Croix Blanche', 'Fédération de la Croix Blanche',
      'Fédération nationale des sapeurs-pompiers de France', 'Fédération française pour le don de sang bénévole', 'France Adot',
      // Health, illness, old age and the end of life.
      'Vaincre la mucoviscidose', 'Alliance maladies rares', 'Fondation ARC', 'Les Blouses roses', 'Le Rire médecin', 'Jalmalv', 'Monalisa',
      'Solidarité Sida', 'Unadev', 'Association Valentin Haüy',
      // Poverty, housing, children, victims and rights.
      "La Chaîne de l'espoir", 'La Mie de pain', 'Petites Sœurs des pauvres', 'Emmaüs International', 'Voisins solidaires', 'Vacances ouvertes',
      'Plan International', 'Enfance et Partage', "La Voix de l'enfant", "L'Enfant bleu", "Fondation pour l'enfance", 'France Victimes',
      'Citoyens et Justice', 'Génépi', 'Femmes solidaires', 'Osez le féminisme', 'SOS Homophobie', 'Licra', 'Solidarité laïque', 'Lire et faire lire',
      // The "sans frontières" family.
      'Reporters sans frontières', 'Électriciens sans frontières', 'Ingénieurs sans frontières', 'Pharmaciens sans frontières',
      'Bibliothèques sans frontières', 'Vétérinaires sans frontières', 'Frères des hommes',
      // Work camps, youth, media criticism, the sea's cooperatives and the overseas assemblies.
      'Cotravaux', 'Réseau national des juniors associations', 'Fédération française des maisons des jeunes et de la culture', 'Acrimed',
      'Villes Internet', 'Coopération maritime', 'Assemblée territoriale', 'Assemblée territoriale de Wallis-et-Futuna',
    ],
  },
];
