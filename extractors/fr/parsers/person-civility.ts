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

/** The civil titles of the lexicon (`Monsieur`, `Mme.`…); `M. X` is found by the initials rule, which asks `initialM`. */
const TITLE = alternation(Object.keys(CIVIL_TITLES));
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

/**
 * The value of a man named by his title and surname `last`: the page's full name of that surname
 * when it gives exactly one (`Théo Wagner` … `M. Wagner`: the same man), else `Monsieur X`.
 */
function monsieurValue(text: string, last: string): string {
  const surname = naturalCase(last.replace(/\s+/gu, ' '));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?<given>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[ \\t\\n]+${escapeRegExp(last).replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, 'giu');
  const given = new Set([...text.matchAll(pattern)].map((match) => match.groups?.['given'] ?? '').filter((name) => isFirstName(name)));
  return given.size === 1 ? `${[...given][0] ?? ''} ${surname}` : `Monsieur ${surname}`;
}

/** The value of `title` + `last`: `Mme Le Moal`; a man's as `monsieurValue` reads it. */
export function civilValue(text: string, title: string, last: string): string {
  const form = CIVIL_TITLES[title] ?? 'Monsieur';
  return form === 'Monsieur' ? monsieurValue(text, last) : `${form} ${naturalCase(last.replace(/\s+/gu, ' '))}`;
}
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
  extract(context, match): Candidate | null {
    const title = match.groups?.['title'] ?? '';
    const last = match.groups?.['last'] ?? '';
    if (!familyName(last)) return null;
    return {
      type: 'person', start: match.index, end: match.index + match[0].length,
      value: civilValue(context.text, title, last), confidence: 0.75, rule: this.id, inferred: [],
    };
  },
};
