/**
 * A Bloom filter over strings, to carry a large lexicon (French word forms) in a few hundred KB:
 * `has` may say yes for a word that is not in the set (about 1 % of the time), never no for one
 * that is. Rules use it where a wrong "common word" only costs recall. The bits travel as base64
 * and are decoded without any platform API, so the extractors stay pure.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard base64 (padding optional). */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/u, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  return bytes;
}

/** FNV-1a over UTF-16 code units with a seed: fast and good enough for double hashing. */
export function hash32(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The bit positions of `text` in a filter of `size` bits with `hashes` hash functions. */
export function bloomPositions(text: string, size: number, hashes: number): number[] {
  const first = hash32(text, 0);
  const second = hash32(text, 0x5bd1e995) | 1;
  const positions: number[] = [];
  for (let index = 0; index < hashes; index += 1) positions.push(((first + Math.imul(index, second)) >>> 0) % size);
  return positions;
}

export interface BloomFilter {
  has(text: string): boolean;
}

/** A filter from its bits (base64), its size in bits and its number of hash functions. */
export function bloomFilter(base64: string, size: number, hashes: number): BloomFilter {
  let bits: Uint8Array | null = null;
  return {
    // The same positions as `bloomPositions`, computed inline: the organisation and OCR rules ask
    // thousands of words per page, and an array per lookup was a visible share of their time.
    has(text) {
      bits ??= decodeBase64(base64);
      const first = hash32(text, 0);
      const second = hash32(text, 0x5bd1e995) | 1;
      for (let index = 0; index < hashes; index += 1) {
        const position = ((first + Math.imul(index, second)) >>> 0) % size;
        if (((bits[position >> 3] ?? 0) & (1 << (position & 7))) === 0) return false;
      }
      return true;
    },
  };
}
