/**
 * What a refiner that only removes or picks candidates (`fr.remove-overlaps`) does to a case: its
 * effect cannot be read from a mention's rule id (the kept mention keeps its parser's id), so a
 * case names the refiner and says whether running without it changes the result. Shared by
 * cases.test.ts (which asserts it) and rule-coverage.test.ts (which counts it).
 */
import { runParsers, runRefiners } from '../../extractors/core/pipeline.js';
import type { MentionType } from '../../extractors/index.js';
import { FRENCH_PARSERS, FRENCH_REFINERS, normaliseText } from '../../extractors/index.js';

/** On a case: the refiner it is an example of, and whether the refiner changes its result. */
export interface RefinerExample {
  readonly id: string;
  /** true: without the refiner the result differs (a positive case); false: it is the same (a negative one). */
  readonly changes: boolean;
}

function candidateKeys(text: string, source: 'text' | 'ocr', documentDate: string | undefined, types: readonly MentionType[], skip?: string): string[] {
  const context = { text: normaliseText(text).text, page: 1, source, document: { documentDate } };
  const refiners = FRENCH_REFINERS.filter((refiner) => refiner.id !== skip);
  return runRefiners(refiners, context, runParsers(FRENCH_PARSERS, context))
    .filter((candidate) => types.includes(candidate.type))
    .map((candidate) => `${candidate.type}:${candidate.start}-${candidate.end}:${candidate.value}`)
    .sort();
}

/** Whether running without `refinerId` changes the candidates of `types` found in `text`. */
export function refinerChanges(
  text: string,
  refinerId: string,
  types: readonly MentionType[],
  source: 'text' | 'ocr' = 'text',
  documentDate?: string,
): boolean {
  const all = candidateKeys(text, source, documentDate, types);
  const without = candidateKeys(text, source, documentDate, types, refinerId);
  return JSON.stringify(all) !== JSON.stringify(without);
}
