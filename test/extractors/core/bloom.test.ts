import { describe, expect, it } from 'vitest';
import { bloomFilter, bloomPositions, decodeBase64 } from '../../../extractors/core/bloom.js';
import { COMMON_WORDS_BITS } from '../../../extractors/fr/lexicon/common-words.js';

/** Builds a filter the way scripts/build-lexicon-common-words.ts does. */
function build(words: readonly string[], size: number, hashes: number): string {
  const bits = new Uint8Array(size / 8);
  for (const word of words) for (const position of bloomPositions(word, size, hashes)) bits[position >> 3] = (bits[position >> 3] ?? 0) | (1 << (position & 7));
  return Buffer.from(bits).toString('base64');
}

describe('decodeBase64', () => {
  it('decodes what Node encodes, with and without padding', () => {
    for (const bytes of [[], [0], [1, 2], [255, 254, 253], [0, 128, 64, 32, 16]]) {
      const encoded = Buffer.from(bytes).toString('base64');
      expect([...decodeBase64(encoded)]).toEqual(bytes);
      expect([...decodeBase64(encoded.replace(/=+$/u, ''))]).toEqual(bytes);
    }
  });
  it('decodes every length and every byte value as Node does', () => {
    let seed = 7;
    for (let length = 0; length < 300; length += 1) {
      const bytes = Array.from({ length }, (_, index) => (index < 256 && length === 256 ? index : (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
      const encoded = Buffer.from(bytes).toString('base64');
      expect([...decodeBase64(encoded)]).toEqual(bytes);
      expect([...decodeBase64(encoded.replace(/=+$/u, ''))]).toEqual(bytes);
    }
  });
  it('decodes the common-word filter to the very bytes Node reads from it', () => {
    expect(Buffer.from(decodeBase64(COMMON_WORDS_BITS)).equals(Buffer.from(COMMON_WORDS_BITS, 'base64'))).toBe(true);
  });
});

describe('bloomFilter', () => {
  const words = ['services', 'financement', 'horizon', 'ecole', 'territoire'];
  const filter = bloomFilter(build(words, 1024, 5), 1024, 5);
  it('answers yes for every word put in', () => {
    for (const word of words) expect(filter.has(word)).toBe(true);
  });
  it('answers no for most other words', () => {
    const others = ['euralens', 'citeo', 'meloko', 'galilee', 'carvin', 'zoomacom', 'kaleido', 'enercoop'];
    expect(others.filter((word) => filter.has(word)).length).toBeLessThanOrEqual(1);
  });
  it('keeps positions inside the filter', () => {
    for (const position of bloomPositions('un mot assez long', 1000, 7)) expect(position).toBeLessThan(1000);
  });
});
