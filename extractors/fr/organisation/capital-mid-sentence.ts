/**
 * Evidence `capital-mid-sentence`: a candidate named by one common word (`Girouette`, `Tamis`,
 * `Sablier`) written with a capital inside a sentence, right after a lower-case word that is no
 * preposition (`les chantiers d'insertion Tamis, le réseau…`, `qui réunit Girouette, le…`,
 * `telles Sablier.`, `sont Lanterne et le FSE`). Nothing in the sentence asks for that capital but a name, so the
 * word is read as one: this replaces the `common-word` reading (evidence.ts). The capital says
 * nothing at a sentence's or a line's start (even after a line with no full stop: a heading),
 * after a full stop, a colon or a bullet. After a preposition (`à Lunel`, `du Fonds régional`) the
 * word is as often a place, an event or a scheme; after a plural determiner (`les Départements`)
 * it names a class of bodies; after a singular article it is as often a role or an organ written
 * with a capital (`la Trésorière`, `le Conseil`, `le Théâtre` of a list of activities), and a role
 * noun (lexicon/roles.ts) is never read as a name here.
 */
import { fold } from '../../core/pattern.js';
import { PLURAL_DETERMINERS, PREPOSITIONS_BEFORE_NAME, SINGULAR_ARTICLES } from '../lexicon/function-words.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { TITLE_WORD } from './name-words.js';

/**
 * The lower-case word right before the name (maybe elided: `d'insertion`), on the same line: a
 * line opening on a capital after a line with no full stop may follow a heading (`Un lieu clé⏎Moulinet…`).
 */
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{L}['’])?(?<word>\p{Ll}[\p{Ll}-]*)[ \t]+$/u;
/** Words after which a capital says nothing of a name: prepositions, plural determiners, singular articles. */
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set([...PREPOSITIONS_BEFORE_NAME, ...PLURAL_DETERMINERS, ...SINGULAR_ARTICLES]);

/** Whether `word`, the one main word of a name, is written with a capital mid-sentence; `before` is the text before it. */
export function capitalMidSentence(word: string, before: string): boolean {
  if (!TITLE_WORD.test(word) || ROLE_NOUNS.has(word.toLowerCase())) return false;
  const previous = LOWER_WORD_BEFORE.exec(before)?.groups?.['word'];
  return previous !== undefined && !NOT_BEFORE_NAME.has(fold(previous));
}
