import { describe, expect, it } from 'vitest';
import { WELL_KNOWN_ORGANISATIONS } from '../../../../extractors/fr/lexicon/well-known-organisations.js';
import { opensWithMultiWordName, opensWithWellKnownName } from '../../../../extractors/fr/organisation/well-known-starts.js';

/** The definitions the indexes stand for: one pass over every gazetteer name. */
const naiveMultiWord = (words: readonly string[]): boolean => {
  const joined = words.join(' ');
  return WELL_KNOWN_ORGANISATIONS.some((name) => name.includes(' ') && (joined === name || joined.startsWith(`${name} `)));
};
const naiveOpens = (text: string): boolean => WELL_KNOWN_ORGANISATIONS.some((name) => text.startsWith(name) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length)));

describe('opensWithMultiWordName', () => {
  it('finds a name of two words or more, alone or opening longer words', () => {
    expect(opensWithMultiWordName(['France', 'Active'])).toBe(true);
    expect(opensWithMultiWordName(['France', 'Active', 'Valombre'])).toBe(true);
    expect(opensWithMultiWordName(['ESS', 'France', 'Quillac'])).toBe(true);
  });

  it('needs the whole name, on word boundaries, and two words', () => {
    expect(opensWithMultiWordName(['France'])).toBe(false);
    expect(opensWithMultiWordName(['France', 'Activement'])).toBe(false);
    expect(opensWithMultiWordName(['Avise'])).toBe(false); // a one-word name
    expect(opensWithMultiWordName([''])).toBe(false);
  });

  it('answers as a pass over every name would, for every name and its variants', () => {
    for (const name of WELL_KNOWN_ORGANISATIONS) {
      const words = name.split(/\s+/u);
      for (const variant of [words, [...words, 'Brunelac'], words.slice(0, -1), [...words.slice(0, -1), `${words.at(-1) ?? ''}s`], ['Les', ...words]]) {
        expect(opensWithMultiWordName(variant), variant.join(' ')).toBe(naiveMultiWord(variant));
      }
    }
    // The naive pass is quadratic in the gazetteer's size (over 2 000 names since session 38): seconds on a loaded machine.
  }, 30_000);
});

describe('opensWithWellKnownName', () => {
  it('finds a name as written, followed by a non-letter or nothing', () => {
    expect(opensWithWellKnownName('France Active Valombre')).toBe(true);
    expect(opensWithWellKnownName('Avise, et')).toBe(true);
    expect(opensWithWellKnownName('Avise')).toBe(true);
  });

  it('needs the name whole, and from the first character', () => {
    expect(opensWithWellKnownName('Avisel et')).toBe(false);
    expect(opensWithWellKnownName(' Avise')).toBe(false);
    expect(opensWithWellKnownName('')).toBe(false);
  });

  it('answers as a pass over every name would, for every name and its variants', () => {
    for (const name of WELL_KNOWN_ORGANISATIONS) {
      for (const text of [name, `${name} et`, `${name}x`, `${name}-Sud`, name.slice(0, -1), `l'${name}`, name.toLowerCase()]) {
        expect(opensWithWellKnownName(text), text).toBe(naiveOpens(text));
      }
    }
    // Quadratic too, and seven variants a name: nearly 4 000 names since session 43.
  }, 60_000);
});
