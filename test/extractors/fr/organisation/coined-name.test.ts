/**
 * The proposer family "a coined name" (extractors/fr/organisation/coined-name.ts), on invented
 * sentences, and the evidence it gives through the candidate refiner.
 */
import { describe, expect, it } from 'vitest';
import { coinedNames } from '../../../../extractors/fr/organisation/coined-name.js';
import { extractDocument } from '../../../../extractors/index.js';

const names = (text: string): string[] => coinedNames(text).map((found) => text.slice(found.start, found.end));

describe('coinedNames', () => {
  it.each([
    ["Racontez-nous comment travaille Kalim'Eco ?", "Kalim'Eco"],
    ['Le Tric’ode Vienne a ouvert sa boutique en mai.', 'Le Tric’ode Vienne'],
    ['Entreprise exemplaire, Ressourc’ est le pilote du pôle.', 'Ressourc’'],
    ["Merci aux bénévoles du collectif Ateliers\nPartag', voisins et amis.", "Ateliers\nPartag'"],
    ['Avec Répar’Tout, s’ouvre un chantier.', 'Répar’Tout'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ["Aujourd'hui, la Presqu'île de Giens accueille le marché.", 'words of the language'],
    ['Il parle du ‘Ressourc’ de la ville.', 'an apostrophe closing a quote'],
    ['La deuxième édition de « Kalim’en Fête », le 8 mars.', 'a quoted title'],
    ['Nous lancions le programme Kalim’Eco, doté de fonds.', 'a scheme word before'],
    ['Les lauréats : Kalim’Eco 25 - 4 000 €, Trokal 39 - 2 000 €.', 'a number after: unsure extent'],
    ['Dossier de presse Kalim’Eco', 'a short line it ends: a running title'],
    ['  • TROK’ESS\n', 'a word in capitals: a tag'],
    ['Les objectifs de la coopérative, TROK’ESS, accompagne les garages.', 'a word in capitals, even in prose'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('coined-name evidence', () => {
  const organisations = (text: string): { value: string; evidence: readonly string[] }[] =>
    extractDocument([{ page: 1, source: 'text', text }], {}).mentions
      .filter((mention) => mention.type === 'organisation')
      .map((mention) => ({ value: mention.value, evidence: mention.evidence ?? [] }));

  it.each([
    ["Racontez-nous comment travaille Kalim'Eco ?", "Kalim'Eco"],
    ['Depuis mars, Ressourc’ anime la nouvelle halle.', 'Ressourc’'],
    ['Le local de Répar’Tout ferme le lundi.', 'Répar’Tout'],
  ])('keeps the name of %j', (text, name) => {
    expect(organisations(text)).toContainEqual(expect.objectContaining({ value: name.replace(/’/gu, "'"), evidence: expect.arrayContaining(['coined-name']) }));
  });

  it.each([
    ["Aujourd'hui, lorsqu'il arrive, tout change."],
    ['Nous lancions le programme Kalim’Eco, doté de fonds.'],
  ])('proposes nothing in %j', (text) => {
    expect(organisations(text).filter((found) => found.evidence.includes('coined-name'))).toEqual([]);
  });
});
