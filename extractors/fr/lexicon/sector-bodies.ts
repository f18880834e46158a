/**
 * Gazetteer, part 8 (session 37): bodies of the fields ESS projects work in, named by a brand or a long official name
 * with no type word the rules read: cultural institutions (national theatres and operas, orchestras, museums
 * and the networks of live performance), the European and international networks of the social economy, large
 * regional associations and ESS incubators, the agricultural world (cooperative groups by brand, interprofessions,
 * technical institutes, certifiers), and the federations of care, childhood, shelter and disability, social tourism and
 * solidarity finance. Written from general knowledge, never from the texts being scored. How an entry
 * matches: see `ess-networks.ts`.
 *
 * Left out on purpose: names opening with a given name (`Max Havelaar`, `Fondation Louis Vuitton`: a gazetteer name's
 * first word keeps a capitals line from reading as a person), bare venue names that are a common word (`La Piscine`,
 * `Le Quai`, `Le Channel`), festivals (`Festival d'Avignon`: events, which the event rules read, no body), and programmes
 * and funds (`Erasmus+`, `Interreg`, `Fonds social européen`), which are no body either.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const SECTOR_BODY_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'cultural-institutions',
    why: 'National theatres, operas and orchestras, museums and the networks of live performance: a culture, education or inclusion project names them as partners or venues, by name alone.',
    names: [
      'Théâtre national de Strasbourg', 'Théâtre national de la Colline', 'Théâtre national de Chaillot', 'Théâtre national populaire',
      "Odéon-Théâtre de l'Europe", "Théâtre de l'Odéon", 'Théâtre du Soleil', 'Théâtre du Châtelet', 'Théâtre de la Ville',
      'Opéra de Lyon', 'Opéra national de Bordeaux', 'Opéra national du Rhin', 'Opéra national de Lorraine', 'Opéra Comique',
      'Opéra de Rouen Normandie', 'Angers Nantes Opéra', 'Orchestre national de France', 'Orchestre de Paris',
      'Orchestre philharmonique de Radio France', 'Orchestre national de Lyon', 'Orchestre national du Capitole de Toulouse',
      'Orchestre national de Lille', 'Orchestre national Bordeaux Aquitaine', 'Orchestre national des Pays de la Loire',
      'Orchestre national de Bretagne', "Orchestre national d'Île-de-France", 'Orchestre de chambre de Paris', 'Les Arts florissants',
      "Musée d'Orsay", 'Musée du quai Branly', 'Mucem', 'Louvre-Lens', 'Centre Pompidou-Metz', 'Musée des Confluences',
      "Cité de l'architecture et du patrimoine", 'Palais de Tokyo', 'Réunion des musées nationaux',
      "Muséum national d'histoire naturelle", "Musée de l'Homme", "Musée national de l'histoire de l'immigration",
      'Palais de la Porte Dorée', 'Cité de la musique', 'Cinémathèque française', "Institut national de l'audiovisuel",
      'Institut du monde arabe', 'Villa Médicis', 'Centre national des arts plastiques', 'Centre national de la danse',
      'Centre national des arts du cirque', 'Fondation Cartier', "Musée des Arts décoratifs", "Bibliothèque publique d'information",
      'Archives nationales', 'Cité internationale universitaire de Paris', "Cité internationale de la bande dessinée et de l'image",
      'Fédération des arts de la rue', 'Association des scènes nationales', 'Syndeac', 'Artcena', 'Réseau Chainon', 'Territoires de cirque',
      'Cultures du Cœur', 'Fédération nationale des collectivités territoriales pour la culture', 'Centquatre-Paris', 'Friche la Belle de Mai', 'Le Lieu unique', 'La Condition publique', 'La Gaîté lyrique',
    ],
  },
  {
    id: 'european-international-ess-networks',
    why: 'European and international networks of the social economy, of cooperatives, mutuals, ethical finance, reuse, housing and the fight against poverty, and the social-economy bodies of Belgium and Québec: a French report names them bare as members, sources or partners.',
    names: [
      'Social Economy Europe', 'Cooperatives Europe', 'Coopératives Europe', 'Alliance coopérative internationale',
      'International Co-operative Alliance', 'Euricse', 'Ensie', 'Euclid Network', 'European Venture Philanthropy Association', 'Febea',
      'Fédération européenne des banques éthiques et alternatives', 'European Microfinance Network', 'Microfinance Centre',
      'Association internationale de la mutualité', 'Cecop', 'Diesis', 'Diesis Network', 'European Food Banks Federation',
      'Fédération européenne des banques alimentaires', 'Eurocities', 'European Anti-Poverty Network', 'Caritas Europa', 'Solidar',
      'Housing Europe', 'Feantsa', 'Energy Cities', 'REScoop', 'Rreuse', 'Zero Waste Europe', 'Social Value France', 'Social Value International',
      'Fondation Roi Baudouin', 'SAW-B', 'ConcertES', "Chantier de l'économie sociale",
      'Mouvement Desjardins', 'Territoires zéro chômeur de longue durée', 'Territoires zéro chômeur',
      "Réseau européen des villes et régions de l'économie sociale", 'Ripess Europe', 'European Social Network', 'Eurodiaconia',
      'European Disability Forum', 'Forum européen des personnes handicapées', 'European Youth Forum', 'Forum européen de la jeunesse',
      'Cedefop', 'Fondation européenne pour la formation',
      'Autorité européenne du travail', "Agence européenne pour l'environnement", 'Réseau EMES',
    ],
  },
  {
    id: 'regional-associations-incubators',
    why: 'Large regional associations (nature, regional languages and cultures, regional branches of solidarity finance), national networks of rural life and ESS incubators and accelerators: a regional document names them bare as partners.',
    names: [
      'Eau et Rivières de Bretagne', 'Bretagne Vivante', 'Alsace Nature', 'Sepanso', 'Nature Midi-Pyrénées', 'Diwan', 'Dastum',
      'Produit en Bretagne', 'Bretagne Culture Diversité', 'Office public de la langue bretonne', 'Office public de la langue basque',
      'Institut culturel basque', 'Bretagne Active', 'Alsace Active', 'Nord Actif', 'Airdie', "Alter'Incub", 'Antropia',
      'Ronalpia', 'Première Brique', "Comptoir de l'innovation", 'Bleu Blanc Zèbre', 'Les Déterminés', 'Force Femmes', 'Linkee',
      'Konexio', 'Kodiko', 'Voisins Malins', 'France Accorderie', 'Réseau des Accorderies', 'Petites Cités de Caractère',
      'Les Plus Beaux Villages de France', 'Bouge ton coq', 'Villages vivants', 'Les Localos', 'La Ruche qui dit oui', 'Réseau des Amap',
      'Inter-Amap', 'Réseau Initiative', 'Alynea',
    ],
  },
  {
    id: 'agriculture-food-bodies',
    why: 'Agricultural and wine cooperative groups by brand, interprofessions, technical institutes and certifiers of the farming and food world: a food, farming or short-supply-chain project names them bare.',
    names: [
      'Cecab', 'Isigny Sainte-Mère', 'Maîtres Laitiers du Cotentin', 'Le Gouessant', 'Unicor',
      'Sicarev', 'Fermiers de Loué', 'Fermiers du Sud-Ouest', 'Noriap', 'Scael', 'Dijon Céréales', 'Cérèsia',
      'Oxyane', 'Terre Atlantique', 'Alliance BFC', 'Valfrance', 'Cristal Union', 'Vinadeis', 'Plaimont', "Vignerons du Val d'Orbieu",
      'Interbev', 'Cniel', 'Intercéréales', 'Interfel', 'Inaporc', 'Anvol', 'Comité interprofessionnel du vin de Champagne',
      'Bureau interprofessionnel des vins de Bourgogne', 'Conseil interprofessionnel du vin de Bordeaux', 'Arvalis',
      "Institut de l'élevage", 'Idele', 'Terres Inovia', "Institut technique de l'agriculture biologique", 'Itab', 'Ifip', 'Itavi',
      'Ctifl', 'Institut français de la vigne et du vin', 'Inrae', 'Solagro', 'Safer', 'Afdi', 'Agriculteurs français et développement international',
      'Ecocert', 'Bureau Veritas', 'Certipaq',
    ],
  },
  {
    id: 'care-tourism-finance-networks',
    why: 'National federations and groups of home care, elderly care, childhood and child protection, housing and shelter, disability and women\'s rights, the bodies of social tourism, and the platforms and funds of solidarity finance: a social-action, care or funding text names them bare as partners, members or funders.',
    names: [
      'Adessadomicile', 'Fédésap', 'Synerpa', 'Fnaqpa', 'Fnadepa', 'Korian', 'Clariane', 'Orpea', 'DomusVi', 'Cnape',
      'Acepp', 'Fondation d\'Auteuil', 'Babilou', 'People&Baby', 'Les Petits Chaperons Rouges', 'Unafo', 'France Horizon',
      'Oppelia', "Dom'Asile", "Fondation des Amis de l'Atelier", 'Fondation Partage et Vie', 'Forum réfugiés', 'Les Cuistots migrateurs',
      'Apajh', 'Fédération des APAJH', 'Handéo', 'Arpejeh', 'Hanploi', 'Cheops', 'Les PEP', 'Fédération générale des PEP',
      "Fédération générale des pupilles de l'enseignement public", 'Mouvement du Nid', 'Solidarité Femmes', 'Fédération nationale Solidarité Femmes',
      'Fondation des femmes', 'Elles bougent', "Action'Elles", 'Union nationale des associations de tourisme', 'Villages Vacances Familles',
      'Cap France', 'Ternélia', 'Azureva', 'Miléade', 'Belambra', 'Gîtes de France', 'Clévacances', 'ADN Tourisme', 'Touristra Vacances',
      'Oikocredit', 'Kiva', 'Herrikoa', 'Femu Quì', 'Bretagne Capital Solidaire', 'Finance for Tomorrow',
      "Forum pour l'investissement responsable", 'Novethic', 'France Invest', 'Française des Jeux', 'Fondation FDJ', 'La Varappe',
      'Groupe La Varappe', 'Humando', 'Sinéo', 'Institut de l\'engagement', "Les Entreprises s'engagent", 'Les Assembleurs', "Mob'In",
      'Getaround', 'Plüm Énergie', 'Groupe Archer', 'Ecodair', 'Emmaüs Alternatives', 'Emmaüs Coup de Main',
    ],
  },
];
