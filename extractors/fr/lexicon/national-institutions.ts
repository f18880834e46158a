/**
 * Gazetteer, part 3: the institutions of the French State and of Europe, and the national schools
 * and research bodies, that any French document may cite by name with no type word the name rules
 * know (`débattu à l'Assemblée nationale`, `professeure à l'École polytechnique`, `selon la
 * Commission européenne`). Written from general knowledge of French institutions, never from the
 * texts being scored. How an entry matches: see `ess-networks.ts`; a town after a school's name is
 * read as its branch (`Sciences Po Lille`, `Institut d'études politiques de Rennes`).
 */
import type { GazetteerCategory } from './ess-networks.js';

export const NATIONAL_INSTITUTION_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'state-institutions',
    why: 'The constitutional bodies, courts and central directions of the State: every report on public policy names them, and their head words (`Assemblée`, `Cour`, `Direction`) are no type word alone.',
    names: [
      'Assemblée nationale', 'Sénat', 'Conseil constitutionnel', "Conseil d'État", 'Cour des comptes', 'Cour de cassation',
      'Chambre régionale des comptes', 'Chambres régionales des comptes', 'Défenseur des droits',
      'Conseil économique, social et environnemental', 'Conseil économique social et environnemental',
      'Inspection générale des affaires sociales', 'Inspection générale des finances',
      'Direction générale de la cohésion sociale', "Direction générale de l'action sociale", 'Direction générale du travail',
      'Direction générale des entreprises', 'Direction générale des finances publiques', 'Direction générale de la santé',
      "Direction générale de l'offre de soins", "Direction générale des collectivités locales",
      "Délégation générale à l'emploi et à la formation professionnelle",
    ],
  },
  {
    id: 'european-international',
    why: 'European and international institutions that fund, regulate or report on the fields a French document covers (European funds, climate, work).',
    names: [
      'Commission européenne', 'Parlement européen', 'Conseil européen', "Conseil de l'Union européenne", "Conseil de l'Europe",
      "Cour de justice de l'Union européenne", 'Comité économique et social européen', 'Comité européen des régions',
      'Nations unies', 'Organisation des Nations unies', 'Organisation internationale du travail', 'Banque mondiale',
      'Fonds monétaire international', 'Organisation mondiale de la santé',
      "Groupe d'experts intergouvernemental sur l'évolution du climat",
    ],
  },
  {
    id: 'schools-research',
    why: 'National schools, grandes écoles and research bodies: their names (an adjective, a brand) carry no type word the rules read, and a town after them names a campus.',
    names: [
      'École polytechnique', 'Sciences Po', 'Institut d\'études politiques', 'Institut d\'administration des entreprises',
      'Mines ParisTech', 'Mines Paris', 'École des mines', 'École normale supérieure', 'École nationale d\'administration',
      'Institut national du service public', 'École des hautes études en sciences sociales', 'Collège de France',
      'Centre national de la recherche scientifique', 'Institut national de la recherche agronomique', 'AgroParisTech',
      'CentraleSupélec', 'École centrale', 'HEC Paris', 'Conservatoire national supérieur de musique',
    ],
  },
];
