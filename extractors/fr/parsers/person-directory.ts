/**
 * `Soazig PRIGENT (Ville de Brest)`, `Kerstin WEBER, coordinatrice`, `LAMBERT Ysolde – trésorière`:
 * in an attendee or directory entry, a capitalised word next to an upper-case surname is a person
 * even when the first name is unknown. The entry must end in a structure in brackets, a comma, a
 * dash or the end of the line; the capitalised word may be no French word or place, the upper-case
 * one no known acronym and no French word unless it is a frequent surname (`WEBER`).
 */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';
import { peopleEntry } from '../people-entry.js';

const GIVEN = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const UPPER = "\\p{Lu}{2,}(?:[-']\\p{Lu}{2,})?";
const ENTRY_END = '(?=[ \\t]*(?:\\(|,|;|[–—][ \\t]|-[ \\t]|\\n|$))';
// GAP allows a line end: a narrow column wraps an entry (`Solène⏎BRIANTEC ;`).
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}'@.-])(?:(?<first>${GIVEN})${GAP}(?<last>${UPPER})|(?<rlast>${UPPER})${GAP}(?<rfirst>${GIVEN}))${ENTRY_END}`;

function isUnknownWord(word: string): boolean {
  return !isCommonWord(word.toLowerCase()) && !isPlaceName(word);
}

export const personDirectoryParser: Parser = {
  id: 'fr.person.directory',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const first = groups['first'] ?? groups['rfirst'] ?? '';
    const last = groups['last'] ?? groups['rlast'] ?? '';
    if (last.length < 3 || KNOWN_ORGANISATION_ACRONYMS.has(last) || NON_ORGANISATION_ACRONYMS.has(last)) return null;
    if (!isSurnameCandidate(last) || !(isSurname(last) || isUnknownWord(last)) || !first.split('-').every(isUnknownWord)) return null;
    // An entry of a list: the line starts with it, or a list cue or separator comes just before.
    const before = context.text.slice(Math.max(0, match.index - 30), match.index);
    if (!/(?:^|\n|[:;,•·*(]|[–—-])[ \t]*(?:(?:et|avec)[ \t]+)?$/u.test(before)) return null;
    const end = match.index + match[0].length;
    if (groups['rfirst'] !== undefined && !isFirstName(first) && !peopleEntry(context.text, match.index, end)) return null;
    return {
      type: 'person', start: match.index, end,
      value: `${first} ${naturalCase(last)}`, confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
