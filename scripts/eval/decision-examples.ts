/**
 * Which organisation proposals `npm run fit:org` learns from, and how much each counts: the two
 * choices that make the fit's log-loss follow the scorer's F1 (scripts/eval/fit-organisation.ts).
 *
 * - A proposal naming no gold organisation that the hand rules keep but a later refiner removes
 *   (an overlap lost to a longer reading, a place, a document pass) says nothing about the
 *   decision: dropping it or not leaves the output as it is. It is left out.
 * - The scorer counts a document's organisation once however often the page proposes it, so the
 *   examples of one document that read the same (folded) value share one unit of weight.
 */
import type { Example } from './logistic.js';

/** What the fit knows of one proposal before making it an example. */
export interface ProposalOutcome {
  /** Gold match (score.ts `goldMatch`): a required organisation, an optional one, or none. */
  readonly match: 'required' | 'optional' | null;
  /** Whether the hand rules keep it at the decision. */
  readonly handKept: boolean;
  /** Whether its value is among the page's organisations at the end of the pipeline (hand rules deciding). */
  readonly reachesOutput: boolean;
}

/** Whether a proposal becomes an example: not when it matches an optional entity only, nor when no decision changes the output. */
export function isExample(outcome: ProposalOutcome): boolean {
  if (outcome.match === 'optional') return false;
  return !(outcome.match === null && outcome.handKept && !outcome.reachesOutput);
}

/** An example with the folded value it was read from. */
export interface KeyedExample extends Example {
  readonly key: string;
}

/**
 * The key `weighByValue` groups by: a folded value within one document of one set and kind (the
 * scorer's unit). A value read in many documents counts once in each, not once over the corpus.
 */
export function documentValueKey(document: { readonly set: string; readonly kind: string; readonly doc: string }, foldedValue: string): string {
  return [document.set, document.kind, document.doc, foldedValue].join('\u0000');
}

/** The examples of one document, each weighted 1 / (how many of them read its value). */
export function weighByValue(examples: readonly KeyedExample[]): Example[] {
  const counts = new Map<string, number>();
  for (const example of examples) counts.set(example.key, (counts.get(example.key) ?? 0) + 1);
  return examples.map(({ key, ...example }) => ({ ...example, weight: (example.weight ?? 1) / (counts.get(key) ?? 1) }));
}
