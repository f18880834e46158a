/**
 * Gazetteer, part 13 (session 38): bodies of the overseas territories that `national-institutions.ts` and
 * `territorial-operators.ts` leave out: the agglomerations of Guadeloupe, Martinique, Guyane and Réunion known by a
 * brand (`Cap Excellence`), the banks, utilities and carriers of the Antilles and the Indian Ocean, and the State
 * offices for overseas farming and rural land, with their acronyms in `organisation-acronyms.ts` (`CACEM`, `CIVIS`,
 * `ODEADOM`). Written from general knowledge of the overseas territories, never from the texts being scored. How an
 * entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const OVERSEAS_BODY_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'overseas-agglomerations-operators',
    why: 'Agglomerations, banks, utilities, carriers and State offices of the overseas territories: a project in Guadeloupe, Martinique, Guyane, Réunion, Mayotte or the Pacific names them as funders, partners or clients, by a brand or a long name the type words do not read whole.',
    names: [
      'Cap Excellence', 'Communauté intercommunale des villes solidaires', 'Communauté intercommunale Réunion Est', 'Communauté intercommunale du Nord de la Réunion',
      "Communauté d'agglomération du Centre de la Martinique", "Communauté d'agglomération de l'Espace Sud de la Martinique", "Communauté d'agglomération du Centre Littoral",
      'Communauté des communes de l\'Ouest guyanais', 'Banque des Antilles françaises', 'Banque française commerciale Océan Indien', 'Air Antilles',
      'EDF Archipel Guadeloupe', 'Société anonyme de la raffinerie des Antilles', "Office de développement de l'économie agricole d'outre-mer", 'Odeadom',
      "Agence de développement rural et d'aménagement foncier", "Office de l'eau Réunion", "Office de l'eau Martinique", "Office de l'eau Guadeloupe",
      "Office de l'eau Guyane", 'Parc national de La Réunion', 'Parc national de la Guadeloupe', 'Conservatoire botanique national de Mascarin',
      'Crédit Agricole de la Réunion', 'Crédit Agricole Guadeloupe', 'Caisse régionale de Crédit agricole mutuel de la Réunion',
      'Province Sud de la Nouvelle-Calédonie',
    ],
  },
];
