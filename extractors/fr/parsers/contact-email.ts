/**
 * E-mail addresses; the value is lower-cased. The pattern is anchored on the `@` (a pattern
 * starting with the local part, or with a look-behind, is tried at every position of the page:
 * ten times the cost) and the local part is read backwards from it.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

const PATTERN = '@(?<=[\\p{L}\\p{N}._%+-]@)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}])';
const LOCAL_CHARACTER = /[\p{L}\p{N}._%+-]/u;

/** Where the local part ending at `at` starts: the longest run of local-part characters. */
function localStart(text: string, at: number): number {
  let start = at;
  // Astral characters are letters of no address here; code units are enough.
  while (start > 0 && LOCAL_CHARACTER.test(text.charAt(start - 1))) start -= 1;
  return start;
}

export const contactEmailParser: Parser = {
  id: 'fr.contact.email',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /@/u,
  extract(context, match): Candidate {
    const start = localStart(context.text, match.index);
    const end = match.index + match[0].length;
    return {
      type: 'email', start, end, value: context.text.slice(start, end).toLowerCase(),
      confidence: 0.98, rule: this.id, inferred: [],
    };
  },
};
