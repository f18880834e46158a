import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from '../../../main/ingest/text-quality.js';

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
});
