import { describe, expect, it } from 'vitest';
import { noiseReason } from '../../../main/export/indicators-noise.js';

function reason(page: string, figure: string, unit: string | null, names: { start: number; end: number }[] = [], pageCount = 10) {
  const start = page.indexOf(figure);
  return noiseReason({ page: 1, start, end: start + figure.length, text: figure, unit }, page, pageCount, names.map((name) => ({ page: 1, ...name })), page);
}

describe('numbers that are no figure', () => {
  it('a number inside an organisation name', () => {
    const page = 'Adhésion de Mille et 1 Commerces au pôle.';
    const name = { start: page.indexOf('Mille'), end: page.indexOf(' au') };
    expect(reason(page, '1 Commerces', 'commerce', [name])).toBe('in-name');
  });
  it('phone numbers, spaced or dotted', () => {
    expect(reason('Tél. 03 21 45 67 89', '03 21 45 67 89', null)).toBe('phone');
    expect(reason('Contact 07.68.66.67.85', '07.68.66.67.85', null)).toBe('phone');
  });
  it('page and slide numbers', () => {
    expect(reason('Qui sommes-nous ? (1/2)\nUn collectif.', '(1/2)', null)).toBe('page-number');
    expect(reason('Titre\nUn texte assez long pour une page.\nEncore une ligne.\n4', '4', null)).toBe('page-number');
  });
  it('numbered list markers', () => {
    expect(reason('Nos engagements :\n1. Inscription territoriale\n2. Reconnaissance', '2', null)).toBe('list-marker');
  });
  it('quiz and poll answers, and "1 cliquez"', () => {
    expect(reason('Quiz : quelle part des emplois ? Réponse A : 63 %', '63 %', '%')).toBe('quiz');
    expect(reason('Pour voter, 1 cliquez sur le lien', '1 cliquez', 'cliquez')).toBe('quiz');
    const page = 'Quiz\nQuelle part des pôles a plus de dix ans ?';
    const start = page.indexOf('dix');
    expect(noiseReason({ page: 1, start, end: start + 8, text: 'dix ans', unit: 'an' }, page, 4, [], 'Quelle part des pôles a plus de dix ans ?', 'Quiz')).toBe('quiz');
  });
  it('postcodes and department codes', () => {
    expect(reason('Rue Michel Rondet, 59135 Wallers', '59135', null)).toBe('code');
    expect(reason('BEAUVAIS (60)', '(60)', null)).toBe('code');
  });
  it('keeps real figures', () => {
    expect(reason('Le pôle compte 57 membres.', '57 membres', 'membre')).toBeNull();
    expect(reason('Les PTCE, fer de lance\n203\nIl s’agit du nombre de PTCE.', '203', 'PTCE')).toBeNull();
  });
});
