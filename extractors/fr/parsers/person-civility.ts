/**
 * `Monsieur Garrigou`, `M. Garrigou`, `Mme Morel-Vidal`, `Madame Le Moal`, `Mlle DURAND`: a civil
 * title and a surname with no given name, as minutes, captions and speeches name people they thank
 * or show. The value keeps the title (`Monsieur Garrigou`, `Mme Morel-Vidal`), since the surname
 * alone does not say who it is; `M.` is written out, since as a key it cannot be told from a given
 * name's initial. `M. X` is an initial instead (`fr.person.initials`) when the page gives X a first
 * name in M (`Marc X`) or lists it among other initials (`F. Robin, M. Canet, J. Viel`).
 * A given name after the title is `fr.person.name`'s (`Monsieur Jean Dupont`); here the surname
 * must be no role (`Monsieur le Président`), no common word unless it is a frequent surname
 * (`Madame Bernard` yes, `Monsieur Bricolage` no), no place and no given name alone (`Madame
 * Claire` names no family).
 */
import { CAPITAL_AHEAD, alternation, compile, escapeRegExp } from '../../core/pattern.js';
import { CIVIL_TITLES } from '../lexicon/titles.js';
import { particleForms } from '../lexicon/name-particles.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';

/** The civil titles of the lexicon (`Monsieur`, `Mme.`…) and `M.` (read as Monsieur unless it is an initial, below). */
const TITLE = alternation([...Object.keys(CIVIL_TITLES), 'M.']);
/** Most text either side of `M. X` where other initialled names make it a list of initials. */
const LIST_REACH = 80;
/** An initialled name whose initial is not `M.` (`F. Robin`, `J.-C. Vidal`): a list of initials. */
const OTHER_INITIAL = /(?<![\p{L}\p{N}.'’-])(?!M\.)\p{Lu}\.(?:[ ]?-?\p{Lu}\.)?[ \t\n]*\p{Lu}\p{Ll}/u;

/**
 * Whether `M.` before the surname `last` (at `[start, end)` of `text`) is an initial, not Monsieur:
 * the page names someone `M…` with that surname (`Marc Andro`, `Marie-Hélène Andro`), or other
 * initialled names stand within reach (`F. Robin, M. Canet`).
 */
export function initialM(text: string, start: number, end: number, last: string): boolean {
  const around = text.slice(Math.max(0, start - LIST_REACH), start) + ' ' + text.slice(end, end + LIST_REACH);
  if (OTHER_INITIAL.test(around)) return true;
  const surname = escapeRegExp(last).replace(/\s+/gu, '\\s+');
  return new RegExp(`(?<![\\p{L}])M\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t\\n]+${surname}(?![\\p{L}])`, 'u').test(text);
}
const WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))?";
/** A capitalised or upper-case particle (lexicon/name-particles.ts); a lower-case one reads as prose. */
const PARTICLE = alternation(particleForms(false));
// GAP allows a line end: the title often ends a line of a narrow column.
/** The title, a surname (after a capitalised particle), and no capitalised word next: that would be a full name. */
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${TITLE})${GAP}(?<last>(?:${PARTICLE}${GAP})?${WORD})(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}|[ \\t]+\\p{Lu})`;

/** Whether `M. X` at `[start, end)` of `text` is Monsieur X (`last` = X): X a family name, `M.` no initial. */
export function monsieur(text: string, start: number, end: number, last: string): boolean {
  return familyName(last) && !initialM(text, start, end, last);
}

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
  extract(context, match): Candidate | null {
    const title = match.groups?.['title'] ?? '';
    const last = match.groups?.['last'] ?? '';
    const end = match.index + match[0].length;
    if (!familyName(last)) return null;
    if (title === 'M.' && !monsieur(context.text, match.index, end, last)) return null;
    return {
      type: 'person', start: match.index, end,
      value: `${CIVIL_TITLES[title] ?? 'Monsieur'} ${naturalCase(last.replace(/\s+/gu, ' '))}`, confidence: 0.75, rule: this.id, inferred: [],
    };
  },
};
