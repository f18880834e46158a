/**
 * One spelling per document for a name OCR damaged in some occurrences (fr/ocr-variants.ts).
 * Names are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../extractors/core/types.js';
import { unifyOcrVariants } from '../../../extractors/fr/ocr-variants.js';

function mention(type: Mention['type'], value: string): Mention {
  return { type, page: 1, source: 'ocr', span: { start: 0, end: value.length }, text: value, value, confidence: 0.8, rule: 'test', inferred: [], context: value };
}
const values = (mentions: readonly Mention[]): string[] => mentions.map((m) => m.value);

describe('unifyOcrVariants', () => {
  it.each([
    [['Paul Verdier', 'Paul Verdler'], ['Paul Verdier', 'Paul Verdier']],
    [['Coop AVENIR', 'Coop AVFNIR'], ['Coop AVENIR', 'Coop AVENIR']],
    [['Jardin des Glycines', 'Jardin des Glyclnes'], ['Jardin des Glycines', 'Jardin des Glycines']],
    [['Pôle Brocante', 'Pdle Brocante'], ['Pôle Brocante', 'Pôle Brocante']],
    [['Atelier Bricojardnn', 'Atelier Bricojardin'], ['Atelier Bricojardin', 'Atelier Bricojardin']],
  ])('respells %j', (organisations, expected) => {
    expect(values(unifyOcrVariants(organisations.map((v) => mention('organisation', v))))).toEqual(expected);
  });

  it('leaves two real names one letter apart, and a name alone', () => {
    const people = [mention('person', 'Marion Dupuis'), mention('person', 'Marlon Dupuis'), mention('person', 'Lina Morel'), mention('person', 'Line Morel')];
    expect(values(unifyOcrVariants(people))).toEqual(['Marion Dupuis', 'Marlon Dupuis', 'Lina Morel', 'Line Morel']);
    expect(values(unifyOcrVariants([mention('person', 'Paul Verdler')]))).toEqual(['Paul Verdler']);
  });

  it('never crosses types, and reads a confusion in the direction OCR makes it', () => {
    const mixed = [mention('person', 'Paul Verdier'), mention('organisation', 'Paul Verdler')];
    expect(values(unifyOcrVariants(mixed))).toEqual(['Paul Verdier', 'Paul Verdler']);
    // OCR reads `i` as `l`, not the reverse: the `i` spelling wins, whichever comes first.
    const backwards = [mention('organisation', 'Atelier Bellevol'), mention('organisation', 'Atelier Bellevoi')];
    expect(values(unifyOcrVariants(backwards))).toEqual(['Atelier Bellevoi', 'Atelier Bellevoi']);
  });
});
