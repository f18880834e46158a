import { describe, expect, it } from 'vitest';
import { allMatches, letterRuns, startsHere, wordMatches, wordScan } from '../../../extractors/core/word-scan.js';

/** What `matchAll` finds, as comparable plain data (index, text, groups, group indices). */
function plain(matches: Iterable<RegExpExecArray | RegExpMatchArray>): unknown[] {
  return [...matches].map((match) => ({ index: match.index, text: match[0], groups: { ...match.groups }, indices: match.indices?.groups === undefined ? null : { ...match.indices.groups } }));
}

/** Invented text: word starts, in-word look-alikes, accents, a line break and an astral character. */
const TEXT = 'Les lesTes ÉLes les\nmars Xmars émars 2024 ; l’Atelier Dumoulin, la coopérative Verbelune et 𝒜les 😀 lo, halo.';

describe('wordScan', () => {
  it('splits the leading look-behinds of a pattern opening on initials, and keeps the pattern whole otherwise', () => {
    expect(wordScan(/(?=[Ll])(?<![\p{L}\p{N}])les/gu).behind?.source).toBe(String.raw`(?<![\p{L}\p{N}])`);
    expect(wordScan(/(?<![\p{L}])les/gu).behind).toBeNull(); // no initials look-ahead
    expect(wordScan(/(?=[Ll])(?<![\p{L}])les|lo/gu).behind).toBeNull(); // a top-level alternative
  });

  it('tests the split-off look-behinds at a start only', () => {
    const scan = wordScan(/(?=[Ll])(?<![\p{L}])les/gu);
    expect(startsHere(scan, 'xles', 1)).toBe(false);
    expect(startsHere(scan, ' les', 1)).toBe(true);
    expect(startsHere(wordScan(/les/gu), 'xles', 1)).toBe(true); // nothing split: always
  });
});

describe('wordMatches', () => {
  const patterns: RegExp[] = [
    /(?=[Ll])(?<![\p{L}\p{N}])(?<word>les)(?![\p{L}])/gu, // split, Unicode boundary before
    /(?=[LlMm])(?<![\p{L}])(?<![@])(?:les|mars)/giu, // two look-behinds, any case
    /(?=[DdLl])(?<![\p{L}])(?:la|l['’])[ \t]*(?<name>\p{Lu}[\p{Ll}]+)/dgu, // group indices
    /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu, // not split (no initials): the capital look-ahead is added
    /(?=[Ll])(?<![\p{L}])les|lo/gu, // top-level alternative: left whole
    /(?:)/gu, // empty matches: the scan steps over a surrogate pair as matchAll does
    /\b|x/g, // empty matches without the u flag
  ];

  for (const pattern of patterns) {
    it(`finds what matchAll finds for ${pattern.source}`, () => {
      const found = wordMatches(wordScan(pattern), TEXT);
      expect(plain(found)).toEqual(plain(TEXT.matchAll(pattern)));
    });
  }

  it('drops starts inside words and keeps word starts', () => {
    const found = wordMatches(wordScan(/(?=[Mm])(?<![\p{L}\p{N}])mars/gu), TEXT).map((match) => match.index);
    expect(found).toEqual([TEXT.indexOf('\nmars') + 1]); // not `Xmars`, not `émars`
  });

  it('finds nothing in a text without the words', () => {
    expect(wordMatches(wordScan(/(?=[Mm])(?<![\p{L}])mars/gu), 'avril et juin')).toEqual([]);
    expect(wordMatches(wordScan(/(?=[Mm])(?<![\p{L}])mars/gu), 'remarsé')).toEqual([]);
  });

  it('can be run again on another text, and inside a loop over its own matches', () => {
    const scan = wordScan(/(?=[Ll])(?<![\p{L}])les/gu);
    const outer = wordMatches(scan, 'les a les');
    const inner = outer.map(() => wordMatches(scan, 'les').length);
    expect(outer.map((match) => match.index)).toEqual([0, 6]);
    expect(inner).toEqual([1, 1]);
  });
});

describe('allMatches', () => {
  const patterns: RegExp[] = [/(?<![\p{L}])l[ea]s?(?![\p{L}])/gu, /(?<word>\p{Lu}\p{Ll}+)/dgu, /(?:)/gu, /(?:)/g, /\b/g, /x*/gu];
  for (const pattern of patterns) {
    it(`finds what matchAll finds for ${pattern.source}`, () => {
      pattern.lastIndex = 5; // left over from an earlier use: the scan starts at the text's start all the same
      const found = allMatches(pattern, TEXT);
      expect(plain(found)).toEqual(plain(TEXT.matchAll(new RegExp(pattern.source, pattern.flags))));
    });
  }
  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/les/u, TEXT)).toThrow(TypeError);
  });
});

describe('letterRuns', () => {
  /** Invented text: short and long runs, accents, apostrophes and hyphens, digits inside words, astral letters and a lone surrogate. */
  const RUNS = `Trokal l’Atelier-Vertbois a2bcd éàü ÉCOLE\n${'\u{1D49C}'}bcd 𝒜 ab${'\uD800'}cdef${'\uDC00'}ghij œuvre ß 😀abcd fin`;

  it('gives the runs, indices and input of the letter-run pattern', () => {
    for (let shortest = 1; shortest <= 5; shortest += 1) {
      const pattern = new RegExp(`\\p{L}{${shortest},}`, 'gu');
      const runs = letterRuns(RUNS, shortest);
      expect(runs.map((run) => [run.index, run[0]])).toEqual(allMatches(pattern, RUNS).map((match) => [match.index, match[0]]));
      for (const run of runs) expect(run.input).toBe(RUNS);
    }
  });

  it('finds nothing in a text without letters', () => {
    expect(letterRuns('', 1)).toEqual([]);
    expect(letterRuns('12 — 34 ; 😀', 1)).toEqual([]);
  });
});
