import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../extractors/index.js';
import { softWrapEdits } from '../../../extractors/fr/soft-wraps.js';

/**
 * A page of one column about 50 characters wide, as a text layer breaks it: a running header, a
 * paragraph of prose, a footer. Invented text. Lines 0–1 and 9–10 are the page's edges.
 */
const PAGE = [
  'Lettre du pôle n°4',
  'Printemps',
  'La coopérative a ouvert cette année un atelier de',
  'réparation de vélos où travaillent des salariés en',
  'parcours, avec le soutien de la communauté de la',
  'vallée et de plusieurs associations du quartier,',
  'qui prêtent leurs locaux le samedi matin pour les',
  'permanences ouvertes aux familles du voisinage et',
  'aux écoles des communes voisines qui le demandent.',
  'Contact : atelier@example.org',
  'page 2 sur 3',
];
const page = (lines: readonly string[]): string => lines.join('\n');
const withLine = (index: number, line: string): string[] => PAGE.map((text, at) => (at === index ? line : text));

/** The indexes of the lines whose line break an edit turns into a space. */
function joinedLines(text: string): number[] {
  const edits = softWrapEdits(text);
  const joined: number[] = [];
  let offset = -1;
  text.split('\n').forEach((line, index) => {
    offset += line.length + 1;
    if (edits.some((edit) => edit.start === offset && edit.text === ' ')) joined.push(index);
  });
  return joined;
}

describe('softWrapEdits', () => {
  it('reads each break between two lower-case words of full prose lines as a space, a comma at the line end included', () => {
    expect(PAGE[5]?.endsWith(',')).toBe(true);
    expect(joinedLines(page(PAGE))).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps every offset, after an earlier pass has changed the length too', () => {
    const text = page(withLine(3, 'réparation de vélos où travaillent des exper-\ntes en'));
    const { text: normalised, toOriginal } = normaliseText(text);
    expect(normalised).toContain('des expertes en parcours, avec');
    expect(normalised.length).toBe(text.length - 2);
    const at = normalised.indexOf('parcours');
    expect(text.slice(toOriginal(at), toOriginal(at) + 8)).toBe('parcours');
  });

  it('joins a wrapped sentence of a wide one-column page', () => {
    const wide = [
      'Bulletin des adhérents',
      'Hiver',
      'Les bénévoles de la ressourcerie ont collecté cette saison plus de meubles que',
      'prévu, et les ateliers du samedi accueillent désormais des familles du canton',
      'qui viennent apprendre à réparer leurs objets avant de les donner à une autre',
      'maison du territoire, pour que rien ne reparte à la déchetterie sans avoir été',
      'regardé deux fois.',
      'page 1 sur 2',
    ];
    expect(joinedLines(page(wide))).toEqual([2, 3, 4]);
  });

  it('keeps a break next to a capital, an elided article before a capital included', () => {
    expect(joinedLines(page(withLine(3, 'Réparation de vélos où travaillent des salariés en')))).toEqual([3, 4, 5, 6, 7]);
    expect(joinedLines(page(withLine(5, "d'Ensemble et de plusieurs associations du quartier,")))).toEqual([2, 3, 5, 6, 7]);
    expect(joinedLines(page(withLine(4, 'parcours, avec le soutien de la communauté Terre')))).toEqual([2, 3, 5, 6, 7]);
  });

  it('keeps the breaks of short lines, entries, table rows, trailing gaps and the page edges', () => {
    // A short line ending on a lower-case word: a heading or an item, not a wrap.
    expect(joinedLines(page(withLine(6, 'qui prêtent leurs locaux')))).toEqual([2, 3, 4, 5, 7]);
    // An entry with a separator keeps the breaks on both its sides.
    expect(joinedLines(page(withLine(6, 'atelier vélo : prêt de locaux le samedi matin')))).toEqual([2, 3, 4, 7]);
    // Cells apart by a wide gap on the line: a table row.
    expect(joinedLines(page(withLine(4, 'parcours avec      le soutien de la communauté de la')))).toEqual([2, 5, 6, 7]);
    // Two trailing spaces would leave a gap the table rules read as a cell's edge.
    expect(joinedLines(page(withLine(4, 'parcours, avec le soutien de la communauté de la  ')))).toEqual([2, 3, 5, 6, 7]);
    // A footer after prose that ends mid-sentence stays a line of its own: neither of the page's
    // last two lines (8, 9) is joined to the line before it.
    const footer = [...PAGE.slice(0, 8), 'aux écoles des communes voisines qui le demandent et', 'page 2 sur 3'];
    expect(joinedLines(page(footer))).toEqual([2, 3, 4, 5, 6]);
    expect(softWrapEdits('une seule ligne de texte sans retour')).toEqual([]);
  });
});
