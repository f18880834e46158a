/** URLs with a scheme or starting with `www.`; trailing punctuation is left out. */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

const PATTERN = "(?<![\\p{L}\\p{N}@./])(?:https?://|www\\.)[^\\s<>\"«»]+";

export const contactUrlParser: Parser = {
  id: 'fr.contact.url',
  pattern: () => compile(PATTERN, 'giu'),
  extract(_context, match): Candidate | null {
    const text = match[0].replace(/[.,;:!?)\]]+$/u, '');
    if (text.length < 8) return null;
    return {
      type: 'url', start: match.index, end: match.index + text.length, value: text, confidence: 0.95,
      rule: this.id, inferred: [],
    };
  },
};
