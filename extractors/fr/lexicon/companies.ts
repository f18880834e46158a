/**
 * Gazetteer, part 5: the large French companies and groups that ESS documents cite as partners,
 * clients, donors or suppliers (`chantier financé avec Bouygues Immobilier`, `collecte pour Paprec`),
 * by name alone. Written from general knowledge of the French economy (energy, transport, retail,
 * construction, water and waste, telecoms, banking and insurance, services), never from the texts
 * being scored. How an entry matches: see `ess-networks.ts`.
 *
 * Left out on purpose, because the bare name is also a common word, a place, a given name or a
 * surname a page may print with a capital: `Orange`, `Total`, `Free`, `Carrefour`, `Casino`,
 * `Leclerc`, `Michelin`, `Renault`, `Peugeot`, `Vinci` (Léonard de Vinci), `Colas`, `Safran`, `Printemps`,
 * `Legrand`, `Truffaut`, `Canal+` (its one word is `Canal`). Their unambiguous forms are listed instead
 * (`Groupe Orange`, `Carrefour Market`, `Vinci Construction`). No entry opens with a given name: a
 * gazetteer name's first word keeps a capitals line from reading as a person (person-capitals.ts).
 */
import type { GazetteerCategory } from './ess-networks.js';

export const COMPANY_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'energy-transport-telecom-companies',
    why: 'Energy, transport and telecoms operators: they sponsor inclusion projects, sign mobility and energy-poverty partnerships and buy from ESS firms; their names are brands or coined words with no type word.',
    names: [
      'TotalEnergies', 'Électricité de France', 'EDF Renouvelables', 'Enedis', 'GRTgaz', "Réseau de transport d'électricité",
      'Gaz Réseau Distribution France', 'Dalkia', 'Engie Solutions', 'Compagnie nationale du Rhône', 'Storengy', 'Teréga',
      'Voltalia', 'Neoen', 'Akuo Energy', 'Ekwateur', 'Butagaz', 'Primagaz', 'Antargaz', 'Électricité de Strasbourg',
      'SNCF Réseau', 'SNCF Voyageurs', 'SNCF Connect', 'SNCF Gares & Connexions', 'Groupe SNCF', 'Groupe RATP', 'RATP Dev',
      'Air France', 'Air France-KLM', 'Aéroports de Paris', 'Groupe ADP', 'Getlink', 'Eurotunnel', 'Vinci Autoroutes',
      'Sanef', 'Flixbus', 'BlaBlaCar', 'Ouigo', 'Geodis', 'CMA CGM', 'Chronopost', 'Colissimo', 'Uber', 'Deliveroo',
      'Air Austral', 'Air Caraïbes', 'Air Tahiti', 'Air Tahiti Nui', 'Aircalin', 'Corsair',
      'Bouygues Telecom', 'Groupe Orange', 'Free Mobile', 'Iliad', 'Altice', 'Capgemini', 'Atos', 'Sopra Steria',
      'Dassault Systèmes', 'OVHcloud', 'Ubisoft', 'Google', 'Microsoft', 'Amazon',
    ],
  },
  {
    id: 'retail-industry-companies',
    why: 'Retail chains, consumer brands and industrial groups: they give unsold goods, fund solidarity grocery shops and sorting, and host inclusion hires; their names are coined words or two surnames that read as a person.',
    names: [
      'Groupe Carrefour', 'Carrefour Market', 'Carrefour City', 'Groupe Casino', 'Géant Casino', 'Franprix', 'Leader Price',
      'Aldi', 'Grand Frais', 'Les Mousquetaires', 'Groupement Les Mousquetaires', 'Bricomarché', 'Super U', 'Hyper U',
      'Coopérative U', 'La Vie Claire', 'Naturalia', 'Picard Surgelés', 'Mr Bricolage', 'Bricorama', 'Weldom', 'Gedimat',
      'Point P', 'Jardiland', 'Gamm vert', 'Botanic', 'Cultura', 'Fnac', 'Conforama', 'Maisons du Monde', 'La Redoute',
      'Cdiscount', 'Leboncoin', 'Le Bon Coin', 'Vinted', 'Back Market', 'Veepee', 'Etam', 'Celio', 'Petit Bateau', 'Okaïdi',
      'Intersport', 'Go Sport', 'Sport 2000', 'H&M', 'Zara', 'Primark', 'Uniqlo', 'Galeries Lafayette', 'Nature & Découvertes',
      'Nature et Découvertes', 'Sephora', "McDonald's", 'Burger King', 'Starbucks', 'Coca-Cola', 'Heineken', 'Kronenbourg',
      'Nestlé', 'Lactalis', 'Savencia', 'Fleury Michon', 'Pernod Ricard', 'Sodebo', 'Kering', 'LVMH', 'Arkema',
      'Air Liquide', 'Sanofi', 'Airbus', 'Thales', 'Groupe Safran', 'Valeo', 'Alstom', 'Stellantis', 'Groupe Renault',
      'Renault Trucks', 'Groupe Michelin', 'Groupe SEB', 'Groupe Legrand', 'Groupe Rocher',
    ],
  },
  {
    id: 'construction-water-waste-companies',
    why: 'Builders, developers, engineering firms and the water and waste operators: the insertion clauses of public works and the reuse and sorting PTCEs name them as clients and partners.',
    names: [
      'Bouygues Construction', 'Bouygues Bâtiment', 'Bouygues Immobilier', 'Groupe Vinci', 'Vinci Construction', 'Vinci Energies',
      'Vinci Immobilier', 'Spie Batignolles', 'Fayat', 'Demathieu Bard', 'Rabot Dutilleul', 'Nexity', 'Icade', 'Altarea', 'Cogedim',
      'Kaufman & Broad', 'Egis', 'Artelia', 'Setec', 'Systra', 'Ingérop', 'Holcim', 'LafargeHolcim', 'Eiffage Construction',
      'Suez', 'Groupe Suez', 'Lyonnaise des eaux', 'Saur', 'Veolia Eau', 'Veolia Propreté', 'Paprec', 'Derichebourg',
      'Séché Environnement', 'Eau de Paris', 'Syctom', 'Ecosystem', 'Eco-systèmes', 'Ecodds', 'Adivalor', 'Cyclamed',
      'Screlec', 'Corepile', 'Alcome', 'Aliapur', 'Dastri', 'Soren',
    ],
  },
  {
    id: 'banks-insurers-services-companies',
    why: 'Banks, insurers, investors, temp agencies, consultancies and service groups: they fund, insure, audit or employ alongside ESS firms and appear bare in partner lists and reports.',
    names: [
      'Crédit Lyonnais', 'Natixis', 'Arkéa', 'Crédit Mutuel Arkéa', 'Crédit du Nord', 'Boursorama', 'Cetelem', 'Cofidis',
      'Banque Palatine', 'Banque Française Mutualiste', 'Allianz', 'Generali', 'Aviva', 'Abeille Assurances', 'Swiss Life',
      'CNP Assurances', 'Crédit Agricole Assurances', 'Pacifica', 'Predica', 'Meridiam', 'Eurazeo', 'Ardian', 'Tikehau Capital',
      'Citizen Capital', 'Inco Ventures', 'Ecofi', 'Ecofi Investissements', 'Wiseed', 'Tudigo', 'Enerfip', 'Babyloan',
      'Adecco', 'Manpower', 'ManpowerGroup', 'Randstad', 'Onet', 'Elior', 'Securitas', 'Accenture', 'Deloitte', 'KPMG',
      'PwC', 'Forvis Mazars', 'Mazars', 'McKinsey', 'Boston Consulting Group', 'JCDecaux', 'Publicis', 'Havas',
      'Club Med', 'Disneyland Paris', 'Orange Business',
    ],
  },
];
