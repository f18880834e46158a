/**
 * Near-duplicate detection by text: word 3-shingles of the folded text, summarised by a MinHash
 * signature (128 values), whose share of equal values estimates the Jaccard similarity of two
 * documents' shingle sets. Written here (about 40 lines) rather than taken from npm: the
 * packages found are unmaintained and pull in big-integer arithmetic we do not need.
 */

export const SIGNATURE_SIZE = 128;
const SHINGLE_WORDS = 3;

/** FNV-1a over a string, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mix of `value` with `seed` (murmur3's finaliser): one cheap hash function per seed. */
function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix(index + 1, 0x9e3779b9));

/** Folded words: accents and case removed, OCR punctuation and line breaks ignored, hyphenation joined. */
export function words(text: string): string[] {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** Hashes of the word 3-shingles of a text. */
export function shingles(text: string): Set<number> {
  const list = words(text);
  const hashes = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= list.length; index += 1) hashes.add(fnv1a(list.slice(index, index + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** The MinHash signature of a shingle set (all 0xffffffff for an empty text). */
export function signature(hashes: Iterable<number>): Uint32Array {
  const minimums = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of hashes) {
    for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
      const value = mix(hash, SEEDS[index] ?? 0);
      if (value < (minimums[index] ?? 0)) minimums[index] = value;
    }
  }
  return minimums;
}

/** Estimated Jaccard similarity of the two sets the signatures summarise (0 when either is empty). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a[0] === 0xffffffff || b[0] === 0xffffffff) return 0;
  let equal = 0;
  for (let index = 0; index < SIGNATURE_SIZE; index += 1) if (a[index] === b[index]) equal += 1;
  return equal / SIGNATURE_SIZE;
}
