/**
 * `Parser.anchor` (core/pipeline.ts): an opted-in pattern is tried only on the lines around its
 * trigger's hits, with exactly the candidates of a whole-page scan. Toy parsers show the windows
 * and the contract; every French parser that opts in is compared with its whole-page scan on the
 * case inputs, one by one and joined into long pages. `Parser.cues` is checked the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchoredMatches, anchorWindows, runParsers } from '../../../extractors/core/pipeline.js';
import { allMatches } from '../../../extractors/core/word-scan.js';
import { coinedNames } from '../../../extractors/fr/organisation/coined-name.js';
import { departmentNumberedNames } from '../../../extractors/fr/organisation/department-numbered.js';
import type { Candidate, Parser, ParserAnchor, ParsingContext } from '../../../extractors/core/types.js';
import { FRENCH_PARSERS } from '../../../extractors/index.js';
import { cueWords } from '../../../extractors/core/cue-words.js';

const context = (text: string): ParsingContext => ({ text, page: 1, source: 'text', document: { documentDate: '2024-06-01' } });

/** A toy parser: `pattern` matches, a match opening on `Gamma` is rejected; counts its `extract` calls. */
function toy(pattern: RegExp, anchor: ParserAnchor | undefined, requires?: RegExp): Parser & { calls: number } {
  return {
    id: 'test.anchor',
    calls: 0,
    pattern: () => pattern,
    ...(requires === undefined ? {} : { requires }),
    ...(anchor === undefined ? {} : { anchor }),
    extract(_context, match): Candidate | null {
      this.calls += 1;
      if (match[0].startsWith('Gamma')) return null;
      return { type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0], confidence: 1, rule: 'test.anchor', inferred: [] };
    },
  };
}

const values = (candidates: readonly Candidate[]): string[] => candidates.map((candidate) => `${candidate.start}:${candidate.value}`);

describe('anchorWindows', () => {
  it('covers the hit lines and `lines` lines before them, and reads `lines` lines after them', () => {
    const text = 'a\nb\nc KEY\nd\ne\nf';
    const [window, ...rest] = anchorWindows(text, /KEY/gu, 1);
    expect(rest).toEqual([]);
    expect(window?.from).toBe(2); // line `b`
    expect(window?.last).toBe(text.indexOf('\nd')); // the end of the `c KEY` line
    expect(window?.subject).toBe('a\nb\nc KEY\nd\n');
  });

  it('merges the windows of hits on neighbouring lines, and keeps far ones apart', () => {
    const text = 'KEY one\ntwo\nKEY three\n\n\n\nfour KEY';
    const windows = anchorWindows(text, /KEY/gu, 1);
    expect(windows.map((window) => [window.from, window.last])).toEqual([
      [0, text.indexOf('\n\n')],
      [text.lastIndexOf('\n'), text.length], // the empty line before `four KEY`
    ]);
    expect(windows[1]?.subject).toBe(text);
  });

  it('covers every line a hit spans', () => {
    const text = 'zero\none AB\nCD two\nthree\nfour';
    const [window] = anchorWindows(text, /AB\nCD/gu, 0);
    expect(window?.from).toBe(text.indexOf('one'));
    expect(window?.last).toBe(text.indexOf('\nthree'));
  });

  it('has no window without a hit', () => {
    expect(anchorWindows('nothing here\nat all', /KEY/gu, 2)).toEqual([]);
  });
});

describe('anchoredMatches', () => {
  /** A capitalised word, then a number on its line or the next: every match holds a digit and starts at most one line before it. */
  const NUMBERED = /\p{Lu}\p{Ll}+(?:[ \t]+|[ \t]*\n[ \t]*)\d+/gu;
  const found = (text: string): string[] => anchoredMatches(NUMBERED, /\d/gu, 1, text).map((match) => `${match.index}:${match[0]}`);
  const whole = (text: string): string[] => allMatches(NUMBERED, text).map((match) => `${match.index}:${match[0]}`);

  it('finds the matches of the whole-page scan, on the digit line and from the line before it', () => {
    for (const text of ['le local Atelier 12 ouvre', 'la salle Kalimba\n42 places', 'Trokal 3 et Kerdavo\n7, puis Lunel 9']) {
      expect(found(text), text).toEqual(whole(text));
      expect(found(text).length, text).toBeGreaterThan(0);
    }
  });

  it('resumes after a match that ends in the next window, as the whole-page scan does', () => {
    const text = `Alpha\n1 Beta\n${'sans chiffre\n'.repeat(4)}Gamma\n2`;
    expect(found(text)).toEqual(whole(text));
    expect(found(text)).toEqual(['0:Alpha\n1', `${text.indexOf('Gamma')}:Gamma\n2`]);
  });

  it('finds nothing on a page without a hit, or whose words are too far from it', () => {
    expect(found('Atelier sans numéro\nni chiffre')).toEqual([]);
    expect(found('Atelier\n\n12 places')).toEqual(whole('Atelier\n\n12 places'));
    expect(found('Atelier\n\n12 places')).toEqual([]);
  });

  it("gives the department-numbered and coined names their whole-page matches (`Trokal 38`, `Kalim'Eco`)", () => {
    const pages = [
      'En Isère, la Passerelle 38, qui accueille des volontaires, recrute.\nSans chiffre ici.\n\n\nPuis, au bout de la rue principale, la Kalimba\n38, au centre.',
      "Le concept de Kalim'Eco.\nLes Ateliers\nVerts\nTrok'Ouest recrute.\n\n\n\nRien ici.",
    ];
    // As the whole-page scan found them: `Passerelle 38`, `Kalimba⏎38` (the number on the next line), and
    // `Trok'Ouest`, whose match opens two lines before its apostrophe (`Les Ateliers⏎Verts⏎`, cut by nameStart).
    expect(departmentNumberedNames(pages[0] ?? '').map((name) => [name.start, name.end])).toEqual([[13, 26], [127, 137]]);
    expect(coinedNames(pages[1] ?? '').map((name) => [name.start, name.end])).toEqual([[44, 54]]);
  });
});

describe('runParsers with an anchor', () => {
  const page = ['Plain words Alpha KEY here', 'no trigger Beta here', 'then Gamma Iota KEY and Delta KEY', 'Epsilon', 'and Zeta KEY'].join('\n');
  const pattern = /\p{Lu}\p{Ll}+[ \t]+(?:\w+[ \t]+)?KEY/gu;

  it('finds what the whole-page scan finds, rejected matches retried one character later', () => {
    const whole = runParsers([toy(pattern, undefined)], context(page));
    const anchored = runParsers([toy(pattern, { lines: 0, trigger: /KEY/u })], context(page));
    expect(values(anchored)).toEqual(values(whole));
    expect(values(anchored)).toEqual([`12:Alpha KEY`, `${page.indexOf('Iota')}:Iota KEY`, `${page.indexOf('Delta')}:Delta KEY`, `${page.indexOf('Zeta')}:Zeta KEY`]);
  });

  it('finds a match reaching across as many line breaks as the anchor says, from its requires', () => {
    const across = /Head\n\w+\nKEY/gu;
    const text = 'intro\nHead\nmiddle\nKEY end\nHead\nlater';
    const found = runParsers([toy(across, { lines: 2 }, /KEY/u)], context(text));
    expect(values(found)).toEqual([`6:Head\nmiddle\nKEY`]);
  });

  it('tries the pattern only in the windows: fewer extract calls than the whole-page scan, same result', () => {
    const text = `${'Omega words\n'.repeat(20)}Theta KEY\n${'Omega words\n'.repeat(20)}`;
    const loose = /\p{Lu}\p{Ll}+[ \t]+\w+/gu;
    const whole = toy(loose, undefined);
    const anchored = toy(/\p{Lu}\p{Ll}+[ \t]+KEY/gu, { lines: 0, trigger: /KEY/u });
    expect(values(runParsers([anchored], context(text)))).toEqual([`${text.indexOf('Theta')}:Theta KEY`]);
    runParsers([whole], context(text));
    expect(anchored.calls).toBe(1);
    expect(whole.calls).toBe(41);
  });

  it('never runs the pattern on a page without a trigger hit', () => {
    const parser = toy(pattern, { lines: 3, trigger: /KEY/u });
    expect(runParsers([parser], context('Alpha words\nBeta words'))).toEqual([]);
    expect(parser.calls).toBe(0);
  });

  it('misses a match holding no trigger hit: the trigger must be in every match', () => {
    const parser = toy(/\p{Lu}\p{Ll}+ KEY/gu, { lines: 0, trigger: /LOCK/u });
    expect(runParsers([parser], context('Alpha KEY\nBeta LOCK'))).toEqual([]);
  });

  it('misses a match crossing more line breaks than the anchor says', () => {
    const across = /Head\n\w+\nKEY/gu;
    const text = 'intro\nHead\nmiddle\nKEY end';
    expect(runParsers([toy(across, { lines: 1, trigger: /KEY/u })], context(text))).toEqual([]);
  });

  it('refuses an anchor with neither a trigger nor a requires', () => {
    expect(() => runParsers([toy(pattern, { lines: 0 })], context(page))).toThrow(/trigger or a requires/u);
  });
});

const casesDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../../fixtures/cases/fr');
const caseInputs = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as { input: string }[]).map((example) => example.input));

describe('French parsers with an anchor give the whole-page candidates', () => {
  const anchored = FRENCH_PARSERS.filter((parser) => parser.anchor !== undefined);
  // Long pages: every case input joined to the next dozen, so windows open and close inside a page.
  const pages = [...caseInputs, ...caseInputs.map((_, index) => caseInputs.slice(index, index + 12).join('\n'))];

  it('is the opt-in of the rare scans', () => {
    expect(anchored.map((parser) => parser.id)).toEqual(
      expect.arrayContaining(['fr.organisation.regional', 'fr.organisation.legal-form-after', 'fr.organisation.firm', 'fr.organisation.apposition', 'fr.figure.labelled', 'fr.organisation.brand', 'fr.organisation.territory-body', 'fr.organisation.network-branch']),
    );
  });

  for (const parser of anchored) {
    it(`${parser.id}: same candidates on every case input and joined page`, () => {
      const { anchor: _anchor, ...rest } = parser;
      const whole: Parser = { ...rest, extract: parser.extract.bind(parser) };
      const found = pages.map((text) => runParsers([parser], context(text)));
      expect(found.flat().length).toBeGreaterThan(0);
      expect(found).toEqual(pages.map((text) => runParsers([whole], context(text))));
    });
  }
});

describe('runParsers with cue words', () => {
  const cues = cueWords(['alpha', 'gamma']);
  const pattern = /(?<![\p{L}])(?:Alpha|Gamma)(?:[ \t]+Alpha)?[ \t]+\p{Lu}\p{Ll}+/gu;
  const text = 'Gamma Alpha Brunelac, xAlpha Quillac; Alpha Alpha Valombre et alphabet Alpha Valombre, Gamma Quillac.';

  it('finds what the whole-page scan finds, a rejected match letting a later start inside it be tried', () => {
    const whole = runParsers([toy(pattern, undefined)], context(text));
    expect(values(whole)).toEqual(['6:Alpha Brunelac', '38:Alpha Alpha Valombre', '71:Alpha Valombre']);
    expect(values(runParsers([{ ...toy(pattern, undefined), cues }], context(text)))).toEqual(values(whole));
  });

  it('examines the same matches as the whole-page scan (rejected ones included)', () => {
    const plain = toy(pattern, undefined);
    const cued = { ...toy(pattern, undefined), cues };
    runParsers([plain], context(text));
    runParsers([cued], context(text));
    expect(cued.calls).toBe(plain.calls);
  });

  it('misses a match opening on a word the cue list lacks: the list must hold every opening word', () => {
    const found = runParsers([{ ...toy(pattern, undefined), cues: cueWords(['gamma']) }], context('Alpha Brunelac et Gamma Quillac'));
    expect(values(found)).toEqual([]); // the Gamma match is rejected by the toy, the Alpha one never tried
  });

  it('is overridden by an anchor', () => {
    const found = runParsers([{ ...toy(pattern, { lines: 0, trigger: /Alpha/gu }), cues: cueWords(['gamma']) }], context('Alpha Brunelac'));
    expect(values(found)).toEqual(['0:Alpha Brunelac']);
  });
});

describe('French parsers with cue words give the whole-page candidates', () => {
  const cued = FRENCH_PARSERS.filter((parser) => parser.cues !== undefined && parser.anchor === undefined);
  // Every case input alone, then joined a dozen at a time into long pages (these parsers run on
  // every page, so overlapping joins as above would make the test slow).
  const joined = caseInputs.filter((_, index) => index % 12 === 0).map((_, chunk) => caseInputs.slice(chunk * 12, chunk * 12 + 12).join('\n'));
  const pages = [...caseInputs, ...joined];

  it('is the opt-in of the scans opening on a word list', () => {
    expect(cued.map((parser) => parser.id)).toEqual(
      expect.arrayContaining(['fr.organisation.named', 'fr.organisation.cued', 'fr.organisation.public-body', 'fr.date.month-year', 'fr.date.month-bare']),
    );
  });

  for (const parser of cued) {
    it(`${parser.id}: same candidates on every case input and joined page`, () => {
      const { cues: _cues, ...rest } = parser;
      const whole: Parser = { ...rest, extract: parser.extract.bind(parser) };
      const found = pages.map((text) => runParsers([parser], context(text)));
      expect(found.flat().length).toBeGreaterThan(0);
      expect(found).toEqual(pages.map((text) => runParsers([whole], context(text))));
    }, 30_000); // a few seconds on a loaded machine: every case input is run twice
  }
});

describe('runParsers resume point', () => {
  /** A toy parser whose match reads two capitalised words but takes only the first (a name read back to its line). */
  const firstWordOnly: Parser = {
    id: 'test.resume',
    pattern: () => /\p{Lu}\p{Ll}+(?:\n\p{Lu}\p{Ll}+)?/gu,
    extract(_context, match): Candidate {
      const word = match[0].split('\n')[0] ?? '';
      return { type: 'person', start: match.index, end: match.index + word.length, value: word, confidence: 1, rule: 'test.resume', inferred: [] };
    },
  };
  const cued: Parser = { ...firstWordOnly, cues: cueWords(['brunelac', 'quillac', 'valombre']) };

  it('goes on from the end of what the parser took, so the part of the match it left is read again', () => {
    expect(values(runParsers([firstWordOnly], context('Brunelac\nQuillac\nValombre')))).toEqual(['0:Brunelac', '9:Quillac', '17:Valombre']);
    expect(values(runParsers([cued], context('Brunelac\nQuillac\nValombre')))).toEqual(['0:Brunelac', '9:Quillac', '17:Valombre']);
  });

  it('goes on from the match end when the parser took it whole (no match read twice)', () => {
    expect(values(runParsers([toy(/\p{Lu}\p{Ll}+(?:\n\p{Lu}\p{Ll}+)?/gu, undefined)], context('Brunelac\nQuillac\nValombre')))).toEqual(['0:Brunelac\nQuillac', '17:Valombre']);
  });
});
