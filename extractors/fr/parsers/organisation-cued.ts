/**
 * Organisations named with no type word, recognised by what is said of them: `président du
 * Grand Forum Euralens`, `un projet porté par Citéo`, `en partenariat avec Simplon`. The name is
 * a run of capitalised words (joined by `de`, `du`, `d'`…) that `isDistinctiveName` accepts, so
 * places (`chez Carvin`) and people (`porté par Jean Dupont`) are left to their own rules.
 */
import { alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isDistinctiveName } from '../distinctive-name.js';
import { DONE_BY, PARTNERSHIP, ROLE_IN_ORGANISATION } from '../lexicon/organisation-cues.js';

const SPACE = '[ \\t]*\\n?[ \\t]*';
/** Each cue as written and with a capital (at the start of a sentence or a line). */
const cues = (words: readonly string[]): string => alternation(words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
const ARTICLE = `(?:(?:le|la|les)[ \\t]+|l'${SPACE})?`;
const CUE =
  `(?:${cues(ROLE_IN_ORGANISATION)}[ \\t]+(?:du|de[ \\t]+la|des|de[ \\t]+l'|d'|de)|` +
  `${cues(DONE_BY)}[ \\t]+par[ \\t]+${ARTICLE}|${cues(PARTNERSHIP)}[ \\t]+${ARTICLE})`;
const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NAME = `${WORD}(?:${SPACE}(?:(?:de|du|des|de[ \\t]+la|d'|l')[ \\t]*)?${WORD}){0,4}`;
const PATTERN = `(?<![\\p{L}\\p{N}])(?<cue>${CUE})${SPACE}(?<name>${NAME})(?![\\p{L}\\p{N}])`;

export const organisationCuedParser: Parser = {
  id: 'fr.organisation.cued',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    if (!isDistinctiveName(name)) return null;
    const start = match.index + match[0].length - name.length;
    return {
      type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
