import { describe, expect, it } from 'vitest';
import { cueMatches, cueStarts, cueWords } from '../../../extractors/core/cue-words.js';

/** What `matchAll` finds, as comparable plain data (index, text, groups, group indices). */
function plain(matches: Iterable<RegExpExecArray | RegExpMatchArray>): unknown[] {
  return [...matches].map((match) => ({ index: match.index, text: match[0], groups: { ...match.groups }, indices: match.indices?.groups === undefined ? null : { ...match.indices.groups } }));
}

/** Invented texts: word starts, in-word look-alikes, glued words, other cases, accents, line breaks, astral letters. */
const TEXTS = [
  'Avec la Coopérative Brunelac, AVEC le Réseau Quillac et chez Valombre ; navec avecx 𝒜avec avec\nl’Atelier.',
  'rejointe par Les Jardins Valombre, REJOINTS PAR le Pôle Brunelac, auprès de la Maison Quillac, auprèsde X.',
  "leréseau Brunelac, le réseau Quillac, l'association Valombre, L’ASSOCIATION Quillac, laassociation, ſavec Kchez",
  '',
  'avec',
  'x avec avec avec Avec',
];

describe('cueStarts', () => {
  const cues = cueWords(['avec', 'chez', 'auprès de']);
  it('finds the word starts whose word begins with a cue word, in any case', () => {
    expect(cueStarts('Avec X, chez Y, AUPRÈS de Z', cues)).toEqual([0, 8, 16]);
    expect(cueStarts('avecs et chezmoi', cues)).toEqual([0, 9]); // a cue word is a prefix of the page's word
    expect(cueStarts('ſavec', cues)).toEqual([]); // the long s is a letter: no word starts at `a`
  });

  it('finds nothing inside a word or where no cue word opens it', () => {
    expect(cueStarts('navec, xchez, 𝒜avec', cues)).toEqual([]);
    expect(cueStarts('ave, che, auprs', cues)).toEqual([]);
  });

  it('keeps each list apart, and lists registered later are found too', () => {
    const other = cueWords(["l'", 'la']);
    expect(cueStarts("l'avec la chez", other)).toEqual([0, 7]);
    expect(cueStarts("l'avec la chez", cues)).toEqual([2, 10]);
  });

  it('gives each page its own starts when pages are read in turn', () => {
    const pages = ['avec Brunelac', 'Valombre chez Quillac', 'x avec'];
    const first = pages.map((page) => [...cueStarts(page, cues)]);
    expect(first).toEqual([[0], [9], [2]]);
    expect(pages.map((page) => [...cueStarts(page, cues)])).toEqual(first);
    const later = cueWords(['valombre']); // a list registered after the pages were read
    expect(pages.map((page) => [...cueStarts(page, later)])).toEqual([[], [0], []]);
  });

  it('refuses a cue word that opens on no letter', () => {
    expect(() => cueWords(['« X'])).toThrow(/no letter/u);
    expect(() => cueWords(['2024'])).toThrow(/no letter/u);
  });
});

describe('cueMatches', () => {
  const cases: { pattern: RegExp; words: string[] }[] = [
    { pattern: /(?<![\p{L}])(?:avec|chez|auprès[ \t\n]+de|rejointe?s?[ \t\n]+par)[ \t\n]+(?<name>\p{Lu}[\p{L}]*)/dgu, words: ['avec', 'chez', 'auprès', 'rejoint'] },
    { pattern: /(?<![\p{L}])(?:avec|chez|auprès[ \t\n]+de|rejointe?s?[ \t\n]+par)[ \t\n]+(?<name>\p{L}+)/dgiu, words: ['avec', 'chez', 'auprès', 'rejoint'] },
    { pattern: /(?<![\p{L}\p{N}])(?:le|la|l['’])[ \t\n]*(?:réseau|association)/giu, words: ['le', 'la', "l'"] },
    { pattern: /(?<![\p{L}])(?:avec)(?:[ \t]+avec)?/gu, words: ['avec'] }, // overlapping candidates: the first wins
    { pattern: /(?<![\p{L}])avec(?![\p{L}])|(?<![\p{L}])(?=chez)/gu, words: ['avec', 'chez'] }, // an empty match
  ];
  for (const [n, { pattern, words }] of cases.entries()) {
    it(`finds exactly what matchAll finds (pattern ${n + 1})`, () => {
      const cues = cueWords(words);
      for (const text of TEXTS) expect(plain(cueMatches(pattern, cues, text))).toEqual(plain(text.matchAll(pattern)));
    });
  }

  it('finds nothing where the cue list misses the words the pattern opens on (the caller must list them all)', () => {
    const pattern = /(?<![\p{L}])(?:avec|chez)/gu;
    expect(cueMatches(pattern, cueWords(['avec']), 'chez avec chez')).toHaveLength(1);
    expect([...'chez avec chez'.matchAll(pattern)]).toHaveLength(3);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => cueMatches(/avec/u, cueWords(['avec']), 'avec')).toThrow(TypeError);
  });
});
