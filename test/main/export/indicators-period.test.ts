import { describe, expect, it } from 'vitest';
import { periodIn, readPeriod } from '../../../main/export/indicators-period.js';

/** Reads the period of the first occurrence of `figure` in `page`. */
function periodOf(page: string, figure: string, documentDate: string | null = '2024-03') {
  const start = page.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in page`);
  return readPeriod(page, start, start + figure.length, documentDate);
}

describe('the period of a figure', () => {
  it('is read from its sentence: en, depuis, semester, bilan de l’année', () => {
    expect(periodOf('Le pôle a accompagné 12 projets en 2023.', '12 projets')).toEqual({ period: '2023', inferred: false, from: 'sentence' });
    expect(periodOf('Depuis 2019, 40 emplois ont été créés.', '40 emplois').period).toBe('2019/2024');
    expect(periodOf('Au 1er semestre 2025, 9 réunions se sont tenues.', '9 réunions', '2025-09').period).toBe('2025-S1');
    expect(periodOf('Au second semestre 2025 : 3 ateliers.', '3 ateliers', '2025-12').period).toBe('2025-S2');
    expect(periodOf("Bilan de l'année 2023 : 57 membres.", '57 membres').period).toBe('2023');
    expect(periodOf('Entre 2020 et 2022, 31 bénévoles se sont engagés.', '31 bénévoles').period).toBe('2020/2022');
  });

  it('is read from the heading above when the sentence says nothing', () => {
    const page = ['Le mot du président.', 'Quelques chiffres 2023', 'clés', '47 rencontres sur le territoire.', '26 réunions du collectif.'].join('\n');
    expect(periodOf(page, '26 réunions')).toEqual({ period: '2023', inferred: false, from: 'heading' });
  });

  it('is read from a table column header', () => {
    const page = ['Indicateur\t2022\t2023', 'Membres\t40\t52', 'Réunions\t12\t15'].join('\n');
    expect(periodOf(page, '52')).toEqual({ period: '2023', inferred: false, from: 'table' });
    expect(periodOf(page, '12')).toEqual({ period: '2022', inferred: false, from: 'table' });
  });

  it('falls back to the document year, marked inferred', () => {
    expect(periodOf('Le collectif compte 18 membres actifs.', '18 membres', '2022-12')).toEqual({ period: '2022', inferred: true, from: 'document' });
    expect(periodOf('Le collectif compte 18 membres actifs.', '18 membres', null)).toEqual({ period: '', inferred: true, from: 'none' });
  });

  it('does not take a law, a full date or a founding year… as the period when a better one is said', () => {
    expect(periodIn('selon la loi du 31 juillet 2014, 20 structures', 30)).toBeUndefined();
    expect(periodIn('la loi de 2014 reconnaît les pôles', 10)).toBeUndefined();
    expect(periodIn('en 2023, 12 projets (le pôle est né en 2015)', 9)).toBe('2023');
  });
});
