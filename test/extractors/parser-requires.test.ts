/**
 * `Parser.requires` is a page-level shortcut: when the page fails it, the parser's pattern is not
 * run. It must never hide a match: every text on which the pattern matches must pass it. Checked
 * on every case input of fixtures/cases/fr (and its lines), plus texts written to reach the rarer
 * shapes of each parser that declares one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runParsers } from '../../extractors/core/pipeline.js';
import type { Parser, ParsingContext } from '../../extractors/core/types.js';
import { FRENCH_PARSERS } from '../../extractors/index.js';

const casesDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/cases/fr');
const caseInputs = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as { input: string }[]).map((example) => example.input));

/** Shapes that reach the parsers with a `requires` (tables, labelled figures, relative dates). */
const WRITTEN = [
  'Bénévoles :  45',
  '• Emplois créés : 12 → 18',
  'Structures | 2022 | 2023 | 2024\nAdhérents | 40 | 52 | 61',
  'Salariés en insertion   34   41',
  'Chiffres\tclés\t12\t15',
  'Indicateurs 2021 2022 2023\nAdhérents 12 15 19',
  'les 3, 4 et 5 juin 2024',
  'les 1er,2 et 3 mars',
  "l'an dernier, le mois prochain, l'année précédente",
  'lundi dernier et mars prochain',
  'contact@exemple.fr',
];

const context = (text: string): ParsingContext => ({ text, page: 1, source: 'text', document: { documentDate: '2024-06-01' } });

/** Whether the parser's own pattern matches anywhere in `text`. */
function patternMatches(parser: Parser, text: string): boolean {
  const pattern = parser.pattern(context(text));
  const probe = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return probe.test(text);
}

describe('Parser.requires never hides a match', () => {
  const texts = [...caseInputs, ...caseInputs.flatMap((input) => input.split('\n')), ...WRITTEN];
  const withRequires = FRENCH_PARSERS.filter((parser) => parser.requires !== undefined);

  it('is declared by the parsers that anchor on a rare character or word', () => {
    expect(withRequires.map((parser) => parser.id)).toEqual(
      expect.arrayContaining(['fr.figure.labelled', 'fr.figure.table-row', 'fr.figure.joined-table', 'fr.figure.spaced-row', 'fr.date.month-relative']),
    );
  });

  for (const parser of withRequires) {
    it(`${parser.id}: every text its pattern matches passes its requires`, () => {
      const matched = texts.filter((text) => patternMatches(parser, text));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((text) => parser.requires?.test(text) !== true)).toEqual([]);
    });
  }

  it('skips the pattern of a parser whose requires fails, and runs it otherwise', () => {
    let runs = 0;
    const parser: Parser = {
      id: 'test.requires',
      requires: /@/u,
      pattern: () => /x/gu,
      extract(_context, match) {
        runs += 1;
        return { type: 'email', start: match.index, end: match.index + 1, value: 'x', confidence: 1, rule: 'test.requires', inferred: [] };
      },
    };
    expect(runParsers([parser], context('x x x'))).toEqual([]);
    expect(runs).toBe(0);
    expect(runParsers([parser], context('x @ x'))).toHaveLength(2);
  });
});

describe('fr.organisation.brand requires, read from the capital', () => {
  const brand = FRENCH_PARSERS.find((parser) => parser.id === 'fr.organisation.brand');
  const reference = /\p{Ll}\p{Lu}/u;
  const agrees = (text: string): boolean => brand?.requires?.test(text) === reference.test(text);

  it('answers as a lower-case letter then a capital for every character before a capital and after a lower-case letter', () => {
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [`x${char}`, `${char}Q`, ` ${char} `]) if (!agrees(text)) disagreeing.push(text);
    }
    expect(disagreeing).toEqual([]);
  });

  it('passes pages with a capital inside a word, in any script', () => {
    for (const text of ['le projet coHose démarre', 'une fabrique rESSources', 'ΑθήναΠόλη', 'москваМосква', 'x𝐀']) expect(brand?.requires?.test(text)).toBe(reference.test(text));
    expect(brand?.requires?.test('le projet coHose démarre')).toBe(true);
  });

  it('skips pages whose capitals all open words', () => {
    expect(brand?.requires?.test('Le Pôle Territorial de Coopération Économique de Lens')).toBe(false);
    expect(brand?.requires?.test('AU CŒUR DU TERRITOIRE, 12 STRUCTURES')).toBe(false);
  });
});
