/** `BOUKHATEB Nordine`: an upper-case surname before a known first name, as in lists and tables. */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';
import { POSTCODE } from '../patterns.js';

const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}'@.-])(?<last>\\p{Lu}{2,}(?:[-' ]\\p{Lu}{2,})?)[ \\t]+(?<first>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])`;

/** A French postcode closing the text before the capitals (`56000 VANNES Anne`): the capitals are its town, no surname. */
const POSTCODE_BEFORE = new RegExp(`(?<![\\p{N}])${POSTCODE}[ \\t]+$`, 'u');

export const personReversedParser: Parser = {
  id: 'fr.person.reversed',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const last = match.groups?.['last'] ?? '';
    const first = match.groups?.['first'] ?? '';
    if (!isFirstName(first) || last.length < 4 || NON_ORGANISATION_ACRONYMS.has(last) || !isSurnameCandidate(last)) return null;
    // `Zone de Kerbic 56000 VANNES Anne⏎Morel`: after a postcode, the capitals are a town of an address.
    if (POSTCODE_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const end = match.index + match[0].length;
    // `PMA Gilles Marchetti`: the first name starts a forward name, the capitals are an acronym.
    if (/^[ \t]+\p{Lu}/u.test(context.text.slice(end, end + 3))) return null;
    return {
      type: 'person', start: match.index, end, value: `${first} ${naturalCase(last)}`, confidence: 0.75,
      rule: this.id, inferred: [],
    };
  },
};
