/**
 * Gazetteer, part 12 (session 38): universities whose official name is no `Université de` and a town (a region, a
 * coined area, a number, a person's name: `Université du Littoral Côte d'Opale`, `Université Paris 8`, `CY Cergy Paris
 * Université`) and the engineering, farming and business schools that `national-institutions.ts` leaves out, with
 * their usual short forms in `organisation-acronyms.ts` (`ULCO`, `UVSQ`, `ICAM`). A research partner, a student's
 * project or an ESS chair names them so. Written from general knowledge of French higher education (current names and
 * the recent former ones), never from the texts being scored. How an entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const UNIVERSITY_SCHOOL_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'universities-by-official-name',
    why: 'Universities named by a region, an area, a number or a person rather than their town alone: the head word reads `Université de` and a place, and stops at these names\' numbers, areas and given names.',
    names: [
      'Université Polytechnique Hauts-de-France', "Université du Littoral Côte d'Opale", 'Université de Haute-Alsace',
      'Université de Reims Champagne-Ardenne', 'Université Le Havre Normandie', 'Université Caen Normandie', 'Université Rouen Normandie',
      'Université Bourgogne Europe', 'Université Marie et Louis Pasteur', "Université de Pau et des Pays de l'Adour", 'Université Perpignan Via Domitia',
      'La Rochelle Université', "Université d'Artois", "Université d'Évry", 'Université Évry Paris-Saclay', 'CY Cergy Paris Université',
      'Université Paris 1 Panthéon-Sorbonne', 'Université Paris 1', 'Université Paris 2', 'Université Paris 3', 'Université Paris 8',
      'Université Paris 8 Vincennes-Saint-Denis', 'Université Paris 13', 'Université Paris-Panthéon-Assas', 'Université Paris-Est Marne-la-Vallée',
      'Université de Versailles Saint-Quentin-en-Yvelines', 'Université Toulouse III Paul Sabatier', 'Université Toulouse III',
      'Université Lyon 1', 'Université Lyon 2', 'Université Lyon 3', 'Université de technologie de Belfort-Montbéliard',
      'Université de Franche-Comté', 'Université Bourgogne Franche-Comté', 'Université Rennes 1', 'Université de Rennes 1',
      'Université Montpellier Paul-Valéry', 'Avignon Université', 'Université François-Rabelais', 'Institut national universitaire Champollion',
      'Université Champollion', 'Université catholique de Lyon', 'Institut catholique de Toulouse', 'Université de Valenciennes et du Hainaut-Cambrésis',
      'Université Toulouse 1 Capitole', 'Université Toulouse 2 Jean Jaurès', 'Université Grenoble-Alpes', 'Université Paris-Est',
    ],
  },
  {
    id: 'engineering-farming-business-schools',
    why: 'Engineering, farming and business schools and institutes known by a brand or a coined name: a partner list, a jury or a student project names the school bare, with no type word the rules read.',
    names: [
      'Junia', 'Yncréa', 'Icam', 'Isara', 'Essca', 'Inseec', 'ISC Paris', 'PSB Paris School of Business', 'South Champagne Business School',
      'Brest Business School', 'EDC Paris Business School', 'Agrocampus Ouest', 'AgroSup Dijon', 'UniLaSalle', 'Institut polytechnique UniLaSalle',
      'École d\'ingénieurs de Purpan', 'Cesi', 'IMT Mines Albi', 'IMT Mines Alès', 'IMT Nord Europe', 'Mines Saint-Étienne', 'Télécom SudParis',
      'IMT Business School', 'Institut Polytechnique de Paris', 'Institut polytechnique de Grenoble', 'Grenoble INP', 'Toulouse INP', 'Bordeaux INP',
      'Ensae Paris', 'Ensai', 'Ensta Paris', 'Ensta Bretagne', 'Engees', 'Istom', 'Esitc', 'Estp', 'Estp Paris', 'École spéciale des travaux publics',
      'Institut Paul Bocuse', 'Ferrandi Paris', 'Sup de Pub', 'Efap', 'Iscom', 'Celsa',
    ],
  },
];
