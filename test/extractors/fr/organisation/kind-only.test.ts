/**
 * `kind-only` (extractors/fr/organisation/kind-only.ts): a kind of structure spelled out, even in
 * title case, names no body; the organisation decision drops it. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { namesKindAcronymOnly, namesKindInPlace, namesKindOnly, namesNonBodyAcronymOnly } from '../../../../extractors/fr/organisation/kind-only.js';

const organisations = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {}).filter((m) => m.type === 'organisation').map((m) => m.value);

describe('kind-only: a legal form or a kind of place alone names no body', () => {
  it('finds a whole kind, plural or hyphenated as written (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Société Coopérative et Participative')).toBe(true);
    expect(namesKindOnly("Coopérative d'Activité et d'Emploi")).toBe(true);
    expect(namesKindOnly('Maisons Relais')).toBe(true);
    expect(namesKindOnly('les Tiers-Lieux')).toBe(true);
    expect(namesKindOnly('Groupement d’Employeurs')).toBe(true);
  });
  it('finds a legal form cut by the extent, when a type word is left (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Coopérative Ouvrière de Production')).toBe(true);
    expect(namesKindOnly("Coopérative d'Intérêt Collectif")).toBe(true);
    expect(namesKindOnly('Société')).toBe(true);
  });
  it('keeps a name with a word of its own, a cut run with its article or with no type word (≥ 2 negative cases)', () => {
    expect(namesKindOnly('Coopérative Valmoreau')).toBe(false);
    expect(namesKindOnly("Repair'Cafés du Pech Ardent")).toBe(false);
    expect(namesKindOnly('La Société')).toBe(false);
    expect(namesKindOnly('Espaces')).toBe(false);
    expect(namesKindOnly('Relais')).toBe(false);
    expect(namesKindOnly('Coopérative Tiers-Lieux')).toBe(false);
  });
});

describe('kind-only: a social or health facility every town may have, matched whole, names no body', () => {
  it('finds the facility alone, in any case (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Centre de santé')).toBe(true);
    expect(namesKindOnly('CENTRE SOCIAL')).toBe(true);
    expect(namesKindOnly('les Épiceries Solidaires')).toBe(true);
    expect(namesKindOnly('Maison de Santé')).toBe(true);
  });
  it('keeps a facility with a name of its own (≥ 2 negative cases)', () => {
    expect(namesKindOnly('Centre Social des Tilleuls')).toBe(false);
    expect(namesKindOnly('Épicerie Sociale La Passerelle')).toBe(false);
    expect(namesKindOnly('Centre')).toBe(false);
  });
  it('drops the facility a page names by its kind, keeps the one it names (end to end)', () => {
    expect(organisations('Feu vert pour le Centre de santé\navec des médecins salariés à Lunel.')).toEqual([]);
    expect(organisations('Le Centre Social des Tilleuls ouvre une ludothèque.')).toContain('Centre Social des Tilleuls');
  });
});

describe('kind-only: a kind of body, a status or a label, matched whole, names no body', () => {
  it('finds the kind alone, as written or in the plural (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Espace de Vie Sociale')).toBe(true);
    expect(namesKindOnly("Union d'Économie Sociale")).toBe(true);
    expect(namesKindOnly('Coopératives HLM')).toBe(true);
    expect(namesKindOnly("Club d'Investisseurs")).toBe(true);
  });
  it('keeps a name with a word of its own, or a part of the kind (≥ 2 negative cases)', () => {
    expect(namesKindOnly('Espace de Vie Sociale des Tilleuls')).toBe(false);
    expect(namesKindOnly('Coopérative HLM Trokal Habitat')).toBe(false);
    expect(namesKindOnly('Union')).toBe(false);
  });
  it('drops the label a page gives a body (end to end)', () => {
    expect(organisations("Depuis mars, le centre Trokal est agréé Espace de Vie Sociale par la CAF.")).not.toContain('Espace de Vie Sociale');
  });
});

describe('kind-only: the integration agreement and the local currency, spelled out or abbreviated', () => {
  it('finds the kind or label alone (≥ 3 positive cases)', () => {
    expect(namesKindOnly("Atelier chantier d'insertion")).toBe(true);
    expect(namesKindOnly("Ateliers et Chantiers d'Insertion")).toBe(true);
    expect(namesKindOnly('Monnaie Locale Complémentaire et Citoyenne')).toBe(true);
    expect(namesKindAcronymOnly('EVS')).toBe(true);
    expect(namesKindAcronymOnly('les MLCC')).toBe(true);
  });
  it('keeps a body with a name of its own (≥ 2 negative cases)', () => {
    expect(namesKindOnly("Atelier chantier d'insertion La Ferme de Morvelle")).toBe(false);
    expect(namesKindOnly('EVS Les Tilleuls')).toBe(false);
    expect(namesKindOnly('MLCC Vallée de la Brume')).toBe(false);
  });
  it.each([
    ["Depuis mars, le local a le label EVS (espace de vie sociale) de la CAF.", ['CAF']],
    ["Conventionnée Atelier\nchantier d'insertion (ACI) depuis mars, l'association Brimo cultive des légumes.", ['Brimo']],
    ['Le thème des rencontres : « les MLCC, outils de la transition ».', []],
  ])('drops the kind a page names (≥ 3 positive cases): %s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('kind-only in the organisation decision', () => {
  it.each([
    "Le collectif prépare la création d'une Société\nCoopérative d'Intérêt Collectif pour 2026.",
    'Dans la vallée : les FabLabs, les Recycleries,\nles jardins et les épiceries solidaires.',
    "L'association gère des places d'hébergement (veille sociale, Pensions de Famille, Maisons Relais) dans la Drôme.",
  ])('drops the kind a page names (≥ 3 positive cases): %s', (text) => {
    expect(organisations(text)).toEqual([]);
  });
  it('keeps the body a kind describes (≥ 2 negative cases)', () => {
    expect(organisations('La coopérative Valmoreau, une Société Coopérative et Participative, recrute.')).toContain('Valmoreau');
    expect(organisations("Les bénévoles du Repair'Café des Trois Saules réparent vélos et grille-pain.")).toContain("Repair'Café des Trois Saules");
  });
});

describe('kind-only: an acronym of a kind of structure or of a scheme alone names no body', () => {
  it('finds a kind acronym alone, with its article, in the plural or joined to another (≥ 3 positive cases)', () => {
    expect(namesKindAcronymOnly('ACI')).toBe(true);
    expect(namesKindAcronymOnly("l'ETTI")).toBe(true);
    expect(namesKindAcronymOnly('des ACIs')).toBe(true);
    expect(namesKindAcronymOnly('ACI et EI')).toBe(true);
    expect(namesKindAcronymOnly('le RSA')).toBe(true);
    expect(namesKindAcronymOnly('les Scop')).toBe(true);
    expect(namesKindOnly('GEIQ')).toBe(true);
  });
  it('keeps a name holding the acronym with words of its own, an acronym naming one body, a word in lower case (≥ 2 negative cases)', () => {
    expect(namesKindOnly('SCOP Ateliers Morvandine')).toBe(false);
    expect(namesKindOnly('GEIQ Propreté Ardoisière')).toBe(false);
    expect(namesKindOnly('SCIC SA Lanvorel')).toBe(false);
    expect(namesKindAcronymOnly('IAE')).toBe(false);
    expect(namesKindAcronymOnly('CCAS')).toBe(false);
    expect(namesKindAcronymOnly('Ass')).toBe(false);
  });
  it.each([
    ["Le réseau Trivolane fédère les structures d'insertion du département :\nACI, ETTI, AI et EI, soit 40 structures.", ['Trivolane']],
    ['Un ACI peut aussi porter une activité de maraîchage ; un tel ACI emploie alors des encadrants techniques.', []],
    ['Les ACI du territoire accueillent les habitants des QPV.', []],
    ["Les salariés en insertion, au RSA ou à l'ASS, signent un CDDI avec l'ACI Pré-Vergne.", ['ACI Pré-Vergne']],
  ])('drops the kind acronym a page names (≥ 3 positive cases): %s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
  it('keeps the body whose name holds a kind acronym (≥ 2 negative cases)', () => {
    expect(organisations('La SCOP Ateliers Morvandine et la SCIC Énergie Lanvorel ont rejoint le pôle.')).toEqual(['SCOP Ateliers Morvandine', 'SCIC Énergie Lanvorel']);
    expect(organisations("Rencontre des structures : le GEIQ Propreté Ardoisière présente ses parcours.")).toContain('GEIQ Propreté Ardoisière');
  });
});

describe('kind-only: the acronym of a kind of care or social service alone names no body', () => {
  it.each([
    ["Depuis janvier, l'association Tilleuls Services est devenue le premier SAAD (service d'aide et d'accompagnement à domicile) du canton.", ['Tilleuls Services']],
    ['Deux Ssiad se partagent désormais les tournées du plateau.', []],
    ["Elle a dirigé un ESMS pendant dix ans avant de rejoindre la mairie.", []],
    ['Chaque foyer signe un CPOM de cinq ans avec le financeur.', []],
  ])('drops the kind acronym a care text names (≥ 3 positive cases): %s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
    expect(namesKindAcronymOnly('les EHPAD')).toBe(true);
  });
  it('keeps a care body whose name holds the acronym with words of its own (≥ 2 negative cases)', () => {
    expect(namesKindOnly('SSIAD Val de Brenne')).toBe(false);
    expect(namesKindOnly('SAAD Présence Morvandelle')).toBe(false);
    expect(organisations('Le SSIAD du Val de Brenne recrute des infirmiers.')).toContain('SSIAD du Val de Brenne');
    expect(organisations("L'EHPAD Les Glycines accueille 80 résidents.")).toContain('EHPAD Les Glycines');
  });
});

describe('kind-only: a kind acronym and a known place only name the kind in that territory', () => {
  it('finds a kind acronym then a town or a region, an article maybe before it (≥ 3 positive cases)', () => {
    expect(namesKindInPlace('SCIC Lunel')).toBe(true);
    expect(namesKindInPlace('les Scop Bretagne')).toBe(true);
    expect(namesKindInPlace('Geiq Auvergne-Rhône-Alpes')).toBe(true);
    expect(namesKindOnly('la SCIC Nice')).toBe(true);
  });
  it('keeps a name with words of its own after the kind, or a type word that is no kind acronym (≥ 2 negative cases)', () => {
    expect(namesKindInPlace('SCIC Lunel Énergie')).toBe(false);
    expect(namesKindInPlace('GEIQ BTP 34')).toBe(false);
    expect(namesKindInPlace('CCAS Lunel')).toBe(false);
    expect(namesKindInPlace('SCOP')).toBe(false);
  });
});


describe('kind-only: a mixed-economy company, a teenagers’ cooperative, a zero-unemployment company, a young firm’s status', () => {
  it('finds the kind or status alone, spelled out or abbreviated (≥ 3 positive cases)', () => {
    expect(namesKindOnly("Société d'Économie Mixte")).toBe(true);
    expect(namesKindOnly('une coopérative jeunesse de services')).toBe(true);
    expect(namesKindOnly("Entreprise à But d'Emploi")).toBe(true);
    expect(namesKindOnly('Jeune Entreprise Innovante')).toBe(true);
    expect(namesKindAcronymOnly('la SEM')).toBe(true);
    expect(namesKindAcronymOnly("l'EBE")).toBe(true);
    expect(namesKindAcronymOnly('CJS')).toBe(true);
  });
  it('keeps a body with a name or a number of its own (≥ 2 negative cases)', () => {
    expect(namesKindOnly('SEM Kalvoterre')).toBe(false);
    expect(namesKindOnly('EBE 47')).toBe(false);
    expect(namesKindOnly('CJS Les Pousses de Brévaillac')).toBe(false);
  });
  it('drops the kind an acronym defines, keeps the company named after it (end to end)', () => {
    expect(organisations('Cet été, la Coopérative Jeunesse de Services a ouvert à Brévaillac.')).toEqual([]);
    expect(organisations("Les parts vont à la Société d'Économie Mixte Locale (SEML) Kalvoterre.")).not.toContain('SEML');
  });
});

describe('kind-only: acronyms that name no body (a thing, a scheme, a category) alone', () => {
  it('finds them alone, with an article, joined (≥ 3 positive cases)', () => {
    expect(namesNonBodyAcronymOnly('ULM')).toBe(true);
    expect(namesNonBodyAcronymOnly('les PME')).toBe(true);
    expect(namesNonBodyAcronymOnly('PME et TPE')).toBe(true);
    expect(namesKindOnly('ADSL')).toBe(true);
  });
  it('keeps a name with words of its own, a body’s acronym, ESS FRANCE (≥ 2 negative cases)', () => {
    expect(namesNonBodyAcronymOnly('ULM Club Kalvane')).toBe(false);
    expect(namesNonBodyAcronymOnly('ADRK')).toBe(false);
    expect(namesNonBodyAcronymOnly('ESS FRANCE')).toBe(false);
  });
  it('drops one a list proposes among bodies’ acronyms', () => {
    expect(organisations('Le club compte 45 pilotes dont 12 sur avions et\nULM, 25 élèves pilotes et 10 ADRK.')).not.toContain('ULM');
  });
});
