/**
 * `Stève DUCHENE`, `Barbora REZKOVA`: French writing puts a person's surname in capitals after the
 * given name, so a capitalised word then a surname in capitals is a name even when the given name
 * is not in the lexicon (foreign, rare or misspelt), which `person-name.ts` requires. Neither word
 * may read as anything else: no common word, place or known acronym, no given name opening a
 * well-known body (`Emmaüs CONNECT`) or ending in `-es` (a plural noun heading a programme's
 * name, `Plateformes KERBALO`, that the common-word list may lack; few given names end so).
 * The surname has five letters or more: shorter capitals are as often acronyms (`BFC`, `INFO`).
 * It comes after the other person parsers: on the same span, a rule with more evidence (a known
 * given name, a byline, a role) names the mention.
 */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { WELL_KNOWN_ORGANISATIONS } from '../lexicon/well-known-organisations.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isSurnameCandidate, naturalCase } from '../names.js';

const GIVEN = '\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?(?<!es)';
const SURNAME = '\\p{Lu}{5,}(?:-\\p{Lu}{2,})?';
/** The given name, a space or one line end, the surname; no word, number or elision glued either side. */
const PATTERN = `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.'’-])(?<given>${GIVEN})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?<last>${SURNAME})(?![\\p{L}\\p{N}@]|\\.\\p{L}|['’-]\\p{L})`;

/** A word that is no common word, place or word never naming a person, in any of its casings. */
const plainNameWord = (word: string): boolean =>
  !isCommonWord(word.toLowerCase()) && !isPlaceName(word) && !isPlaceName(naturalCase(word)) && isSurnameCandidate(word);

/** The gazetteer's names' first words, lower case: they open a body, not a person. */
let organisationFirstWords: ReadonlySet<string> | undefined;
const opensWellKnownName = (word: string): boolean =>
  (organisationFirstWords ??= new Set(WELL_KNOWN_ORGANISATIONS.map((name) => (name.split(/\s+/u)[0] ?? '').toLowerCase()))).has(word.toLowerCase());

export const personCapitalsParser: Parser = {
  id: 'fr.person.capitals',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    const given = match.groups?.['given'] ?? '';
    const last = match.groups?.['last'] ?? '';
    if (KNOWN_ORGANISATION_ACRONYMS.has(last) || !plainNameWord(given) || opensWellKnownName(given)) return null;
    if (!last.split('-').every(plainNameWord)) return null;
    return { type: 'person', start: match.index, end: match.index + match[0].length, value: `${given} ${naturalCase(last)}`, confidence: 0.8, rule: this.id, inferred: [] };
  },
};
