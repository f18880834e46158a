import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../extractors/index.js';
import { softWrapEdits } from '../../../extractors/fr/soft-wraps.js';

/** A column of prose about 48 characters wide, as a text layer breaks it; `⏎` marks each break. */
const column = (...lines: string[]): string => lines.join('\n');
const PROSE = [
  'La coopérative a ouvert cette année un atelier de',
  'réparation de vélos où travaillent des salariés en',
  'parcours, avec le soutien de la communauté de la',
  'vallée et de plusieurs associations du quartier.',
];
/** The breaks an edit turns into a space, as the indexes of the lines they end. */
function joinedLines(text: string): number[] {
  const ends: number[] = [];
  let offset = -1;
  text.split('\n').forEach((line, index) => {
    offset += line.length + 1;
    if (softWrapEdits(text).some((edit) => edit.start === offset)) ends.push(index);
  });
  return ends;
}

describe('softWrapEdits', () => {
  it('reads a break between two lower-case words of a full prose line as a space', () => {
    expect(joinedLines(column(...PROSE))).toEqual([0, 1, 2]);
  });

  it('joins after a comma at the line end too, and keeps every offset', () => {
    const text = column(...PROSE);
    const { text: normalised, toOriginal } = normaliseText(text);
    expect(normalised).toBe(PROSE.join(' '));
    expect(normalised.length).toBe(text.length);
    expect(toOriginal(normalised.indexOf('vallée'))).toBe(text.indexOf('vallée'));
  });

  it('joins a wrapped sentence of a one-column page whose lines are long', () => {
    const wide = column(
      'Les bénévoles de la ressourcerie ont collecté cette saison plus de meubles que',
      'prévu, et les ateliers du samedi accueillent désormais des familles du canton',
      'qui viennent apprendre à réparer leurs objets avant de les donner à une autre',
      'maison du territoire.',
    );
    expect(joinedLines(wide)).toEqual([0, 1, 2]);
  });

  it('keeps a break next to a capital: the edge of a name as often as a wrap inside one', () => {
    const text = column(PROSE[0] as string, 'Réparation de vélos où travaillent des salariés en', PROSE[2] as string, 'Vallée et de plusieurs associations du quartier.');
    expect(joinedLines(text)).toEqual([1]); // only the break between two lower-case words
  });

  it('keeps the breaks of short lines, entries with a separator, table rows and pages without prose', () => {
    expect(joinedLines(column('Agenda du mois', 'réunion des membres', 'visite du chantier'))).toEqual([]);
    const entries = column('Doubs - atelier de réparation des vélos de', 'quartier et de prêt de matériel pour tous', PROSE[2] as string, PROSE[3] as string);
    expect(joinedLines(entries)).toEqual([1, 2]); // the entry line's own break (0) is kept
    const rows = column('atelier vélo      quartier nord      douze places', 'accueil des familles      centre      huit places', PROSE[0] as string, PROSE[1] as string);
    expect(joinedLines(rows)).not.toContain(0);
    expect(joinedLines(rows)).not.toContain(1);
    expect(softWrapEdits('une seule ligne de texte sans retour')).toEqual([]);
  });
});
