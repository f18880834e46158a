/** National and regional bodies named by a common word: `Région`, `l'État`, `Union européenne`. */
import { bounded, compile, wrappingAlternation } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { PUBLIC_BODIES } from '../lexicon/organisation-types.js';

/**
 * `Préfecture de Région Bretagne`, `Conseil régional de l'économie sociale`: `de`, then a
 * territory's kind or the field in lower case, goes on with a longer institution's name (a prefecture of a
 * region, a council of the field): the body word alone names another body, or none, and is not read.
 */
const LONGER_NAME_AFTER = /^[ \t]*\n?[ \t]*de[ \t]*\n?[ \t]*(?:(?:la[ \t]+)?(?:Région|Département)(?![\p{L}])|l['’][ \t]*\n?[ \t]*économie(?![\p{L}]))/u;

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
    if (LONGER_NAME_AFTER.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 30))) return null;
    if (/(?:^|[.!?:]\s*|\n)$/u.test(before) && /^(?:État|Etat)$/u.test(match[0]) && /^\s+des/u.test(context.text.slice(match.index + match[0].length))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0].replace(/\s+/gu, ' '),
      confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
