/**
 * A known body's acronym written in title case, as the press writes the acronyms it reads as words
 * (`la Cress`, `l'Urssaf`, `par la Caf`, `l'Udes 05`): after an article, one capital then lower-case
 * letters, the word in capitals being a known acronym (lexicon/organisation-acronyms.ts), maybe with
 * its department's number. Only after an article (`la`, `le`, `l'`, also inside `du`/`au`): at a
 * sentence start or in a title the word may be any capitalised word. A region or a place after it
 * (`la Cress Paca`) is read by the acronym's other rules when written in capitals, and is left out here.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';

/** An article (maybe a contraction), then a word of one capital and lower-case letters, maybe a department's number. */
const PATTERN =
  "(?<![\\p{L}\\p{N}])(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u|[Ll]['’])[ \\t]*\\n?[ \\t]*(?<word>\\p{Lu}\\p{Ll}{2,7})(?<number>[ \\t]+\\d{2}(?:\\d|[AB])?)?(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})";

/** The acronym the title-case word spells, when the lexicon knows it (`Cress` → `CRESS`). */
function knownAcronym(word: string): boolean {
  return KNOWN_ORGANISATION_ACRONYMS.has(word.toUpperCase());
}

export const organisationTitleAcronymParser: Parser = {
  // The acronym's family: the decision weighs it like any acronym it knows.
  id: 'fr.organisation.acronym',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const word = match.groups?.['word'] ?? '';
    if (!knownAcronym(word)) return null;
    const start = match.index + match[0].length - word.length - (match.groups?.['number'] ?? '').length;
    const end = match.index + match[0].length;
    return {
      type: 'organisation', start, end, value: context.text.slice(start, end).replace(/\s+/gu, ' '),
      confidence: 0.65, rule: this.id, inferred: [], evidence: ['title-case-acronym'],
    };
  },
};
