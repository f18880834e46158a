/**
 * Proposer family "a kind, then its name in apposition" (no type word in the name): a sentence
 * names a kind of structure, a short lower-case description, then the structure's name between
 * commas (`Une compagnie, le Théâtre du Vent, joue…`, `elle a repris une épicerie du bourg,
 * Les Paniers de Nora, avec…`, `une coopérative ouverte depuis peu, Coop'Brenne, reçoit le
 * prix`). The kind is singular and follows a determiner (`une`, `la`, `sa`, `cette`…), the
 * description holds lower-case words only, and the name must close on a comma or a full stop.
 * People and places in that slot weigh against it (`person-like`, `place`; a span the person rules
 * took is left alone). Evidence `kind-before`.
 */
import { alternation, initialsAhead } from '../../core/pattern.js';
import { STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { NAME_RUN } from './name-candidates.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';

export type KindBeforeName = SourcedSpan<'kind-before'>;

const KINDS = [...STRUCTURE_KINDS, 'compagnie', 'laboratoire', 'ferme', 'boutique', 'épicerie'];
/** Determiners, also capitalised at a sentence start. */
const DETERMINERS = ['une', 'un', 'la', 'le', "l'", 'l’', 'sa', 'son', 'cette', 'cet', 'ce', 'notre', 'votre', 'leur'];
const DETERMINER = alternation(DETERMINERS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
/** A determiner, the kind, at most six lower-case words, a comma, an optional article, the name. */
const KIND_BEFORE = new RegExp(
  `${initialsAhead(DETERMINERS)}(?<![\\p{L}])(?:${DETERMINER})[ \\t\\n]*(?:${alternation(KINDS)})(?:[ \\t\\n]+(?:[\\p{Ll}][\\p{Ll}'’-]*|d['’][\\p{Ll}][\\p{Ll}'’-]*)){0,6},[ \\t\\n]+(?:(?:la|le|les)[ \\t\\n]+|l['’])?(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])(?=[ \\t]*[,.])`,
  'gdu',
);
/** Where `KIND_BEFORE` can start: at a word opening on a determiner (tried there only, core/cue-words.ts). */
const KIND_BEFORE_CUES = cueWords(DETERMINERS);

/** Every name set between commas after a kind of structure on the page. */
export function kindBeforeNames(text: string): KindBeforeName[] {
  const found: KindBeforeName[] = [];
  for (const match of cueMatches(KIND_BEFORE, KIND_BEFORE_CUES, text)) {
    const at = match.indices?.groups?.['name'];
    if (at !== undefined) found.push({ start: at[0], end: at[1], source: 'kind-before' });
  }
  return found;
}
