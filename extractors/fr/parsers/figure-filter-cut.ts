/**
 * `fr.figure.filter.cut-word`: a number whose word is cut by the end of the text (`regroupe 15
 * str`, a page saved up to a byte limit). The word ends the page with nothing after it, not even a
 * full stop, and it is no word French writes: no common word, counted noun or unit abbreviation. A
 * page ending on a whole noun (`… compte 15 salariés`) keeps its figure.
 */
import { isCommonWord } from '../lexicon-lookup.js';
import { COUNTED_NOUNS, UNIT_ABBREVIATIONS } from '../lexicon/units.js';
import type { FigureFilter } from './figure-filter.js';
import { ALL_LOWER } from '../../core/word-shape.js';

/** Nothing but spaces and line breaks to the end of the text (sticky: read from the word's end, no copy). */
const TEXT_END = /[ \t\n\r]*$/uy;

function endsText(text: string, from: number): boolean {
  TEXT_END.lastIndex = from;
  return TEXT_END.test(text);
}

export const cutWordFilter: FigureFilter = {
  id: 'fr.figure.filter.cut-word',
  reason: 'the word after the number is cut by the end of the text (`regroupe 15 str`)',
  rejects: (p) =>
    p.kind === 'noun' && p.unitWord !== undefined && endsText(p.text, p.unitEnd) && ALL_LOWER.test(p.unitWord) &&
    !COUNTED_NOUNS.has(p.singular) && !UNIT_ABBREVIATIONS.has(p.unitLower) && !isCommonWord(p.unitWord),
};
