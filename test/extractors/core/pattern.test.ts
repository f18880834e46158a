import { describe, expect, it } from 'vitest';
import { alternation, anyCaseAlternation, PrefilteredRegExp, phraseAlternation, bounded, endsWithWord, CAPITAL_AHEAD, compile, escapeRegExp, fold, initialsAhead, leadingLookBehinds, literalFirst, prefixGroups, withAsciiLookBehinds, withCapitalFirst, CAPITAL_OR_ABOVE_AHEAD } from '../../../extractors/core/pattern.js';
import { runParsers } from '../../../extractors/core/pipeline.js';
import type { Parser } from '../../../extractors/core/types.js';
import { FRENCH_PARSERS } from '../../../extractors/fr/index.js';

describe('escapeRegExp', () => {
  it('escapes every syntax character so the text matches literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
  });
  it('leaves hyphens alone, which the u flag would reject escaped', () => {
    expect(() => compile(escapeRegExp('dix-sept'))).not.toThrow();
  });
});

describe('alternation', () => {
  it('puts longer words first so `juillet` wins over `juil`', () => {
    const match = compile(`^${alternation(['juil', 'juillet'])}`).exec('juillet');
    expect(match?.[0]).toBe('juillet');
  });
  it('escapes dots in abbreviations', () => {
    const pattern = compile(`^${alternation(['sept.'])}$`);
    expect(pattern.test('sept.')).toBe(true);
    expect(compile(`^${alternation(['sept.'])}$`).test('septX')).toBe(false);
  });
  it('is deterministic and drops duplicates', () => {
    expect(alternation(['b', 'a', 'b', 'cc'])).toBe('(?:cc|a|b)');
  });
});

describe('phraseAlternation', () => {
  const pattern = compile(`^${phraseAlternation(["tous les ans", "d'habitude"])}$`, 'u');
  it('reads a space of an entry as spaces and line breaks', () => {
    expect(pattern.test('tous  les\n\nans')).toBe(true);
    expect(pattern.test('tous lesans')).toBe(false);
  });
  it('reads a straight apostrophe as either apostrophe', () => {
    expect(pattern.test("d'habitude")).toBe(true);
    expect(pattern.test('d’habitude')).toBe(true);
    expect(pattern.test('d habitude')).toBe(false);
  });
});

describe('bounded', () => {
  it('treats accented letters as word characters', () => {
    expect(compile(bounded('mai')).test('maï')).toBe(false);
    expect(compile(bounded('mai')).test('en mai.')).toBe(true);
    expect(compile(bounded('été')).test('l’été')).toBe(true);
    expect(compile(bounded('mai')).test('émai')).toBe(false);
  });
});

describe('literalFirst', () => {
  const spans = (pattern: string, text: string): string[] => [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => `${m.index}:${m[0]}`);
  it('matches where the look-behind then the literal match, with the same spans', () => {
    const text = 'Rivet, xRivet Rivet-Rivet 2Rivet (Rivet) Rivets';
    const behind = '(?<![\\p{L}\\p{N}])';
    expect(spans(literalFirst('Rivet', behind), text)).toEqual(spans(`${behind}Rivet`, text));
    expect(spans(literalFirst('Rivet', behind), text)).toEqual(['0:Rivet', '14:Rivet', '20:Rivet', '34:Rivet', '41:Rivet']);
  });
  it('takes a consuming part before the literal into the look-behind, outside the span', () => {
    const text = 'Anne Rivet, anne  Rivet, Anne-Rivet';
    expect(spans(literalFirst('Rivet', '(?<=Anne[ ]+)'), text)).toEqual(['5:Rivet']);
    expect(spans(literalFirst('Rivet', '(?<![\\p{L}])\\p{Lu}\\p{Ll}+[ ]+'), text)).toEqual(['5:Rivet']);
  });
});

describe('prefixGroups', () => {
  it('lets one piece appear twice in a regex', () => {
    const day = '(?<day>\\d+)';
    const pattern = compile(`${prefixGroups(day, 'from')}-${prefixGroups(day, 'to')}`, 'u');
    const match = pattern.exec('3-5');
    expect(match?.groups).toEqual({ from_day: '3', to_day: '5' });
  });
});

describe('CAPITAL_AHEAD', () => {
  const starts = (text: string): string[] => [...text.matchAll(compile(`${CAPITAL_AHEAD}\\p{Lu}\\p{Ll}+`))].map((match) => match[0]);
  it('lets a match start at Latin capitals, accented or not', () => {
    expect(starts('avec Élodie, Ørsted et Łukasz à Noé')).toEqual(['Élodie', 'Ørsted', 'Łukasz', 'Noé']);
  });
  it('starts no match at a lower-case letter or outside the Latin script', () => {
    expect(starts('une réunion à Αθήνα')).toEqual([]);
  });
});

describe('initialsAhead', () => {
  it('accepts the first letter of every word in both cases', () => {
    const pattern = compile(`${initialsAhead(['président', 'élu'])}\\p{L}+`);
    expect([...'Président, élu, Élu'.matchAll(pattern)].map((match) => match[0])).toEqual(['Président', 'élu', 'Élu']);
  });
  it('rejects other first letters and escapes class syntax', () => {
    expect(compile(`^${initialsAhead(['président'])}`).test('trésorier')).toBe(false);
    expect(compile(`^${initialsAhead(['-x', ']y', '^z'])}.`).test(']')).toBe(true);
  });
});

describe('withAsciiLookBehinds', () => {
  it('puts an ASCII test before each look-behind on a class holding every letter', () => {
    expect(withAsciiLookBehinds(String.raw`(?<![\p{L}\p{N}'-])\p{Lu}x(?<![\p{Ll}])y`)).toBe(String.raw`(?<![a-z])(?<![\p{L}\p{N}'-])\p{Lu}x(?<![a-z])(?<![\p{Ll}])y`);
    expect(withAsciiLookBehinds(String.raw`(?=[A-Z])(?<![\p{L}])Z`)).toBe(String.raw`(?=[A-Z])(?<![a-z])(?<![\p{L}])Z`);
    expect(withAsciiLookBehinds(String.raw`a|(?<![\p{N}\p{L}@])b`)).toBe(String.raw`a|(?<![a-z])(?<![\p{N}\p{L}@])b`);
  });

  it('leaves classes that may hold a lower-case letter out, and text that only looks like a look-behind', () => {
    for (const source of [
      String.raw`(?<![\p{Lu}])x`, // capitals only: a lower-case letter before passes
      String.raw`(?<![^\p{L}])x`, // negated class
      String.raw`(?<![\p{L}]a)x`, // more than one class in the look-behind
      String.raw`\(?<![\p{L}])`, // an escaped parenthesis
      String.raw`[(?<![\p{L}\]])]`, // inside a character class
      String.raw`(?<=[\p{L}])x`, // a positive look-behind
    ]) {
      expect(withAsciiLookBehinds(source)).toBe(source);
    }
  });

  it('changes no match of any parser pattern', () => {
    const texts = ['Le 12 mars 2024, la coopérative Rosa Lumière et 26 réunions à Lille', "l'ESS, eBay et l'Atelier 42 (Occitanie)", 'aa Bb Cc dD 3 4 | 5'];
    for (const parser of FRENCH_PARSERS) {
      const own = parser.pattern({ text: '', page: 1, source: 'text', document: {} });
      const fast = new RegExp(withAsciiLookBehinds(own.source), own.flags);
      for (const text of texts) expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(own)].map((m) => [m.index, m[0]]));
    }
  });
});

describe('leadingLookBehinds', () => {
  it('splits the look-behinds that follow an initials look-ahead off the pattern', () => {
    expect(leadingLookBehinds(String.raw`(?=[JMjm])(?<![\p{L}\p{N}])(?<![@])(?:juin|mars)\d`)).toEqual({
      pattern: String.raw`(?=[JMjm])(?<![a-zA-Z])(?:juin|mars)\d`, // the letters' ASCII test kept in the scan
      behind: String.raw`(?<![\p{L}\p{N}])(?<![@])`,
    });
    expect(leadingLookBehinds(String.raw`(?=[Ll\d])(?<![\p{L}])les`)?.pattern).toBe(String.raw`(?=[Ll\d])(?<![a-zA-Z])les`);
    expect(leadingLookBehinds(String.raw`(?=[Ll\d])(?<![\p{N}/])les`)?.pattern).toBe(String.raw`(?=[Ll\d])les`); // no letter class: nothing kept
  });

  it('leaves whole a pattern with a top-level alternative, whose look-behinds bind its first alternative only', () => {
    const source = String.raw`(?=[Ll])(?<![\p{L}])les|lo`;
    expect(leadingLookBehinds(source)).toBeNull();
    expect(leadingLookBehinds(String.raw`(?=[Ll])(?<![\p{L}])(?:les|lo)`)).not.toBeNull();
  });

  it('leaves whole a pattern opening on a capital range, on no look-ahead, or on another look-behind', () => {
    for (const source of [
      String.raw`${CAPITAL_AHEAD}(?<![\p{L}])\p{Lu}\p{Ll}+`, // a range: the look-behind is the cheap part
      String.raw`(?<![\p{L}])(?:juin|mars)`, // no look-ahead
      String.raw`(?=[jm])(?<![^\p{L}])juin`, // a negated class
      String.raw`(?=[jm])(?<=[\p{L}])juin`, // a positive look-behind
      String.raw`(?=[jm])juin`, // nothing to split
    ]) {
      expect(leadingLookBehinds(source)).toBeNull();
    }
  });

  it('finds with the pipeline exactly the matches of the whole pattern, in-word starts dropped', () => {
    const whole = String.raw`(?=[DMdm])(?<![\p{L}\p{N}])(?:mars|mai|de)(?:[ \t]+\d+)?`;
    const parser: Parser = {
      id: 'test.split',
      pattern: () => new RegExp(whole, 'giu'),
      extract: (_context, match) => ({ type: 'date', start: match.index, end: match.index + match[0].length, value: match[0], confidence: 1, rule: 'test.split', inferred: [] }),
    };
    const text = 'Demars mai 3, Émai de 12 1mars MAI, ômars de';
    const found = runParsers([parser], { text, page: 1, source: 'text', document: {} }).map((c) => [c.start, c.value]);
    expect(found).toEqual([...text.matchAll(new RegExp(whole, 'giu'))].map((m) => [m.index, m[0]]));
    expect(found).toEqual([[0, 'De'], [7, 'mai 3'], [19, 'de 12'], [31, 'MAI'], [42, 'de']]);
  });
});

describe('withCapitalFirst', () => {
  it('puts the capital look-ahead first when every match opens on \\p{Lu}', () => {
    for (const source of [
      String.raw`\p{Lu}\p{Ll}+`,
      String.raw`(?<![a-z])(?<![\p{L}\p{N}'’-])(?<name>\p{Lu}[\p{L}'’-]*\p{L})[ \t]+SA`,
      String.raw`(?![a-z\d\s])(?<![\p{L}(])(?<acronym>\p{Lu}[\p{Lu}\d]{1,9})`,
    ]) {
      expect(withCapitalFirst(source, 'gu')).toBe(`${CAPITAL_OR_ABOVE_AHEAD}${source}`);
    }
  });

  it('leaves a pattern whose matches may open otherwise, a case-insensitive one and one with its own look-ahead', () => {
    for (const source of [
      String.raw`(?<![\p{L}])(?<name>\p{Lu}\p{Ll}+|\d+)`, // the group's other alternative opens on a digit
      String.raw`(?<![\p{L}])@?\p{Lu}\p{Ll}+`, // an optional `@` first
      String.raw`(?:Les[ \t]+)?\p{Lu}\p{Ll}+`, // an optional article first
      String.raw`\p{Lu}+|\d+`, // an alternative at the top
      String.raw`${CAPITAL_AHEAD}(?<![\p{L}])\p{Lu}\p{Ll}+`, // its own look-ahead
      String.raw`\p{Ll}+\p{Lu}`,
    ]) {
      expect(withCapitalFirst(source, 'gu')).toBe(source);
    }
    expect(withCapitalFirst(String.raw`\p{Lu}\p{Ll}+`, 'giu')).toBe(String.raw`\p{Lu}\p{Ll}+`); // `i`: \p{Lu} matches lower case too
  });

  it('admits every capital letter: the look-ahead holds each character \\p{Lu} matches', () => {
    const ahead = new RegExp(`^${CAPITAL_OR_ABOVE_AHEAD}`, 'u');
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (/\p{Lu}/u.test(char)) expect(ahead.test(char)).toBe(true);
    }
    expect(ahead.test('\u{1D400}')).toBe(true); // a capital outside the BMP
  });

  it('finds with the pipeline exactly the matches of the pattern as written', () => {
    const whole = String.raw`(?<![\p{L}\p{N}'’-])(?<name>\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:[ \t]+\p{Lu}[\p{Ll}'’-]*\p{Ll}){0,2})[ \t]+(?:SARL|SAS)`;
    const parser: Parser = {
      id: 'test.capital',
      pattern: () => new RegExp(whole, 'gu'),
      extract: (_context, match) => ({ type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0], confidence: 1, rule: 'test.capital', inferred: [] }),
    };
    const text = 'la société Boulangerie Ézéchiel SARL et Ωmega Sud SAS, puis xBois Vert SAS';
    const found = runParsers([parser], { text, page: 1, source: 'text', document: {} }).map((c) => [c.start, c.value]);
    expect(found).toEqual([...text.matchAll(new RegExp(whole, 'gu'))].map((m) => [m.index, m[0]]));
    expect(found.map(([, value]) => value)).toEqual(['Boulangerie Ézéchiel SARL', 'Ωmega Sud SAS', 'Vert SAS']); // `xBois` opens inside a word
  });
});

describe('anyCaseAlternation', () => {
  const words = ['président', 'présidente', 'président délégué', 'vice-président', 'trésorier', 'trésorière', 'directeur', 'directrice générale', 'dg'];
  const flat = words
    .slice()
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => [...word].map((char) => (char === ' ' ? '[ \\t]+' : char.toUpperCase() !== char ? `[${char}${char.toUpperCase()}]` : escapeRegExp(char))).join(''))
    .join('|');

  it('matches every word in any letter case, a space as any run of blanks, the longer word first', () => {
    const pattern = new RegExp(`^${anyCaseAlternation(words)}`, 'u');
    expect(pattern.exec('PRÉSIDENTE du club')?.[0]).toBe('PRÉSIDENTE');
    expect(pattern.exec('Président \t délégué')?.[0]).toBe('Président \t délégué');
    expect(pattern.exec('Vice-Président')?.[0]).toBe('Vice-Président');
    expect(pattern.exec('trésorières')?.[0]).toBe('trésorière');
    expect(pattern.test('tresorier')).toBe(false);
  });

  it('finds the matches the flat list of two-case words finds, with a boundary after', () => {
    const text = 'La PRÉSIDENTE, le président délégué et la Directrice Générale; DG, vice-présidente, trésorier-adjoint, Trésorière x présidentes.';
    const tree = new RegExp(`(?<![\\p{L}])(?<word>${anyCaseAlternation(words)})(?![\\p{L}])`, 'gu');
    const list = new RegExp(`(?<![\\p{L}])(?<word>${flat})(?![\\p{L}])`, 'gu');
    const found = [...text.matchAll(tree)].map((m) => [m.index, m[0]]);
    expect(found).toEqual([...text.matchAll(list)].map((m) => [m.index, m[0]]));
    expect(found.map(([, word]) => word)).toEqual(['PRÉSIDENTE', 'président délégué', 'Directrice Générale', 'DG', 'présidente', 'trésorier', 'Trésorière']); // after `vice-`, a hyphen
  });
});

describe('fold', () => {
  it('folds accents and case like NFKD without marks, character table or not', () => {
    const reference = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const word of ['Hénin-Beaumont', 'Œuvre', 'ﬁn', 'e\u0301te\u0301', 'ΟΔΟΣ', 'Straße', '𝐀telier', '½', 'İstanbul', 'Île-de-France']) {
      expect(fold(word)).toBe(reference(word));
      expect(fold(word)).toBe(reference(word)); // second time from the table
    }
    expect(fold('Hénin')).toBe('henin');
    expect(fold('PÔLE')).toBe('pole');
  });
});

describe('endsWithWord', () => {
  const before = endsWithWord(['page', 'action'], '\\s*');
  it('matches a listed word, whole, at the end of the text, in any case', () => {
    expect(before.test('voir la page ')).toBe(true);
    expect(before.test('(Action')).toBe(true);
    expect(before.test('PAGE\n')).toBe(true);
  });
  it('does not match the end of a longer word, after an ASCII or an accented letter or a digit', () => {
    expect(before.test('reconversion réaction')).toBe(false);
    expect(before.test('la réaction')).toBe(false);
    expect(before.test('éaction')).toBe(false);
    expect(before.test('3page')).toBe(false);
    expect(before.test('page 3')).toBe(false);
  });
  it('gives the answers of the plain Unicode boundary', () => {
    const plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:action|page)\\s*$`, 'iu');
    for (const text of ['page', 'xpage', 'ſpage', 'Kpage', 'ÉPAGE', '_page', '-action ', 'transaction']) expect(before.test(text)).toBe(plain.test(text));
  });
});

describe('PrefilteredRegExp: a pattern asked only where its necessary part matches', () => {
  const words = ['reportée', 'repoussé', 'page', 'action', 'Château', 'club house'];
  const trailing = "[ \\t]+(?:(?:au|à|le)[ \\t]+)?";
  const prefiltered = endsWithWord(words, trailing);
  // The same pattern without the prefilter: what endsWithWord built before it had one.
  const plain = new RegExp(withAsciiLookBehinds(`(?<![\\p{L}\\p{N}])${alternation(words)}${trailing}$`), 'iu');

  it('endsWithWord gives the plain pattern\'s answers (test, exec, replace) on 20,000 random texts', () => {
    expect(prefiltered).toBeInstanceOf(PrefilteredRegExp);
    const pieces = ['reportée', 'REPOUSSÉ', 'page', 'réaction', 'château', 'club house', ' ', '\t', '\n', 'au ', 'le ', 'x', 'é', '3', "'", 'à '];
    let seed = 47;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let matched = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const text = Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const expected = plain.exec(text);
      expect(prefiltered.test(text), JSON.stringify(text)).toBe(expected !== null);
      expect(prefiltered.exec(text)?.[0], JSON.stringify(text)).toBe(expected?.[0]);
      expect(text.replace(prefiltered, '#')).toBe(text.replace(plain, '#'));
      if (expected !== null) matched += 1;
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('never runs the pattern where the necessary part finds nothing, and refuses global patterns', () => {
    // A pattern that would match, behind a necessary part that cannot: the prefilter answers alone.
    expect(new PrefilteredRegExp('a', 'u', /b/u).test('a')).toBe(false);
    expect(new PrefilteredRegExp('a', 'u', /a/u).test('a')).toBe(true);
    expect(() => new PrefilteredRegExp('a', 'gu', /a/u)).toThrow();
    // Copies made by split are plain patterns.
    expect('a1b'.split(new PrefilteredRegExp('\\d', 'u', /\d/u))).toEqual(['a', 'b']);
  });
});
