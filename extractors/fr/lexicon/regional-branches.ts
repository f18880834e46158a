/**
 * Gazetteer, part 10 (session 38): the regional and local branches of national networks whose name is the network's
 * name or acronym and a territory that no place lexicon reads whole: a chamber of commerce named by a city and its
 * area or by a coined territory (`CCI Portes de Normandie`, `CCI Métropolitaine Bretagne Ouest`), a farmers' social
 * security fund named by a group of departments or an old province (`MSA Portes de Bretagne`, `MSA Alpes du Nord`), the
 * regional banks of a cooperative or mutual group (`CIC Lyonnaise de Banque`, `Crédit Mutuel Massif Central`,
 * `Groupama Paris Val de Loire`). The branch rule after a known name reads a region or a department
 * (parsers/organisation-well-known.ts), the acronym's territory rule a place after an acronym; a branch whose words
 * are common words (`Portes`, `Littoral`, `Métropolitaine`, `Rives`) or a compass word alone (`Est`) stops them
 * short. Written from general knowledge of the networks' current and recent branch names, never from the texts being
 * scored. How an entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const REGIONAL_BRANCH_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'chambers-of-commerce-by-territory',
    why: 'Chambers of commerce and industry named by a city and its area or by a coined territory: a firm, an employment or a town-centre project names its chamber so, and the territory\'s words (`Portes`, `Littoral`, `Grand`, a city and its port) are no department or region.',
    names: [
      'CCI Grand Lille', 'CCI Artois', 'CCI Grand Hainaut', 'CCI Littoral Hauts-de-France', 'CCI Amiens-Picardie',
      'CCI Seine Estuaire', 'CCI Rouen Métropole', 'CCI Portes de Normandie', 'CCI Ouest Normandie', 'CCI Caen Normandie',
      'CCI Seine Mer Normandie', 'CCI Métropolitaine Bretagne Ouest', 'CCI Nantes St-Nazaire', 'CCI Nantes Saint-Nazaire',
      'CCI Le Mans Sarthe', 'CCI Marne en Champagne', 'CCI Troyes et Aube', 'CCI Moselle Métropole Metz',
      'CCI Grand Nancy Métropole Meurthe-et-Moselle', 'CCI Meuse Haute-Marne', 'CCI Alsace Eurométropole',
      "CCI Côte-d'Or Dijon Métropole", 'CCI Saône-Doubs', 'CCI Territoire de Belfort', 'CCI Lyon Métropole Saint-Étienne Roanne',
      'CCI Nord Isère', 'CCI Aix-Marseille-Provence', "CCI Nice Côte d'Azur", "CCI du Pays d'Arles", 'CCI Toulouse Haute-Garonne',
      'CCI Tarbes et Hautes-Pyrénées', 'CCI Bordeaux Gironde', 'CCI Pau Béarn', 'CCI Bayonne Pays Basque', 'CCI La Rochelle',
      'CCI Rochefort et Saintonge', 'CCI Limoges Haute-Vienne', 'CCI Paris Île-de-France', 'CCI Versailles-Yvelines',
      'CCI Ajaccio et Corse-du-Sud', 'CCI Bastia et Haute-Corse', 'CCI Îles de Guadeloupe', 'CCI Centre-Val de Loire',
      'CCI Nouvelle-Aquitaine', 'CCI Occitanie', 'CCI Grand Est', 'CCI Auvergne-Rhône-Alpes', 'CCI Hauts-de-France',
    ],
  },
  {
    id: 'farmers-social-security-funds',
    why: 'The local funds of the farmers\' social security (Mutualité sociale agricole), each named by a group of departments, an old province or a coined area: a rural project, a care or an inclusion text names the fund that serves it by its acronym and that name.',
    names: [
      'MSA Ain-Rhône', 'MSA Alpes du Nord', 'MSA Alpes-Vaucluse', "MSA d'Alsace", 'MSA Ardèche Drôme Loire', 'MSA Armorique',
      'MSA Auvergne', 'MSA Berry-Touraine', 'MSA Beauce Cœur de Loire', 'MSA Bourgogne', 'MSA des Charentes', 'MSA de la Corse',
      'MSA Côtes Normandes', 'MSA Dordogne Lot et Garonne', 'MSA Franche-Comté', 'MSA Gironde', 'MSA Grand Sud',
      'MSA Haute-Normandie', 'MSA Île-de-France', 'MSA Languedoc', 'MSA Limousin', 'MSA Loire-Atlantique Vendée', 'MSA Lorraine',
      'MSA Maine-et-Loire', 'MSA Marne Ardennes Meuse', 'MSA Mayenne-Orne-Sarthe', 'MSA Mayenne Orne Sarthe', 'MSA Midi-Pyrénées Nord',
      'MSA Midi-Pyrénées Sud', 'MSA Nord-Pas de Calais', 'MSA Picardie', 'MSA Portes de Bretagne', 'MSA Provence Azur',
      'MSA Sèvres-Vienne', 'MSA Sud Aquitaine', 'MSA Sud Champagne', 'MSA Tarn Aveyron Lot',
    ],
  },
  {
    id: 'cooperative-mutual-regional-banks',
    why: 'The regional banks and federations of the cooperative and mutual banking and insurance groups: they fund and sponsor projects in their region, which names its bank by the group\'s name and the branch\'s, some of whose words are common words or a compass point alone.',
    names: [
      'CIC Ouest', 'CIC Nord Ouest', 'CIC Est', 'CIC Sud Ouest', 'CIC Lyonnaise de Banque', 'Lyonnaise de Banque',
      'Crédit Mutuel Alliance Fédérale', 'Crédit Mutuel Océan', 'Crédit Mutuel Massif Central', 'Crédit Mutuel Nord Europe',
      'Crédit Mutuel Centre Est Europe', 'Crédit Mutuel Antilles-Guyane', 'Crédit Mutuel Méditerranéen', 'Crédit Mutuel Dauphiné-Vivarais',
      'Crédit Mutuel Savoie-Mont Blanc', 'Crédit Mutuel Loire-Atlantique Centre-Ouest', 'Crédit Mutuel du Sud-Ouest',
      'Crédit Mutuel de Bretagne', 'Crédit Mutuel Maine-Anjou Basse-Normandie',
      "Caisse d'Épargne CEPAC", "Caisse d'Épargne Grand Est Europe", "Caisse d'Épargne Bretagne Pays de Loire",
      "Caisse d'Épargne Aquitaine Poitou-Charentes", "Caisse d'Épargne Auvergne Limousin", "Caisse d'Épargne Loire-Centre",
      "Caisse d'Épargne Loire Drôme Ardèche", "Caisse d'Épargne Hauts de France", "Caisse d'Épargne Rhône Alpes",
      "Caisse d'Épargne Côte d'Azur", "Caisse d'Épargne Provence-Alpes-Corse", "Caisse d'Épargne Ile-de-France",
      'Banque Populaire Rives de Paris', 'Banque Populaire Val de France', 'Banque Populaire Grand Ouest', 'Banque Populaire Méditerranée',
      'Banque Populaire Occitane', 'Banque Populaire du Sud', 'Banque Populaire Alsace Lorraine Champagne',
      'Banque Populaire Bourgogne Franche-Comté', 'Banque Populaire Auvergne Rhône Alpes', 'Banque Populaire Aquitaine Centre Atlantique',
      'Banque Populaire du Nord', 'BRED Banque Populaire',
      'Crédit Agricole Centre-Est', 'Crédit Agricole Sud Rhône Alpes', 'Crédit Agricole Loire Haute-Loire', 'Crédit Agricole Centre France',
      'Crédit Agricole Sud Méditerranée', 'Crédit Agricole du Languedoc', 'Crédit Agricole Toulouse 31', 'Crédit Agricole Pyrénées Gascogne',
      'Crédit Agricole Charente-Maritime Deux-Sèvres', 'Crédit Agricole Charente-Périgord', 'Crédit Agricole Centre Ouest',
      'Crédit Agricole Touraine Poitou', 'Crédit Agricole Anjou Maine', 'Crédit Agricole Atlantique Vendée', 'Crédit Agricole Normandie-Seine',
      'Crédit Agricole Nord de France', 'Crédit Agricole Nord Est', 'Crédit Agricole Brie Picardie', 'Crédit Agricole Champagne-Bourgogne',
      'Crédit Agricole Alsace Vosges', 'Crédit Agricole Val de France', 'Crédit Agricole Centre Loire', "Crédit Agricole Provence Côte d'Azur",
      'Crédit Agricole Alpes Provence', 'Crédit Agricole des Savoie', 'Crédit Agricole Nord Midi-Pyrénées', 'Crédit Agricole Martinique-Guyane',
      'Groupama Grand Est', 'Groupama Centre-Atlantique', 'Groupama Loire Bretagne', 'Groupama Centre Manche', 'Groupama Paris Val de Loire',
      'Groupama Rhône-Alpes Auvergne', 'Groupama Méditerranée', "Groupama d'Oc", 'Groupama Nord-Est', 'Groupama Antilles-Guyane',
      'Groupama Océan Indien',
    ],
  },
];
