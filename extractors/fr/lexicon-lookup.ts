/**
 * Lookups in the generated lexicons: is a token an ordinary French word, a frequent surname, is
 * a name a French place. All compare folded forms and load their data on first use.
 */
import { memoised } from '../core/memo.js';
import { bloomFilter } from '../core/bloom.js';
import type { BloomFilter } from '../core/bloom.js';
import { fold } from '../core/pattern.js';
import { COMMON_WORDS_BITS, COMMON_WORDS_HASHES, COMMON_WORDS_SIZE } from './lexicon/common-words.js';
import { PLACES_SOURCE } from './lexicon/places.js';
import { SURNAMES_SOURCE } from './lexicon/surnames.js';

let commonWords: BloomFilter | null = null;
let places: ReadonlySet<string> | null = null;
let surnames: ReadonlySet<string> | null = null;

// These lookups run for thousands of words per page: the replacements below are skipped (by a
// cheap test) when they would change nothing, which is almost always.
const withStraightApostrophes = (text: string): string => (text.includes('’') ? text.replace(/’/gu, "'") : text);

/** Whether `word` is (probably) a French common word form: `Services`, `Financement`, `Horizon`. */
export const isCommonWord: (word: string) => boolean = memoised(commonWord);
function commonWord(word: string): boolean {
  commonWords ??= bloomFilter(COMMON_WORDS_BITS, COMMON_WORDS_SIZE, COMMON_WORDS_HASHES);
  const folded = withStraightApostrophes(fold(word));
  if (folded.length < 3) return true;
  return commonWords.has(folded) || (/[sx]$/u.test(folded) && commonWords.has(folded.slice(0, -1)));
}

/** Whether `name` is a French commune (1 000 inhabitants or more), department or region. */
export const isPlaceName: (name: string) => boolean = memoised(placeName);
function placeName(name: string): boolean {
  places ??= new Set(PLACES_SOURCE.split('|').map(placeKey));
  return places.has(placeKey(fold(name)));
}

/**
 * A folded place name in the form the set holds: hyphens and spaces alike (`Saint-Malo`, `Saint Malo`), the
 * usual abbreviations written out (`St-Malo`, `Ste-Foy`), straight apostrophes. Applied to the list and to
 * each lookup, so a name written either way is found.
 */
function placeKey(folded: string): string {
  const spaced = /[\s-]/u.test(folded) ? folded.replace(/[\s-]+/gu, ' ') : folded;
  const written = /\bste?\b/u.test(spaced) ? spaced.replace(/\bst\b/gu, 'saint').replace(/\bste\b/gu, 'sainte') : spaced;
  return withStraightApostrophes(written);
}

/** Whether `word` is a frequent French surname (`Dupont`, `LEFEBVRE`). */
export function isSurname(word: string): boolean {
  surnames ??= new Set(SURNAMES_SOURCE.split(' ').map(fold));
  return surnames.has(fold(word));
}
