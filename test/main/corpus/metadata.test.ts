import { describe, expect, it } from 'vitest';
import { inferGenre, inferTitle, isTitleLike, type Box } from '../../../main/corpus/metadata.js';

/** A line of OCR words of one height at `top`. */
function line(text: string, top: number, height: number): Box[] {
  let x = 40;
  return text.split(' ').map((word) => {
    const box = { text: word, x0: x, y0: top, x1: x + word.length * height * 0.5, y1: top + height };
    x = box.x1 + 5;
    return box;
  });
}

describe('document metadata from page 1', () => {
  it('takes the largest real text as the title, not a logo read by OCR', () => {
    const words = [...line('[@] AXE', 20, 60), ...line('Rapport d’activité', 120, 34), ...line('du pôle Tarentaise', 160, 34), ...line('Édition 2024 — diffusion interne', 230, 12)];
    expect(inferTitle({ text: '', words, width: 595, height: 842 })).toBe('Rapport d’activité du pôle Tarentaise');
  });
  it('falls back to the first heading of the text layer (no font sizes are stored for it)', () => {
    expect(inferTitle({ text: 'La lettre n°4\ndu PTCE Morvan\nLe pôle poursuit son chemin.', words: [], width: 595, height: 842 })).toBe('La lettre n°4 du PTCE Morvan');
  });
  it('tells a logo or a number from a title', () => {
    expect(isTitleLike('SAISON 3')).toBe(false);
    expect(isTitleLike('ICI')).toBe(false);
    expect(isTitleLike('Des groupes de travail pour agir')).toBe(true);
  });
  it('reads the genre from the title, the top of page 1 or the page shape', () => {
    const page = { text: '', words: [], width: 595, height: 842 };
    expect(inferGenre(page, 'La lettre n°4')).toBe('lettre');
    expect(inferGenre(page, 'Rapport d’activité 2024')).toBe('rapport');
    expect(inferGenre({ ...page, width: 960, height: 540 }, 'Le pôle en bref')).toBe('présentation');
    expect(inferGenre(page, 'Le pôle en bref')).toBeNull();
  });
});
