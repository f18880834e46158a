/**
 * `Monsieur Garrigou`, `Mme Morel-Vidal`, `Madame Le Moal`, `Mlle DURAND`: a civil title and a surname
 * with no given name, as minutes and speeches name people they thank or quote. The value keeps
 * the title (`M. Garrigou`, `Mme Morel-Vidal`), since the surname alone does not say who it is.
 * A given name after the title is `fr.person.name`'s (`Monsieur Jean Dupont`), and `M. X` is
 * `fr.person.initials`'s; here the surname must be no role (`Monsieur le Président`), no common
 * word unless it is a frequent surname (`Madame Bernard` yes, `Monsieur Bricolage` no), no place
 * and no given name alone (`Madame Claire` names no family).
 */
import { CAPITAL_AHEAD, alternation, compile } from '../../core/pattern.js';
import { CIVIL_TITLES } from '../lexicon/titles.js';
import { particleForms } from '../lexicon/name-particles.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';

/** The civil titles of the lexicon (`Monsieur`, `Mme.`…); `M. X` is the initials rule's. */
const TITLE = alternation(Object.keys(CIVIL_TITLES));
const WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))?";
/** A capitalised or upper-case particle (lexicon/name-particles.ts); a lower-case one reads as prose. */
const PARTICLE = alternation(particleForms(false));
// GAP allows a line end: the title often ends a line of a narrow column.
/** The title, a surname (after a capitalised particle), and no capitalised word next: that would be a full name. */
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${TITLE})${GAP}(?<last>(?:${PARTICLE}${GAP})?${WORD})(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}|[ \\t]+\\p{Lu})`;

/** Whether `last` (its last word is the core) can be a family name on its own. */
function familyName(last: string): boolean {
  const core = last.split(/\s+/u).pop() ?? '';
  if (!isSurnameCandidate(core) || isPlaceName(last) || isPlaceName(core)) return false;
  if (isFirstName(core) && !isSurname(core)) return false;
  return isSurname(core) || core.split(/[-'’]/u).every((part) => !isCommonWord(part.toLowerCase()));
}

export const personCivilityParser: Parser = {
  id: 'fr.person.civility',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    const title = match.groups?.['title'] ?? '';
    const last = match.groups?.['last'] ?? '';
    if (!familyName(last)) return null;
    return {
      type: 'person', start: match.index, end: match.index + match[0].length,
      value: `${CIVIL_TITLES[title] ?? 'M.'} ${naturalCase(last.replace(/\s+/gu, ' '))}`, confidence: 0.75, rule: this.id, inferred: [],
    };
  },
};
