/**
 * Lookups in the generated lexicons: is a token an ordinary French word, a frequent surname, is
 * a name a French place. All compare folded forms and load their data on first use.
 */
import { bloomFilter } from '../core/bloom.js';
import type { BloomFilter } from '../core/bloom.js';
import { fold } from '../core/pattern.js';
import { COMMON_WORDS_BITS, COMMON_WORDS_HASHES, COMMON_WORDS_SIZE } from './lexicon/common-words.js';
import { PLACES_SOURCE } from './lexicon/places.js';
import { SURNAMES_SOURCE } from './lexicon/surnames.js';

let commonWords: BloomFilter | null = null;
let places: ReadonlySet<string> | null = null;
let surnames: ReadonlySet<string> | null = null;

/** Whether `word` is (probably) a French common word form: `Services`, `Financement`, `Horizon`. */
export function isCommonWord(word: string): boolean {
  commonWords ??= bloomFilter(COMMON_WORDS_BITS, COMMON_WORDS_SIZE, COMMON_WORDS_HASHES);
  const folded = fold(word).replace(/’/gu, "'");
  if (folded.length < 3) return true;
  return commonWords.has(folded) || (/[sx]$/u.test(folded) && commonWords.has(folded.slice(0, -1)));
}

/** Whether `name` is a French commune (1 000 inhabitants or more), department or region. */
export function isPlaceName(name: string): boolean {
  places ??= new Set(PLACES_SOURCE.split('|'));
  return places.has(fold(name).replace(/\s+/gu, ' ').replace(/’/gu, "'"));
}

/** Whether `word` is a frequent French surname (`Dupont`, `LEFEBVRE`). */
export function isSurname(word: string): boolean {
  surnames ??= new Set(SURNAMES_SOURCE.split(' ').map(fold));
  return surnames.has(fold(word));
}
