/** National and regional bodies named by a common word: `Région`, `l'État`, `Union européenne`. */
import { bounded, compile, wrappingAlternation } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { PUBLIC_BODIES } from '../lexicon/organisation-types.js';

/** A body's words may wrap over a line (`Conseil⏎départemental`); its value reads them on one. */
const PATTERN = bounded(`(?<body>${wrappingAlternation(PUBLIC_BODIES)})`);

export const organisationPublicBodyParser: Parser = {
  id: 'fr.organisation.public-body',
  pattern: () => compile(PATTERN, 'gu'),
  // Tried only at words opening on a body's name (core/cue-words.ts): every match starts on one.
  cues: cueWords(PUBLIC_BODIES),
  extract(context, match): Candidate | null {
    if (/d'$/u.test(context.text.slice(Math.max(0, match.index - 2), match.index))) return null;
    // A capitalised common word at the start of a sentence is not a name (`État des lieux`).
    const before = context.text.slice(Math.max(0, match.index - 3), match.index);
    if (/(?:^|[.!?:]\s*|\n)$/u.test(before) && /^(?:État|Etat)$/u.test(match[0]) && /^\s+des/u.test(context.text.slice(match.index + match[0].length))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0].replace(/\s+/gu, ' '),
      confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
