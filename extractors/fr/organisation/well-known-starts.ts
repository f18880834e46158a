/**
 * The gazetteer's names indexed for the name-end rules' looks after `et` (name-words.ts
 * `startsOtherBody`, `startsWellKnown`). Built once: a name walk meets `et` on most pages, and
 * a pass over every name of the gazetteer (about 350, with a string built for each) cost more
 * than the rest of the walk.
 */
import { WELL_KNOWN_ORGANISATIONS } from '../lexicon/well-known-organisations.js';

/** The gazetteer's names of two words or more (holding a space), as written. */
const MULTI_WORD_NAMES: ReadonlySet<string> = new Set(WELL_KNOWN_ORGANISATIONS.filter((name) => name.includes(' ')));

/** The gazetteer's names by their first character (`''` for an empty name, which opens any text). */
const NAMES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const name of WELL_KNOWN_ORGANISATIONS) {
    const first = name.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  return byFirst;
})();

/**
 * Whether `words` (no spaces inside a word) open with a gazetteer name of two words or more:
 * `words.join(' ')` is that name, or starts with it and a space. Such a name ends between two
 * words, so it is one of the first-words prefixes, looked up one by one.
 */
export function opensWithMultiWordName(words: readonly string[]): boolean {
  let prefix = '';
  for (const [index, word] of words.entries()) {
    prefix = index === 0 ? word : `${prefix} ${word}`;
    if (MULTI_WORD_NAMES.has(prefix)) return true;
  }
  return false;
}

/** Whether `text` starts with a gazetteer name as written, a whole word (no letter nor digit right after it). */
export function opensWithWellKnownName(text: string): boolean {
  const whole = (name: string): boolean => text.startsWith(name) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length));
  return (NAMES_BY_FIRST.get(text.charAt(0)) ?? []).some(whole) || (NAMES_BY_FIRST.get('') ?? []).some(whole);
}
