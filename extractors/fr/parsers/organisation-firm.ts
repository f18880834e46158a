/**
 * Firms named after their founders (`Labat & Fils`, `Garnier et Associés Conseil`): a
 * capitalised name, `&` or `et`, and a partner word; up to two capitalised words may follow
 * (`Transports`). The partner word makes it a firm's name, not a person's.
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { FIRM_PARTNERS } from '../lexicon/well-known-organisations.js';

const WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}";
const PATTERN =
  `(?<![\\p{L}\\p{N}'’-])(?<founder>${WORD}(?:[ -]${WORD})?)[ \\t]+(?:&|et)[ \\t]+(?:${alternation(FIRM_PARTNERS)})` +
  `(?<trade>(?:[ \\t]+${WORD}){0,2})(?![\\p{L}\\p{N}])`;

export const organisationFirmParser: Parser = {
  id: 'fr.organisation.firm',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(alternation(FIRM_PARTNERS), 'u'), // the pattern runs only on pages naming a partner word
  anchor: { lines: 0 }, // tried only on the lines naming a partner word: the whole name is on one line
  extract(_context, match): Candidate | null {
    const founder = match.groups?.['founder'] ?? '';
    if (founder.split(/[ -]/u).some((word) => CAPITALISED_NON_NAMES.has(fold(word)))) return null;
    // Trailing capitalised words belong to the name unless they start a new sentence part.
    let text = match[0];
    const trade = match.groups?.['trade'] ?? '';
    for (const word of trade.trim().split(/[ \t]+/u).reverse()) {
      if (word === '' || !CAPITALISED_NON_NAMES.has(fold(word))) break;
      text = text.slice(0, text.lastIndexOf(word)).trimEnd();
    }
    return {
      type: 'organisation', start: match.index, end: match.index + text.length, value: text.replace(/\s+/gu, ' '),
      confidence: 0.6, rule: this.id, inferred: [],
    };
  },
};
