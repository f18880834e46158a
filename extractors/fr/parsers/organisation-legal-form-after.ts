/**
 * A company's name followed by its legal form (`Kerbio SCOP`, `Martin Bâtiment SARL`): the form
 * says the name is a company's. The value is the name; sentence words (`Notre SCOP`), first
 * names and lone common words or places (`une Nouvelle SCOP`) are refused.
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { LEGAL_FORMS_AFTER } from '../lexicon/well-known-organisations.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';

const WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}";
const PATTERN = `(?<![\\p{L}\\p{N}'’-])(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})[ \\t]+(?:${alternation(LEGAL_FORMS_AFTER)})(?![\\p{L}\\p{N}])`;

/**
 * `une Nouvelle SCOP`, `Petite SCOP deviendra grande`: after a determiner, or at the start of a
 * sentence as a common word, a lone capitalised word describes the company instead of naming it.
 */
function isAdjective(text: string, start: number, word: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/(?:^|[^\p{L}])(?:un|une|la|le|les|des|cette|ce|notre|votre|leur|sa|son|chaque)[ \t]+$/iu.test(before)) return true;
  return /(?:^|[.!?]\s*|\n\s*)$/u.test(before) && isCommonWord(word);
}

export const organisationLegalFormAfterParser: Parser = {
  id: 'fr.organisation.legal-form-after',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(alternation(LEGAL_FORMS_AFTER), 'u'), // the pattern runs only on pages with a legal form
  anchor: { lines: 0 }, // tried only on the lines with a legal form: the name and form are on one line
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    const words = name.split(/[ \t]+/u);
    if (words.some((word) => CAPITALISED_NON_NAMES.has(fold(word)) || isFirstName(word))) return null;
    if (words.length === 1 && (isPlaceName(name) || isAdjective(context.text, match.index, name))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + name.length, value: name, confidence: 0.6,
      rule: this.id, inferred: [],
    };
  },
};
