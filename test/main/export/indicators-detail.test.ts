import { describe, expect, it } from 'vitest';
import { breakdownOf, clauseBefore } from '../../../main/export/indicators-detail.js';

function part(text: string, figure: string, isMoney: boolean, organisations: string[] = [], people: string[] = []) {
  const named = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name });
  return breakdownOf(text, { start: 0, end: text.length }, text.indexOf(figure), isMoney, organisations.map(named), people.map(named));
}

describe('what a figure is a part of', () => {
  const income = 'Recettes : 163 400 € dont État (DREETS, appel PTCE) 58 000 €, Région Normandie 39 000 €, adhésions 5 900 €.';
  it('a breakdown gives each part its funder or its name; the total stays whole', () => {
    expect(part(income, '163 400', true, ['DREETS', 'Région Normandie'])).toEqual({ detail: '', organisation: false });
    expect(part(income, '58 000', true, ['DREETS', 'Région Normandie'])).toEqual({ detail: 'DREETS', organisation: true });
    expect(part(income, '39 000', true, ['DREETS', 'Région Normandie'])).toEqual({ detail: 'Région Normandie', organisation: true });
    expect(part(income, '5 900', true, ['DREETS', 'Région Normandie'])).toEqual({ detail: 'adhésions', organisation: false });
  });
  it('a table row opened by "dont" is a part of the row above', () => {
    const table = 'Structures adhérentes | 41 | 53\ndont structures de l’ESS | 29 | 36';
    expect(part(table, '29', false)).toEqual({ detail: 'structures de l’ESS', organisation: false });
    expect(part(table, '41', false)).toEqual({ detail: '', organisation: false });
  });
  it('a staff list gives each person their share', () => {
    expect(part('- Claire Bernard, coordinatrice (0,8 ETP)', '0,8', false, [], ['Claire Bernard'])).toEqual({ detail: 'Claire Bernard', organisation: false });
  });
  it('counts broken down by their own nouns need no detail', () => {
    expect(part('26 réunions dont 6 conseils d’administration, 2 comités de pilotage', '2 comités', false)).toEqual({ detail: '', organisation: false });
  });
  it('reads the clause before a figure, brackets included', () => {
    expect(clauseBefore(income, 0, income.indexOf('58 000')).text).toBe('État (DREETS, appel PTCE)');
  });
});
