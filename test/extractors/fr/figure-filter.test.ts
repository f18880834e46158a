/**
 * `fr.figure.filter`: every named filter has ≥ 3 cases it rejects (`rejectedBy`: the first filter
 * that rejects a number of the sentence is that one) and ≥ 2 near misses it lets through
 * (`passes`: the sentence's figures are found and that filter rejected nothing). The cases live in
 * fixtures/cases/fr/figure.json, where cases.test.ts also checks the figures found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFigures } from '../../../extractors/fr/parsers/figure-count.js';
import { FIGURE_FILTERS } from '../../../extractors/fr/parsers/figure-filter.js';

interface FilterCase {
  readonly input: string;
  readonly expected: readonly { readonly text: string }[];
  readonly rejectedBy?: string;
  readonly passes?: string;
}

const cases = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/cases/fr/figure.json'), 'utf8')) as FilterCase[]).filter(
  (c) => c.rejectedBy !== undefined || c.passes !== undefined,
);

describe('fr.figure.filter', () => {
  for (const testCase of cases) {
    const name = testCase.input.replace(/\n/gu, '⏎');
    if (testCase.rejectedBy !== undefined) {
      const id = testCase.rejectedBy;
      it(`${id} rejects a number in: ${name}`, () => {
        expect(explainFigures(testCase.input).map((reading) => reading.rejectedBy)).toContain(id);
      });
    } else {
      const id = testCase.passes ?? '';
      it(`${id} lets through: ${name}`, () => {
        expect(testCase.expected.length).toBeGreaterThan(0);
        expect(explainFigures(testCase.input).filter((reading) => reading.rejectedBy === id)).toEqual([]);
      });
    }
  }

  it('every filter has ≥ 3 rejecting and ≥ 2 passing cases, and every case names a filter that exists', () => {
    const ids = new Set(FIGURE_FILTERS.map((filter) => filter.id));
    const short = FIGURE_FILTERS.filter(
      (filter) => cases.filter((c) => c.rejectedBy === filter.id).length < 3 || cases.filter((c) => c.passes === filter.id).length < 2,
    ).map((filter) => filter.id);
    expect(short).toEqual([]);
    expect(cases.map((c) => c.rejectedBy ?? c.passes).filter((id) => !ids.has(id ?? ''))).toEqual([]);
  });
});
