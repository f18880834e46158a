import { describe, expect, it } from 'vitest';
import { ptceName, PtceReader, UNKNOWN_PTCE } from '../../../main/export/indicators-ptce.js';

function spans(page: number, text: string, names: readonly string[]) {
  return names.map((name) => ({ page, start: text.indexOf(name), end: text.indexOf(name) + name.length, name }));
}

describe('which PTCE a figure speaks of', () => {
  it('names a PTCE, or not', () => {
    expect(ptceName("Pôle Territorial de Coopération Économique Auton'Hommes")).toBe("PTCE Auton'Hommes");
    expect(ptceName('PTCE Les Rivières')).toBe('PTCE Les Rivières');
    expect(ptceName('PTCE')).toBeNull();
    expect(ptceName('PTCE émergents')).toBeNull();
  });

  it("a newsletter's figures are its own PTCE's", () => {
    const page1 = 'La lettre n°4\ndu PTCE Les Rivières\nNous avons tenu 12 réunions.';
    const reader = new PtceReader(new Map([[1, page1]]), spans(1, page1, ['PTCE Les Rivières']));
    expect(reader.own).toBe('PTCE Les Rivières');
    expect(reader.ptceOf(1, page1.indexOf('12'))).toBe('PTCE Les Rivières');
  });

  it("a deck about several PTCEs credits each slide's figures to the PTCE its title names, and others to none", () => {
    const slides = [
      'Webinaire régional des pôles\nQuatre pôles témoignent.',
      'Le PTCE Val Vert en bref\n120 adhérents et 14 projets.',
      'Le PTCE Côte Sud en bref\n35 adhérents.',
      'Quiz\nQuelle part des PTCE a plus de 10 ans ?',
    ];
    const pages = new Map(slides.map((text, index) => [index + 1, text]));
    const organisations = [...spans(2, slides[1] ?? '', ['PTCE Val Vert']), ...spans(3, slides[2] ?? '', ['PTCE Côte Sud'])];
    const reader = new PtceReader(pages, organisations);
    expect(reader.own).toBe(UNKNOWN_PTCE);
    expect(reader.ptceOf(2, (slides[1] ?? '').indexOf('120'))).toBe('PTCE Val Vert');
    expect(reader.ptceOf(3, (slides[2] ?? '').indexOf('35'))).toBe('PTCE Côte Sud');
    expect(reader.ptceOf(4, (slides[3] ?? '').indexOf('10'))).toBe(UNKNOWN_PTCE);
  });

  it('OCR variants of one PTCE are one PTCE', () => {
    const text = 'PTCE Émergence Hénin-Carvin et PTCE Émergence Hémin-Carvin puis PTCE Émergence Hénin-Carvin';
    const names = [
      { page: 1, start: 0, end: 27, name: 'PTCE Émergence Hénin-Carvin' },
      { page: 1, start: 31, end: 58, name: 'PTCE Émergence Hémin-Carvin' },
      { page: 1, start: 64, end: 91, name: 'PTCE Émergence Hénin-Carvin' },
    ];
    expect(new PtceReader(new Map([[1, `Titre\n\n\n\n\n\n${text}`]]), names.map((n) => ({ ...n, start: n.start + 11, end: n.end + 11 }))).own).toBe('PTCE Émergence Hénin-Carvin');
  });
});
