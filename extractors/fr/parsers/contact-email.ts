/** E-mail addresses; the value is lower-cased. */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

const PATTERN = "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}])";

export const contactEmailParser: Parser = {
  id: 'fr.contact.email',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate {
    return {
      type: 'email', start: match.index, end: match.index + match[0].length, value: match[0].toLowerCase(),
      confidence: 0.98, rule: this.id, inferred: [],
    };
  },
};
