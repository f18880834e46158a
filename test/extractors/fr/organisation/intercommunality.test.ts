/**
 * `fr.organisation.intercommunality` (extractors/fr/parsers/organisation-intercommunality.ts):
 * official intercommunality and territorial body names (INSEE's list). `intercommunality:type-before`:
 * after a type word or its abbreviation, the type and the whole official name. `intercommunality:name`:
 * a name alone when it holds a body word, is a Greater Paris body's, opens with `Grand` or has three
 * words of its own; a name that is a place's, a `Pays de…`, or two plain words stays unread.
 * Invented sentences; the bodies are real (public names), the facts invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const RULE = 'fr.organisation.intercommunality';
const read = (text: string): { value: string; evidence: readonly string[] }[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === RULE)
    .map((m) => ({ value: m.value, evidence: m.evidence ?? [] }));
const values = (text: string): string[] => read(text).map((found) => found.value);

describe('intercommunality:type-before: the type word and the whole official name', () => {
  it.each([
    ["Le local de la Communauté de communes Portes du Berry entre Loire et Val d'Aubois est prêté.", "Communauté de communes Portes du Berry entre Loire et Val d'Aubois"],
    ["Les locaux sont la propriété de l'agglomération Melun Val de Seine, qui les loue.", 'agglomération Melun Val de Seine'],
    ['Le poste est cofinancé par la CA du Grand Cahors et la région.', 'CA du Grand Cahors'],
  ])('reads the type and the name (≥ 3 positive cases): %s', (text, value) => {
    expect(read(text)).toContainEqual({ value, evidence: expect.arrayContaining(['intercommunality:type-before']) as unknown });
  });
  it.each([
    ['Une communauté de communes rurale a lancé le projet avec ses habitants.'],
    ["L'agglomération de Melun compte plusieurs tiers-lieux."],
  ])('reads no body where no official name follows (≥ 2 negative cases): %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('intercommunality:name: a name alone when it names a body', () => {
  it.each([
    ['Le projet a reçu le soutien de Mauges Communauté et de la région.', 'Mauges Communauté'],
    ["Les élus d'Est Ensemble ont voté la subvention.", 'Est Ensemble'],
    ['Le chantier est suivi par les services du Grand Dole depuis mars.', 'Grand Dole'],
    ['Une convention a été signée avec Lamballe Terre et Mer pour trois ans.', 'Lamballe Terre et Mer'],
  ])('reads the name alone (≥ 3 positive cases): %s', (text, value) => {
    expect(read(text)).toContainEqual({ value, evidence: expect.arrayContaining(['intercommunality:name']) as unknown });
  });
  it.each([
    ['Les producteurs du Pays de Nemours livrent les cantines.'],
    ['Nous habitons La Rochelle depuis dix ans.'],
    ['Les paysages de la Marche Berrichonne attirent les randonneurs.'],
    ['Le marché du grand dole a lieu le samedi.'],
    ['Le dossier de Melun val de seine est arrivé.'],
  ])('leaves a place, a natural region or a lower-case name unread (≥ 2 negative cases): %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});
