import { describe, expect, it } from 'vitest';
import { laidWordsFromTsv, layOutOcrPage, type LaidWord } from '../../../main/ingest/ocr-layout.js';
import { toOcrResult } from '../../../main/ingest/ocr-pool.js';

/** A word placed by hand: text, left, top (its box is 20 px high, 12 px a letter wide). */
type Placed = readonly [text: string, x0: number, y0: number];
/** A tesseract line: block, paragraph, line, words. */
type Line = readonly [block: number, paragraph: number, line: number, words: readonly Placed[]];

/** Tesseract's TSV (level 5 rows) of hand-placed lines. */
function tsvOf(lines: readonly Line[]): string {
  return lines
    .flatMap(([block, paragraph, line, words]) =>
      words.map(([text, x0, y0], index) => ['5', '1', block, paragraph, line, index + 1, x0, y0, text.length * 12, 20, '90', text].join('\t')),
    )
    .join('\n');
}

/** Tesseract's text of the same lines: words spaced, a line break a line, a blank line after a paragraph. */
function textOf(lines: readonly Line[]): string {
  return lines
    .map(([block, paragraph, , words], index) => {
      const next = lines[index + 1];
      const paragraphEnds = next === undefined || next[0] !== block || next[1] !== paragraph;
      return `${words.map(([text]) => text).join(' ')}\n${paragraphEnds ? '\n' : ''}`;
    })
    .join('');
}

function layOut(lines: readonly Line[]): { text: string; words: readonly LaidWord[] } {
  return layOutOcrPage(textOf(lines), laidWordsFromTsv(tsvOf(lines)));
}

/** Each word found in the text in order, as the review screen finds the stored words. */
function wordsFollowText(text: string, words: readonly LaidWord[]): boolean {
  let cursor = 0;
  for (const word of words) {
    const found = text.indexOf(word.text, cursor);
    if (found < 0) return false;
    cursor = found + word.text.length;
  }
  return true;
}

// Three columns (x 50, 400, 800): a header, then two rows whose cells wrap over two lines and are
// centred in their row, as tesseract reads them: line by line straight across the columns.
const INTRO: Line = [1, 1, 1, [['Les', 50, 20], ['structures', 100, 20], ['du', 230, 20], ['réseau', 270, 20], ['en', 360, 20], ['2024', 400, 20], ['ont', 460, 20], ['répondu', 510, 20]]];
const TABLE: readonly Line[] = [
  [2, 1, 1, [['Structure', 50, 100], ['Projet', 400, 100], ['Ville', 800, 100]]],
  [2, 1, 2, [['Maison', 50, 150], ['des', 134, 150], ['Atelier', 400, 165], ['Brivoix', 496, 165], ['FALVERNE', 800, 165], ['(77)', 908, 165]]],
  [2, 1, 3, [['Quenelles', 50, 180]]],
  [2, 1, 4, [['Les', 400, 240], ['Jardins', 448, 240]]],
  [2, 1, 5, [['Ferme', 50, 255], ['Vadrouille', 122, 255], ['TROUVANT', 800, 255], ['(12)', 908, 255]]],
  [2, 1, 6, [['de', 400, 270], ['Morvillette', 436, 270]]],
];

describe('reading an OCR table cell by cell', () => {
  it('writes each row cell by cell, each cell with its lines together', () => {
    const { text } = layOut([INTRO, ...TABLE]);
    expect(text).toBe(
      [
        'Les structures du réseau en 2024 ont répondu',
        '',
        'Structure',
        'Projet',
        'Ville',
        'Maison des',
        'Quenelles',
        'Atelier Brivoix',
        'FALVERNE (77)',
        'Ferme Vadrouille',
        'Les Jardins',
        'de Morvillette',
        'TROUVANT (12)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('returns the words in the order of the new text', () => {
    const { text, words } = layOut([INTRO, ...TABLE]);
    expect(wordsFollowText(text, words)).toBe(true);
    expect(words.map((word) => word.text)).toEqual(text.split(/\s+/u).filter(Boolean));
    expect(words).toHaveLength(laidWordsFromTsv(tsvOf([INTRO, ...TABLE])).length);
  });

  it('splits a header from a first row whose cell begins close under it, when the other columns show the row break', () => {
    const lines: Line[] = [
      [1, 1, 1, [['Structure', 50, 100], ['Projet', 400, 100], ['Ville', 800, 100]]],
      [1, 1, 2, [['Atelier', 400, 128]]],
      [1, 1, 3, [['Maison', 50, 150], ['des', 134, 150], ['Brivoix', 400, 156], ['FALVERNE', 800, 150], ['(77)', 908, 150]]],
      [1, 1, 4, [['Quenelles', 50, 180], ['Orbigal', 400, 184], ['LANDE', 800, 180]]],
    ];
    expect(layOut(lines).text.split('\n').slice(0, 4)).toEqual(['Structure', 'Projet', 'Ville', 'Maison des']);
  });

  it('leaves a table whose rows are one line each as tesseract wrote it', () => {
    const lines: Line[] = [
      [1, 1, 1, [['Ferme', 50, 100], ['Vadrouille', 122, 100], ['TROUVANT', 800, 100], ['(12)', 908, 100]]],
      [1, 1, 2, [['Maison', 50, 130], ['Quenelles', 134, 130], ['FALVERNE', 800, 130], ['(77)', 908, 130]]],
      [1, 1, 3, [['Atelier', 50, 160], ['Brivoix', 146, 160], ['LANDE', 800, 160], ['(35)', 872, 160]]],
    ];
    expect(layOut(lines).text).toBe(textOf(lines));
  });

  it('leaves paragraphs untouched, even with a wide gap in one line', () => {
    const lines: Line[] = [
      INTRO,
      [2, 1, 1, [['Contact', 50, 100], [':', 142, 100], ['Orbigal', 400, 100]]],
      [3, 1, 1, [['La', 50, 150], ['Maison', 86, 150], ['des', 170, 150], ['Quenelles', 214, 150], ['accueille', 330, 150], ['le', 450, 150], ['public', 482, 150]]],
      [3, 1, 2, [['depuis', 50, 180], ['mars', 134, 180], ['et', 194, 180], ['propose', 226, 180], ['des', 322, 180], ['ateliers', 366, 180]]],
    ];
    expect(layOut(lines).text).toBe(textOf(lines));
  });

  it('leaves list bullets read as letters beside their items', () => {
    const lines: Line[] = [
      [1, 1, 1, [['e', 50, 100], ['Maison', 110, 100], ['des', 194, 100], ['Quenelles', 238, 100]]],
      [1, 1, 2, [['e', 50, 130], ['Ferme', 110, 130], ['Vadrouille', 182, 130]]],
      [1, 1, 3, [['e', 50, 160], ['Atelier', 110, 160], ['Brivoix', 206, 160]]],
    ];
    expect(layOut(lines).text).toBe(textOf(lines));
  });

  it('needs three lines across a gutter: two aligned gaps are not a table', () => {
    const lines: Line[] = [
      [1, 1, 1, [['Rapport', 50, 100], ['voté', 146, 100], ['Maison', 400, 100], ['des', 484, 100]]],
      [1, 1, 2, [['par', 50, 130], ['tous', 98, 130], ['Quenelles', 400, 130]]],
      [1, 1, 3, [['le', 50, 160], ['conseil', 86, 160]]],
    ];
    expect(layOut(lines).text).toBe(textOf(lines));
  });

  it('gives the text and words back as they were when a word is not in the text', () => {
    const tsv = tsvOf(TABLE);
    const text = textOf(TABLE).replace('Brivoix', 'Brivoux');
    const laid = layOutOcrPage(text, laidWordsFromTsv(tsv));
    expect(laid.text).toBe(text);
    expect(laid.words.map((word) => word.text)).toEqual(laidWordsFromTsv(tsv).map((word) => word.text));
  });

  it('keeps a table rule read as `|` with the cell beside it, without splitting that cell', () => {
    const lines: Line[] = [
      TABLE[0] as Line,
      [2, 1, 2, [['Maison', 50, 150], ['des', 134, 150], ['|', 300, 140], ['Atelier', 400, 165], ['Brivoix', 496, 165], ['FALVERNE', 800, 165], ['(77)', 908, 165]]],
      ...TABLE.slice(2),
    ];
    const { text } = layOut(lines);
    expect(text).toContain('Maison des |\nQuenelles\n');
  });
});

describe('OCR result of a page', () => {
  it('stores the laid-out text and its words in the same order, as whole-point word boxes', () => {
    const result = toOcrResult({ text: textOf([INTRO, ...TABLE]), tsv: tsvOf([INTRO, ...TABLE]) });
    expect(result.text).toContain('Maison des\nQuenelles\nAtelier Brivoix\n');
    expect(wordsFollowText(result.text, result.words as LaidWord[])).toBe(true);
    expect(result.words[0]).toEqual({ text: 'Les', confidence: 90, x0: 50, y0: 20, x1: 86, y1: 40 });
    expect(result.confidence).toBe(90);
  });
});
