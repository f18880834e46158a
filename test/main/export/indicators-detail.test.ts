import { describe, expect, it } from 'vitest';
import { breakdownOf, clauseBefore } from '../../../main/export/indicators-detail.js';

function part(text: string, figure: string, isMoney: boolean, organisations: string[] = [], people: string[] = []) {
  const named = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name });
  return breakdownOf(text, { start: 0, end: text.length }, text.indexOf(figure), isMoney, organisations.map(named), people.map(named));
}

describe('what a figure is a part of', () => {
  const income = 'Produits : 187 500 € dont État (DREETS, AMI PTCE) 60 000 €, Région Bretagne 45 000 €, cotisations 6 200 €.';
  it('a breakdown gives each part its funder or its name; the total stays whole', () => {
    expect(part(income, '187 500', true, ['DREETS', 'Région Bretagne'])).toEqual({ detail: '', organisation: false });
    expect(part(income, '60 000', true, ['DREETS', 'Région Bretagne'])).toEqual({ detail: 'DREETS', organisation: true });
    expect(part(income, '45 000', true, ['DREETS', 'Région Bretagne'])).toEqual({ detail: 'Région Bretagne', organisation: true });
    expect(part(income, '6 200', true, ['DREETS', 'Région Bretagne'])).toEqual({ detail: 'cotisations', organisation: false });
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
    expect(clauseBefore(income, 0, income.indexOf('60 000')).text).toBe('État (DREETS, AMI PTCE)');
  });
});
