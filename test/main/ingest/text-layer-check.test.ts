import { describe, expect, it } from 'vitest';
import { MIN_OFF_PAGE_GLYPHS, hiddenTextOf, judgeHiddenText, layerCheckOutcome, offPageGlyphs, textLeftOut, type TextOps } from '../../../main/ingest/text-layer-check.js';
import { mergePageWarnings } from '../../../main/ingest/page-warnings.js';

// Codes as pdf.js numbers them (OPS); the module takes them as a parameter.
const OPS: TextOps = {
  save: 10, restore: 11, setGState: 9, endText: 32, setTextRenderingMode: 38, showText: 44, showSpacedText: 45,
  nextLineShowText: 46, nextLineSetSpacingShowText: 47, setFillRGBColor: 59, beginAnnotation: 80, endAnnotation: 81,
};
const glyphs = (text: string): unknown[] => [...text].map((unicode) => ({ unicode }));

describe('hiddenTextOf', () => {
  it('collects the text drawn in rendering modes 3 and 7, not the text painted', () => {
    const list = {
      fnArray: [OPS.showText, OPS.save, OPS.setTextRenderingMode, OPS.showText, OPS.restore, OPS.showText, OPS.setTextRenderingMode, OPS.showText],
      argsArray: [[glyphs('vu')], null, [3], [glyphs('caché')], null, [glyphs('revu')], [7], [glyphs('clip')]],
    };
    expect(hiddenTextOf(list, OPS)).toEqual({ text: 'caché clip', hiddenGlyphs: 9, glyphs: 15 });
  });

  it('counts white and fully transparent fills as hidden, and TJ gaps as word breaks', () => {
    const list = {
      fnArray: [OPS.setFillRGBColor, OPS.showText, OPS.setFillRGBColor, OPS.showText, OPS.setGState, OPS.showText],
      argsArray: [['#FFFFFF'], [[...glyphs('blanc'), -400, ...glyphs('mot')]], ['#000000'], [glyphs('noir')], [[['ca', 0]]], [glyphs('transparent')]],
    };
    expect(hiddenTextOf(list, OPS).text).toBe('blanc mot transparent');
  });

  it('leaves out what annotations draw (a filled form field, a note), hidden or not', () => {
    const list = {
      fnArray: [OPS.showText, OPS.beginAnnotation, OPS.showText, OPS.setTextRenderingMode, OPS.showText, OPS.endAnnotation, OPS.showText],
      argsArray: [[glyphs('page')], [], [glyphs('champ rempli')], [3], [glyphs('note')], null, [glyphs('fin')]],
    };
    expect(hiddenTextOf(list, OPS)).toEqual({ text: '', hiddenGlyphs: 0, glyphs: 7 });
  });
});

describe('judgeHiddenText', () => {
  const shown = 'Le comité de pilotage réunit les structures adhérentes du territoire pour préparer la rencontre annuelle des partenaires en novembre 2025';
  const other = 'Une brochure sur le jardinage urbain décrit plusieurs parcelles cultivées, leurs récoltes, quelques outils partagés et douze bénévoles motivés';

  it('agrees when OCR reads the hidden words, even in another order', () => {
    expect(judgeHiddenText(shown, { text: shown.split(' ').reverse().join(' '), confidence: 90 })).toEqual({ verdict: 'agrees' });
  });

  it('disagrees when the page shows other words, or none, and cannot judge a poor reading', () => {
    expect(judgeHiddenText(other, { text: shown, confidence: 90 }).verdict).toBe('disagrees');
    expect(judgeHiddenText(shown, { text: '', confidence: 0 })).toEqual({ verdict: 'disagrees', seenShare: 0 });
    expect(judgeHiddenText(other, { text: shown, confidence: 40 })).toEqual({ verdict: 'unclear' });
  });

  it('catches a paragraph slipped in among text the page does show', () => {
    const page = `${shown} ${shown} ${shown}`;
    expect(judgeHiddenText(`${page} ${other}`, { text: page, confidence: 90 }).verdict).toBe('disagrees');
  });

  it('turns a disagreement into a warning naming the page, and OCR text in place of the layer', () => {
    const outcome = layerCheckOutcome(3, other, { text: shown, confidence: 90 });
    expect(outcome.keepLayer).toBe(false);
    expect(mergePageWarnings(outcome.warnings)).toEqual([{ page: 3, code: 'TEXT_LAYER_MISMATCH', message: expect.stringMatching(/^page 3: its hidden text layer does not match what the page shows \(\d+ % of its words seen\)/u) as unknown }]);
    expect(layerCheckOutcome(3, shown, { text: shown, confidence: 90 })).toEqual({ keepLayer: true, warnings: [] });
  });
});

describe('offPageGlyphs', () => {
  it('counts the glyphs a page draws that its text layer left out, when they are most of them', () => {
    expect(offPageGlyphs(170, '')).toBe(170);
    expect(offPageGlyphs(170, ' \n ')).toBe(170);
    expect(offPageGlyphs(100, 'quarante lettres gardees sur la page ici')).toBe(66);
  });

  it('says nothing when the layer kept most of the text, or too little was drawn', () => {
    expect(offPageGlyphs(30, 'vingt-huit lettres gardées ici')).toBe(0);
    expect(offPageGlyphs(MIN_OFF_PAGE_GLYPHS - 1, '')).toBe(0);
    expect(offPageGlyphs(0, '')).toBe(0);
  });
});


describe('textLeftOut', () => {
  it('counts the glyphs a text page draws that its layer left out, from a twentieth of them up', () => {
    const kept = 'x'.repeat(300);
    expect(textLeftOut(380, kept)).toBe(80);
    expect(textLeftOut(170, '')).toBe(170);
    expect(textLeftOut(2000, `${'y'.repeat(1900)} \n ${'z'.repeat(0)}`)).toBe(100);
  });

  it('says nothing for a few glyphs, a small share of a long page, or a layer that kept more', () => {
    expect(textLeftOut(300 + MIN_OFF_PAGE_GLYPHS - 1, 'x'.repeat(300))).toBe(0);
    expect(textLeftOut(4000, 'x'.repeat(3850))).toBe(0);
    expect(textLeftOut(100, 'x'.repeat(104))).toBe(0);
  });
});
