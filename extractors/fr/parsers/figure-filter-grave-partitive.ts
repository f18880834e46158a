/**
 * `fr.figure.filter.grave-partitive`: OCR reads the word `à` as `2` or `3` before `des` too
 * (`recourir 2 des structures`, `s'associent 3 des entreprises`), which the count parser would
 * read as a share of a group (`3 des structures` → 3 structure). A lone `2` or `3` after a
 * lower-case content word (a verb, a participle, a noun) and before `des` and a word is that `à`.
 * A share stays a count after a function word or a word that opens one (`dont 3 des lauréats`,
 * `pour 2 des sites`, `seuls 2 des projets`), or before a number (`retenu 3 des 12 projets`).
 */
import { NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { PARTITIVE_OPENERS } from '../lexicon/units.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';

/** `des` and a word (no number) right after the digit. */
const DES_WORD = /^[ \t]+des[ \t\n]+\p{L}/u;
/** The lower-case word right before the digit. */
const WORD_BEFORE = /(?<![\p{L}-])(?<word>\p{Ll}+)[ \t]+$/u;

function contentWordBefore(p: FigureProposal): boolean {
  const word = WORD_BEFORE.exec(p.before)?.groups?.['word'];
  return word !== undefined && !NON_UNIT_WORDS.has(word) && !PARTITIVE_OPENERS.has(word);
}

export const gravePartitiveFilter: FigureFilter = {
  id: 'fr.figure.filter.grave-partitive',
  reason: 'the word `à` read as `2` or `3` by OCR before `des` (`recourir 2 des structures`)',
  rejects: (p) => p.kind === 'bare' && (p.digits === '2' || p.digits === '3') && DES_WORD.test(p.text.slice(p.numberEnd, p.numberEnd + 12)) && contentWordBefore(p),
};
