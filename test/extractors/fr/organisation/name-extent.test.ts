/**
 * Each stop rule of `nameExtent` (extractors/fr/organisation/name-end-rules.ts): at least three
 * sentences where it ends the name (its id is the returned `stop`) and two where it does not
 * (the name goes on, or another rule ends it). Sentences are invented; `|` marks the end of the
 * head word.
 */
import { describe, expect, it } from 'vitest';
import { nameExtent, type HeadKind } from '../../../../extractors/fr/organisation/name-extent.js';

interface Example {
  /** The sentence, `|` right after the head word. */
  readonly line: string;
  /** The name read after the head. */
  readonly name: string;
  readonly kind?: Partial<HeadKind>;
}

function read(example: Example): { name: string; stop: string } {
  const headEnd = example.line.indexOf('|');
  const text = example.line.replace('|', '');
  const kind: HeadKind = { lower: false, lowerNames: false, place: false, nameFirst: false, ...example.kind };
  const scanned = nameExtent(text, headEnd, kind);
  return { name: text.slice(headEnd, scanned.end).trim(), stop: scanned.stop };
}

const PLACE_HEAD = { lower: true, place: true };
const NAME_FIRST = { nameFirst: true };
const PTCE = { nameFirst: true, territoryName: true };
const LOWER_NAMES = { lower: true, lowerNames: true };
const INTERCOMMUNAL = { lower: true, territoryList: true };

const RULES: Readonly<Record<string, { positive: readonly Example[]; negative: readonly Example[] }>> = {
  'table-cell': {
    positive: [
      { line: 'SCOP| Vignes Unies    Gaillac', name: 'Vignes Unies' },
      { line: 'Association| Les Granges  Lunel', name: 'Les Granges' },
      { line: 'Régie| Haut Quartier\tMontpellier', name: 'Haut Quartier' },
    ],
    negative: [
      { line: 'Réseau| Sociale et Solidaire de Lille', name: 'Sociale et Solidaire de Lille' },
      { line: 'Collectif| Estuaire en Transition', name: 'Estuaire en Transition' },
    ],
  },
  'line-break': {
    positive: [
      { line: 'PTCE| Nova\nExcusés : personne', name: 'Nova' },
      { line: 'Ressourcerie| Vert Demain\nBilan', name: 'Vert Demain' },
      { line: 'Collectif| Terre Mêlée\nAtelier 3 –', name: 'Terre Mêlée' },
      { line: 'Bretagne - Atelier| Marée Haute\nNormandie - Les Cordages', name: 'Marée Haute' },
      { line: 'Liste des partenaires : Communauté urbaine| Port la Mer\nBilan au 30 juin', name: 'Port la Mer' },
      { line: 'Dépôt du dossier le 2 février à la Région| Bretagne Nord\nPrintemps 2026 : forum', name: 'Bretagne Nord' },
    ],
    negative: [
      { line: 'Nous travaillons depuis deux ans avec le réseau| Terre et\nSoleil Solidaire pour la suite', name: 'Terre et\nSoleil Solidaire' },
      { line: 'Une jeune coopérative qui a rejoint cette année le pôle|\nrégional Terre Neuve, pour trois ans', name: 'régional Terre Neuve' },
      { line: 'Pôle| de Coopération du Pays de\nLannion – siège social', name: 'de Coopération du Pays de\nLannion' },
      { line: 'Albi - Tiers-lieu| Bel Ouvrage\nHaut-Tarnais — Gaillac', name: 'Bel Ouvrage\nHaut-Tarnais' },
      { line: 'Ce projet porté par la Fédération| régionale\nSCOP Charpente, en lien avec', name: 'régionale\nSCOP Charpente' },
    ],
  },
  'department-code': {
    positive: [
      { line: 'Association| Les Granges LUNEL (34)', name: 'Les Granges' },
      { line: 'Réseau| Bois Vivant AGDE (34)', name: 'Bois Vivant' },
      { line: 'Pôle| Nord Ouest SETE (34)', name: 'Nord Ouest' },
      // A place as the name's first word still ends it: the code is the place's.
      { line: 'Antenne| Lunel (34) et Sète', name: '', kind: { lower: true } },
      // After a capitalised head the name opens with it (`La Fabrique Verte (33)`): the list rules read it whole.
      { line: 'La Fabrique| Verte (33) : un tiers-lieu', name: '' },
    ],
    negative: [
      { line: 'Association| Vélo Solidaire 64, qui', name: 'Vélo Solidaire 64' },
      { line: 'Réseau| Terre Vive (logo)', name: 'Terre Vive' },
      // The name's own first word: the code after it says where the body is.
      { line: 'la SCOP| Trokal (74) qui, dès 1993', name: 'Trokal', kind: { firstNameName: true } },
      { line: "l'association| Kalimba (38) depuis 2010", name: 'Kalimba', kind: { lower: true, firstNameName: true } },
    ],
  },
  'name-must-open': {
    positive: [
      { line: 'PTCE| est né en 2019', name: '', kind: NAME_FIRST },
      { line: 'PTCE| a réuni ses membres', name: '', kind: NAME_FIRST },
      { line: 'PTCE| regroupe des acteurs', name: '', kind: NAME_FIRST },
      // `en` + a region, or a place that is no territory's first word: the kind in a region, no name.
      { line: 'un PTCE| en Pays de la Loire organise', name: '', kind: PTCE },
      { line: 'le PTCE| en Bretagne organise', name: '', kind: PTCE },
    ],
    negative: [
      { line: 'PTCE| Terres Vives a réuni', name: 'Terres Vives', kind: NAME_FIRST },
      // `en` + a territory's first word and its name: the PTCE named by its territory.
      { line: 'le PTCE| en Pays de Caux, lauréat', name: 'en Pays de Caux', kind: PTCE },
      { line: "le PTCE| en Val d'Argens organise", name: "en Val d'Argens", kind: PTCE },
      { line: 'PTCE| Les Jardins du Cœur', name: 'Les Jardins du Cœur', kind: NAME_FIRST },
    ],
  },
  'place-head': {
    positive: [
      { line: 'la ville| de Carvin soutient', name: '', kind: PLACE_HEAD },
      { line: 'la commune| de Lunel vote', name: '', kind: PLACE_HEAD },
      { line: 'la région| de Bretagne finance', name: '', kind: PLACE_HEAD },
    ],
    negative: [
      { line: 'la Région| Bretagne finance', name: 'Bretagne', kind: { place: true } },
      { line: 'la Ville| de Carvin soutient', name: 'de Carvin', kind: { place: true } },
    ],
  },
  'and-lower': {
    positive: [
      { line: 'Fédération| Sport et culture locale', name: 'Sport' },
      { line: 'Réseau| Nord et des environs', name: 'Nord' },
      { line: 'Collectif| Bois et les autres', name: 'Bois' },
      // No parallel part: no article before the name's last word, or a role after `et la`.
      { line: 'Maison| Bleue et la Solidarité.', name: 'Bleue' },
      { line: "Maison| de l'Accueil et la Présidente.", name: "de l'Accueil" },
    ],
    negative: [
      { line: 'Réseau| Sociale et Solidaire de Lille', name: 'Sociale et Solidaire de Lille' },
      { line: 'Communauté| du Val et du Pays de Brie', name: 'du Val et du Pays de Brie' },
      // `parallel-article`: `et`, an article and one capital closing a title-case name whose last word had its article.
      { line: "Plateforme| d'Accueil par l'Entraide et la\nSolidarité : association", name: "d'Accueil par l'Entraide et la\nSolidarité" },
      { line: "Maison| de l'Écoute et la Parole, à Lunel", name: "de l'Écoute et la Parole" },
    ],
  },
  'and-article': {
    positive: [
      { line: "Maison| Commune et l'État signent", name: 'Commune' },
      { line: "Réseau| Vert et l'Europe agissent", name: 'Vert' },
      { line: "Collectif| Bleu et l'Agence signent", name: 'Bleu' },
      // An acronym after `et d'` is another body of an enumeration.
      { line: "communauté de communes| Val Vert et d'IDA 66, la", name: 'Val Vert', kind: { lower: true } },
      { line: "Syndicat| Mixte du Lac et d'ADEFI, avec", name: 'Mixte du Lac' },
    ],
    negative: [
      { line: "Réseau| Vert et d'Activités Solidaires", name: "Vert et d'Activités Solidaires" },
      { line: "Fonds| Nord et d'Initiatives Locales", name: "Nord et d'Initiatives Locales" },
    ],
  },
  'and-other-head': {
    positive: [
      { line: "ministère| de l'Écologie des villes et le ministère de la Mer", name: "de l'Écologie des villes", kind: { lower: true, lowerNames: true } },
      { line: 'Fondation| Lumen et la Fondation Azur financent', name: 'Lumen' },
      { line: 'agence| du numérique et une agence régionale', name: 'du numérique', kind: { lower: true, lowerNames: true } },
    ],
    negative: [
      { line: "ministère| de l'Écologie et de la Mer", name: "de l'Écologie et de la Mer", kind: { lower: true, lowerNames: true } },
      { line: 'Fondation| Lumen et la solidarité du bourg', name: 'Lumen' },
    ],
  },
  'and-other-body': {
    positive: [
      { line: 'Fondation| Lumen et France Active Savoie financent', name: 'Lumen' },
      { line: 'Collectif| Bois Vert et Crédit Mutuel de Bretagne', name: 'Bois Vert' },
      { line: 'CRESS| Bretagne et Rennes Métropole', name: 'Bretagne' },
      // The type word in lower case after the place.
      { line: 'Syndicat| mixte du Vilaret et Lunel métropole, le projet', name: 'mixte du Vilaret' },
      // One office opening the phrase after `et`: a person's, held in another body.
      { line: 'Conseil| départemental du Gers et Président du syndicat mixte', name: 'départemental du Gers' },
    ],
    negative: [
      { line: 'Réseau| Sociale et Solidaire de Lille', name: 'Sociale et Solidaire de Lille' },
      { line: 'Réseau| Lien et France Solidaire', name: 'Lien et France Solidaire' },
      // Offices in the plural name the members a body gathers.
      { line: 'Association| des Maires et Présidents de Communautés', name: 'des Maires et Présidents de Communautés' },
    ],
  },
  // An intercommunal body named by the territories it joins, between slashes or commas (two at least, no `et`).
  'territory-list': {
    positive: [
      { line: 'communauté de communes| Val Vert/ Côte Rouge/ Illiers soutient le projet', name: 'Val Vert/ Côte Rouge/ Illiers', kind: INTERCOMMUNAL },
      { line: 'communauté de communes| du Lodévois, Lunel,\nSept Fontaines organisait une fête', name: 'du Lodévois, Lunel,\nSept Fontaines', kind: INTERCOMMUNAL },
      { line: 'Communauté de communes| Aigoual/Cévennes.', name: 'Aigoual/Cévennes', kind: { territoryList: true } },
    ],
    negative: [
      { line: 'communauté de communes| du Val, Lunel, Sète et Agde organisent', name: 'du Val', kind: INTERCOMMUNAL },
      { line: 'communauté de communes| du Val, Lunel organisent', name: 'du Val', kind: INTERCOMMUNAL },
      { line: 'communauté de communes| du Val/Lunel Agglo organisent', name: 'du Val', kind: INTERCOMMUNAL },
      { line: 'Réseau| Val Vert/ Côte Rouge soutient', name: 'Val Vert' },
    ],
  },
  // A field's adjectives listed after a lower-case field word of the name (`sociale, solidaire et responsable`) are the name's.
  'field-adjective-list': {
    positive: [
      { line: "ministère| chargé de l'Économie sociale, solidaire et responsable, a publié", name: "chargé de l'Économie sociale, solidaire et responsable", kind: LOWER_NAMES },
      { line: "secrétariat d'État| à l'Économie sociale,\nsolidaire et durable.", name: "à l'Économie sociale,\nsolidaire et durable", kind: LOWER_NAMES },
      { line: "délégation| à l'économie sociale, solidaire et circulaire (DESC) de Lunel", name: "à l'économie sociale, solidaire et circulaire", kind: LOWER_NAMES },
    ],
    negative: [
      { line: 'Association| Trokal, solidaire et responsable, a ouvert', name: 'Trokal' },
      // The head's other complements, not adjectives: `complement-list` reads them.
      { line: "ministère| chargé de l'Économie sociale, des sports et de la jeunesse", name: "chargé de l'Économie sociale, des sports et de la jeunesse", kind: LOWER_NAMES },
      { line: "délégation| à l'économie sociale, solidaire et les collectivités", name: "à l'économie sociale", kind: LOWER_NAMES },
    ],
  },
  // The head's complements listed with commas and a last `et`, each opening on `de`/`du`/`des`/`d'`, are one official name.
  'complement-list': {
    positive: [
      { line: "direction régionale| des marais, de la pêche, du sel et de l'estran a signé", name: "des marais, de la pêche, du sel et de l'estran", kind: LOWER_NAMES },
      { line: 'Office| de la houle, des embruns et\ndes algues marines.', name: 'de la houle, des embruns et\ndes algues marines' },
      { line: "ministère| des Vergers, de la cueillette et de l'apiculture rurale plus souvent", name: "des Vergers, de la cueillette et de l'apiculture rurale", kind: LOWER_NAMES },
      // The territory the body serves after the list closes the name.
      { line: "Chambre| de Filature, de Tissage et de Teinture de Lunel a voté", name: "de Filature, de Tissage et de Teinture de Lunel" },
    ],
    negative: [
      { line: 'Conseil départemental| du Morbihan, du Conseil régional et de la Ville de Vannes', name: 'du Morbihan' },
      { line: "Comité| de la Drôme, de l'Ardèche et de l'Isère réunis", name: 'de la Drôme' },
      { line: 'direction| de la houle, des embruns, ainsi que la mairie', name: 'de la houle', kind: LOWER_NAMES },
    ],
  },
  // A name closing on a known place is whole: `et` then an acronym or a capitalised common word is another body.
  'and-after-place': {
    positive: [
      { line: "Fédération| des Foyers de l'Hérault et ADMR Lunel, avec", name: "des Foyers de l'Hérault" },
      { line: 'Région| Bretagne et Terres Solidaires organisent', name: 'Bretagne' },
      { line: 'Comité| du Gard et\nVélo Club de Nîmes', name: 'du Gard' },
    ],
    negative: [
      { line: 'Comité| du Gard et Lozère pour la suite', name: 'du Gard et Lozère' },
      { line: "Mission| Lunel et Pays de l'Or, avec", name: "Lunel et Pays de l'Or" },
      { line: 'Mission| Lunel et Camargue, avec', name: 'Lunel et Camargue' },
      { line: 'Banque| de Lunel et Environs, avec', name: 'de Lunel et Environs' },
      { line: 'Mission| Lunel et Haut Vidourle, avec', name: 'Lunel et Haut Vidourle' },
    ],
  },
  'participle-after-head': {
    positive: [
      { line: "Région| chargée de l'ESS", name: '' },
      { line: 'Réseau| basé à Lunel', name: '' },
      { line: 'Pôle| créé par trois communes', name: '' },
    ],
    negative: [
      { line: 'Pôle| régional Terre Neuve', name: 'régional Terre Neuve' },
      { line: "ministère| délégué chargé de l'Artisanat", name: "délégué chargé de l'Artisanat", kind: { lower: true, lowerNames: true } },
    ],
  },
  'and-article-after-lower': {
    positive: [
      { line: 'Réseau| solidaire des membres et la FNARS.', name: '' },
      { line: 'Collectif| réunit des habitants et le MRAP', name: '' },
      { line: 'Pôle| artisanal des métiers et les Compagnons du Devoir', name: '' },
    ],
    negative: [
      // `et` + a lower-case word after a lower-case word: one description of the name.
      { line: 'Réseau| des acteurs sociaux et solidaires du Gard', name: 'des acteurs sociaux et solidaires du Gard' },
      { line: 'Fédération| des centres sociaux et socioculturels de France', name: 'des centres sociaux et socioculturels de France' },
    ],
  },
  'verb-then-number': {
    positive: [
      { line: 'CCAS| compte 45 bénévoles', name: '' },
      { line: 'ESAT| emploie 40 travailleurs', name: '' },
      { line: 'Réseau| regroupe 12 structures', name: '' },
    ],
    negative: [
      // A capitalised word, or an adjective of the head, before the number.
      { line: 'Pôle| Emploi 2000 ouvre', name: 'Emploi' },
      { line: 'Coopérative| mutuelle 21 ouvre', name: '' },
    ],
  },
  'participle-clause': {
    positive: [
      { line: 'coopérative| promouvant les circuits de l’ESS', name: '' },
      { line: 'réseau| regroupant les ressourceries du Gard', name: '' },
      { line: 'agence| de design installée près de Vilaret', name: '' },
    ],
    negative: [
      // A noun in -ant before `de`, a participle before a word it does not govern.
      { line: 'Maison| des Enfants de Vilaret', name: 'des Enfants de Vilaret' },
      { line: 'Jardin| Partagé des Brenvac', name: 'Partagé des Brenvac' },
    ],
  },
  'street-number': {
    positive: [
      { line: 'Mission Locale| de Vilaret 54 rue Bayard', name: 'de Vilaret' },
      { line: 'Centre Social| Brenvac 12 avenue Jean Jaurès', name: 'Brenvac' },
      { line: 'Régie| Kalimba 2 bis Rue du Port', name: 'Kalimba' },
    ],
    negative: [
      // A number with no street word after it is the name's own.
      { line: 'Groupe| Trokal 27, qui recrute', name: 'Trokal 27' },
      { line: 'Groupe| Trokal 27 (six structures)', name: 'Trokal 27' },
    ],
  },
  'verb-then-object': {
    positive: [
      { line: 'réseau| réunit la CAF et la mairie', name: '' },
      { line: 'collectif| anime l’Atelier Brenvac', name: '' },
      { line: 'pôle| fédère les Jardins de Trokal', name: '' },
    ],
    negative: [
      // A capitalised word, or an adjective of the head, before the article.
      { line: 'Réseau| Cocagne la Brenvac', name: 'Cocagne la Brenvac' },
      { line: 'réseau| national la Brenvac', name: 'national la Brenvac' },
    ],
  },
  'verb-in-lower-name': {
    positive: [
      { line: "ministère| de l'Économie sociale a publié un décret", name: "de l'Économie sociale", kind: LOWER_NAMES },
      { line: 'ministère| des Outre-mer visant à soutenir les acteurs', name: 'des Outre-mer', kind: LOWER_NAMES },
      { line: "ministère| de l'agriculture lance un appel", name: "de l'agriculture", kind: LOWER_NAMES },
      { line: 'agence| du numérique portant sur les usages', name: 'du numérique', kind: LOWER_NAMES },
    ],
    negative: [
      { line: 'ministère| de la transition écologique et solidaire.', name: 'de la transition écologique et solidaire', kind: LOWER_NAMES },
      // A word ending in `ant` with no object after it is no participle going on (`restaurant`).
      { line: 'syndicat| du commerce restaurant et hôtellerie', name: 'du commerce restaurant et hôtellerie', kind: LOWER_NAMES },
    ],
  },
  'and-verb-in-lower-name': {
    positive: [
      { line: "ministère| de l'Industrie et mobiliser des crédits pour la filière", name: "de l'Industrie", kind: LOWER_NAMES },
      { line: 'ministère| du Travail et financer les projets retenus', name: 'du Travail', kind: LOWER_NAMES },
      { line: 'ministère| de la Culture et géré directement par la préfecture', name: 'de la Culture', kind: LOWER_NAMES },
      { line: "agence| de l'Eau et construit par les services de l'État", name: "de l'Eau", kind: LOWER_NAMES },
    ],
    negative: [
      { line: 'ministère| de la Transition écologique et solidaire.', name: 'de la Transition écologique et solidaire', kind: LOWER_NAMES },
      { line: "ministère| de l'Économie et des Finances.", name: "de l'Économie et des Finances", kind: LOWER_NAMES },
      { line: 'ministère| des Sports et de la Vie associative.', name: 'des Sports et de la Vie associative', kind: LOWER_NAMES },
    ],
  },
  'verb-after-lower-head': {
    positive: [
      { line: 'La direction territoriale| a validé le budget.', name: '', kind: LOWER_NAMES },
      { line: 'Le ministère| organise une réunion avec les services.', name: '', kind: LOWER_NAMES },
      { line: "L'agence| accompagne les porteurs de projet.", name: '', kind: LOWER_NAMES },
    ],
    negative: [
      // A participle qualifies the institution: its name goes on.
      { line: 'le ministère| délégué aux sports.', name: 'délégué aux sports', kind: LOWER_NAMES },
      { line: "la direction régionale| de l'emploi et du travail.", name: "de l'emploi et du travail", kind: LOWER_NAMES },
      { line: 'la direction territoriale| Grand Ouest.', name: 'Grand Ouest', kind: LOWER_NAMES },
    ],
  },
  'verb-after-head': {
    positive: [
      { line: "le Centre| organisera des portes ouvertes à l'Atelier Vert.", name: '' },
      { line: 'la Maison| accueille les habitants du quartier Saint-Roch.', name: '' },
      { line: "la SCIC| a la charge d'animer la Coopérative Terres Hautes.", name: '' },
    ],
    negative: [
      // A lower-case adjective or noun of the name is no verb: the name goes on.
      { line: 'le Centre| social de Lunel.', name: 'social de Lunel' },
      { line: 'la Maison| familiale rurale de Vire.', name: 'familiale rurale de Vire' },
      { line: 'le Pôle| ressources Grand Ouest.', name: 'ressources Grand Ouest' },
    ],
  },
  'role-label': {
    positive: [
      { line: 'Fondation| Lumen Co-pilote : Anne Morel', name: 'Lumen' },
      { line: 'SCOP| Menuiserie Kaza Pilote\n: Jean Hoarau', name: 'Menuiserie Kaza' },
      { line: 'Réseau| Terre Vive Contact : 04 00', name: 'Terre Vive' },
    ],
    negative: [
      { line: 'PTCE| Nova : quarante ans', name: 'Nova' },
      { line: 'Association| Terres de Vie : micro-filière', name: 'Terres de Vie' },
    ],
  },
  initial: {
    positive: [
      { line: 'Collectif| Ruche M. Durand parle', name: 'Ruche' },
      { line: 'Réseau| Lien J. Petit', name: 'Lien' },
      { line: 'Association| Elan P. Morel', name: 'Elan' },
    ],
    negative: [
      { line: 'Réseau| Terre Vive. Il', name: 'Terre Vive' },
      { line: 'Collectif| Bois Vivant accueille', name: 'Bois Vivant' },
    ],
  },
  'first-name': {
    positive: [
      { line: 'le réseau| Julien Moreau est', name: '', kind: { lower: true } },
      { line: "l'association| Paul Durand a", name: '', kind: { lower: true, firstNameName: true } },
      { line: 'Collectif| Vert Marie Dupont', name: 'Vert' },
      { line: 'Pour la Métropole| Nord Frédéric\nMorel', name: 'Nord' },
      { line: 'Comité| Vert et Claude Ferrand', name: 'Vert' },
      { line: 'Collectif| Horizon et Anne Guérin présentent', name: 'Horizon' },
      { line: 'Collectif| Horizon et Anne ROUX présentent', name: 'Horizon' },
    ],
    negative: [
      { line: 'la SCOP| Rosa Lumière', name: 'Rosa Lumière', kind: { lower: true, firstNameName: true } },
      { line: 'Atelier| Vert et Ange Gardien', name: 'Vert et Ange Gardien' },
      { line: 'Collectif| Terre et Rose Trémière', name: 'Terre et Rose Trémière' },
      { line: 'Réseau| Terre Mêlée organise', name: 'Terre Mêlée' },
    ],
  },
  'other-organisation': {
    positive: [
      { line: 'comité| de pilotage de la Mission Locale', name: '' },
      { line: 'comité| de suivi du Réseau Vert', name: '' },
      { line: 'conseil| de gestion de la Fédération des Jardins', name: '' },
      // `Région` after another head than an office of the State is another body (`region-scope` holds only after one).
      { line: 'comité| de Région Bretagne', name: '' },
      { line: 'bureau| de Région Occitanie', name: '' },
    ],
    negative: [
      { line: 'Collectif| des Associations du Nord', name: 'des Associations du Nord' },
      { line: 'PTCE| Les Jardins du Cœur', name: 'Les Jardins du Cœur' },
      { line: "communauté de communes| de la Région d'Arly :", name: "de la Région d'Arly", kind: { lower: true } },
      // `Préfecture de Région …`: the office of the State in the region, one formal name (`region-scope`).
      { line: 'Préfecture| de Région Bretagne, et la CRESS', name: 'de Région Bretagne' },
      // A kind of structure in capitals right after a scope adjective is the class a network federates (`kindAfterScope`).
      { line: 'Fédération| régionale SCOP Charpente, a signé', name: 'régionale SCOP Charpente' },
      { line: 'Union| départementale CUMA Vallée Verte.', name: 'départementale CUMA Vallée Verte' },
      { line: 'Sous-préfecture| de Région Grand Est.', name: 'de Région Grand Est' },
      { line: 'la préfecture| de Région Occitanie,', name: 'de Région Occitanie', kind: { lower: true } },
    ],
  },
  'other-type-word': {
    positive: [
      { line: "Incubateur| Kernel Coopérative d'Activités", name: 'Kernel' },
      { line: 'Réseau| Bleu Association Les Amis', name: 'Bleu' },
      { line: 'Collectif| Vert Fédération des Jardins', name: 'Vert' },
      { line: 'Université| Nord Lumière Lycée\nhorticole de Saint-Brieuc', name: 'Nord Lumière' },
      { line: 'Réseau| Bois Vivant Institut régional du Val', name: 'Bois Vivant' },
    ],
    negative: [
      { line: 'Collectif| Vert SCOP des Jardins', name: 'Vert SCOP des Jardins' },
      { line: 'Collectif| des Associations du Nord', name: 'des Associations du Nord' },
    ],
  },
  'place-before-number': {
    positive: [
      { line: 'SCOP| Vignes Unies Gaillac 30 000 €', name: 'Vignes Unies' },
      { line: 'Association| Kalimba Albi Albi 12 500 €', name: 'Kalimba Albi' },
      { line: 'Ressourcerie| Cœur Vert Lodève 35 500 €', name: 'Cœur Vert' },
    ],
    negative: [
      { line: 'Association| Vélo Solidaire 64, qui', name: 'Vélo Solidaire 64' },
      { line: 'Ville| de Lille 2024', name: 'de Lille' },
    ],
  },
  'street-address': {
    positive: [
      { line: 'Régie| Kalimba chemin des Vignes, Lorvenne', name: 'Kalimba' },
      { line: 'Centre social| Brenvac rue de la Gare à Vilaret', name: 'Brenvac' },
      // Capitalised, the street word needs a postcode and its town after it.
      { line: "Le dossier a été déposé par l'Association| Kalimba\nZone de Kerbic 29000 QUIMPER", name: 'Kalimba' },
      { line: 'Maison| Brenvac Domaine du Verniller 18570 Lorvenne', name: 'Brenvac' },
    ],
    negative: [
      // A capitalised street word with no postcode may be the name's own.
      { line: 'Collectif| Place des Arts, qui', name: 'Place des Arts' },
      { line: 'Association| Rue du Monde, qui publie', name: 'Rue du Monde' },
      // In lower case with no street's name after it: the sentence goes on.
      { line: 'Collectif| Vert chemin faisant, avec', name: 'Vert' },
    ],
  },
  'sentence-case-cell': {
    positive: [
      { line: 'Horizon| Grand Hainaut Services aux entreprises', name: 'Grand Hainaut' },
      { line: 'Réseau| Bleu Conseil en gestion', name: 'Bleu' },
      { line: 'Pôle| Nord Formation des jeunes', name: 'Nord' },
    ],
    negative: [
      { line: 'Réseau| Solidaire du pays de Bray', name: 'Solidaire du pays de Bray' },
      { line: 'Réseau| Terre Vive, qui', name: 'Terre Vive' },
      { line: 'Atelier| Grain Levant pour livrer des repas', name: 'Grain Levant' },
      { line: 'Régie| Blé Haut afin de servir les écoles', name: 'Blé Haut' },
      // `pour` + an infinitive: the sentence goes on after a common word closing the name.
      { line: 'Association| Vent Levant pour livrer des repas', name: 'Vent Levant' },
    ],
  },
  'locative-place': {
    positive: [
      { line: 'CRESS| Bretagne à Rennes', name: 'Bretagne' },
      { line: 'Collectif| Lien en Savoie', name: 'Lien' },
      { line: 'Atelier| Vélo à Nantes', name: 'Vélo' },
      // A town by the first part of its compound name (`Romans-sur-Isère`, `Châlons-en-Champagne`).
      { line: 'Pôle| Sud à Romans qui', name: 'Sud' },
      { line: 'Réseau| Vert à Châlons, avec', name: 'Vert' },
      // OCR lost the accent of `à`: before a known place `a` is the preposition, no verb.
      { line: 'RESSOURCERIE| LA BOUCLE a Vierzon. Elle', name: 'LA BOUCLE' },
      { line: 'Garage| Roue Libre a\nMontauban, avec', name: 'Roue Libre' },
      { line: 'Atelier| Vélo Bleu a Lyon-Villeurbanne, le', name: 'Vélo Bleu' },
      // After `à`, a word no dictionary knows closing the clause: a small commune the places' lexicon lacks.
      { line: 'Groupe| Horizon à Brévaillac. Le', name: 'Horizon' },
      { line: 'Atelier| Vélo Bleu à Sainte-Kernoa, avec', name: 'Vélo Bleu' },
      { line: 'Collectif| Trokal à\nVernouzac.', name: 'Trokal' },
      // … or before a preposition opening the sentence's next phrase.
      { line: 'Groupe| Horizon à Poghjolu pour présenter', name: 'Horizon' },
      { line: 'Atelier| Lumen à Kervadec avec les habitants', name: 'Lumen' },
      // A saint-named commune written with spaces or abbreviated, which the places' lexicon does not hold.
      { line: 'Association| Partage de Goûters à St Martin du Lac et', name: 'Partage de Goûters' },
      { line: 'Collectif| Trokal à Sainte Anne du Val a ouvert', name: 'Trokal' },
      { line: 'Réseau| Vert à St-Brévin-du-Lac, avec', name: 'Vert' },
    ],
    negative: [
      { line: 'Collectif| Fabrique à Neuf, qui', name: 'Fabrique à Neuf' },
      { line: 'Collectif| Semeurs à Vélo.', name: 'Semeurs à Vélo' },
      { line: 'Collectif| Estuaire en Transition', name: 'Estuaire en Transition' },
      // `a` before a word that is no place is the verb: another rule ends the name.
      { line: 'Collectif| Terre Vive a Grandi vite', name: 'Terre Vive' },
      { line: 'Boîte| à Réemploi', name: 'à Réemploi', kind: { lowerNames: true } },
      // A word of the language before the preposition is the name's.
      { line: 'Collectif| Jardins à Partager dans le quartier', name: 'Jardins à Partager' },
      { line: 'Collectif| Fabrique à Neuf pour les enfants', name: 'Fabrique à Neuf' },
    ],
  },
  'verb-after-name': {
    positive: [
      { line: 'Collectif| Kour Vert fédère 45 structures', name: 'Kour Vert' },
      { line: 'Réseau| Terre Mêlée organise', name: 'Terre Mêlée' },
      { line: 'Atelier| Bois Vivant accueille', name: 'Bois Vivant' },
    ],
    negative: [
      { line: 'Réseau| Solidaire du pays de Bray', name: 'Solidaire du pays de Bray' },
      { line: 'Maison| de l\'Économie sociale et solidaire (MESS)', name: "de l'Économie sociale et solidaire" },
    ],
  },
  'place-year': {
    positive: [
      { line: 'Fonds de dotation| Quimper 2030. Il', name: 'Quimper 2030' },
      { line: 'Agence| Bretagne 2021-2035, les parcs', name: 'Bretagne 2021-2035' },
      { line: 'Comité| Dijon 2028; les clubs', name: 'Dijon 2028' },
    ],
    negative: [
      { line: 'Ville| de Lille 2024', name: 'de Lille' },
      { line: 'Agence| Bretagne 2021 a voté', name: 'Bretagne' },
    ],
  },
  'department-number': {
    positive: [
      { line: 'Association| Vélo Solidaire 64, qui', name: 'Vélo Solidaire 64' },
      { line: 'Association| Roue Libre 33.', name: 'Roue Libre 33' },
      { line: 'Collectif| Pas à pas 93, qui', name: 'Pas à pas 93' },
      { line: 'Association| Roue Verte 34 Frontignan\n31 000 €', name: 'Roue Verte 34' },
      { line: 'GIE| Bois Vert 38 (qui comprend', name: 'Bois Vert 38' },
    ],
    negative: [
      { line: 'Association| Solidaire 12 sociétaires', name: 'Solidaire' },
      { line: 'Réseau| Terre Vive, qui', name: 'Terre Vive' },
    ],
  },
  'and-of-other-body': {
    positive: [
      { line: 'Conseil| général et de la Métropole', name: '' },
      { line: "Chambre| d'agriculture et de la Région", name: '' },
      { line: 'Office| public et du Département du Gard', name: '' },
    ],
    negative: [
      { line: 'Communauté de communes| du Val et du Pays de Brie', name: 'du Val et du Pays de Brie' },
      { line: "Maison| de l'Emploi et de la Formation", name: "de l'Emploi et de la Formation" },
    ],
  },
  // A name in sentence case (article, one capital, `de`/`du`/`des`/`à`, lower-case words) closes with its clause.
  'title-phrase': {
    positive: [
      { line: "porté par l'association| Au Fil de\nl'onde qui souhaite", name: "Au Fil de\nl'onde", kind: { lower: true } },
      { line: "l'association| Le Banc de trois\nplanches dont le projet", name: 'Le Banc de trois\nplanches', kind: { lower: true } },
      { line: "l'association| La Clé des grèves (Lunel) accueille", name: 'La Clé des grèves', kind: { lower: true } },
    ],
    negative: [
      { line: "l'association| Le Relais de la commune organise un atelier, qui", name: 'Le Relais', kind: { lower: true } },
      { line: "l'association| Les Granges de nos amis, qui", name: 'Les Granges', kind: { lower: true } },
      { line: "l'association| Granges de la ville, qui", name: 'Granges', kind: { lower: true } },
      { line: "la commune a confié à l'association| Les 7B de ranger les outils.", name: 'Les 7B', kind: { lower: true } },
    ],
  },
  // A name whose one capital is an ordinary word or a possessive, in sentence case, closes with its clause.
  'phrase-name': {
    positive: [
      { line: "l'association| Ma recyclerie, au 12 rue Haute", name: 'Ma recyclerie', kind: { lower: true } },
      { line: "l'association| Cultive ta Rue, qui prête ses bacs", name: 'Cultive ta Rue', kind: { lower: true } },
      { line: "le collectif| Jardins partagés solidaires; il réunit", name: 'Jardins partagés solidaires', kind: { lower: true } },
      { line: "l'association| Cultive ta Rue tiendra la buvette", name: 'Cultive ta Rue', kind: { lower: true } },
      // Linked by `de` (a plural possessive maybe), `d'` or an article after the first word, up to a relative, a clitic's verb or a dash.
      { line: 'la compagnie| Semelles de vent qui réunit des danseurs', name: 'Semelles de vent', kind: { lower: true } },
      { line: 'la fondation| Fiers de nos rues\ncherche des mécènes', name: 'Fiers de nos rues', kind: { lower: true } },
      { line: "l'association| Mangeons le bon pain s'engage pour", name: 'Mangeons le bon pain', kind: { lower: true } },
      { line: "l'association| Chasseurs d'images – Ateliers de photo", name: "Chasseurs d'images", kind: { lower: true } },
    ],
    negative: [
      { line: "l'association| Partage produit des repas, dit-elle", name: 'Partage', kind: { lower: true } },
      { line: "l'association| Granges de la ville qui ouvre", name: 'Granges', kind: { lower: true } },
      { line: "l'association| Fiers de Lunel ouvre un local", name: 'Fiers de Lunel', kind: { lower: true } },
      { line: "l'association| Partage recrute, dit-elle", name: 'Partage', kind: { lower: true } },
      { line: "l'association| Solidarité aussi, dit-elle", name: 'Solidarité', kind: { lower: true } },
      { line: "l'association| Solidarité dans le quartier, dit-elle", name: 'Solidarité', kind: { lower: true } },
      // After a capitalised head phrase-name does not fire; the word no dictionary knows closes the name (name-continuation.ts `closing-unknown-word`).
      { line: 'Association| Ma recyclerie, au 12 rue Haute', name: 'Ma recyclerie' },
      { line: "l'association| Trokal recycle et répare, dit-elle", name: 'Trokal', kind: { lower: true } },
      { line: "l'association| Solidarité paysanne aussi est là", name: 'Solidarité', kind: { lower: true } },
      { line: "l'association| Cultive ta est là", name: 'Cultive', kind: { lower: true } },
    ],
  },
  'ocr-junk': {
    positive: [
      { line: 'PTCE| Terres Vives RSR EEEEEE P27', name: 'Terres Vives', kind: NAME_FIRST },
      { line: 'Réseau| Bois Vivant P422 le', name: 'Bois Vivant' },
      { line: 'Fédération| Terre Unie mmmm du Nord', name: 'Terre Unie' },
    ],
    negative: [
      { line: 'Réseau| Vélo Solidaire 64, qui', name: 'Vélo Solidaire 64' },
      { line: 'Association| AAA Services', name: 'AAA Services' },
    ],
  },
  // A word opened by an elided pronoun or conjunction starts a clause, even capitalised at a line start.
  'elided-clause': {
    positive: [
      { line: "Nous avons rencontré le CCAS| de Villefranche\nC'est ici que tout a commencé", name: 'de Villefranche' },
      { line: "Le site de la Fédération| Bretagne-Normandie\nS'informer sur nos actions", name: 'Bretagne-Normandie' },
      { line: "grâce au soutien de l'Atelier| de la Transition Verte\nQu'en retenir pour demain ?", name: 'de la Transition Verte' },
      { line: "Réseau| Vert du Morbihan Lorsqu'il a fallu choisir", name: 'Vert du Morbihan' },
    ],
    negative: [
      // Right after the head it may open the name itself.
      { line: "l'association| C'est Possible organise", name: "C'est Possible" },
      // Elided articles and `de` are the name's own.
      { line: "Réseau| des Acteurs de l'Économie\nd'Argonne, avec", name: "des Acteurs de l'Économie\nd'Argonne" },
    ],
  },
  'place-then-sentence': {
    positive: [
      { line: 'PTCE| Solidaire en Bretagne\nBilan de la saison', name: 'Solidaire en Bretagne', kind: PTCE },
      { line: 'Pôles| Coopératifs de Normandie\nRetour sur la journée', name: 'Coopératifs de Normandie' },
      { line: 'Une journée du Réseau| Vert du Finistère\nBilan de la saison', name: 'Vert du Finistère' },
    ],
    negative: [
      { line: 'Réseau| Solidaire de Bretagne Nord et Sud', name: 'Solidaire de Bretagne Nord et Sud' },
      { line: 'Réseau| Solidaire de Bretagne\nSud Armor', name: 'Solidaire de Bretagne\nSud Armor' },
      { line: 'Réseau| Bois Vivant et Lien Solidaire du\nPays de Caux accueille', name: 'Bois Vivant et Lien Solidaire du\nPays de Caux' },
    ],
  },
  'article-then-lower': {
    positive: [
      { line: 'PTCE| Les\nenjeux de la coopération', name: '', kind: NAME_FIRST },
      { line: 'Réseau| La question du foncier', name: '' },
      { line: 'Collectif| Le projet avance', name: '' },
    ],
    negative: [
      { line: 'Réseau| Les Jardins du Cœur', name: 'Les Jardins du Cœur' },
      { line: 'PTCE| La Boîte à Outils', name: 'La Boîte à Outils', kind: NAME_FIRST },
    ],
  },
  punctuation: {
    positive: [
      { line: 'Réseau| Terre Vive, qui', name: 'Terre Vive' },
      { line: 'Réseau| Terre Vive. Il', name: 'Terre Vive' },
      { line: 'Collectif| Bois Vivant: le', name: 'Bois Vivant' },
    ],
    negative: [
      { line: 'Réseau| Terre Vive (logo)', name: 'Terre Vive' },
      { line: 'Réseau| Terre Mêlée organise', name: 'Terre Mêlée' },
    ],
  },
};

/**
 * Extend rules and word lists that let a name go on: each reads at least three names through and
 * leaves two where the name ends.
 */
const READ_THROUGH: Readonly<Record<string, { positive: readonly Example[]; negative: readonly Example[] }>> = {
  // `parallel-article`: in a title-case name whose last word came after an article, `et` + an article + one closing capital goes on.
  'parallel-article': {
    positive: [
      { line: "Plateforme| d'Accueil par l'Entraide et la\nSolidarité : association", name: "d'Accueil par l'Entraide et la\nSolidarité" },
      { line: "Maison| de l'Écoute et la Parole, à Lunel", name: "de l'Écoute et la Parole" },
      { line: 'Centre| de la Musique et la Danse.', name: 'de la Musique et la Danse' },
    ],
    negative: [
      { line: "Maison| de l'Accueil et la Région.", name: "de l'Accueil" },
      { line: "Maison| de l'Accueil et la Présidente.", name: "de l'Accueil" },
      { line: 'Maison| de la Musique et la Danse de Lunel organise', name: 'de la Musique' },
    ],
  },
  // A town whose name opens with its article (`Le Havre`, `Les Mureaux`) right after a word of the name.
  'town-with-article': {
    positive: [
      { line: 'Mission| Locale Le Havre accueille', name: 'Locale Le Havre' },
      { line: 'PTCE| Vivre Les Mureaux, avec', name: 'Vivre Les Mureaux', kind: PTCE },
      { line: 'Réseau| Vert La Rochelle, avec', name: 'Vert La Rochelle' },
    ],
    negative: [
      // An article before a common word opens the next sentence or heading.
      { line: 'PTCE| Terre Vive Les enjeux sont grands', name: 'Terre Vive', kind: PTCE },
      { line: 'SCOP| Bois Doux Le Projet avance', name: 'Bois Doux' },
    ],
  },
  // `par`, an article and a capital after a word of the name: a name in title case goes on.
  'par-connector': {
    positive: [
      { line: "Union| Régionale des Services d'Insertion par l'Activité Économique en mai", name: "Régionale des Services d'Insertion par l'Activité Économique" },
      { line: "Plateforme| d'Accueil par l'Humanitaire, avec", name: "d'Accueil par l'Humanitaire" },
      { line: 'Association| Les Amis par le Jeu organise', name: 'Les Amis par le Jeu' },
    ],
    negative: [
      // A body as the agent, or no article: `par` ends the name.
      { line: 'SCOP| Terre Vive par la Région, qui', name: 'Terre Vive' },
      { line: 'Fondation| Azur par France Active', name: 'Azur' },
      { line: "Réseau| Vert par l'intermédiaire de", name: 'Vert' },
    ],
  },
  // A connector in capitals inside a name written in capitals.
  'capital-connector': {
    positive: [
      { line: 'PTCE| TERRES VIVES EN VAL DE LOIRE', name: 'TERRES VIVES EN VAL DE LOIRE' },
      { line: "PTCE| ATELIERS NOMADES EN PAYS D'AUGE", name: "ATELIERS NOMADES EN PAYS D'AUGE" },
      { line: 'Association| BOIS VIVANT SUR LOIRE', name: 'BOIS VIVANT SUR LOIRE' },
    ],
    negative: [
      { line: 'PTCE| Terres Vives EN mars', name: 'Terres Vives' },
      { line: 'PTCE| TERRES VIVES EN Bretagne', name: 'TERRES VIVES' },
    ],
  },
  // One PTCE named by its territory (`de`/`du` opens the name) or ending with it (`en`/`à` + a place closing the line).
  'territory-name': {
    positive: [
      { line: 'PTCE| du Pays de Caux, créé en 2015', name: 'du Pays de Caux', kind: PTCE },
      { line: "PTCE| de l'agglomération de La Ville-sur-Mer\n", name: "de l'agglomération de La Ville-sur-Mer", kind: PTCE },
      { line: 'PTCE| Terres Vives en\nMayenne.', name: 'Terres Vives en\nMayenne', kind: PTCE },
      { line: 'PTCE| Culture Partagée à Lunel (Hérault)', name: 'Culture Partagée à Lunel', kind: PTCE },
      { line: "PTCE| du Pays\nd'Argonne, porté par", name: "du Pays\nd'Argonne", kind: PTCE },
      // OCR lost the accent of `à`: the territory closing the line still closes the name, known place or not.
      { line: 'PTCE| Culture Vive a\nBourg-Neuf.........P.7', name: 'Culture Vive a\nBourg-Neuf', kind: PTCE },
      { line: 'PTCE| Terres Vives a Val Fleuri.', name: 'Terres Vives a Val Fleuri', kind: PTCE },
    ],
    negative: [
      { line: "PTCE| de l'État pour 2025", name: '', kind: PTCE },
      { line: 'PTCE| Terre Vive a Bordeaux comme siège', name: 'Terre Vive', kind: PTCE },
      { line: 'PTCE| du Pays de Caux', name: '', kind: NAME_FIRST },
      { line: 'PTCE| Terres Vives à Lunel organise un forum', name: 'Terres Vives', kind: PTCE },
    ],
  },
  // After a capitalised head, a description in lower case joined by connectors reads on to the place closing it.
  'lower-run-to-place': {
    positive: [
      { line: 'Le Pôle| de tri des déchets et de recyclage textile des Coteaux associe', name: 'de tri des déchets et de recyclage textile des Coteaux' },
      { line: "Maison| des initiatives économiques sociales et solidaires de l'Aude.", name: "des initiatives économiques sociales et solidaires de l'Aude" },
      { line: 'Pôle| de coopération agricole et alimentaire du\nVal Vert\nSuite', name: 'de coopération agricole et alimentaire du\nVal Vert' },
    ],
    negative: [
      { line: 'Écopôle| alimentaire fait rayonner la région rurale de Lunel', name: '' },
      { line: 'le pôle| de tri des déchets et de recyclage textile des Coteaux', name: '', kind: { lower: true } },
    ],
  },
  // `Au`/`Aux` (à + article) opening a name in title case, like an opening article.
  'opening-contraction': {
    positive: [
      { line: "l'association| Au Jardin des Loriots, installée rue Haute", name: 'Au Jardin des Loriots', kind: { lower: true } },
      { line: "l'association| Aux Ateliers du Couchant organise un atelier", name: 'Aux Ateliers du Couchant', kind: { lower: true } },
      { line: "l'association| Au Café des Lilas propose", name: 'Au Café des Lilas', kind: { lower: true } },
    ],
    negative: [
      { line: "l'association| Au total elle compte", name: 'Au', kind: { lower: true } },
      { line: "l'association| Au\nPrintemps dernier", name: 'Au', kind: { lower: true } },
    ],
  },
  // `et`/`&` then the connector read before it and a word alike (both kinds of bodies, or neither): one name's parallel parts.
  'parallel-and': {
    positive: [
      { line: "l'Union| régionale des Cuma & des Amap. - 10h00", name: 'régionale des Cuma & des Amap' },
      { line: "la Maison| de l'Entraide et de la Solidarité : lieu", name: "de l'Entraide et de la Solidarité" },
      { line: 'la Fédération| des Scop et des Scic du Levant, qui', name: 'des Scop et des Scic du Levant' },
    ],
    negative: [
      { line: "la Fondation| de Lumière et de l'Agence nationale", name: 'de Lumière' },
      { line: "la Maison| de l'Entraide et du Pays", name: "de l'Entraide et du Pays" },
      { line: "l'Union| des Cuma & des 12 fermes", name: 'des Cuma' },
    ],
  },
  // A table of contents' entry wrapped over two lines ends at its leader dots, not at the line break.
  'toc-wrapped-entry': {
    positive: [
      { line: 'PTCE| Ormeau\nNantes...................P.27', name: 'Ormeau\nNantes', kind: NAME_FIRST },
      { line: '• Réseau| Bocage\nVert . . . . . . . 12', name: 'Bocage\nVert' },
      { line: 'Collectif| Lande\nHaute.........4', name: 'Lande\nHaute' },
    ],
    negative: [
      { line: 'PTCE| Ormeau\nNantes accueille', name: 'Ormeau', kind: NAME_FIRST },
      { line: 'Collectif| Lande\nBilan.', name: 'Lande' },
    ],
  },
  // A known place opening the next line right after the head, then a colon: the body's territory, not a label.
  'place-after-head': {
    positive: [
      { line: 'élue déléguée au quartier nord • la Région|\nBretagne : Anne Lozac, vice-présidente', name: 'Bretagne' },
      { line: 'parmi les financeurs du chantier, le Département|\nGironde : Paul Vernet, élu', name: 'Gironde' },
      { line: 'élue déléguée au quartier nord • la Métropole|\nLyon : Jeanne Morel, adjointe', name: 'Lyon' },
    ],
    negative: [
      { line: 'élue déléguée au quartier nord • la Région|\nAbsents : Paul Vernet', name: '' },
      { line: 'élue déléguée au quartier nord • le Réseau| Bocage\nBretagne : Anne Lozac', name: 'Bocage' },
    ],
  },
  // An ampersand joins the words of one name, also across a line end.
  ampersand: {
    positive: [
      { line: 'SCOP| Bois & Toits', name: 'Bois & Toits' },
      { line: 'PTCE| Village Terre &\nVie', name: 'Village Terre &\nVie', kind: NAME_FIRST },
      { line: 'Réseau| Pierre &\nPaille Solidaire', name: 'Pierre &\nPaille Solidaire' },
    ],
    negative: [
      { line: 'SCOP| Bois & associés', name: 'Bois' },
      { line: 'Réseau| Pierre &\n12 membres', name: 'Pierre' },
    ],
  },
  // One capital letter closing a name before a bracket or a comma.
  'closing-letter': {
    positive: [
      { line: 'SCIC| Station B (Aveyron)', name: 'Station B' },
      { line: 'Tiers-lieu| Hangar C, au centre', name: 'Hangar C' },
      { line: 'Collectif| Quartier E (Lunel)', name: 'Quartier E' },
    ],
    negative: [
      { line: 'Collectif| Ruche M. Durand parle', name: 'Ruche' },
      { line: 'Réseau| Terre A propos', name: 'Terre' },
    ],
  },
  // Weekday abbreviations (`mer`, `mar`) are no end of a name; full weekday names are.
  'weekday-abbreviation': {
    positive: [
      { line: 'Communauté urbaine| Caen la Mer', name: 'Caen la Mer' },
      { line: 'Association| Vents de Mer', name: 'Vents de Mer' },
      { line: 'Agglomération| Port la Mer, qui', name: 'Port la Mer' },
    ],
    negative: [
      { line: 'Association| Vents Mardi prochain', name: 'Vents' },
      { line: 'Réseau| Terre Vive Jeudi', name: 'Terre Vive' },
    ],
  },
};

describe('nameExtent: words read as part of the name', () => {
  for (const [rule, { positive, negative }] of Object.entries(READ_THROUGH)) {
    it(`${rule} reads the name through (≥ 3 positive cases)`, () => {
      expect(positive.length).toBeGreaterThanOrEqual(3);
      for (const example of positive) expect(read(example).name, example.line).toBe(example.name);
    });
    it(`${rule} leaves the name's end where it is (≥ 2 negative cases)`, () => {
      expect(negative.length).toBeGreaterThanOrEqual(2);
      for (const example of negative) expect(read(example).name, example.line).toBe(example.name);
    });
  }
});

describe('nameExtent: where a name after a type word ends', () => {
  for (const [rule, { positive, negative }] of Object.entries(RULES)) {
    it(`${rule} ends the name (≥ 3 positive cases)`, () => {
      expect(positive.length).toBeGreaterThanOrEqual(3);
      for (const example of positive) expect(read(example), example.line).toEqual({ name: example.name, stop: rule });
    });
    it(`${rule} does not fire where the name goes on (≥ 2 negative cases)`, () => {
      expect(negative.length).toBeGreaterThanOrEqual(2);
      for (const example of negative) {
        const found = read(example);
        expect(found.name, example.line).toBe(example.name);
        expect(found.stop, example.line).not.toBe(rule);
      }
    });
  }
});
