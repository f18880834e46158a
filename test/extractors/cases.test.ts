/**
 * Runs every extractor spec in fixtures/cases/fr/*.json: arrays of
 * `{input, context?: {documentDate, documentDateAhead?, documentDateGuessed?}, source?, expected: [{text, value, unit?, inferred?, start?}], gap?}`.
 * Each case checks detection (surface texts, and spans where `start` is given) and resolution
 * (values, units, inferred parts) as separate assertions. A case with `gap` is a known gap and
 * runs as `it.fails`, so the day it passes is noticed; `gapIn: "values"` says the gap is in resolution
 * only (the right texts are found, a value is wrong), so detection runs as a normal test. An empty `expected` is a negative case:
 * nothing of the file's types may be found. `rule` (on an expected mention, or on a negative case)
 * names the rule that must produce it (or must produce nothing of the file's types), so each
 * rule's positive and negative cases are tied to it. `refiner: {id, changes}` ties a case to a
 * refiner that only removes or picks candidates: running without it must change the result (a
 * positive case) or leave it as it is (a negative one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../extractors/index.js';
import type { Mention, MentionType } from '../../extractors/index.js';
import { refinerChanges } from './refiner-effect.js';
import type { RefinerExample } from './refiner-effect.js';

interface ExpectedMention {
  readonly text: string;
  readonly value: string;
  readonly unit?: string;
  readonly inferred?: readonly string[];
  readonly start?: number;
  /** The rule id that must have found it (`fr.role.signature`). */
  readonly rule?: string;
  /** Evidence features the mention must carry (`fr.organisation.candidate`: `coordinated`). */
  readonly evidence?: readonly string[];
}

interface Case {
  readonly input: string;
  readonly context?: { readonly documentDate?: string; readonly documentDateAhead?: boolean; readonly documentDateGuessed?: boolean };
  readonly expected: readonly ExpectedMention[];
  readonly gap?: string;
  /** Where the gap is when detection is already right: only the `values` test is expected to fail. */
  readonly gapIn?: 'values';
  /** `ocr` runs the case as an OCR'd page (some rules are stricter on OCR noise). */
  readonly source?: 'text' | 'ocr';
  /** Overrides the file's mention types (e.g. a normalise case looking at dates). */
  readonly types?: readonly MentionType[];
  /** On a negative case: the rule this case is a negative example of. */
  readonly rule?: string;
  /** The removing refiner this case is an example of (see refiner-effect.ts). */
  readonly refiner?: RefinerExample;
  /** An evidence feature no mention found may carry (a negative case of that feature). */
  readonly withoutEvidence?: string;
}

const FILE_TYPES: Readonly<Record<string, readonly MentionType[]>> = {
  date: ['date'],
  figure: ['figure'],
  person: ['person'],
  organisation: ['organisation'],
  'organisation-candidate': ['organisation'],
  'organisation-rules': ['organisation'],
  'organisation-scheme-names': ['organisation'],
  'organisation-affiliation': ['organisation'],
  'organisation-list-members': ['organisation'],
  'organisation-precision': ['organisation'],
  'organisation-bare-kinds': ['organisation'],
  'organisation-lone-plural-kind': ['organisation'],
  contact: ['email', 'phone', 'url'],
  role: ['role'],
  normalise: ['date', 'figure', 'person', 'organisation'],
  refiners: ['date', 'figure', 'person', 'organisation', 'email', 'phone', 'url'],
};

const dir = fileURLToPath(new URL('../../fixtures/cases/fr', import.meta.url));

function run(testCase: Case, types: readonly MentionType[]): Mention[] {
  return extractPage({ page: 1, source: testCase.source ?? 'text', text: testCase.input }, { documentDate: testCase.context?.documentDate, documentDateAhead: testCase.context?.documentDateAhead, documentDateGuessed: testCase.context?.documentDateGuessed }).filter((m) =>
    types.includes(m.type),
  );
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
  const family = file.replace(/\.json$/u, '');
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  describe(file, () => {
    for (const testCase of cases) {
      const types = testCase.types ?? FILE_TYPES[family] ?? [];
      const name = `${file} › ${testCase.input.replace(/\n/gu, '⏎').slice(0, 90)}`;
      if (testCase.gapIn !== undefined && testCase.gap === undefined) throw new Error(`${file}: gapIn without gap (${testCase.input})`);
      // A gap in values only: every test but the values one runs as a normal test.
      const valuesTest = testCase.gap === undefined ? it : it.fails;
      const test = testCase.gapIn === 'values' ? it : valuesTest;
      test(`${name} (detection)`, () => {
        const found = run(testCase, types);
        expect(found.map((m) => m.text)).toEqual(testCase.expected.map((e) => e.text));
        for (const [index, expected] of testCase.expected.entries()) {
          if (expected.start !== undefined) expect(found[index]?.span.start).toBe(expected.start);
          expect(found[index]?.text).toBe(testCase.input.slice(found[index]?.span.start, found[index]?.span.end));
        }
      });
      const refiner = testCase.refiner;
      if (refiner !== undefined) {
        test(`${name} (without ${refiner.id} the result ${refiner.changes ? 'changes' : 'is the same'})`, () => {
          expect(refinerChanges(testCase.input, refiner.id, types, testCase.source, testCase.context?.documentDate)).toBe(refiner.changes);
        });
      }
      if (testCase.rule !== undefined) {
        test(`${name} (rule ${testCase.rule} finds nothing)`, () => {
          expect(run(testCase, types).filter((m) => m.rule === testCase.rule || m.rule.startsWith(`${testCase.rule}.`)).map((m) => m.text)).toEqual([]);
        });
      }
      if (testCase.expected.some((e) => e.rule !== undefined || e.evidence !== undefined)) {
        test(`${name} (rules)`, () => {
          const found = run(testCase, types);
          for (const [index, expected] of testCase.expected.entries()) {
            if (expected.rule !== undefined) expect(found[index]?.rule).toBe(expected.rule);
            if (expected.evidence !== undefined) expect(found[index]?.evidence ?? []).toEqual(expect.arrayContaining([...expected.evidence]));
          }
        });
      }
      const without = testCase.withoutEvidence;
      if (without !== undefined) {
        test(`${name} (no ${without} evidence)`, () => {
          expect(run(testCase, types).filter((m) => m.evidence?.includes(without) === true).map((m) => m.text)).toEqual([]);
        });
      }
      if (testCase.expected.length === 0) continue;
      valuesTest(`${name} (values)`, () => {
        const found = run(testCase, types);
        expect(found.map((m) => ({ value: m.value, ...(m.unit === undefined ? {} : { unit: m.unit }) }))).toEqual(
          testCase.expected.map((e) => ({ value: e.value, ...(e.unit === undefined ? {} : { unit: e.unit }) })),
        );
        for (const [index, expected] of testCase.expected.entries()) {
          if (expected.inferred !== undefined) expect(found[index]?.inferred).toEqual(expected.inferred);
          if (expected.rule !== undefined) expect(found[index]?.rule).toBe(expected.rule);
        }
      });
    }
  });
}
