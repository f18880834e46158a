import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../extractors/index.js';

/** Every normalised character maps to an original offset that is in range and non-decreasing. */
function checkMonotonic(original: string): void {
  const { text, toOriginal } = normaliseText(original);
  let previous = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const offset = toOriginal(i);
    expect(offset).toBeGreaterThanOrEqual(previous);
    expect(offset).toBeLessThanOrEqual(original.length);
    previous = offset;
  }
  expect(toOriginal(text.length)).toBe(original.length);
}

describe('normaliseText', () => {
  it('joins end-of-line hyphenation and maps offsets after it back', () => {
    const original = 'son exper-\ntise du 8 juin';
    const { text, toOriginal } = normaliseText(original);
    expect(text).toBe('son expertise du 8 juin');
    const start = text.indexOf('8 juin');
    expect(original.slice(toOriginal(start), toOriginal(start + 6 - 1) + 1)).toBe('8 juin');
    checkMonotonic(original);
  });
  it('keeps real hyphens before a capital or in known compounds', () => {
    expect(normaliseText('Hénin-\nCarvin').text).toBe('Hénin-Carvin');
    expect(normaliseText('vice-\nPrésident').text).toBe('vice-Président');
    expect(normaliseText('tiers-\nlieu').text).toBe('tiers-lieu');
    expect(normaliseText('Hauts-\nde-France').text).toBe('Hauts-de-France');
    expect(normaliseText('Montigny-en-\nGohelle').text).toBe('Montigny-en-Gohelle');
  });
  it('reads a line-end hyphen before one blank line (OCR splits the blocks there) as the same break', () => {
    const original = 'une réunion en visio-\n\nconférence le 8 juin';
    const { text, toOriginal } = normaliseText(original);
    expect(text).toBe('une réunion en visioconférence le 8 juin');
    const start = text.indexOf('8 juin');
    expect(original.slice(toOriginal(start), toOriginal(start + 5) + 1)).toBe('8 juin');
    checkMonotonic(original);
    expect(normaliseText('avec Jean-\n\nYves Dornac').text).toBe('avec Jean-Yves Dornac');
    expect(normaliseText('le Val-\n \nde-Marne').text).toBe('le Val-de-Marne');
    expect(normaliseText('la coopéra-\n\ntion').text).toBe('la coopération');
  });
  it('leaves a hyphen before two blank lines, or a dash standing alone before a blank line', () => {
    expect(normaliseText('les sous-\n\n\nsols').text).toBe('les sous-\nsols');
    expect(normaliseText('le bilan -\n\nla suite').text).toBe('le bilan -\nla suite');
  });
  it('folds ligatures, quotes and non-breaking spaces', () => {
    const original = 'bénéﬁciaires l’APES 1\u202f000';
    const { text } = normaliseText(original);
    expect(text).toBe("bénéficiaires l'APES 1 000");
    checkMonotonic(original);
  });
  it('maps a span that follows a ligature to the original text', () => {
    const original = 'ﬁn ; CRESS';
    const { text, toOriginal } = normaliseText(original);
    const start = text.indexOf('CRESS');
    expect(original.slice(toOriginal(start), toOriginal(start + 4) + 1)).toBe('CRESS');
  });
  it('repairs OCR elisions', () => {
    expect(normaliseText('Uintervention et lUimpulsion').text).toBe("l'intervention et l'impulsion");
    expect(normaliseText("avec 'APES").text).toBe("avec l'APES");
    expect(normaliseText('Union et Usine').text).toBe('Union et Usine');
    checkMonotonic("Uintervention de 'APES, lUimpulsion");
  });
  it('repairs an elision read as `U` only at a word start, with or without its letter', () => {
    expect(normaliseText('(Uassociation) et DUune part, LUécole').text).toBe("(l'association) et D'une part, L'école");
    // Inside a word, after a digit or an apostrophe, or before no vowel and lower-case letter: left as written.
    for (const kept of ['malUimpulsion', 'alUécole', '2Uintervention', "d'Uentraide", 'lUAPES', 'Ua']) expect(normaliseText(kept).text).toBe(kept);
    const { text, toOriginal } = normaliseText('voir dUexemple');
    expect(text).toBe("voir d'exemple");
    expect(toOriginal(text.indexOf('exemple'))).toBe('voir dUexemple'.indexOf('exemple'));
  });
  it('deletes a line holding one or two marks alone, with its line break (a table rule or a speck read by OCR)', () => {
    expect(normaliseText('Maison Verte\n;\nRue Haute').text).toBe('Maison Verte\nRue Haute');
    expect(normaliseText('Structure\n .\nNom du projet').text).toBe('Structure\nNom du projet');
    expect(normaliseText('Les Amis\n|\nLUNEL (34)\n_ _\nfin').text).toBe('Les Amis\nLUNEL (34)\n_ _\nfin');
    expect(normaliseText('un atelier\n::\nouvert').text).toBe('un atelier\nouvert');
    // A question mark, a quote, a dash, a bullet or a digit alone on a line may be the text's own.
    for (const kept of ['la fin ?\n?\nsuite', 'il dit «\n»\nsuite', 'liste\n-\nun', 'page\n9\nsuite', 'liste\n•\nun']) expect(normaliseText(kept).text).toBe(kept);
    checkMonotonic('Maison Verte\n;\nRue Haute\n|\nfin');
  });
  it('deletes a lone `|` at a line\'s edge, the only one of its line, and keeps bars between cells', () => {
    expect(normaliseText('Ateliers Verts |\nCitoyens').text).toBe('Ateliers Verts\nCitoyens');
    expect(normaliseText('Projet\n| LUNEL (34)').text).toBe('Projet\nLUNEL (34)');
    expect(normaliseText('Emergence |\nSud').text).toBe('Emergence\nSud');
    // Bars between a line's cells separate them; a bar inside a line is not at its edge.
    expect(normaliseText('Emplois directs | 610 | 684 |\nsuite').text).toBe('Emplois directs | 610 | 684 |\nsuite');
    expect(normaliseText('Accueil | Actualités\nsuite').text).toBe('Accueil | Actualités\nsuite');
    checkMonotonic('Ateliers Verts |\n| LUNEL (34)');
  });
  it('is the identity on clean text', () => {
    const original = 'Texte propre, sans rien à changer.';
    const { text, toOriginal } = normaliseText(original);
    expect(text).toBe(original);
    expect(toOriginal(5)).toBe(5);
  });
  it('repairs OCR damage only where the repaired form is a word: elisions, glued words, split words', () => {
    const cases: [string, string][] = [
      ["appelait a I'ESS de", "appelait a l'ESS de"],
      ["pour piloter 'inter-réseaux", "pour piloter l'inter-réseaux"],
      ['Par exemple, laFabrique et', 'Par exemple, la Fabrique et'],
      ['il est dansle bureau', 'il est dans le bureau'],
      ["le réseau del'association", "le réseau de l'association"],
      ['la coopéra- tion des', 'la coopération des'],
    ];
    for (const [original, repaired] of cases) {
      expect(normaliseText(original).text).toBe(repaired);
      checkMonotonic(original);
    }
  });
  it('leaves words, names and real hyphenated phrases alone', () => {
    for (const original of ['Une lessive dessous', 'Lenoir et Dupont', 'le porte- parole', "une idée de l'avenir", "l'Isle-Adam"]) {
      expect(normaliseText(original).text).toBe(original);
    }
  });
  it('reads the word before each line-end dash', () => {
    expect(normaliseText('Hénin-\nBeaumont et mi-\nmars').text).toBe('Hénin-Beaumont et mi-mars');
  });
});
