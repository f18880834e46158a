import { describe, expect, it } from 'vitest';
import { isDistinctiveName } from '../../../extractors/fr/organisation/distinctive-name.js';
import { isCommonWord, isPlaceName, isSurname } from '../../../extractors/fr/lexicon-lookup.js';
import { PLACES_SOURCE } from '../../../extractors/fr/lexicon/places.js';

describe('generated lexicons', () => {
  it('know French common words in any case, accents and plurals', () => {
    for (const word of ['Services', 'FINANCEMENT', 'Horizon', 'école', 'Ecole', 'Réalisations', 'Développer']) expect(isCommonWord(word)).toBe(true);
  });
  it('do not take invented names for words', () => {
    for (const word of ['Euralens', 'Citéo', 'Zoomacom', 'Kaléido', 'Enercoop']) expect(isCommonWord(word)).toBe(false);
  });
  it('know the finite forms of être and avoir the filter leaves out (an exact list)', () => {
    for (const word of ['étaient', 'Seront', 'auraient', 'ETAIENT', 'serait', 'aviez']) expect(isCommonWord(word), word).toBe(true);
    // Only those two verbs: a misread of one, or a name that merely ends like one, stays unknown.
    for (const word of ['étalient', 'Seranvaient', 'Avalaient']) expect(isCommonWord(word), word).toBe(false);
  });
  it('know communes, departments and regions', () => {
    for (const name of ['Carvin', 'Courrières', 'Hénin-Beaumont', 'Pas-de-Calais', 'Occitanie', 'LENS']) expect(isPlaceName(name)).toBe(true);
    expect(isPlaceName('Euralens')).toBe(false);
  });
  it('know a place written with spaces for hyphens or with Saint abbreviated', () => {
    for (const name of ['St-Jean-de-Luz', 'Saint Jean de Luz', 'Ste-Foy-lès-Lyon', 'Saint Etienne', 'Le Puy en Velay', 'ST-OMER']) expect(isPlaceName(name)).toBe(true);
    // The abbreviation is a whole word only: no place is made of a name that merely holds `st`.
    for (const name of ['Stlaurent', 'Est Ensemble', 'Pôle Ste']) expect(isPlaceName(name)).toBe(false);
  });
  it('find every place of the list (searched in sorted keys), and no name one letter short or long of one', () => {
    const places = PLACES_SOURCE.split('|');
    for (const place of places) expect(isPlaceName(place), place).toBe(true);
    // Before the first key, after the last, and between neighbours: a prefix or an extension of a place is none.
    for (const name of ['a', 'Aaaa', 'Zzzzzz', `${places[0] ?? ''}x`, 'Abbevill', 'Abbevillerss', '', '|']) expect(isPlaceName(name), name).toBe(false);
  });
  it('know frequent surnames', () => {
    expect(isSurname('Dupont')).toBe(true);
    expect(isSurname('LEFEBVRE')).toBe(true);
    expect(isSurname('Citéo')).toBe(false);
  });
});

describe('isDistinctiveName', () => {
  it('accepts a name with a word that is no word, name or place', () => {
    expect(isDistinctiveName('Grand Forum Euralens')).toBe(true);
    expect(isDistinctiveName('Citéo')).toBe(true);
    expect(isDistinctiveName('Dunkerque-Zoomacom')).toBe(true);
  });
  it('refuses places, people and phrases of common words', () => {
    for (const name of ['Carvin', 'Jean Dufresnoy', 'Dupont', 'Secours Populaire', 'Conseil', 'Mars', 'CAHC', 'Lens-Liévin', 'Saint-Pol']) {
      expect(isDistinctiveName(name)).toBe(false);
    }
  });
});
