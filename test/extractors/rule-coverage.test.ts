/**
 * Every parser and refiner needs at least 3 positive and 2 negative JSON cases tied to its rule
 * id (fixtures/cases/fr/*.json). A positive case is an expected mention the rule produces (its
 * `rule` asserted, or credited by running the case); a negative one is a case whose `rule` says
 * that rule must find nothing. A refiner that only removes or picks candidates is credited by the
 * cases that name it in `refiner` (refiner-effect.ts): a positive one when running without it
 * changes the result, a negative one when it does not. Rules that do not meet the bar yet are listed in THIN_RULES: the
 * test fails when one of them reaches it (take it off the list) or when any other rule drops
 * below it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRENCH_PARSERS, FRENCH_REFINERS, MENTION_TYPES, extractPage } from '../../extractors/index.js';
import { refinerChanges } from './refiner-effect.js';
import type { RefinerExample } from './refiner-effect.js';

interface Case {
  readonly input: string;
  readonly context?: { readonly documentDate?: string };
  readonly source?: 'text' | 'ocr';
  readonly expected: readonly { readonly text: string; readonly rule?: string }[];
  readonly rule?: string;
  readonly gap?: string;
  readonly refiner?: RefinerExample;
}

/** Rules short of 3 positive and 2 negative cases today (issue 15 gap: write their cases). */
const THIN_RULES: ReadonlySet<string> = new Set(JSON.parse(readFileSync(join(import.meta.dirname, 'thin-rules.json'), 'utf8')) as string[]);

const dir = join(import.meta.dirname, '../../fixtures/cases/fr');
const cases = readdirSync(dir).filter((file) => file.endsWith('.json')).flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[]);

function counts(): Map<string, { positive: number; negative: number }> {
  const result = new Map<string, { positive: number; negative: number }>();
  const entry = (rule: string) => result.get(rule) ?? result.set(rule, { positive: 0, negative: 0 }).get(rule)!;
  for (const testCase of cases) {
    if (testCase.gap !== undefined) continue;
    const refiner = testCase.refiner;
    if (refiner !== undefined && refinerChanges(testCase.input, refiner.id, MENTION_TYPES, testCase.source, testCase.context?.documentDate) === refiner.changes) {
      entry(refiner.id)[refiner.changes ? 'positive' : 'negative'] += 1;
    }
    if (testCase.rule !== undefined && testCase.expected.length === 0) entry(testCase.rule).negative += 1;
    if (testCase.expected.length === 0) continue;
    const found = extractPage({ page: 1, source: testCase.source ?? 'text', text: testCase.input }, { documentDate: testCase.context?.documentDate });
    for (const expected of testCase.expected) {
      const mention = found.find((m) => m.text === expected.text);
      const rule = expected.rule ?? mention?.rule;
      if (rule !== undefined && mention?.rule === rule) entry(rule).positive += 1;
    }
  }
  return result;
}

describe('rule coverage by JSON cases', () => {
  const table = counts();
  const rules = [...FRENCH_PARSERS.map((parser) => parser.id), ...FRENCH_REFINERS.map((refiner) => refiner.id)];
  // A refiner that names its mentions by sub-rule (`fr.role` → `fr.role.signature`) is credited
  // with its sub-rules' cases.
  const total = (rule: string, side: 'positive' | 'negative'): number =>
    [...table.entries()].filter(([id]) => id === rule || id.startsWith(`${rule}.`)).reduce((sum, [, count]) => sum + count[side], 0);
  const meets = (rule: string): boolean => total(rule, 'positive') >= 3 && total(rule, 'negative') >= 2;

  it('every rule not listed as thin has ≥ 3 positive and ≥ 2 negative cases', () => {
    expect(rules.filter((rule) => !THIN_RULES.has(rule) && !meets(rule))).toEqual([]);
  });

  it('no listed thin rule meets the bar already (take it off thin-rules.json)', () => {
    expect(rules.filter((rule) => THIN_RULES.has(rule) && meets(rule))).toEqual([]);
  });
});
