/**
 * Words of a name that `nameExtent` (name-extent.ts) would otherwise not read as name words,
 * after a type word (`l'association Les 4K`, `l'entreprise adaptée SON Tri…`):
 *
 * - `code-word`: a short number glued to capitals (`4K`, `7QX`) is written like a name
 *   word, not like a count: it opens with no capital, yet it is one. Times (`14H`) and
 *   ordinals (`1ER`, `2E`, `3EME`) are no such code.
 * - `capitals-before-name`: a word in capitals of three letters or more, followed on the same
 *   line by a capitalised word in lower case (`SON Tri Girouette`), is an acronym opening
 *   the name, even when its letters spell a function word (`ses`, `des`, `nos`). In a heading in
 *   capitals (`LES ATELIERS DU…`) the next word is in capitals too, so this does not apply.
 */

/** A number of one to three digits glued to one to three capitals (and maybe digits): `4K`, `7QX`. */
const CODE_WORD = /^\d{1,3}\p{Lu}[\p{Lu}\d]{0,2}$/u;
/** `14H`, `1ER`, `2E`, `3EME`, `2ND`: a time or an ordinal in capitals. */
const TIME_OR_ORDINAL = /^\d{1,3}(?:H|E|ER|ERE|EME|ND|NDE)$/u;

/** Whether `word` is a code written with a number first (`4K`), read as a capitalised name word. */
export function isCodeWord(word: string): boolean {
  return CODE_WORD.test(word) && !TIME_OR_ORDINAL.test(word);
}

const CAPITALS = /^\p{Lu}{3,}$/u;
/** A capitalised word with lower-case letters right after, on the same line. */
const TITLE_WORD_NEXT = /^[ \t]+\p{Lu}\p{Ll}/u;

/** Whether `word`, ending at `end` in `text`, is an acronym in capitals right before a word in title case. */
export function isCapitalsBeforeName(text: string, word: string, end: number): boolean {
  return CAPITALS.test(word) && TITLE_WORD_NEXT.test(text.slice(end, end + 4));
}
