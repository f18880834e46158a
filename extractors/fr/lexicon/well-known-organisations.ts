/**
 * The gazetteer of organisations that French ESS documents cite by a name with no type word
 * (`Crédit Mutuel de Bretagne`, `Caisse d'Épargne`, `COORACE` aside: acronyms in capitals are in
 * `organisation-acronyms.ts`). General knowledge, not any document's answers, kept by category in
 * `ess-networks.ts`, `public-funders.ts`, `national-institutions.ts`, `press-titles.ts`, `companies.ts` and
 * `civil-society.ts`, `territorial-operators.ts`, `sector-bodies.ts`, `state-services.ts`, `regional-branches.ts`, `national-federations.ts`, `universities-schools.ts`, `overseas-bodies.ts` and `general-bodies.ts`; a regional branch may follow a name
 * (`Crédit Agricole Alpes Provence`).
 */
import { ESS_NETWORK_CATEGORIES, type GazetteerCategory } from './ess-networks.js';
import { NATIONAL_INSTITUTION_CATEGORIES } from './national-institutions.js';
import { PUBLIC_FUNDER_CATEGORIES } from './public-funders.js';
import { PRESS_CATEGORIES } from './press-titles.js';
import { COMPANY_CATEGORIES } from './companies.js';
import { CIVIL_SOCIETY_CATEGORIES } from './civil-society.js';
import { TERRITORIAL_OPERATOR_CATEGORIES } from './territorial-operators.js';
import { SECTOR_BODY_CATEGORIES } from './sector-bodies.js';
import { STATE_SERVICE_CATEGORIES } from './state-services.js';
import { REGIONAL_BRANCH_CATEGORIES } from './regional-branches.js';
import { NATIONAL_FEDERATION_CATEGORIES } from './national-federations.js';
import { UNIVERSITY_SCHOOL_CATEGORIES } from './universities-schools.js';
import { OVERSEAS_BODY_CATEGORIES } from './overseas-bodies.js';
import { GENERAL_BODY_CATEGORIES } from './general-bodies.js';

/** Every category of the gazetteer, in reading order. */
export const WELL_KNOWN_CATEGORIES: readonly GazetteerCategory[] = [
  ...ESS_NETWORK_CATEGORIES, ...PUBLIC_FUNDER_CATEGORIES, ...NATIONAL_INSTITUTION_CATEGORIES, ...PRESS_CATEGORIES, ...COMPANY_CATEGORIES,
  ...CIVIL_SOCIETY_CATEGORIES, ...TERRITORIAL_OPERATOR_CATEGORIES, ...SECTOR_BODY_CATEGORIES, ...STATE_SERVICE_CATEGORIES,
  ...REGIONAL_BRANCH_CATEGORIES, ...NATIONAL_FEDERATION_CATEGORIES, ...UNIVERSITY_SCHOOL_CATEGORIES, ...OVERSEAS_BODY_CATEGORIES,
  ...GENERAL_BODY_CATEGORIES,
];

/**
 * Every name of the gazetteer, once, as written (the other spellings it matches are the parser's:
 * `organisation/gazetteer.ts`), and the exact spellings the name-end rules look for after `et`.
 */
export const WELL_KNOWN_ORGANISATIONS: readonly string[] = [
  ...new Set([
    ...WELL_KNOWN_CATEGORIES.flatMap((category) => category.names),
    "Caisse d'Epargne", 'Caisse des Dépôts', 'Secours Populaire', 'Secours Catholique', 'Pôle Emploi', 'Mission Locale',
  ]),
];

/**
 * Gazetteer names that are also a phrase of French prose, every word a common one (`Foyers ruraux`, `Acteurs
 * publics`, `Aide et Action`): mid-sentence, written as the name, they are the body (`adhérent des Foyers ruraux`);
 * opening a sentence or a line, or in a heading in capitals, they are the phrase (`Acteurs publics et élus se
 * réunissent`, `AIDE ET ACTION SOCIALE`), so the gazetteer reads them mid-sentence only.
 */
export const PHRASE_NAMES: ReadonlySet<string> = new Set([
  'Acteurs publics', 'Générations Futures', 'Aide et Action', 'Habitat et Développement', 'Bienvenue à la ferme',
  'Entreprendre pour apprendre', 'Vieilles maisons françaises', 'Action contre la faim', 'Mutuelle familiale',
  'Collège coopératif', 'Tous Bénévoles', 'Foyers ruraux', 'Coordination rurale', 'Familles de France', 'Culture et Liberté',
  'Peuple et Culture', 'Jeunesse au plein air', 'Arts et Métiers', 'Le Moniteur', "Cuisine mode d'emploi", 'Territoires Conseils',
  'Habitation moderne', 'Coopération et Famille', 'Logement francilien', 'Villages vivants', 'Bouge ton coq', 'Elles bougent',
  // An article and a plural noun, or a clause (`Les Assembleurs du meuble…`, `LES ENTREPRISES S'ENGAGENT` as a heading).
  'Les Assembleurs', 'Les Déterminés', "Les Entreprises s'engagent",
  // A common noun and an adjective, or two nouns joined by `et` (`la protection civile du territoire`, `Femmes solidaires du quartier`
  // as a heading).
  'Protection civile', 'Sauveteurs en mer', 'Voisins solidaires', 'Vacances ouvertes', 'Enfance et Partage', 'Citoyens et Justice',
  'Femmes solidaires', 'Solidarité laïque', 'Lire et faire lire', 'Coopération maritime', 'Assemblée territoriale',
  // A noun and an adjective the addiction-help movement is named by (`une vie libre` as a heading).
  'Vie libre',
  // Part 14's names that are a phrase of prose opening a sentence or a heading (`Valeurs actuelles de l'association :`,
  // `Droit au logement : la commune réserve…`, `Agir pour l'environnement, c'est trier`, `Les Canaux de diffusion`).
  'Valeurs actuelles', 'Cahiers pédagogiques', "Fermes d'avenir", "Passeurs d'images", 'Les Canaux', 'Droit au logement',
  "Agir pour l'environnement", "Tape à l'œil", 'Notre affaire à tous',
]);

/**
 * Gazetteer names that are a body only with the department or region after them, their branch (`Territoire d'énergie
 * Valbrune`, a department's energy syndicate): bare, or followed by a lower-case word, they are a phrase or a label's name
 * (`Territoire d'énergie positive`), no body (`branch-only` in parsers/organisation-well-known.ts).
 */
export const BRANCH_ONLY_NAMES: ReadonlySet<string> = new Set(["Territoire d'énergie"]);

/**
 * Former regions, provinces and large areas that name a branch after a national body (`France
 * Active Lorraine`, `Crédit Agricole Alpes Provence`) and are also French words or first names,
 * so no place lexicon vouches for them. Current regions are in `REGIONS` (organisation-types.ts).
 */
export const BRANCH_AREAS: readonly string[] = [
  'Alsace', 'Lorraine', 'Champagne', 'Ardenne', 'Ardennes', 'Picardie', 'Limousin', 'Auvergne', 'Aquitaine', 'Poitou',
  'Charentes', 'Languedoc', 'Roussillon', 'Midi', 'Pyrénées', 'Rhône', 'Alpes', 'Provence', 'Côte', 'Azur', 'Franche',
  'Comté', 'Bourgogne', 'Savoie', 'Dauphiné', 'Gascogne', 'Béarn', 'Basque', 'Anjou', 'Touraine', 'Berry', 'Vendée',
  'Atlantique', 'Méditerranée', 'Loire', 'Seine', 'Garonne', 'Gironde', 'Armor', 'Finistère', 'Normandie', 'Flandre',
  'Artois', 'Hainaut', 'Haute', 'Haut', 'Basse', 'Bas', 'Grand', 'Pays', 'Val', 'Île', 'Nord', 'Sud', 'Est', 'Ouest', 'Centre',
  // Overseas regions and territories, which are common words or lie outside the communes' lexicon
  // (`France Active Réunion`, `ESS France Outre-mer`, `Unis-Cité de la Réunion`).
  'Réunion', 'Guadeloupe', 'Martinique', 'Guyane', 'Mayotte', 'Outre-mer', 'Outremer', 'Polynésie', 'Calédonie',
];

/** Legal forms written after a company's name (`Kerbio SCOP`, `Martin Bâtiment SARL`). */
export const LEGAL_FORMS_AFTER: readonly string[] = ['SCOP', 'SCIC', 'SAS', 'SASU', 'SARL', 'EURL', 'SCEA', 'GAEC', 'EARL', 'SEM', 'SPL'];

/** What follows `X & …` in a firm's name (`Labat & Fils`, `Garnier et Associés`). */
export const FIRM_PARTNERS: readonly string[] = ['Fils', 'Filles', 'Cie', 'Compagnie', 'Associés', 'Associées', 'Frères', 'Sœurs', 'Partenaires'];

/** Words after a territory that make it a local authority (`Morlaix Communauté`, `Vannes Agglo`). */
export const TERRITORY_BODY_WORDS: readonly string[] = ['Communauté', 'Agglo', 'Agglopôle', 'Agglomération', 'Métropole'];

/**
 * Words after a territory that make it the territory's public housing office (an office public de l'habitat names itself
 * so: `Vilaret Habitat`, `Kerlan Métropole Habitat`). Capitalised only: `un habitat` is a dwelling.
 */
export const TERRITORY_HOUSING_WORDS: readonly string[] = ['Habitat'];

/**
 * Body words some authorities write in lower case after their town (`Vierzon agglomération`,
 * `Lunel métropole`): a body only after a known place's whole name. Not `communauté`, a common
 * noun that prose may put after a place (`la Bretagne, communauté de projets`).
 */
export const LOWER_TERRITORY_BODY_WORDS: readonly string[] = ['agglo', 'agglomération', 'métropole'];
