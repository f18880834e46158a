/**
 * Words before a capitalised first name + surname that make the pair part of a place, street,
 * building or prize name (`rue Jean Jaurès`, `lycée Pierre Mendès`), not a person. Street words
 * come from `street-words.ts`; these are the buildings and honorifics.
 */
import { STREET_WORDS } from './street-words.js';

export const PLACE_HEADS: readonly string[] = [
  ...STREET_WORDS,
  'lycée', 'collège', 'école', 'groupe scolaire', 'salle', 'stade', 'gymnase', 'hôpital', 'clinique', 'espace', 'centre',
  'maison', 'médiathèque', 'bibliothèque', 'théâtre', 'complexe', 'parc', 'pont', 'fondation', 'prix', 'quartier',
  'saint', 'sainte', 'st', 'ste',
  // Institutions and cohorts named after a person (`Université Gaston Berthier`, `promotion Simone Veil`).
  'université', 'universite', 'institut', 'musée', 'résidence', 'promotion',
  // Events and awards named after a person (`festival Georges Brassens`, `trophée Jules Verne`, `chaire Marie Curie`).
  'festival', 'trophée', 'trophées', 'médaille', 'bourse', 'chaire',
  // Care, childhood, sport and meeting places that towns name after a person (`crèche Françoise Dolto`, `EHPAD Marie Curie`).
  'ehpad', 'esat', 'foyer', 'crèche', 'creche', 'piscine', 'halle', 'auditorium', 'amphithéâtre', 'amphi', 'campus',
];

/**
 * Adjectives that may stand between a place head and the person's name it bears (`centre social
 * Louise Michel`, `salle polyvalente Jean Ferrat`, `complexe sportif Jean Bouin`): the name is still
 * the building's, not a person met there.
 */
export const PLACE_HEAD_QUALIFIERS: readonly string[] = [
  'social', 'sociale', 'socioculturel', 'socio-culturel', 'culturel', 'culturelle', 'sportif', 'sportive', 'scolaire',
  'polyvalente', 'polyvalent', 'municipal', 'municipale', 'communal', 'communale', 'intercommunal', 'intercommunale',
  'hospitalier', 'universitaire', 'associatif', 'associative', 'aquatique', 'nautique', 'omnisports', 'médico-social',
  'départemental', 'départementale', 'paroissial', 'paroissiale',
  // a school's or a college's level and kind (`école maternelle Louise Morvan`, `lycée professionnel Jean Roux`)
  'maternelle', 'élémentaire', 'elementaire', 'primaire', 'professionnel', 'professionnelle', 'agricole', 'technique',
  'technologique', 'général', 'polytechnique', 'privé', 'privée', 'public', 'publique', 'catholique', 'laïque', 'hôtelier',
  'horticole', 'maritime', 'rural', 'rurale',
];

/**
 * A saint's word in the languages whose saints name French parishes, ships, places and streets (`Saint`, `Santa`,
 * `São`): a given name right after it is the saint's, and the pair it opens a place's, a parish's or a ship's name
 * (`la paroisse Saint - Anselme des Prés`, `à bord du Santa Lucia Maria`), also across the spaced dash a text layer
 * leaves for the hyphen.
 */
export const SAINT_WORDS: readonly string[] = ['saint', 'sainte', 'saints', 'saintes', 'st', 'ste', 'santa', 'santo', 'san', 'são', 'sao', 'sankt'];

/**
 * Institutions that bear both their town and a person's name (`université de Picardie Jules Verne`, `Université
 * Toulouse Jean Jaurès`, `lycée de Lunel Jean Moulin`): after one of these and a known place, a pair names the institution.
 */
export const PLACE_AND_PERSON_NAMED_HEADS: readonly string[] = [
  'université', 'universite', 'lycée', 'lycee', 'collège', 'college', 'école', 'ecole', 'institut', 'campus', 'hôpital', 'hopital',
];

/**
 * Words of a natural area named after its river, lake or mountain with an elided `d'` (`Val d'Yvette`,
 * `Vallée d'Aure`, `Pays d'Ille`): rivers bear given names, so the capitalised word after them is the
 * river's, and a capitalised word after it (`Val d'Yvette Services`) continues a place's or a firm's
 * name, not a person's. Buildings are left out (`la maison d'Yvette Martin` is hers).
 */
export const AREA_HEADS_BEFORE_ELISION: readonly string[] = [
  'val', 'vallée', 'vallee', 'pays', 'plaine', 'plateau', 'bassin', 'côte', 'cote', 'coteaux', 'gorges', 'mont', 'monts',
  'lac', 'étang', 'etang', 'forêt', 'foret', 'île', 'ile', 'baie', 'golfe', 'estuaire', 'rives', 'bords',
];

/**
 * A housing building or scheme (organisation/building-place.ts): `la résidence Les Tilleuls`, `l'immeuble Le Belvédère`,
 * `le lotissement Les Vignes` name a place a body builds, runs or lets, never the body.
 */
export const BUILDING_WORDS: readonly string[] = ['résidence', 'résidences', 'immeuble', 'lotissement'];

/**
 * A venue a body meets, plays or is received in (organisation/building-place.ts, read like `BUILDING_WORDS`): `le château de
 * Kervalo`, `le club house du stade Brenvac`, `au gymnase Marcel Trokal` name the place, never the body that uses it.
 */
export const VENUE_BUILDINGS: readonly string[] = ['château', 'chateau', 'châteaux', 'club house', 'club-house', 'gymnase'];

/**
 * Words right after `parc` that make it a body, not a place (organisation/park-place.ts): a nature park
 * is run by its own public body (`Parc naturel régional du Vexin`, `Parc national des Écrins`), a wind,
 * solar or marine energy park by its operating company (`parc éolien de la Lande`).
 */
export const BODY_PARK_WORDS: readonly string[] = [
  'naturel', 'naturels', 'national', 'nationaux', 'régional', 'éolien', 'éoliens', 'solaire', 'solaires', 'photovoltaïque',
  'photovoltaïques', 'marin', 'hydrolien',
];

/**
 * Words after which `de`/`du`/`des` and an article lead to a place's name, not a body's: a territory's
 * divisions (`quartier des X`, `la commune de la X`) and the people, produce and sites of an area (`les
 * producteurs du X`, `les vins de la X`, `le moulin du X`). Street words and area heads are added where used.
 */
export const AREA_WORDS_BEFORE_ARTICLE: readonly string[] = [
  'quartier', 'quartiers', 'zone', 'cité', 'cite', 'province', 'département', 'territoire', 'commune', 'ville', 'village', 'hameau', 'lieu-dit', 'secteur', 'cœur', 'coeur', 'région', 'pays', 'habitants', 'habitantes',
  // the people and places of an area
  'acteurs', 'actrices', 'producteurs', 'productrices', 'élus', 'agriculteurs', 'éleveurs', 'artisans', 'commerçants', 'paysans', 'viticulteurs',
  'communes', 'villages', 'entreprises', 'familles', 'jeunes', 'paysages', 'vins', 'produits', 'parc', 'domaine', 'château', 'chateau', 'moulin', 'plage', 'port', 'mont',
];

/**
 * Type words that also name a building, a room or a site (`la Maison 14`, `la Chambre 12`, `le Jardin 3`): with a
 * number after them they are a place's or a room's as often as a body's, so a number alone never makes them a
 * departmental body (organisation/department-numbered.ts asks for the department named on the page as well).
 */
export const VENUE_HEADS: readonly string[] = [
  'maison', 'chambre', 'jardin', 'jardins', 'espace', 'parc', 'ferme', 'foyer', 'residence', 'cafe', 'atelier', 'ateliers',
  'garage', 'ecole', 'college', 'lycee', 'tiers-lieu', 'labo', 'laboratoire', 'fabrique', 'chantier', 'centre',
];

/**
 * Designations French law or planning gives an area or a monument (organisation/not-a-body.ts `area-designation`):
 * `l'Espace Naturel Sensible de la Combe`, `la Réserve naturelle du Marais`, `site Natura 2000`. The area is a
 * place a body manages (a department, a conservatory, a park's body, each named on its own), never the body.
 * Folded, one space between words.
 */
export const AREA_DESIGNATIONS: readonly string[] = [
  'espace naturel sensible', 'espaces naturels sensibles', 'reserve naturelle', 'reserves naturelles', 'reserve naturelle nationale',
  'reserve naturelle regionale', 'reserve biologique', 'site natura 2000', 'zone natura 2000', 'site classe', 'site inscrit',
  'zone naturelle d\'interet ecologique', 'zone humide', 'zones humides', 'zone de protection speciale', 'zone speciale de conservation',
  'site d\'importance communautaire', 'monument historique', 'monuments historiques', 'grand site de france', 'site archeologique',
  'arrete de protection de biotope', 'reserve de biosphere', 'bien du patrimoine mondial',
];
