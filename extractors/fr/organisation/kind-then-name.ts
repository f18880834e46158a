/**
 * Proposer family "a kind, then the name" for kinds the type-word rules do not know
 * (lexicon/kinds-before-name.ts): a determiner, the kind, an optional lower-case description,
 * then the structure's capitalised name (`avec l'organisme de formation Savoria`, `le traiteur
 * solidaire Pain Malin a livré…`, `l'équipe de recherche UMR Paysages`). The kind and its
 * description are a cue and are not swallowed into the name; where the name starts after a
 * description is read as for a type word (described-name.ts: no verb, no preposition tying a
 * place to the kind). People and places in that slot weigh against it (`person-like`, `place`;
 * a span the person rules took is left alone). Evidence `kind-then-name`.
 */
import { alternation, initialsAhead } from '../../core/pattern.js';
import { STRUCTURE_DETERMINERS } from '../lexicon/function-words.js';
import { KINDS_BEFORE_NAME } from '../lexicon/kinds-before-name.js';
import { describedNameStart } from './described-name.js';
import { NAME_RUN } from './name-candidates.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';

export type KindThenName = SourcedSpan<'kind-then-name'>;

/** Determiners of one structure (lexicon/function-words.ts), also capitalised at a sentence start. */
const DETERMINERS = STRUCTURE_DETERMINERS;
const DETERMINER = alternation(DETERMINERS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
const KIND = new RegExp(`${initialsAhead(DETERMINERS)}(?<![\\p{L}])(?:${DETERMINER})[ \\t\\n]*(?:${alternation(KINDS_BEFORE_NAME)})(?![\\p{L}\\p{N}'’-])`, 'gu');
/** Where `KIND` can start: at a word opening on a determiner (tried there only, core/cue-words.ts). */
const KIND_CUES = cueWords(DETERMINERS);
/**
 * The kind, a comma, then its name with its article (`son fablab, le Brikolab`, `une épicerie, la Fourmi`): the
 * name in apposition. The article must be lower case: a capital opens another sentence's subject.
 */
const RENAMED = "[ \\t]*,[ \\t]*\\n?[ \\t]*(?:(?:le|la)[ \\t]+|l['’][ \\t]*)(?=\\p{Lu})";
/** The name right after the kind (spaces and one line break at most before it, or a comma and an article). */
const NAME_NEXT = new RegExp(`^(?:[ \\t]+\\n?[ \\t]*|\\n[ \\t]*|${RENAMED})(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`, 'du');
/** The name where a description ends. */
const NAME_AT = new RegExp(`^(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`, 'du');

/** Every name after a kind of structure of that list on the page. */
export function kindThenNames(text: string): KindThenName[] {
  const found: KindThenName[] = [];
  for (const match of cueMatches(KIND, KIND_CUES, text)) {
    const kindEnd = match.index + match[0].length;
    const next = NAME_NEXT.exec(text.slice(kindEnd, kindEnd + 120));
    const direct = next?.indices?.groups?.['name'];
    if (direct !== undefined) {
      found.push({ start: kindEnd + direct[0], end: kindEnd + direct[1], source: 'kind-then-name' });
      continue;
    }
    const start = describedNameStart(text, kindEnd);
    const at = start === null ? undefined : NAME_AT.exec(text.slice(start, start + 120))?.indices?.groups?.['name'];
    if (start !== null && at !== undefined) found.push({ start: start + at[0], end: start + at[1], source: 'kind-then-name' });
  }
  return found;
}
