/**
 * Gazetteer, part 7 (session 37): the regional and local public operators a French ESS document cites by their brand,
 * with no type word the rules read (`les lignes de Tisséo`, `logés par Archipel Habitat`, `accompagné par AD Normandie`),
 * and the overseas bodies beyond the main ones of `national-institutions.ts`. Written from general knowledge of French
 * territories (transit networks, regional development and innovation agencies, energy agencies, water, waste and
 * energy syndicates, regional social landlords, overseas authorities, banks, utilities and landlords), never from the
 * texts being scored. How an entry matches: see `ess-networks.ts`.
 *
 * Left out on purpose: brands that are also a common word or a given name (`Star`, `Tango`, `Astuce`, `Fluo`, `Rémi`,
 * `Stan`, `Mistral`, `Opal`), short brands of two or three letters (`Tan`, `Tam`, `Tag`, `liO`), and a social landlord's
 * name that opens with a number (`13 Habitat`); a town's or a department's office named `X Habitat` is read by the
 * territory rule already (`TERRITORY_HOUSING_WORDS`), and is listed here only when its first word is no place.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const TERRITORIAL_OPERATOR_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'transit-networks',
    why: 'Urban and regional transit networks and their authorities: a mobility, inclusion or employment project names them as partners or as the service its users take, by brand alone.',
    names: [
      'Tisséo', 'Ilévia', 'Transpole', 'Naolib', 'Semitan', 'Divia', 'Ginko', 'Twisto', 'Soléa', 'Irigo', 'Bibus', 'Filibus',
      'Chronoplus', 'Palmbus', 'Fil Bleu', 'Sytral', 'Sytral Mobilités', 'Transports en commun lyonnais',
      'Régie des transports métropolitains', 'Compagnie des transports strasbourgeois', "Lignes d'Azur", 'BreizhGo', 'Aléop',
      'Vélib Métropole',
    ],
  },
  {
    id: 'regional-development-agencies',
    why: 'Regional agencies of economic development, innovation, attractiveness and energy: they fund, host and advise the firms and projects of their region, under a brand with no type word.',
    names: [
      'AD Normandie', 'Bretagne Développement Innovation', 'Bretagne Commerce International', 'ADI Nouvelle-Aquitaine', "AD'OCC",
      'Auvergne-Rhône-Alpes Entreprises', 'Grand E-nov', "Dev'up Centre-Val de Loire", 'Solutions&co', 'Rising Sud',
      'Choose Paris Region', 'Paris&Co', 'Paris Initiative Entreprise', 'Normandie Attractivité', 'Nexa',
      'Auvergne-Rhône-Alpes Énergie Environnement', 'Agence parisienne du climat', 'Qualitropic', 'Temergie',
      'Technopole de La Réunion', 'Adecal',
    ],
  },
  {
    id: 'water-waste-energy-syndicates',
    why: 'Syndicates and public operators of water, waste and energy known by their brand: the reuse, sorting and energy PTCEs name them as clients, funders or partners.',
    names: [
      "Syndicat des eaux d'Île-de-France", 'Sedif', 'Siaap', 'Eau du Grand Lyon', 'Noréade', 'Eau du bassin rennais', 'Trifyl',
      'Smicval', 'Sytrad', 'Trivalis', 'Valtom', 'Sybert', 'Bil Ta Garbi', 'Kerval Centre Armor', 'Symevad', "Smitred Ouest d'Armor",
      'Sittomat', 'Sytevom', 'Evolis 23', "Territoire d'énergie", 'Sydev', 'Sydela', 'Siéml', 'Syane', 'Sydec', 'Sipperec', 'Sigeif',
      'Morbihan Énergies',
    ],
  },
  {
    id: 'regional-social-landlords',
    why: 'Social landlords of a region, a department or a city known by a brand (offices, companies and cooperatives of social housing): a housing, inclusion or renovation project names them as landlord or partner.',
    names: [
      'Régie immobilière de la Ville de Paris', 'Elogie-Siemp', 'Valophis', 'Plaine Commune Habitat',
      'Les Résidences Yvelines Essonne', 'France Habitation', 'Toit et Joie', 'Coopération et Famille', 'Antin Résidences',
      'Domaxis', 'Logement francilien', 'Efidis', 'Hénéo', 'Sollar', "In'li", 'Grand Lyon Habitat', 'Est Métropole Habitat',
      'Alpes Isère Habitat', 'Actis', 'Pluralis', "Société dauphinoise pour l'habitat", 'Ophis', 'Auvergne Habitat', 'Logidôme',
      'Assemblia', 'Halpades', 'Dynacité', 'Semcoda', "La Nantaise d'Habitations", 'Atlantique Habitations', 'Harmonie Habitat',
      'Podeliha', 'Angers Loire Habitat', 'Méduane Habitat', 'Archipel Habitat', 'Aiguillon Construction', 'Espacil Habitat',
      'Néotoa', 'Armorique Habitat', 'Terre et Baie Habitat', 'Bretagne Sud Habitat', 'Logis Breton', 'Inolya',
      'Partélios Habitat', 'Logéal Immobilière', 'Logiseine', 'Quevilly Habitat', 'Alcéane', 'Sodineuf Habitat Normand',
      "Presqu'île Habitat", 'Siloge', 'Picardie Habitat', 'Trois Moulins Habitat', 'Partenord Habitat', 'Maisons & Cités',
      'Maisons et Cités', 'SIA Habitat', 'Flandre Opale Habitat', 'Plurial Novilia', 'Le Foyer rémois', 'Moselis',
      'Metz Habitat Territoire', 'Ophéa', 'Habitation moderne', 'Habitats de Haute-Alsace', 'Présence Habitat',
      'Grand Dijon Habitat', 'Orvitis', 'Habellis', 'Villéo', 'Néolia', 'Val Touraine Habitat', "Les Résidences de l'Orléanais",
      'Promologis', 'Patrimoine SA Languedocienne', 'Altéal', 'Mésolia', 'Aquitanis', 'Logévie', 'Habitat Sud Atlantic',
      'Office 64', 'Logirem', 'Unicil', 'Famille & Provence', 'Famille et Provence', 'Grand Delta Habitat', 'Vaucluse Logement',
    ],
  },
  {
    id: 'overseas-operators',
    why: 'Overseas authorities, agglomerations, social security funds, ports, banks, utilities and social landlords beyond the main bodies: a document from the Antilles, Guyane, Réunion, Mayotte or the Pacific names them bare.',
    names: [
      'Collectivité de Saint-Martin', 'Collectivité de Saint-Barthélemy', 'Collectivité territoriale de Saint-Pierre-et-Miquelon',
      'Assemblée de Martinique', 'Assemblée de Guyane', 'Conseil exécutif de Martinique',
      'Haut-commissariat de la République en Polynésie française', 'Haut-commissariat de la République en Nouvelle-Calédonie',
      'Caisse de prévoyance sociale de la Polynésie française', 'Cinor', 'Cirest', 'Casud', 'Territoire de la Côte Ouest', 'Cadema',
      'Cap Nord Martinique', 'Espace Sud Martinique', 'Grand port maritime de La Réunion', 'Grand port maritime de la Guadeloupe',
      'Grand port maritime de la Martinique', 'Grand port maritime de la Guyane', 'Centre spatial guyanais', 'Parc amazonien de Guyane',
      'Banque de Tahiti', 'Banque de Polynésie', 'Banque Socredo', 'Socredo', "Banque calédonienne d'investissement",
      'Office des postes et télécommunications', 'Électricité de Tahiti', 'Enercal', 'Société Le Nickel', 'Koniambo Nickel', 'Albioma',
      'Semsamar', 'Société immobilière de la Guadeloupe', 'Société immobilière de la Martinique', 'Société immobilière de Kourou',
      'Société immobilière de Mayotte', 'Société immobilière du département de la Réunion', 'Semader', 'Sodegis',
      'Société immobilière de Nouvelle-Calédonie', "Fonds social de l'habitat", "Office polynésien de l'habitat",
      // farmers' cooperatives and producers' groups, development companies, utilities, landlords and large associations
      // of Réunion, the Antilles, Guyane, Mayotte and the Pacific
      'Sicalait', 'Urcoopa', 'Sica Révia', 'Provanille', 'Banamart', 'Union des groupements de producteurs de bananes',
      'Tahiti Tourisme', 'Te Fare Tauhiti Nui', 'Promosud', 'Sofinor', 'Calédonienne des eaux', 'Électricité de Mayotte',
      'Société mahoraise des eaux', 'Mlezi Maore', 'Société guyanaise des eaux', 'Siguy', "Société martiniquaise d'HLM",
      'Guadeloupe Formation', 'Fondation Père Favron',
    ],
  },
];
