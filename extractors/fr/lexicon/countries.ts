/**
 * Countries and a few world regions by their French names, folded (no accents, lower case, spaces
 * for hyphens): places, like the communes, departments and regions of places.ts, when a name
 * candidate is nothing but one of them (`un partenaire au Portugal`, `(Sénégal)`).
 */
import { fold } from '../../core/pattern.js';

const NAMES = `
Afghanistan Afrique-du-Sud Albanie Algérie Allemagne Andorre Angleterre Angola Arabie-Saoudite Argentine Arménie Australie
Autriche Azerbaïdjan Belgique Bénin Biélorussie Birmanie Bolivie Bosnie-Herzégovine Botswana Brésil Bulgarie Burkina-Faso
Burundi Cambodge Cameroun Canada Chili Chine Chypre Colombie Comores Congo Corée Costa-Rica Côte-d'Ivoire Croatie Cuba
Danemark Djibouti Écosse Égypte Émirats-Arabes-Unis Équateur Espagne Estonie États-Unis Éthiopie Finlande Gabon Géorgie
Ghana Grèce Guatemala Guinée Haïti Honduras Hongrie Inde Indonésie Irak Iran Irlande Islande Israël Italie Jamaïque Japon
Jordanie Kazakhstan Kenya Kosovo Koweït Laos Lettonie Liban Libéria Libye Liechtenstein Lituanie Luxembourg Macédoine
Madagascar Malaisie Malawi Mali Malte Maroc Maurice Mauritanie Mexique Moldavie Monaco Mongolie Monténégro Mozambique
Namibie Népal Nicaragua Niger Nigeria Norvège Ouganda Ouzbékistan Pakistan Palestine Panama Paraguay Pays-Bas Pérou
Philippines Pologne Portugal Qatar Roumanie Royaume-Uni Russie Rwanda Salvador Sénégal Serbie Singapour Slovaquie Slovénie
Somalie Soudan Suède Suisse Syrie Tanzanie Tchad Tchéquie Thaïlande Togo Tunisie Turquie Ukraine Uruguay Venezuela
Vietnam Yémen Zambie Zimbabwe Europe Afrique Asie Amérique Océanie Maghreb Québec
`;

/** The folded names, hyphens read as spaces. */
export const COUNTRIES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter((name) => name !== '').map((name) => fold(name).replace(/-/gu, ' ')));

/** Whether `name` is only a country's or a world region's name. */
export function isCountryName(name: string): boolean {
  return COUNTRIES.has(fold(name.trim()).replace(/[-\s]+/gu, ' '));
}
