/**
 * The proposer family "a name and its department's number" (extractors/fr/organisation/department-numbered.ts),
 * on invented sentences, and the evidence it gives through the candidate refiner.
 */
import { describe, expect, it } from 'vitest';
import { departmentNumberedNames } from '../../../../extractors/fr/organisation/department-numbered.js';
import { extractDocument } from '../../../../extractors/index.js';

const names = (text: string): string[] => departmentNumberedNames(text).map((found) => text.slice(found.start, found.end));

describe('departmentNumberedNames', () => {
  it.each([
    ['En Isère, la Passerelle 38, qui accueille des volontaires, recrute.', 'Passerelle 38'],
    ['Marc Lenoir (directeur de la coopérative Trokal38, Isère).', 'Trokal38'],
    ['À Dinan (Côtes-d’Armor), Kalimbo RS 22 (réseau solidaire) recrute.', 'Kalimbo RS 22'],
    ['Nos partenaires : Trokal à Crest, L’Envol\n26 à Valence, dans la Drome.', 'L’Envol\n26'],
    ['La SEM Horizons 38 (38100 Grenoble) aménage le quartier.', 'Horizons 38'],
    ['3e prix : Bricolo 35 / Ille et\nVilaine', 'Bricolo 35'],
    // A kind alone and its number, before what the body does or the town it serves: the page need not name the department.
    ['Hier soir, le Réseau 37 a réuni ses bénévoles.', 'Réseau 37'],
    ['Les jeunes suivis par la Ligue 58 sont partis en séjour.', 'Ligue 58'],
    ['Marc Lenoir, cogérant de la CAE 29 de Quimperlé, témoigne.', 'CAE 29'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['La Passerelle 38 a accueilli des volontaires à Lyon.', 'the page names no Isère'],
    ['En Isère, la Passerelle 38 accueille des volontaires.', 'a lower-case word after the number: maybe a count'],
    ['En Isère, les Ateliers 38 salariés ont voté.', 'a count: a lower-case noun after the number'],
    ['En Isère, voir Article 38 du règlement.', 'a reference word'],
    ['En Isère, Grenoble 38 accueille le forum.', 'a place and its number'],
    ['En Isère, le score fut de Trokal 38 - 12.', 'a score'],
    ['En Isère, le Parcours 38,5 km est ouvert.', 'a decimal'],
    ['En Isère, le Mardi 38 est un jeu.', 'a date word'],
    ['Offre d’emploi\nLieu\n29 Finistère\nDate limite', 'a label, then its value on the next line'],
    ['Lieu : Ateliers 38 Grenoble, en Isère.', 'a place after the number: its department code'],
    ['Le Réseau 37 salariés compte trois antennes.', 'a kind and a count: the page names no department'],
    ['Le Comité 3 a validé le budget.', 'one digit: a section, not a department'],
    ['Au programme, l’Atelier 12 animé par une graphiste.', 'a kind and its number before a participle, no finite verb'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('department-numbered evidence', () => {
  const mentions = (text: string): { type: string; value: string; evidence: readonly string[] }[] =>
    extractDocument([{ page: 1, source: 'text', text }], {}).mentions.map((mention) => ({ type: mention.type, value: mention.value, evidence: mention.evidence ?? [] }));

  it.each([
    ['Que propose la Passerelle 38 ? En Isère, des familles y trouvent un repas.', 'Passerelle 38'],
    ['En Isère, Marc Lenoir dirige Trokal38, un groupe solidaire.', 'Trokal38'],
    ['Les tiers-lieux de la Drôme : Kalimbo à Romans, Trokal à Crest, L’Envol\n26 à Valence, Vergers Ouverts à Die.', "L'Envol 26"],
  ])('keeps the name of %j', (text, name) => {
    expect(mentions(text)).toContainEqual(expect.objectContaining({ type: 'organisation', value: name, evidence: expect.arrayContaining(['department-numbered']) }));
  });

  it('gives no figure for the name’s number', () => {
    const text = 'Les tiers-lieux de la Drôme : Kalimbo à Romans, Trokal à Crest, L’Envol\n26 à Valence, Vergers Ouverts à Die.';
    expect(mentions(text).filter((found) => found.type === 'figure')).toEqual([]);
  });

  it.each([
    ['Que propose la Passerelle 38 ? À Lyon, des familles y trouvent un repas.'],
    ['En Isère, les Ateliers 38 salariés ont voté.'],
  ])('proposes nothing in %j', (text) => {
    expect(mentions(text).filter((found) => found.evidence.includes('department-numbered'))).toEqual([]);
  });
});
