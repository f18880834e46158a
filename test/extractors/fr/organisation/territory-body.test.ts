/**
 * `fr.organisation.territory-body` (extractors/fr/parsers/organisation-territory-body.ts): rules
 * of where a `Place + body word` name starts and ends. `grand-territory`: `Grand`/`Grande` before
 * the place is part of the territory's name. `qualifier-function-word`: a capitalised function word
 * after the body word (`Vous`, `Nous`, `Les`) opens the next sentence, not a qualifier of the name.
 * `lower-body`: a body word in lower case counts after a whole known place. `place-compound`: a place
 * hyphenated to a capitalised word is the territory.
 * Invented sentences; the places are real towns, the bodies invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const RULE = 'fr.organisation.territory-body';
const bodies = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === RULE)
    .map((m) => m.value);

describe('grand-territory: `Grand` opens the territory of a body', () => {
  it.each([
    ["Le tiers-lieu a ouvert avec l'aide de Grand Lunel\nMétropole et de ses communes.", 'Grand Lunel Métropole'],
    ['La convention est signée avec Grand Cahors Agglomération, qui finance le poste.', 'Grand Cahors Agglomération'],
    ['Les élus de Grande Vierzon Communauté ont voté le budget du chantier.', 'Grande Vierzon Communauté'],
  ])('keeps `Grand` in the name (≥ 3 positive cases): %s', (text, value) => {
    expect(bodies(text)).toContain(value);
  });
  it.each([
    ['Le Grand projet de Lunel Métropole a été voté hier soir.', 'Lunel Métropole'],
    ['Le tiers-lieu a ouvert avec Lunel Agglomération, en lien avec les communes.', 'Lunel Agglomération'],
  ])('adds no `Grand` that is not right before the place (≥ 2 negative cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
});

describe('qualifier-function-word: a capitalised function word after the body is the next sentence', () => {
  it.each([
    ['Une initiative rendue possible grâce à Lunel Métropole Vous trouverez ici la liste', 'Lunel Métropole'],
    ['Le chantier est financé par Cahors Agglomération Nous avons reçu les plans', 'Cahors Agglomération'],
    ['Le chantier est financé par Vierzon Communauté Elle reste propriétaire du site', 'Vierzon Communauté'],
  ])('ends the name at the body word (≥ 3 positive cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
  it.each([
    ['Le chantier est financé par Lunel Agglo Littoral, avec la commune.', 'Lunel Agglo Littoral'],
    ['Le chantier est financé par Cahors Agglomération Quercy Blanc, avec la commune.', 'Cahors Agglomération Quercy Blanc'],
  ])('keeps a capitalised qualifier that is no function word (≥ 2 negative cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
});

describe("elided-before: an elided `d'`/`l'` before the territory's first word is not part of it", () => {
  it.each([
    ["Elle a reçu Jeanne Morel, Présidente d'Arras Scarpe Agglomération, hier.", 'Arras Scarpe Agglomération'],
    ['Signé par Paul Roux, Directeur d’Orléans Loiret Métropole.', 'Orléans Loiret Métropole'],
    ["Avec Léa Petit, Maire d'Issoire et Présidente d'Issoire Monts Communauté.", 'Issoire Monts Communauté'],
  ])('starts the body at the place after the elision, a capitalised title before it (≥ 3 positive cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
  it.each([
    ["Le directeur d'Arras Agglomération a signé.", 'Arras Agglomération'],
    ["Une idée d'habitants de Cahors Agglomération, votée hier.", 'Cahors Agglomération'],
  ])('reads a one-word territory after an elision, and a body no elision opens, as before (≥ 2 negative cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
});

describe('lower-body: a body word in lower case after a whole known place', () => {
  it.each([
    ['Le local a été prêté par Vierzon agglomération pour deux ans.', 'Vierzon agglomération'],
    ['En 2021, Lunel métropole a proposé au chantier de reprendre le site.', 'Lunel métropole'],
    ['La convention avec Cahors agglo court jusqu’en 2026.', 'Cahors agglo'],
  ])('reads the place and the body word (≥ 3 positive cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
  it.each([
    'Le local a été prêté par Quercy Blanc agglomération pour deux ans.',
    'Les Verts Vallons métropole ont ouvert une boutique.',
  ])('takes no lower-case body word after a run that is no whole place (≥ 2 negative cases): %s', (text) => {
    expect(bodies(text)).toEqual([]);
  });
});

describe('place-compound: a place joined by a hyphen to a word of the territory’s name', () => {
  it.each([
    ['Elle est chargée de mission pour Lunel-Littoral Agglomération depuis mars.', 'Lunel-Littoral Agglomération'],
    ['Le projet est soutenu par Vierzon-Sologne Communauté et la Région.', 'Vierzon-Sologne Communauté'],
    ['Un atelier ouvert avec Cahors-Quercy Métropole, qui prête le local.', 'Cahors-Quercy Métropole'],
  ])('reads the compound as the territory (≥ 3 positive cases): %s', (text, value) => {
    expect(bodies(text)).toEqual([value]);
  });
  it.each([
    'Le projet est soutenu par Jean-Marc Agglomération, un collectif.',
    'Le projet est soutenu par Verte-Vallée Communauté, un collectif.',
  ])('takes no compound whose first part is no place (≥ 2 negative cases): %s', (text) => {
    expect(bodies(text)).toEqual([]);
  });
});
