/**
 * Gazetteer, part 6: the national charities, movements and federations, the trade unions and employers'
 * organisations, the mutual insurers and provident institutions and the agricultural and retail
 * cooperative groups that a French ESS document cites by name with no type word the rules read
 * (`bénévole aux Petits Débrouillards`, `accord signé avec la CFE-CGC`, `assuré par la MAAF`). Written
 * from general knowledge of French civil society, never from the texts being scored. How an entry
 * matches: see `ess-networks.ts`. Names that are also a common word or a given name on their own
 * (`Aides`, `Solidaires`, `Entourage`, `Aurore`, `Rempart`, `Graine`, `Opale`) are left out.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const CIVIL_SOCIETY_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'charities-health-solidarity',
    why: 'National charities of health, disability, poverty, human rights and international solidarity: every social-action text may cite them as partners, and many names are a slogan or a phrase.',
    names: [
      'Ligue contre le cancer', 'Ligue nationale contre le cancer', 'France Alzheimer', 'Sidaction', 'AFM-Téléthon',
      'Association française contre les myopathies', 'France Parkinson', 'France Assos Santé', 'Unafam', 'Fnath',
      'Fédération des aveugles de France', 'Handicap International', 'Humanité & Inclusion', 'Humanité et Inclusion',
      'Trisomie 21 France', 'Autisme France', 'Sésame Autisme', 'LADAPT', 'Fédération hospitalière de France',
      'Ordre de Malte', 'Ordre de Malte France', 'Secours islamique France', 'Société de Saint-Vincent-de-Paul',
      "Fédération de l'Entraide protestante", 'Caritas France', 'CCFD-Terre solidaire', 'Action contre la faim', 'Oxfam France',
      'Amnesty International', 'Ligue des droits de l\'Homme', 'SOS Racisme', 'SOS Villages d\'Enfants', 'Solidarités International',
      'Aide et Action', 'Planète Urgence', 'France Volontaires', 'Coordination SUD', 'Fédération Addiction',
      'Nos Quartiers ont du Talent', 'Mozaïk RH', 'Sport dans la Ville', 'Institut Télémaque', 'Énergie Jeunes', 'Zup de Co',
      'Fondation pour le Logement', 'Fédération nationale des Samu sociaux', 'Habitat et Développement',
    ],
  },
  {
    id: 'youth-sport-culture-environment',
    why: 'Popular-education, youth, student, sport, culture and environment movements and federations: local associations are their members and name them bare.',
    names: [
      'Peuple et Culture', 'Culture et Liberté', 'Fédération des œuvres laïques', 'Éclaireuses et éclaireurs de France',
      'Éclaireurs de France', 'Scouts musulmans de France', 'Éclaireuses éclaireurs unionistes de France', 'Guides et Scouts d\'Europe',
      'Jeunesse au plein air', 'Jeunesse ouvrière chrétienne', 'Mouvement rural de jeunesse chrétienne', 'Foyers ruraux',
      'Fédération nationale des foyers ruraux', 'Familles de France', 'Fédération des conseils de parents d\'élèves', 'Animafac',
      'Afev', 'Fage', 'Unef', 'Cnous', 'Réseau Information Jeunesse', 'Centre d\'information et de documentation jeunesse',
      'Fédération des auberges de jeunesse', 'Anacej', 'Maisons familiales rurales', 'Union nationale des maisons familiales rurales',
      'Petits Débrouillards', 'Planète Sciences', 'Réseau École et Nature', 'Ufolep', 'Usep', 'Unss', 'Fédération sportive et gymnique du travail',
      'Fédération sportive et culturelle de France', 'Comité national olympique et sportif français', 'Comité paralympique et sportif français',
      'Fédération française de football', 'Fédération française de rugby', 'Fédération française de tennis',
      'Fédération française de basket-ball', 'Fédération française de handball', 'Fédération française de cyclisme',
      'Fédération française de randonnée pédestre', 'Fédération française handisport', 'Fédération française du sport adapté',
      'Sacem', 'Adami', 'Spedidam', 'Ufisc', 'Fedelima', 'Centre national de la musique', 'Centre national du livre',
      "Centre national du cinéma et de l'image animée", 'Centre des monuments nationaux', 'Bibliothèque nationale de France', 'BnF',
      'Centre Pompidou', 'Musée du Louvre', 'Comédie-Française', 'Philharmonie de Paris', 'Opéra national de Paris',
      'Alliance française', 'Universcience', 'Cité des sciences et de l\'industrie', 'Fondation du patrimoine',
      'Vieilles maisons françaises', 'Ligue pour la protection des oiseaux', 'Greenpeace', 'Greenpeace France', 'WWF France',
      'Surfrider Foundation', 'Alternatiba', 'Attac', 'Colibris', 'Mouvement Colibris', 'Générations Futures',
      'Réseau Action Climat', 'Sea Shepherd', 'The Shift Project', 'Shift Project', 'Négawatt', 'Association négaWatt',
      'Conservatoire du littoral', "Fédération des conservatoires d'espaces naturels", 'Fédération des parcs naturels régionaux',
      'Fondation pour la Nature et l\'Homme', 'Fondation Nicolas Hulot', 'GoodPlanet', 'Fondation GoodPlanet',
    ],
  },
  {
    id: 'unions-employers-professions',
    why: 'Trade unions, employers\' and trade federations and professional orders: parties to every agreement, charter and social dialogue a document reports.',
    names: [
      'Confédération générale du travail', 'Confédération française démocratique du travail',
      'Confédération française des travailleurs chrétiens', 'CFE-CGC', 'Fédération syndicale unitaire', 'Union syndicale Solidaires',
      'Confédération des petites et moyennes entreprises', 'Union des entreprises de proximité', 'Mouvement des entreprises de France',
      'Association française des entreprises privées', 'Afep', 'Coordination rurale', 'Modef',
      'Fédération nationale des syndicats d\'exploitants agricoles', 'Fédération nationale d\'agriculture biologique',
      'Union des industries et métiers de la métallurgie', 'Fédération nationale des travaux publics',
      'Fédération du commerce et de la distribution', 'Fédération du commerce coopératif et associé', 'Croissance Plus',
      'Entreprendre pour apprendre', 'Les Entreprises pour la Cité', 'Institut de l\'entreprise', 'Comité 21',
      'Global Compact France', 'B Lab France', 'Communauté des entreprises à mission', 'Ordre des experts-comptables',
      'Conseil national des barreaux', 'Ordre des médecins', 'Conseil national de l\'ordre des médecins', 'Ordre des architectes',
      'Ordre national des infirmiers', 'Conseil supérieur du notariat', 'Notaires de France',
    ],
  },
  {
    id: 'mutuals-provident-cooperative-groups',
    why: 'Mutual insurers, provident institutions and the agricultural and retail cooperative groups: members of the ESS by statute, they fund and partner projects and are cited by brand.',
    names: [
      'Mutuelle générale de l\'Éducation nationale', 'Garantie mutuelle des fonctionnaires', 'Mutuelle Générale', 'La Mutuelle Générale',
      'Mutuelle nationale territoriale', 'Mutuelle nationale des hospitaliers', 'Smacl', 'Smacl Assurances', 'Ociane',
      'Mutuelle familiale', 'Mutuelle des motards', 'Solimut', 'Intériale', 'Unéo', 'Mutuelle Bleue', 'Eovi MCD', 'Adréa',
      'Apréva', 'Mutuelles de France', 'Fédération des mutuelles de France', 'Mutualia', 'Humanis', 'Malakoff Médéric',
      'Audiens', 'Lourmel', 'IRP Auto', 'Gan Assurances', 'Thélem assurances', 'Groupe Pasteur Mutualité',
      'Mutuelle assurance de l\'éducation', 'Fédération nationale de la Mutualité française', 'Coop de France',
      'InVivo', 'Terrena', 'Agrial', 'Sodiaal', 'Tereos', 'Vivescia', 'Axéréal', 'Limagrain', 'Maïsadour', 'Euralis',
      'Arterris', 'Cooperl', 'Eureden', 'Triskalia', 'Océalia', 'Lur Berri', 'Cavac', 'Laïta', 'Savéol', 'Prince de Bretagne',
      'Candia', 'Yoplait', 'Optic 2000', 'Krys', 'Fédération nationale des Safer',
    ],
  },
  {
    id: 'ess-sector-networks',
    why: 'National networks of the fields ESS projects work in (fair trade, home help, consumers, housing, energy, mobility, food, digital inclusion, farming) and the skills operators that fund their training: named bare as members, partners or funders.',
    names: [
      'Artisans du Monde', 'Fédération Artisans du Monde', 'Commerce équitable France', 'Fairtrade', 'Ethiquable', 'Alter Eco',
      'Fédération des Cigales', 'Réseau des Cigales', 'Blue Bees', 'Lendopolis', 'Fédération ADMR', 'Union nationale ADMR',
      'Présence Verte', 'UFC-Que Choisir', 'UFC Que Choisir', 'Confédération syndicale des familles',
      'Consommation logement cadre de vie', 'Solidarités nouvelles pour le logement', 'Foncière Chênelet', 'Habitat participatif France',
      'Fédération des offices publics de l\'habitat', 'Centrales Villageoises', 'Réseau Cler', 'Hespul',
      'Vélo & Territoires', 'Vélo et Territoires', 'Club des villes et territoires cyclables', 'Rezo Pouce',
      'Laboratoire de la mobilité inclusive', 'HopHopFood', 'Comerso', 'Eqosphère', 'Cuisine mode d\'emploi',
      'Ateliers du Bocage', 'Groupe Ares', 'Cravate Solidaire', 'La Cravate Solidaire', 'Wake up Café', 'WeTechCare', 'La Mednum',
      'Framasoft', 'Wikimédia France', 'La Quadrature du Net', 'OpenStreetMap France', 'Open Food Facts', 'Tela Botanica',
      'Accueil Paysan', 'Bienvenue à la ferme', 'Nature et Progrès', 'Demeter France', 'Slow Food', 'Kokopelli', 'Réseau Semences paysannes',
      'Afdas', 'Ocapiat', 'Opco Mobilités', 'Opco Atlas', 'Opco 2i', 'Opco Commerce', 'Agefos PME', 'Opcalia', 'Opcalim', 'Fafsea',
      'Unifaf', 'Fongecif', 'Transitions Pro', 'Ciriec',
      'Ciriec-France', "Réseau interuniversitaire de l'ESS", 'Collège coopératif',
    ],
  },
  {
    id: 'territorial-international-networks',
    why: 'Associations of local authorities and rural development, and the international organisations French reports cite: named bare as sources of figures, partners or funders.',
    names: [
      'Association des petites villes de France', 'Fédération nationale des collectivités concédantes et régies',
      'Association nationale des pôles territoriaux et des pays', 'Leader France', 'Réseau rural national', 'Réseau rural français',
      'Unadel', 'Territoires Conseils', 'Mairie-conseils', 'Fédération nationale des communes forestières', 'Fédération nationale des agences d\'urbanisme',
      'Association nationale des élus de la montagne', 'Association nationale des élus du littoral', 'Réseau des Grands Sites de France',
      'Organisation de coopération et de développement économiques', 'Unesco', 'Unicef', 'Unicef France', 'Organisation mondiale du commerce',
      'Comité international de la Croix-Rouge', 'Expertise France', 'Eurostat', 'Eurofound', 'Banque africaine de développement',
      'Organisation internationale de la francophonie', 'Agence universitaire de la francophonie',
    ],
  },
  {
    id: 'housing-hospitals-faiths-clubs',
    why: 'National social landlords, the large hospital groups, the faiths\' national bodies and the best-known professional sports clubs with their foundations: an inclusion or housing project names them as landlords, partners or sponsors, by name alone.',
    names: [
      'CDC Habitat', 'Immobilière 3F', 'Groupe 3F', 'Vilogia', 'Logirep', 'Batigère', 'Polylogis', 'Domofrance', 'Clésence',
      'ICF Habitat', 'Seqens', 'Erilia', 'Emmaüs Habitat', 'Groupe Action Logement', 'Assistance publique-Hôpitaux de Paris',
      'Hospices civils de Lyon', 'Assistance publique-Hôpitaux de Marseille',
      'Conférence des évêques de France', 'Fédération protestante de France', 'Conseil français du culte musulman',
      'Paris Saint-Germain', 'Olympique de Marseille', 'Olympique lyonnais', 'Stade toulousain', 'Stade rennais', 'Stade français',
      'Girondins de Bordeaux', 'Racing 92', 'OL Fondation', 'Fondation PSG', 'Fondation du Stade toulousain',
      'Tous Bénévoles', 'Passerelles & Compétences', 'Passerelles et Compétences', 'Pro Bono Lab', 'Benenova',
      'Recherches & Solidarités', 'Recherches et Solidarités', 'Singa',
      'Singa France', 'Wintegreat', 'Action Emploi Réfugiés', 'JRS France', 'Utopia 56', 'Les Bureaux du Cœur',
      "Chemins d'avenirs", 'Proxité', 'Positive Planet', 'Positive Planet France',
    ],
  },
  {
    id: 'person-named-bodies',
    why: 'Bodies, labels and brands named after a person, real or fictional (session 37): a given name and a surname the person rules would read as someone, though pages cite them as the fair-trade label\'s body or a firm; their foundations too. Left out: a name a page cites as the person as often (a designer, a chef, a saint: `Don Bosco` names the priest as often as the charities after him).',
    names: [
      'Max Havelaar', 'Max Havelaar France', 'Marie Blachère', 'Yves Rocher', 'Fondation Yves Rocher',
      'Louis Vuitton', 'Fondation Louis Vuitton', 'Pierre Fabre', 'Fondation Pierre Fabre', 'Jacques Vabre', 'Franck Provost', 'Hugo Boss',
      'Léa Nature',
    ],
  },
];
