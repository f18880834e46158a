/**
 * Evidence `capital-mid-sentence`: a candidate named by one common word (`Girouette`, `Tamis`,
 * `Sablier`) written with a capital inside a sentence, right after a lower-case word that is no
 * preposition (`les chantiers d'insertion Tamis, le réseau…`, `qui réunit Girouette, le…`,
 * `telles Sablier.`, `la Lanterne, le FSE`). Nothing in the sentence asks for that capital but a name, so the
 * word is read as one: this replaces the `common-word` reading (evidence.ts). The capital says
 * nothing at a sentence's or a line's start (even after a line with no full stop: a heading),
 * after a full stop, a colon or a bullet. After a preposition (`à Lunel`, `du Fonds régional`) the
 * word is as often a place, an event or a scheme; after a plural determiner (`les Départements`)
 * it names a class of bodies.
 */
import { fold } from '../../core/pattern.js';
import { PLURAL_DETERMINERS, PREPOSITIONS_BEFORE_NAME } from '../lexicon/function-words.js';

/**
 * The lower-case word right before the name (maybe elided: `d'insertion`), on the same line: a
 * line opening on a capital after a line with no full stop may follow a heading (`Un lieu clé⏎Moulinet…`).
 */
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{L}['’])?(?<word>\p{Ll}[\p{Ll}-]*)[ \t]+$/u;
/** A word with a capital first and lower-case letters after (`Tamis`; not `ADEME`, not `N`). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether `word`, the one main word of a name, is written with a capital mid-sentence; `before` is the text before it. */
export function capitalMidSentence(word: string, before: string): boolean {
  if (!TITLE_WORD.test(word)) return false;
  const previous = LOWER_WORD_BEFORE.exec(before)?.groups?.['word'];
  return previous !== undefined && !PREPOSITIONS_BEFORE_NAME.has(fold(previous)) && !PLURAL_DETERMINERS.has(fold(previous));
}
