/**
 * A Bloom filter over strings, to carry a large lexicon (French word forms) in a few hundred KB:
 * `has` may say yes for a word that is not in the set (about 1 % of the time), never no for one
 * that is. Rules use it where a wrong "common word" only costs recall. The bits travel as base64
 * and are decoded without any platform API, so the extractors stay pure.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each base64 character's 6-bit value by its char code (every other code maps to 0, as indexOf's -1 once did not). */
const SEXTETS = new Uint8Array(128);
for (let value = 0; value < BASE64.length; value += 1) SEXTETS[BASE64.charCodeAt(value)] = value;

/**
 * Decodes standard base64 (padding optional). A document thread decodes the common-word filter
 * (about 230 000 characters) as it starts: four characters to three bytes through a table, which
 * takes a couple of milliseconds where a search of the alphabet per character took about fifty.
 */
export function decodeBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61 /* = */) length -= 1;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  const sextet = (index: number): number => SEXTETS[text.charCodeAt(index) & 127] ?? 0;
  let index = 0;
  let out = 0;
  // Inlined table reads: this loop runs once per thread, mostly before V8 optimises it.
  for (; index + 4 <= length; index += 4) {
    const word =
      ((SEXTETS[text.charCodeAt(index) & 127] ?? 0) << 18) |
      ((SEXTETS[text.charCodeAt(index + 1) & 127] ?? 0) << 12) |
      ((SEXTETS[text.charCodeAt(index + 2) & 127] ?? 0) << 6) |
      (SEXTETS[text.charCodeAt(index + 3) & 127] ?? 0);
    bytes[out] = word >> 16;
    bytes[out + 1] = (word >> 8) & 0xff;
    bytes[out + 2] = word & 0xff;
    out += 3;
  }
  // The last two or three characters (one or two bytes).
  let buffer = 0;
  let bits = 0;
  for (; index < length; index += 1) {
    buffer = (buffer << 6) | sextet(index);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
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
