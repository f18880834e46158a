/**
 * `G. Dechy`, `M.E. Lenne`, `J.-Y. Sybille`, `JY Sybille`: initials and a surname, as in tables
 * of working-group leads. Two bare capitals (`JY`) are accepted only near another initialled
 * name, since they are usually acronyms. OCR may double the dot with a stray one (`N. . Delorme`).
 */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isCommonWord, isSurname } from '../lexicon-lookup.js';
import { isSurnameCandidate } from '../names.js';

const SURNAME = "\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}\\p{Ll}+)?";
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}.'@-])(?<initials>\\p{Lu}\\.(?:[ ]?-?\\p{Lu}\\.)?|\\p{Lu}-?\\p{Lu}(?=\\s))(?:[ \\t]+\\.(?=[ \\t]))?(?:[ \\t]*\\n?[ \\t]*)(?<last>${SURNAME})(?![\\p{L}\\p{N}@]|\\.\\p{L})`;
const NEIGHBOUR = new RegExp(`(?<![\\p{L}.])\\p{Lu}\\.[ \\t\\n]*${SURNAME}`, 'u');

/** `le M. Bricolage`, `M. Grand Public`: an article before or a capitalised word after (`M. Cardon` stays a name). */
function signLike(text: string, start: number, end: number): boolean {
  return /(?:^|[^\p{L}])(?:le|du|au|chez)[ \t]+$/iu.test(text.slice(Math.max(0, start - 6), start)) || /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
}

export const personInitialsParser: Parser = {
  id: 'fr.person.initials',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const initials = match.groups?.['initials'] ?? '';
    const last = match.groups?.['last'] ?? '';
    if (!isSurnameCandidate(last)) return null;
    // `M. Bricolage` (a shop sign), `M. Grand Public`: `M.` before a common word that is no surname is a title.
    if (initials === 'M.' && isCommonWord(last.toLowerCase()) && !isSurname(last) && signLike(context.text, match.index, match.index + match[0].length)) return null;
    const end = match.index + match[0].length;
    if (!initials.includes('.')) {
      const around = context.text.slice(Math.max(0, match.index - 80), match.index) + ' ' + context.text.slice(end, end + 80);
      if (!NEIGHBOUR.test(around)) return null;
    }
    return {
      type: 'person', start: match.index, end, value: `${initials.replace(/\s+/gu, '')} ${last}`,
      confidence: initials.includes('.') ? 0.8 : 0.6, rule: this.id, inferred: [],
    };
  },
};
