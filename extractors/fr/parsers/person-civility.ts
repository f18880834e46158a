/**
 * `Monsieur Garrigou`, `Mme Anel-Vidal`, `Madame Le Goff`, `Mlle DURAND`: a civil title and a surname
 * with no given name, as minutes and speeches name people they thank or quote. The value keeps
 * the title (`M. Garrigou`, `Mme Anel-Vidal`), since the surname alone does not say who it is.
 * A given name after the title is `fr.person.name`'s (`Monsieur Jean Dupont`), and `M. X` is
 * `fr.person.initials`'s; here the surname must be no role (`Monsieur le Président`), no common
 * word unless it is a frequent surname (`Madame Bernard` yes, `Monsieur Bricolage` no), no place
 * and no given name alone (`Madame Claire` names no family).
 */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';

const TITLE = '(?:Monsieur|Madame|Mademoiselle|Mme\\.?|Mlle\\.?)';
const WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))?";
const PARTICLE = '(?:Le|La|De|Du|Van|Von|Di|Da|Del|LE|DE)';
// GAP allows a line end: the title often ends a line of a narrow column.
/** The title, a surname (after a capitalised particle), and no capitalised word next: that would be a full name. */
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${TITLE})${GAP}(?<last>(?:${PARTICLE}${GAP})?${WORD})(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}|[ \\t]+\\p{Lu})`;

const SHORT_TITLE: Readonly<Record<string, string>> = { monsieur: 'M.', madame: 'Mme', mademoiselle: 'Mlle', mme: 'Mme', mlle: 'Mlle' };

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
    const title = (match.groups?.['title'] ?? '').replace(/\.$/u, '').toLowerCase();
    const last = match.groups?.['last'] ?? '';
    if (!familyName(last)) return null;
    return {
      type: 'person', start: match.index, end: match.index + match[0].length,
      value: `${SHORT_TITLE[title] ?? 'M.'} ${naturalCase(last.replace(/\s+/gu, ' '))}`, confidence: 0.75, rule: this.id, inferred: [],
    };
  },
};
