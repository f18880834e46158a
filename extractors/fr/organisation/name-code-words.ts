/**
 * Words of a name that `nameExtent` (name-extent.ts) would otherwise not read as name words,
 * after a type word (`l'association Les 4K`, `l'entreprise adaptée SON Tri…`):
 *
 * - `code-word`: a short number glued to capitals (`4K`, `7QX`) is written like a name
 *   word, not like a count: it opens with no capital, yet it is one. Times (`14H`, `14H30`),
 *   ordinals (`1ER`, `2E`, `3EME`) and everyday technical codes (`4G`, `3D`, lexicon/code-heads.ts)
 *   are no such code.
 * - `capitals-before-name`: a word in capitals of three letters or more, followed on the same
 *   line by a capitalised word in lower case (`SON Tri Girouette`), is an acronym opening
 *   the name, even when its letters spell a function word (`ses`, `des`, `nos`). In a heading in
 *   capitals (`LES ATELIERS DU…`) the next word is in capitals too, so this does not apply.
 */
import { fold } from '../../core/pattern.js';
import { TECHNICAL_CODES } from '../lexicon/code-heads.js';
import { TAIL_STOP } from './name-words.js';

/** A number of one to three digits glued to one to three capitals (and maybe digits): `4K`, `7QX`. */
const CODE_WORD = /^\d{1,3}\p{Lu}[\p{Lu}\d]{0,2}$/u;
/** `14H`, `14H30`, `1ER`, `2E`, `3EME`, `2ND`: a time or an ordinal in capitals. */
const TIME_OR_ORDINAL = /^(?:\d{1,2}H\d{2}|\d{1,3}(?:H|E|ER|ERE|EME|ND|NDE))$/u;

/** Whether `word` is a code written with a number first (`4K`), read as a capitalised name word. */
export function isCodeWord(word: string): boolean {
  return CODE_WORD.test(word) && !TIME_OR_ORDINAL.test(word) && !TECHNICAL_CODES.has(word);
}

const CAPITALS = /^\p{Lu}{3,}$/u;
/** A capitalised word with lower-case letters right after, on the same line. */
const TITLE_WORD_NEXT = /^[ \t]+\p{Lu}\p{Ll}/u;

/** Whether `word`, ending at `end` in `text`, is an acronym in capitals right before a word in title case. */
export function isCapitalsBeforeName(text: string, word: string, end: number): boolean {
  return CAPITALS.test(word) && TITLE_WORD_NEXT.test(text.slice(end, end + 4));
}

/** A word that ends a name when read alone (`ses`, `des`), maybe plural. */
const isTailStop = (word: string): boolean => TAIL_STOP.has(fold(word)) || TAIL_STOP.has(fold(word).replace(/s$/u, ''));
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * The evidence names of `value`, a name read after a type word: `code-word` when one of its words
 * is a code with its number first, `capitals-before-name` when a word in capitals that would
 * end a name (`SON`, `DES`) opens a word in title case inside it.
 */
export function nameCodeEvidence(value: string): string[] {
  const words = value.split(/\s+/u);
  const found: string[] = [];
  if (words.some(isCodeWord)) found.push('code-word');
  if (words.some((word, index) => CAPITALS.test(word) && isTailStop(word) && TITLE_CASE.test(words[index + 1] ?? ''))) found.push('capitals-before-name');
  return found;
}
