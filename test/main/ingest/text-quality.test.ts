import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, judgeTextLayer, tooSmallForOcr } from '../../../main/ingest/text-quality.js';

const PROSE = [
  "Le pôle Cap Solidaire du Val d'Orge a accueilli ses partenaires à la Maison des Projets de",
  "Villebrune le 9 octobre dernier : une journée d'échanges entre élus, associations et",
  'entreprises sur la place des communes dans la coopération économique locale, avec un bilan',
  'de l’année écoulée. 31 ateliers ont été organisés en 2023 et 12 structures ont rejoint le pôle.',
].join('\n');

/**
 * What pdf.js returns for fixtures/corpus/dev/000.pdf page 3 once its /ToUnicode CMaps are
 * removed (scripts/make-bad-inputs.ts, kind no-unicode-fonts): glyph ids read as character codes,
 * i.e. letters shifted by 29 ("lieux et sur" → "OLHX[ HW VXU"), spaces as U+0003. Here with the
 * control characters already replaced by spaces, the variant that used to pass the vowel check.
 */
const GLYPH_ID_SOUP = [
  'OLHX[ HW VXU FHOOH GH OD 5«JLRQ  /H FROOHFWLI',
  'V HVW SDU DLOOHXUV UHWURXY« ¢ OD SU«VHQWDWLRQ',
  'GH O DSSHO ¢ SURMHW 9LOOH $SSUHQDQWH GH OD',
  '5«JLRQ ORUV G XQH UHQFRQWUH RUJDQLV«H SDU OD',
  '&RPSDJQLH GHV 7LHUV /LHX[',
  '0RELOLW« 6RFLDOH HW 6ROLGDLUH HW',
  '0RELOLW« LQFOXVLYH',
  '6RXV O «JLGH GH O $IHML  OH JURXSH GH WUDYDLO',
  'V HVW UHWURXY« DX *DUDJH 6ROLGDLUH GH',
  '&RXUULªUHV SRXU UHFHQVHU OHV DFWHXUV GH OD',
].join('\n');

describe('judgeTextLayer', () => {
  it('accepts French prose', () => {
    expect(judgeTextLayer(PROSE)).toEqual({ usable: true, reason: 'ok' });
  });

  it('treats a near-empty layer as missing', () => {
    expect(judgeTextLayer('Page 3')).toEqual({ usable: false, reason: 'empty' });
  });

  it('keeps a text layer of figures only (a table of numbers): OCR would only read it again', () => {
    const table = Array.from({ length: 12 }, (_, row) => `${2019 + (row % 5)}  ${row * 37 + 5}  ${(row * 1.5).toFixed(1)}  ${row * 412}`).join('\n');
    expect(judgeTextLayer(table)).toEqual({ usable: true, reason: 'ok' });
    expect(judgeTextLayer(Array.from({ length: 60 }, (_, index) => String(index + 10)).join(' '))).toEqual({ usable: true, reason: 'ok' });
  });

  it('still treats a layer holding only a page number, or a few figures, as missing (a scan with its number stamped)', () => {
    expect(judgeTextLayer('12')).toEqual({ usable: false, reason: 'empty' });
    expect(judgeTextLayer('Page 12 / 48\n2024')).toEqual({ usable: false, reason: 'empty' });
  });

  it('still rejects figures mixed with private-use glyphs', () => {
    const privateUse = Array.from({ length: 40 }, (_, index) => String.fromCodePoint(0xe000 + index)).join('');
    expect(judgeTextLayer(`${privateUse} ${'1234 '.repeat(12)}`)).toEqual({ usable: false, reason: 'garbled' });
  });

  it('rejects a layer whose every glyph reads as one letter, or two (round 8: a ToUnicode map sending all to "x" was imported as text, 0 mentions)', () => {
    expect(judgeTextLayer('x'.repeat(58) + '\n' + 'x'.repeat(64))).toEqual({ usable: false, reason: 'garbled' });
    expect(judgeTextLayer('eeee eeeeee ee eeeeeeeee eee eeeeee eeeeeeee eeeeeeee eeeee')).toEqual({ usable: false, reason: 'garbled' });
    expect(judgeTextLayer('xXxX xxXx ' + 'Xx'.repeat(30) + ' 2023')).toEqual({ usable: false, reason: 'garbled' });
  });

  it('keeps a layer of few but three different letters, and one of figures with a few letters', () => {
    expect(judgeTextLayer('oui non '.repeat(8))).toEqual({ usable: true, reason: 'ok' });
    expect(judgeTextLayer(`${'12 345 '.repeat(10)} aa bb aa`)).toEqual({ usable: true, reason: 'ok' });
  });

  it('rejects glyph-id soup with control-character spaces', () => {
    expect(judgeTextLayer(GLYPH_ID_SOUP.replace(/ /gu, '\u0003'))).toEqual({ usable: false, reason: 'garbled' });
  });

  it('rejects glyph-id soup even when its vowels pass and its spaces are real', () => {
    expect(judgeTextLayer(GLYPH_ID_SOUP)).toEqual({ usable: false, reason: 'garbled' });
  });

  it('rejects private-use characters', () => {
    const privateUse = Array.from({ length: 80 }, (_, index) => String.fromCodePoint(0xe000 + index)).join('');
    expect(judgeTextLayer(`${privateUse} ${'abc '.repeat(15)}`).usable).toBe(false);
  });

  it('does not apply the function-word check to short word lists (a title slide, a table)', () => {
    const headings = 'Réunions Membres Structures Bénéficiaires Projets accompagnés Emplois créés Partenaires publics';
    expect(judgeTextLayer(headings)).toEqual({ usable: true, reason: 'ok' });
  });

  it('gives the verdicts of the plain version (every letter and word listed) on texts of every kind of character', () => {
    // The first version of the check, kept as the reference: the counting one must answer alike.
    const reference = (text: string): { usable: boolean; reason: string } => {
      const visible = text.replace(/\s+/gu, '');
      const letters = (visible.match(/\p{L}/gu) ?? []).length;
      const digits = (visible.match(/\p{Nd}/gu) ?? []).length;
      if (letters + digits < 40) return { usable: false, reason: 'empty' };
      const suspicious = (visible.match(/[\p{Co}\p{Cc}\p{Cn}\uFFFD]/gu) ?? []).length;
      if (suspicious / visible.length > 0.05) return { usable: false, reason: 'garbled' };
      const tokens = text.match(/\p{L}{2,}/gu) ?? [];
      if (tokens.length >= 10 && tokens.filter((token) => /[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(token)).length / tokens.length < 0.6) return { usable: false, reason: 'garbled' };
      const words = text.match(/\p{L}+/gu) ?? [];
      if (words.length >= 40 && words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length / words.length < 0.03) return { usable: false, reason: 'garbled' };
      return { usable: true, reason: 'ok' };
    };
    // Pieces of every kind the check tells apart: letters (accented, astral), whitespace, digits,
    // private-use, control, unassigned and replacement characters, lone surrogates, function words.
    const pieces = ['de ', 'la ', 'les ', 'et ', 'réunion ', 'Pôle ', 'xz ', 'QWRT ', '𝐀', '𝐀𝐁 ', 'é', 'a', '42 ', '.', ',', '\n', '\t', ' ', '\uE001', '\u0003', '\u0378', '\uFFFD', '\uD800', '\uDC00', 'OHWWUH ', 'Vallée ', 'l’année '];
    let seed = 7;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const verdicts = new Set<string>();
    for (let sample = 0; sample < 600; sample += 1) {
      const length = Math.floor(random() * 200);
      let text = '';
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      expect({ text, verdict: judgeTextLayer(text) }).toEqual({ text, verdict: reference(text) });
      verdicts.add(reference(text).reason);
    }
    expect([...verdicts].sort()).toEqual(['empty', 'garbled', 'ok']); // every branch was reached
  });
});

describe('tooSmallForOcr', () => {
  it('skips pages under 8 points on a side (nothing legible fits), whichever way the box is written', () => {
    expect(tooSmallForOcr(1, 1)).toBe(true);
    expect(tooSmallForOcr(595, 7.9)).toBe(true);
    expect(tooSmallForOcr(-595, -842)).toBe(false);
    expect(tooSmallForOcr(595, 842)).toBe(false);
    expect(tooSmallForOcr(8, 8)).toBe(false);
    expect(tooSmallForOcr(Number.NaN, 842)).toBe(true);
  });
});
