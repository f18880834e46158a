/**
 * Gazetteer, part 9 (session 38): the State's services in the regions and departments, the central directions and
 * interministerial delegations above them, and its public development and land establishments (`EPA Marne`, `EPF
 * Normandie`), by their official names (`la Direction départementale des territoires et de la
 * mer`, `le Secrétariat général pour les affaires régionales`). Their names are lists
 * of fields joined by `et` and `de`, which no type word reads whole (`Délégation`, `Secrétariat`, `Inspection`), or
 * which a head word's walk may cut. Names that the decrees write with commas (`… de l'économie, de l'emploi, du travail
 * et des solidarités`) are left out: the gazetteer reads no punctuation between a name's words; so are names of more
 * than ten words (the gazetteer's bound, gazetteer.test.ts). Their acronyms (`DREETS`, `DDFiP`) are in
 * `organisation-acronyms.ts`. Written from general knowledge of the French administration (the names the decrees
 * give, including the ones recent reforms replaced, which older reports still print), never from the texts being
 * scored. How an entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const STATE_SERVICE_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'state-regional-departmental-services',
    why: 'The State\'s decentralised services of a region or a department (labour and solidarity, environment, agriculture, culture, territories, public finances, youth and sport, education, population protection, women\'s rights): every funded project, agreement and report of a territory names them, by their official name or its acronym.',
    names: [
      'Direction régionale des affaires culturelles', 'Direction des affaires culturelles',
      'Direction départementale des territoires', 'Direction départementale des territoires et de la mer',
      'Direction départementale de la protection des populations', 'Direction départementale de la cohésion sociale',
      'Direction régionale des finances publiques', 'Direction départementale des finances publiques',
      "Direction des services départementaux de l'Éducation nationale", "Direction académique des services de l'Éducation nationale",
      "Direction régionale et interdépartementale de l'hébergement et du logement",
      'Direction interrégionale de la mer', 'Direction interrégionale des services pénitentiaires',
      'Direction interrégionale de la protection judiciaire de la jeunesse', 'Direction territoriale de la protection judiciaire de la jeunesse',
      'Direction départementale de la sécurité publique', 'Direction régionale des douanes et droits indirects',
      "Délégation régionale aux droits des femmes et à l'égalité", "Direction régionale aux droits des femmes et à l'égalité",
      'Secrétariat général pour les affaires régionales', 'Secrétariat général aux affaires régionales',
      'Délégation régionale à la recherche et à la technologie', "Délégation régionale académique à la recherche et à l'innovation",
      "Délégation régionale académique au numérique pour l'éducation",
    ],
  },
  {
    id: 'central-directions-delegations',
    why: 'Central directions of the ministries and the interministerial delegations and commissions that steer social, housing, territorial, environmental and youth policies: a report on public policy cites them by their long official name, whose head (`Délégation`, `Commissariat`, `Inspection`) is no type word.',
    names: [
      "Direction générale de l'énergie et du climat", 'Direction générale de la prévention des risques',
      "Direction générale de l'alimentation", 'Direction générale de la performance économique et environnementale des entreprises',
      "Direction générale de l'enseignement scolaire",
      "Direction générale de la recherche et de l'innovation", 'Direction générale de la création artistique',
      "Direction générale des patrimoines et de l'architecture", 'Direction générale des médias et des industries culturelles',
      'Direction générale des étrangers en France',
      "Commissariat général à l'égalité des territoires", 'Commissariat général au développement durable',
      'Commissariat général à la stratégie et à la prospective', 'Secrétariat général à la planification écologique',
      'Délégation interministérielle à la sécurité routière',
      "Délégation ministérielle à l'accessibilité",
      'Délégation à la sécurité routière', 'Direction interministérielle de la transformation publique', 'Direction interministérielle du numérique',
      'Secrétariat général du gouvernement', 'Secrétariat général des ministères sociaux',
      "Inspection générale de l'environnement et du développement durable", "Inspection générale de l'administration",
      "Conseil national de lutte contre l'exclusion",
      'Conseil national de la vie associative', 'Conseil national de la transition écologique', "Conseil national de l'alimentation",
      'Haut Conseil du financement de la protection sociale',
    ],
  },
  {
    id: 'public-development-land-establishments',
    why: 'The State\'s public development and land establishments (établissements publics d\'aménagement, établissements publics fonciers) of a new town, a large urban project or a region: an urban, housing or industrial-wasteland project names them as the landowner, developer or partner, by their acronym and area or their brand.',
    names: [
      "Établissement public d'aménagement Paris-Saclay", 'EPA Paris-Saclay', 'EPA Marne', 'EPA Sénart', 'EPA Euroméditerranée', 'Euroméditerranée',
      'EPA Bordeaux-Euratlantique', 'Bordeaux Euratlantique', 'EPA Nice Écovallée', 'EPA Alzette-Belval', 'EPA Saint-Étienne', 'EPA Orsa',
      "Établissement public d'aménagement du Mantois Seine Aval", "Établissement public d'aménagement de Saint-Étienne",
      "Établissement public d'aménagement en Guyane", "Établissement public foncier et d'aménagement de Guyane", 'EPFA Guyane', 'EPFA Mayotte',
      "Établissement public foncier d'Île-de-France", 'EPF Île-de-France', 'EPF Normandie', 'EPF de Normandie', 'EPF Bretagne', 'Foncier de Bretagne',
      'EPF Occitanie', "EPF d'Occitanie", 'EPF Nouvelle-Aquitaine', 'EPF Hauts-de-France', 'EPF Nord-Pas de Calais', "EPF Provence-Alpes-Côte d'Azur",
      'EPF PACA', 'EPF Grand Est', 'EPF Lorraine', 'EPF Loire-Atlantique', 'EPF de la Vendée', 'EPF Doubs BFC', 'EPF Local de la Savoie',
      'EPF Réunion', 'EPF de La Réunion', 'Epora', 'Epamsa', 'Epamarne', 'Epaurif', 'Société de livraison des ouvrages olympiques', 'Solideo',
    ],
  },
];
