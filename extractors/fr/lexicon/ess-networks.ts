/**
 * Gazetteer, part 1: the networks, federations and associations of the French social and
 * solidarity economy that its documents cite by name with no type word (`avec COORACE et le Labo
 * de l'ESS`). Written from general knowledge of the field (the national ecosystem every PTCE,
 * CRESS or local authority works with), never from the texts being scored.
 *
 * How an entry matches (`organisation/gazetteer.ts`): a capital in the entry must be a capital in
 * the text, a lower-case letter may be either (`Caisse des dépôts` matches `Caisse des Dépôts`
 * and `CAISSE DES DÉPÔTS`), accents are optional, words may be split by a space, a hyphen or a
 * line break. A leading article (`La Nef`) must be in the text, in either case. So write an entry
 * in its lowest case: the capitals it keeps are the ones that make it a name.
 */

/** One group of the gazetteer, with why its names hold in any French ESS document. */
export interface GazetteerCategory {
  readonly id: string;
  /** Why these names are organisations whatever the document (shown to a newcomer, not used). */
  readonly why: string;
  readonly names: readonly string[];
}

export const ESS_NETWORK_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'ess-representation',
    why: 'National and regional bodies that represent the ESS as a whole: the same few names in every report and newsletter of the field.',
    names: [
      'ESS France', 'Labo de l\'ESS', "Labo de l'économie sociale et solidaire", 'Mouvement pour l\'économie solidaire',
      'Mouvement Impact France', 'Mouves', 'Avise', 'Réseau des collectivités territoriales pour une économie solidaire',
      'France Tiers-Lieux', 'ESS 2024', 'Conseil national des CRESS', 'Conseil supérieur de l\'ESS',
      "Conseil supérieur de l'économie sociale et solidaire", 'Chambre française de l\'ESS', 'Écossolies',
      'Ressources solidaires', 'Mouvement associatif', 'Fonda', 'Le Rameau', 'France Bénévolat', 'France Générosités',
      'Finansol', 'Coop FR', 'Ashoka', 'Makesense', 'Unis-Cité',
      'Réseau national des maisons des associations', 'Haut Conseil à la vie associative',
      'Institut Godin', 'Ripess', 'Centre français des fonds et fondations', 'Admical', 'Ticket for Change', 'Collectif des associations citoyennes',
      'Comité national de liaison des régies de quartier', 'Union nationale des CPIE', 'France Nature Environnement',
      'Enactus',
    ],
  },
  {
    id: 'inclusion-networks',
    why: 'Networks of the structures for inclusion through work (SIAE) and of sheltered work: every PTCE that employs people far from work is a member of one.',
    names: [
      'Coorace', 'Fédération des entreprises d\'insertion', 'Chantier école',
      'Réseau Cocagne', 'Jardins de Cocagne', 'Emmaüs', 'Emmaüs France', 'Emmaüs Connect', 'Emmaüs Défi',
      'Emmaüs Solidarité', 'Label Emmaüs', 'Envie', 'Fédération Envie', 'Envie Autonomie', 'Groupe SOS',
      "Groupe ID'EES", 'Vitamine T', 'Ateliers sans frontières', 'Le Relais', 'Tissons la solidarité',
      'Fédération des acteurs de la solidarité', 'Alliance Villes Emploi', 'Réseau E2C France', 'Réseau E2C',
      'Apprentis d\'Auteuil', 'Réseau Gesat',
      'APF France handicap', 'Unapei', 'Adapei', 'Solidarités nouvelles face au chômage', 'Compagnons Bâtisseurs',
      'Compagnons du Devoir', 'Habitat et Humanisme', 'Petits Frères des Pauvres',

    ],
  },
  {
    id: 'circular-economy-networks',
    why: 'Reuse, repair and waste networks and the producer schemes that fund them: the circular-economy PTCEs cite them as partners and funders.',
    names: [
      'Réseau des ressourceries', 'Réseau national des ressourceries', "L'Heureux Cyclage",
      'Heureux Cyclage', 'Zero Waste France', 'Repair Café', 'Répar\'Acteurs', 'Refashion', 'Citeo', 'Ecologic',
      'Valdelia', 'Eco-mobilier', 'Ecomaison', 'Agence du don en nature', 'Dons solidaires',
      'Banques alimentaires', 'Fédération française des banques alimentaires', 'Réseau ANDES', 'Phénix',
      'Too Good To Go', 'Amis de la Terre', 'Énergie Partagée', 'Terre de Liens', 'Réseau Vrac', 'Atelier Paysan',
      'Solidarité Paysans', 'Miramap', 'Wimoov', 'Fédération des usagers de la bicyclette', 'Fapil', 'Coopaname',
      'Réseau national des ressourceries et recycleries', 'Eco TLC', 'Recyc-Québec', "Halte à l'obsolescence programmée",
      'Réseau national des espaces-test agricoles', 'Movilab',
    ],
  },
  {
    id: 'cooperative-mutual-federations',
    why: 'Federations of cooperatives and mutuals, and the large cooperatives and mutual insurers that sponsor ESS projects everywhere in France.',
    names: [
      'CG Scop', 'Confédération générale des Scop', 'Coopérer pour entreprendre',
      'Coopération agricole', 'Fédération nationale des Cuma', 'Réseau CIVAM', 'Fédération nationale des CIVAM',
      'InPACT', 'Confédération paysanne', 'Mutualité française', 'Macif', 'Maif',
      'Matmut', 'Harmonie Mutuelle', 'AG2R La Mondiale', 'Malakoff Humanis', 'Chorum', 'Groupe VYV', 'Aésio',
      'Covéa', 'Groupama', 'Enercoop', 'Biocoop', 'Railcoop', 'Citiz', 'Union sociale pour l\'habitat', 'Soliha',
      'Ircem', 'Klesia', 'Apicil', 'Pro BTP', "Fédération nationale des sociétés coopératives d'Hlm",
      'Fédération des Scop de la communication', 'Fédération des Scop du BTP',
      'Fédération Soliha',
    ],
  },
  {
    id: 'associations-popular-education',
    why: 'Federations of associations, popular education, family and social-action movements: national names every local association text may cite.',
    names: [
      'Uniopss', 'Uriopss', 'Nexem', 'Fehap', 'Unccas', 'Fédération des centres sociaux', 'Familles rurales',
      'Ligue de l\'enseignement', 'Francas', 'Céméa', 'Ufcv', 'Scouts et Guides de France',
      'Léo Lagrange', 'Fédération Léo Lagrange', 'Planning familial', 'Restos du cœur', 'Restaurants du cœur',
      'Secours populaire', 'Secours catholique', 'Croix-Rouge', 'Croix-Rouge française', 'ATD Quart Monde',
      'Armée du Salut', 'Médecins du Monde', 'Médecins sans frontières', 'Samusocial', 'Samu social', 'Cimade', 'France terre d\'asile',
      'Coallia', 'Adoma', 'Unaf', 'Udaf', 'France urbaine', 'Villes de France', 'Régions de France',
      'Départements de France', 'Intercommunalités de France', 'Association des maires de France',
      'Association des maires ruraux de France', 'Cités Unies France', 'Le Souvenir français', 'Vacances et Familles',
      'Fédération française des MJC', 'Confédération des MJC de France',
    ],
  },
];
