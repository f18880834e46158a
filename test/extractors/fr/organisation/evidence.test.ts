/**
 * Each named evidence feature of a candidate organisation (extractors/fr/organisation/evidence.ts)
 * fires on at least three invented names and stays silent on two. The list and cue context is
 * given by hand, so each feature is seen alone.
 */
import { describe, expect, it } from 'vitest';
import type { CandidateSource, NameCandidate } from '../../../../extractors/fr/organisation/candidates.js';
import { evidenceFor, type Evidence } from '../../../../extractors/fr/organisation/evidence.js';

interface Example {
  readonly name: string;
  readonly source?: CandidateSource;
  readonly listSize?: number;
  readonly cued?: boolean;
  readonly listHasOrganisation?: boolean;
  readonly known?: boolean;
  readonly cueBefore?: boolean;
  readonly siblingsKept?: boolean;
  readonly placeSiblings?: boolean;
  readonly personSiblings?: boolean;
  /** The text right after the candidate. */
  readonly after?: string;
  /** The text right before the candidate. */
  readonly before?: string;
}

function features(example: Example): Evidence[] {
  const candidate: NameCandidate = {
    start: 0, end: example.name.length, name: example.name, source: example.source ?? 'comma-list', list: 1,
    listSize: example.listSize ?? 3, cued: example.cued ?? false,
  };
  return evidenceFor(candidate, example.listHasOrganisation ?? false, example.known ?? false, example.cueBefore ?? false, example.after ?? '', example.siblingsKept ?? false, example.before ?? '', example.placeSiblings ?? false, example.personSiblings ?? false);
}

const FEATURES: Readonly<Record<Evidence, { positive: readonly Example[]; negative: readonly Example[] }>> = {
  'list-with-organisation': {
    positive: [{ name: 'Kalimba', listHasOrganisation: true }, { name: 'Jardinot', listHasOrganisation: true }, { name: 'Les Toits', listHasOrganisation: true }],
    negative: [{ name: 'Kalimba' }, { name: 'Jardinot' }],
  },
  'list-cue': {
    positive: [{ name: 'Kalimba', cued: true }, { name: 'Jardinot', cued: true }, { name: 'Nova Entraide', cued: true }],
    negative: [{ name: 'Kalimba' }, { name: 'Nova Entraide' }],
  },
  'list-siblings': {
    positive: [{ name: 'Kalimba', siblingsKept: true }, { name: 'Maison Verte', siblingsKept: true }, { name: 'Les Toits', siblingsKept: true }],
    negative: [{ name: 'Kalimba' }, { name: 'Maison Verte', listHasOrganisation: true }],
  },
  'place-siblings': {
    positive: [{ name: 'Vilaret', placeSiblings: true }, { name: 'Ambrelle', placeSiblings: true }, { name: 'Saint-Oriac', placeSiblings: true }],
    negative: [{ name: 'Vilaret' }, { name: 'Ambrelle', siblingsKept: true }],
  },
  'person-siblings': {
    positive: [{ name: 'Tavo Zirn', personSiblings: true }, { name: 'Mirta', personSiblings: true }, { name: 'Lidu Ka', personSiblings: true }],
    negative: [{ name: 'Tavo Zirn' }, { name: 'Mirta', siblingsKept: true }],
  },
  'place-context': {
    positive: [
      { name: 'Vilaret', before: 'les structures du bassin de ' },
      { name: 'Grange', before: 'les jardins du quartier de la ' },
      { name: 'Ambrelle', before: 'les trois bassins versants de l’' },
      { name: 'Louis Pasteur', before: 'installée au 4, rue\n' },
      { name: 'La Grange', after: ', 72000 Le Mans, tél. 02' },
      { name: 'Bourges', before: 'Maison des Sports\n18000 ' },
    ],
    negative: [
      // A body's head, a time word or a plain preposition before `de`: no place said.
      { name: 'Vilaret', before: 'les partenaires de la Maison de ' },
      { name: 'Ambrelle', before: 'réunis autour de ' },
      { name: 'Kalimba', after: ', 12 rue des Lilas, 72000 Le Mans' },
      { name: 'Kalimba', before: 'un budget de 45 000 ' },
    ],
  },
  'long-list': {
    positive: [{ name: 'Kalimba', listSize: 4 }, { name: 'Jardinot', listSize: 6 }, { name: 'Nova', listSize: 9 }],
    negative: [{ name: 'Kalimba', listSize: 3 }, { name: 'Jardinot', listSize: 1 }],
  },
  'place-dash-line': {
    positive: [{ name: 'Kalimba', source: 'place-dash-line' }, { name: 'Les Toits', source: 'place-dash-line' }, { name: 'Nova', source: 'place-dash-line' }],
    negative: [{ name: 'Kalimba', source: 'bullet-list' }, { name: 'Nova', source: 'quoted' }],
  },
  'quoted-name': {
    positive: [{ name: 'Kalimba', source: 'quoted' }, { name: 'Les Toits', source: 'quoted' }, { name: 'Nova Vert', source: 'quoted' }],
    negative: [{ name: 'Kalimba' }, { name: 'Nova Vert', source: 'article-name' }],
  },
  'after-cue-word': {
    positive: [{ name: 'Kalimba', cueBefore: true }, { name: 'Les Toits', cueBefore: true }, { name: 'Nova', cueBefore: true }],
    negative: [{ name: 'Kalimba' }, { name: 'Nova' }],
  },
  'article-mid-sentence': {
    positive: [{ name: 'Le Fournil Partagé', source: 'article-name' }, { name: 'La Ruche Verte', source: 'article-name' }, { name: 'Les Toits', source: 'article-name' }],
    negative: [{ name: 'Le Fournil Partagé' }, { name: 'La Ruche Verte', source: 'region-bracket' }],
  },
  'region-bracket': {
    positive: [{ name: 'Vergers Urbains', source: 'region-bracket' }, { name: 'La Fabrique Verte', source: 'region-bracket' }, { name: 'Kalimba', source: 'region-bracket' }],
    negative: [{ name: 'Vergers Urbains' }, { name: 'Kalimba', source: 'quoted' }],
  },
  'possessive-role': {
    positive: [{ name: 'Zéphyr Productions', source: 'possessive-role' }, { name: 'Le Relais Vert', source: 'possessive-role' }, { name: 'Kalimba', source: 'possessive-role' }],
    negative: [{ name: 'Zéphyr Productions' }, { name: 'Kalimba', source: 'article-name' }],
  },
  'kind-example': {
    positive: [{ name: 'Zéphyr', source: 'kind-example' }, { name: 'Kalimba Services', source: 'kind-example' }, { name: 'Le Relais Vert', source: 'kind-example' }],
    negative: [{ name: 'Zéphyr' }, { name: 'Kalimba Services', source: 'possessive-role' }],
  },
  'verb-subject': {
    positive: [{ name: 'Kalimba', source: 'verb-subject' }, { name: 'Le Relais Vert', source: 'verb-subject' }, { name: 'Jardinot 12', source: 'verb-subject' }],
    negative: [{ name: 'Kalimba' }, { name: 'Le Relais Vert', source: 'coordinated' }],
  },
  'cleft-subject': {
    positive: [{ name: 'Kalimba', source: 'cleft-subject' }, { name: 'Brenvac Habitat', source: 'cleft-subject' }, { name: 'Les Toits', source: 'cleft-subject' }],
    negative: [{ name: 'Kalimba' }, { name: 'Brenvac Habitat', source: 'verb-subject' }],
  },
  coordinated: {
    positive: [{ name: 'Kalimba', source: 'coordinated' }, { name: 'Les Toits', source: 'coordinated' }, { name: 'Nova Entraide', source: 'coordinated' }],
    negative: [{ name: 'Kalimba' }, { name: 'Nova Entraide', source: 'verb-subject' }],
  },
  'kind-after': {
    positive: [{ name: 'Pays Vert Sud', source: 'kind-after' }, { name: "Terre d'Argile", source: 'kind-after' }, { name: 'Ortéa', source: 'kind-after' }],
    negative: [{ name: 'Pays Vert Sud' }, { name: 'Ortéa', source: 'kind-example' }],
  },
  'dash-kind': {
    positive: [
      { name: 'Kalvoisin', source: 'kind-after', after: " – Coopérative d'Activités, puis" },
      { name: 'Brenvac', source: 'kind-after', after: ' - entreprise adaptée du Lot' },
      { name: 'Trokal Atelier', source: 'kind-after', after: ' — association de couturières' },
    ],
    negative: [
      { name: 'Kalvoisin', source: 'kind-after', after: ', une coopérative' },
      { name: 'Brenvac', source: 'verb-subject', after: ' - entreprise adaptée du Lot' },
    ],
  },
  'kind-quoted': {
    positive: [{ name: 'La Place Haute', source: 'kind-quoted' }, { name: 'Ensemble Rénovons Dol', source: 'kind-quoted' }, { name: 'Kalimba', source: 'kind-quoted' }],
    negative: [{ name: 'La Place Haute', source: 'quoted' }, { name: 'Kalimba' }],
  },
  'title-run': {
    positive: [{ name: 'Jeunesse Rurale Chrétienne', source: 'title-run' }, { name: 'Protection Sociale de la Famille', source: 'title-run' }, { name: "Mouvement pour l'Entraide Paysanne", source: 'title-run' }],
    negative: [{ name: 'Jeunesse Rurale Chrétienne' }, { name: 'Protection Sociale de la Famille', source: 'article-name' }],
  },
  'plain-title-run': {
    // three capitalised common words or more with a plural or an `et`: a class of things, a field, a service
    positive: [
      { name: 'Circuits Courts Alimentaires', source: 'title-run' }, { name: 'Commission des Finances Locales', source: 'title-run' },
      { name: 'Habitat et Logement Social', source: 'title-run' },
    ],
    // a singular head and its qualifiers, a distinctive word, two capitals only, another source
    negative: [
      { name: 'Jeunesse Rurale Chrétienne', source: 'title-run' }, { name: 'Circuits Kalvane Alimentaires', source: 'title-run' },
      { name: 'Marmites Rieuses', source: 'title-run' }, { name: 'Circuits Courts Alimentaires', source: 'article-name' },
    ],
  },
  'person-affiliation': {
    positive: [{ name: 'Trokalis', source: 'person-affiliation' }, { name: 'Les Toits Verts', source: 'person-affiliation' }, { name: "Coop'Fer", source: 'person-affiliation' }],
    negative: [{ name: 'Trokalis' }, { name: 'Les Toits Verts', source: 'attendance' }],
  },
  attendance: {
    positive: [{ name: 'Mosaïque', source: 'attendance' }, { name: 'Voir Loin', source: 'attendance' }, { name: 'UDAP', source: 'attendance' }],
    negative: [{ name: 'Mosaïque' }, { name: 'Voir Loin', source: 'person-affiliation' }],
  },
  'award-winner': {
    positive: [{ name: 'Villages Nomades', source: 'award-quoted' }, { name: 'Kalimba', source: 'award-winner' }, { name: 'Les Toits Verts', source: 'award-winner' }],
    negative: [{ name: 'Villages Nomades', source: 'quoted' }, { name: 'Kalimba', source: 'credit-line' }],
  },
  'credit-line': {
    positive: [{ name: 'Le Courrier du Val', source: 'credit-line' }, { name: 'Kalimba', source: 'credit-line' }, { name: "Coop'Fer", source: 'credit-line' }],
    negative: [{ name: 'Le Courrier du Val' }, { name: 'Kalimba', source: 'award-winner' }],
  },
  'bracket-name': {
    positive: [{ name: 'Kalimbo', source: 'bracket-name' }, { name: "Trok'Ensemble", source: 'bracket-name' }, { name: 'Vergers Ouverts', source: 'bracket-name' }],
    negative: [{ name: 'Kalimbo' }, { name: "Trok'Ensemble", source: 'kind-after' }],
  },
  'coined-name': {
    positive: [{ name: "Kalim'Eco", source: 'coined-name' }, { name: "La Fab'lab", source: 'coined-name' }, { name: "Valor'", source: 'coined-name' }],
    negative: [{ name: "Kalim'Eco" }, { name: "La Fab'lab", source: 'bracket-name' }],
  },
  'lower-brand': {
    positive: [{ name: 'kalvoiture.org', source: 'lower-brand' }, { name: 'ôvrak', source: 'lower-brand' }, { name: 'ïbrak', source: 'lower-brand' }],
    negative: [{ name: 'Kalimba' }, { name: 'ôvrak', source: 'coined-name' }],
  },
  'article-coined': {
    positive: [{ name: 'Brindaille', source: 'article-coined' }, { name: 'Kalimbos', source: 'article-coined' }, { name: 'Trokalou', source: 'article-coined' }],
    negative: [{ name: 'Brindaille' }, { name: 'Kalimbos', source: 'kind-after' }],
  },
  'paired-name': {
    positive: [{ name: 'Terre et Partage', source: 'paired-name' }, { name: 'Loisirs et Cité', source: 'paired-name' }, { name: 'Jardins et\nVergers', source: 'paired-name' }],
    negative: [{ name: 'Terre et Partage' }, { name: 'Loisirs et Cité', source: 'kind-after' }],
  },
  'after-preposition': {
    positive: [{ name: 'Nova Entraide', source: 'after-preposition' }, { name: "Coop'Fer Services", source: 'after-preposition' }, { name: 'Trokalis', source: 'after-preposition' }],
    negative: [{ name: 'Nova Entraide' }, { name: 'Trokalis', source: 'kind-example' }],
  },
  'kind-before': {
    positive: [{ name: 'Trokalis', source: 'kind-before' }, { name: 'Saveurs Partagées', source: 'kind-before' }, { name: 'Théâtre du Vent', source: 'kind-before' }],
    negative: [{ name: 'Trokalis' }, { name: 'Saveurs Partagées', source: 'kind-after' }],
  },
  'heading-repeated': {
    positive: [{ name: 'Trokalis Habitat', source: 'heading-repeated' }, { name: 'Rouages & Cie', source: 'heading-repeated' }, { name: 'Kal’Immo', source: 'heading-repeated' }],
    negative: [{ name: 'Trokalis Habitat' }, { name: 'Kal’Immo', source: 'kind-before' }],
  },
  'entry-line': {
    positive: [{ name: 'La forge du partage', source: 'entry-line' }, { name: 'Kalimbo 38', source: 'entry-line' }, { name: "Trok'Ensemble", source: 'entry-line' }],
    negative: [{ name: 'Kalimbo 38', source: 'line-list' }, { name: 'La forge du partage', source: 'quoted' }],
  },
  'list-head': {
    positive: [{ name: 'Kalimbo', source: 'list-head' }, { name: 'Les Tréteaux de Lorv', source: 'list-head' }, { name: "Trok'Ensemble", source: 'list-head' }],
    negative: [{ name: 'Kalimbo', source: 'bullet-list' }, { name: 'Les Tréteaux de Lorv', source: 'quoted' }],
  },
  'department-numbered': {
    positive: [{ name: 'Passerelle 38', source: 'department-numbered' }, { name: 'Trokal38', source: 'department-numbered' }, { name: 'Horizons 2A', source: 'department-numbered' }],
    negative: [{ name: 'Passerelle 38' }, { name: 'Trokal38', source: 'coined-name' }],
  },
  'number-pair': {
    positive: [{ name: 'Coop 3 pour 50', source: 'number-pair' }, { name: '20 pour 2 de Vilaret', source: 'number-pair' }, { name: 'Relais 7 pour 70', source: 'number-pair' }],
    negative: [{ name: 'Coop 3 pour 50' }, { name: '20 pour 2 de Vilaret', source: 'quoted' }],
  },
  'sentence-case-place': {
    positive: [{ name: 'Grand atelier de Lunel', source: 'sentence-case-place' }, { name: 'Chœurs réunis de Vilaret', source: 'sentence-case-place' }, { name: 'Petite forge de Brest', source: 'sentence-case-place' }],
    negative: [{ name: 'Grand atelier de Lunel' }, { name: 'Petite forge de Brest', source: 'quoted' }],
  },
  'numbered-name': {
    positive: [{ name: 'Entraide 71' }, { name: 'Tremplin 52' }, { name: 'Solidarité 2A' }],
    negative: [{ name: 'Article 12' }, { name: 'Relais 2024' }, { name: 'Lyon 69' }],
  },
  'person-named': {
    positive: [
      { name: 'Université Gaston Berthier', source: 'person-named' }, { name: 'lycée Louise Morvan', source: 'person-named' },
      { name: 'Fondation Abbé Lorrain', source: 'person-named' },
    ],
    negative: [{ name: 'Université Gaston Berthier' }, { name: 'lycée Louise Morvan', source: 'kind-before' }],
  },
  'kind-then-name': {
    positive: [{ name: 'Savoria', source: 'kind-then-name' }, { name: 'Pain Malin', source: 'kind-then-name' }, { name: 'UMR Paysages', source: 'kind-then-name' }],
    negative: [{ name: 'Savoria' }, { name: 'Pain Malin', source: 'kind-before' }],
  },
  'meeting-of': {
    positive: [{ name: 'Aînés Kalvins', source: 'meeting-of' }, { name: 'Trokal Ensemble', source: 'meeting-of' }, { name: 'Kalvi Solidaire', source: 'meeting-of' }],
    negative: [{ name: 'Aînés Kalvins' }, { name: 'Trokal Ensemble', source: 'press-cue' }],
  },
  'press-cue': {
    positive: [{ name: 'La Gazette du Val', source: 'press-cue' }, { name: 'Kalmir Hebdo', source: 'press-cue' }, { name: 'Radio Trokal', source: 'press-cue' }],
    negative: [{ name: 'La Gazette du Val' }, { name: 'Kalmir Hebdo', source: 'kind-then-name' }],
  },
  'capitalised-kind': {
    positive: [
      { name: 'Union départementale des jardins partagés', source: 'capitalised-kind' }, { name: 'Campus des arts appliqués', source: 'capitalised-kind' },
      { name: "Institut d'études rurales", source: 'capitalised-kind' },
    ],
    negative: [{ name: 'Union départementale des jardins partagés', source: 'quoted' }, { name: 'Campus des arts appliqués', source: 'kind-before' }],
  },
  'role-after': {
    positive: [
      { name: 'Marc Dulac', after: ', directeur du centre' }, { name: 'Rose Petit', after: ', vice-présidente de la métropole' },
      { name: 'Anne Sorel', after: ' présidente du jury' },
    ],
    negative: [{ name: 'Kalimba', after: ', membre du réseau' }, { name: 'Jardinot', after: ' et la CRESS' }],
  },
  'known-name': {
    positive: [{ name: 'Kalimba', known: true }, { name: 'Jardinot', known: true }, { name: 'Nova', known: true }],
    negative: [{ name: 'Kalimba' }, { name: 'Jardinot' }],
  },
  'distinctive-word': {
    positive: [{ name: 'Kalimba' }, { name: 'Jardinot Entraide' }, { name: 'Zéfirante' }],
    negative: [{ name: 'Maison Verte' }, { name: 'Lille' }],
  },
  'title-case': {
    positive: [{ name: 'Maison Verte' }, { name: 'Jardinot Entraide' }, { name: 'Les Toits Partagés' }],
    negative: [{ name: 'Kalimba' }, { name: 'Les Toits' }],
  },
  'coined-word': {
    positive: [{ name: "Tisse'Lien" }, { name: 'EcoLien' }, { name: "Coop'Fer" }],
    negative: [{ name: "Réserve de l'Étang" }, { name: "L'Atelier" }],
  },
  'capitalised-article': {
    positive: [{ name: 'La Ruche Verte' }, { name: 'Les Toits' }, { name: 'Le Fournil' }, { name: "L'Établi 7C" }],
    negative: [{ name: 'Ruche Verte' }, { name: 'Kalimba' }, { name: "l'Atelier" }],
  },
  'person-like': {
    positive: [{ name: 'Marie Dupont' }, { name: 'Mme Rose Petit' }, { name: 'Jean-Marc Petit' }],
    negative: [{ name: 'Kalimba' }, { name: 'La Ruche Verte' }],
  },
  place: {
    positive: [
      { name: 'Lille' }, { name: 'Bretagne' }, { name: 'La Rochelle' },
      // spaces for hyphens, `St` for `Saint`, a former region, a `pays` and its name
      { name: 'Le Val de Marne' }, { name: 'La Chapelle St-Mesmin' }, { name: 'Pays de la Vallée Kerdavo' }, { name: 'Pays de Vaudrelle en Normandie' },
      // a country or a world region alone (lexicon/countries.ts), hyphens or spaces
      { name: 'Portugal' }, { name: 'Burkina Faso' }, { name: 'Royaume-Uni' },
    ],
    negative: [
      { name: 'Kalimba' }, { name: 'Jardinot Entraide' }, { name: 'Pays de Vaudrelle Services' }, { name: 'Pays et Quartiers de Bretagne' },
      // a country's name inside a body's name
      { name: 'Belgique Solidaire' }, { name: 'Maroc Entraide' },
    ],
  },
  'common-word': {
    positive: [{ name: 'Maison' }, { name: 'Jardin' }, { name: 'Bilan' }, { name: 'Axe 12' }],
    negative: [{ name: 'Kalimba' }, { name: 'La Maison' }, { name: 'Maison', before: 'le collectif qui réunit ' }, { name: 'Tremplin 52' }],
  },
  'capital-mid-sentence': {
    positive: [
      { name: 'Girouette', before: 'le collectif qui réunit ', source: 'kind-after' }, { name: 'Tamis', before: "les chantiers d'insertion ", source: 'kind-after' },
      { name: 'Sablier', before: 'des associations telles ', source: 'kind-example' }, { name: 'Navette', before: 'les fonds viennent de Lunel et soutiennent ' },
      // After a singular article, only when the enumeration's next item is a body's acronym.
      { name: 'Navette', before: 'les Départements, la ', after: ', le FSE et la CAF.' }, { name: 'Poterie', before: 'ont signé la ', after: " et l'ADEME." },
      { name: 'Sablier', before: "l'Union des Scop (URSCOP)\n, le ", after: ', la Caisse des dépôts.' },
      // An elided article is a singular article: the same test of the enumeration's next item.
      { name: 'Atelier', before: "le conseil régional, l'", after: ' et le MES.' }, { name: 'Escale', before: "la CAF, l'", after: ', le CCAS et Trokal.' },
      // … or when a neighbouring item is a name by its shape: a capitalised article mid-sentence, or an article and two capitalised words.
      { name: 'Loutre', before: "citons Les Forges d'Ostal, la ", after: ', le Grenier.' }, { name: 'Grenier', before: 'avec la Loutre, le ', after: ', le Café⏎Troc.'.replace('⏎', '\n') },
      { name: 'la Boussole', before: 'ont rejoint Trokal, ', after: ', Les Bricoleurs et Vélonaute.' }, { name: 'Grenier', before: 'avec le Café Troc, le ', after: ' et la CAF.' },
      // A person's affiliation in brackets, its article in lower case: `Anne Roux (la Boussole)`.
      { name: 'la Boussole', before: 'Anne Roux (', after: ') et Paul Ostrel', source: 'person-affiliation' },
      { name: 'le Grenier', before: 'Lise Moreau (', after: ')', source: 'person-affiliation' },
    ],
    negative: [
      // After a singular article a capital is as often a role, an organ or an activity; a role noun never names a body.
      { name: 'Navette', before: 'les Départements, la ' }, { name: 'Trésorière', before: 'siégeaient le Vice-président, la ', after: ', le FSE.' },
      { name: 'Navette', before: 'les Départements, la ', after: ', le Théâtre et la Danse.' },
      { name: 'Atelier', before: "le conseil régional, l'", after: ' et la mairie.' }, { name: 'Escale', before: "aujourd'", after: ', le CCAS.' },
      { name: 'Conseil', before: 'la Commission, le ' }, { name: 'Poterie', before: 'elle propose le Yoga, la ' },
      { name: 'Secrétaire', before: 'le texte signé par le maire et ' }, { name: 'Trésorière', before: 'il remercie chaleureusement ' },
      { name: 'Girouette', before: 'au total. ' }, { name: 'Tamis', before: 'une antenne à ' }, { name: 'Sablier', before: 'un temps fort\n' },
      { name: 'Kalimba', before: 'qui réunit ' }, { name: 'ADEME', before: 'qui réunit ' }, { name: 'Tamis', before: 'le groupe ', source: 'kind-then-name' },
      // A neighbour of one capitalised word after its article, or a person's name (no article), says nothing.
      { name: 'Poterie', before: 'elle propose le Yoga, la ', after: ' et la Danse.' }, { name: 'Premier', before: 'le départ, le ', after: ', Jean Morel, a remis' },
      { name: 'Loutre', before: 'Les Forges, la ', after: ', le Grenier.' },
      // After a person, a role or a name holding a lower-case word is no affiliation's name.
      { name: 'la Trésorière', before: 'Anne Roux (', after: ')', source: 'person-affiliation' },
      { name: 'le Premier ministre', before: 'Paul Ostrel (', after: ')', source: 'person-affiliation' },
    ],
  },
  'calendar-word': {
    positive: [{ name: 'Lundi Solidaire' }, { name: 'Mars' }, { name: 'Octobre Rose' }],
    negative: [{ name: 'Kalimba' }, { name: 'Maison Verte' }],
  },
  'glued-article': {
    // an elision or an article glued to a common noun by OCR: a sentence's first words
    positive: [{ name: 'Lentreprise' }, { name: 'Dailleurs' }, { name: 'Lastructure' }, { name: 'Limplantation à Vilaret de Kerdavo' }],
    // a place, a frequent surname, a short rest (brands), no common noun after the article
    negative: [{ name: 'Laval' }, { name: 'Lemoine' }, { name: 'Legrand' }, { name: 'Lakerdavo' }, { name: 'Les Ateliers' }],
  },
  'name-before': {
    positive: [
      { name: 'Jeunesse Rurale Active', source: 'title-run', before: 'le logo de la FJRA\nFédération Nationale pour la ' },
      { name: 'Grand Ouest Rural', source: 'title-run', before: 'au programme, 14 h Rencontre du ' },
      { name: 'Innovations Sociales et Solidaires', source: 'title-run', before: 'en octobre, le Salon des ' },
      { name: 'Val Serein', source: 'title-run', before: 'le bureau Information\nVallées des\n' },
    ],
    negative: [
      // a lower-case word before the connector, a sentence's start, no connector
      { name: 'Jeunesse Agricole Chrétienne', source: 'title-run', before: 'elle a été formée à la ' },
      { name: 'Semaine Verte Solidaire', source: 'title-run', before: 'le dossier. Lors de la ' },
      { name: 'Terre Vive', before: 'les Trophées parisiens de l’' }, { name: 'Kalimba', before: 'le réseau Trokal et ' },
      { name: 'Ferme du Val', source: 'title-run', before: 'Depuis la ' },
      // after a person's name the connector opens their body's name
      { name: 'Inserbois', source: 'person-affiliation', before: "la parole est à Anne Brenvacq d'" },
    ],
  },
  'lower-word-after': {
    positive: [
      { name: "L'Envolée", source: 'article-name', after: ' numérique ouvre ses portes' }, { name: 'La Fabrique', source: 'article-name', after: ' solidaire du quartier' },
      { name: 'Kalimba', after: '\nsolidaire, qui' }, { name: "L'Agriculture", source: 'article-name', after: ' biologique progresse' },
    ],
    negative: [
      // a verb, a function word, a capital or a mark after the name; a name of two capitalised words
      { name: "L'Envolée", source: 'article-name', after: ' accueille le public' }, { name: 'La Fabrique', source: 'article-name', after: ' dans le quartier' },
      { name: 'Kalimba', after: ', le réseau' }, { name: 'La Fabrique Verte', source: 'article-name', after: ' solidaire du quartier' },
      { name: 'Le Relais', source: 'article-name', after: ' a ouvert' },
    ],
  },
};

describe('organisation evidence: what each named feature says', () => {
  for (const [feature, { positive, negative }] of Object.entries(FEATURES)) {
    it(`${feature} fires (≥ 3 cases)`, () => {
      expect(positive.length).toBeGreaterThanOrEqual(3);
      for (const example of positive) expect(features(example), example.name).toContain(feature);
    });
    it(`${feature} stays silent (≥ 2 cases)`, () => {
      expect(negative.length).toBeGreaterThanOrEqual(2);
      for (const example of negative) expect(features(example), example.name).not.toContain(feature);
    });
  }
});
