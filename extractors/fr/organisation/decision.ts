/**
 * The organisation decision: whether a proposal (a parser's mention or a name candidate) is kept.
 * A logistic model over the named features of decision-features.ts, its weights fitted by
 * `npm run fit:org` (scripts/eval/fit-organisation.ts) and stored as data in decision-weights.ts.
 *
 * `scope` says which proposals the model decides; the others follow the hand rules (a parser's
 * mention is kept, a name candidate when its hand score reaches THRESHOLD, score.ts):
 * - `all`: every proposal;
 * - `weak`: name candidates and the rules that read a name from its neighbours (`list`,
 *   `context` families), the proposals whose hand evidence is weakest;
 * - `candidates`: name candidates only (the fitted counterpart of score.ts's hand weights);
 * - `hand`: none (the model is fitted and its cross-validation printed, but not used).
 * The fit script picks the scope by leave-one-set-out cross-validation (see its header).
 */
import { handKept, ruleFamily } from './decision-features.js';
import type { ProposalView } from './decision-features.js';

export type DecisionScope = 'all' | 'weak' | 'candidates' | 'hand';

/** A fitted logistic model: p = σ(bias + Σ weight × feature). */
export interface DecisionModel {
  readonly scope: DecisionScope;
  readonly bias: number;
  /** A proposal the model decides is kept when p ≥ threshold. */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The families of rules whose proposals the `weak` scope lets the model decide. */
const WEAK_FAMILIES: ReadonlySet<string> = new Set(['candidate', 'list', 'context']);

/** Whether `model` decides a proposal of `rule` (else the hand rules do). */
export function modelDecides(model: DecisionModel, rule: string): boolean {
  if (model.scope === 'all') return true;
  if (model.scope === 'candidates') return ruleFamily(rule) === 'candidate';
  return model.scope === 'weak' && WEAK_FAMILIES.has(ruleFamily(rule));
}

/** The model's linear score (log-odds) of a feature vector. */
export function logOdds(model: Pick<DecisionModel, 'bias' | 'weights'>, features: Readonly<Record<string, number>>): number {
  let sum = model.bias;
  for (const [name, value] of Object.entries(features)) sum += (model.weights[name] ?? 0) * value;
  return sum;
}

export function probability(model: Pick<DecisionModel, 'bias' | 'weights'>, features: Readonly<Record<string, number>>): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}

/**
 * The features that pushed the decision the way it went, strongest first (at most `count`):
 * what the review app shows as "why" (`fit:` + the feature's name).
 */
export function strongestFeatures(model: DecisionModel, features: Readonly<Record<string, number>>, kept: boolean, count = 3): string[] {
  return Object.entries(features)
    .map(([name, value]) => ({ name, push: (model.weights[name] ?? 0) * value * (kept ? 1 : -1) }))
    .filter((entry) => entry.push > 0)
    .sort((a, b) => b.push - a.push || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((entry) => `fit:${entry.name}`);
}

/** The decision on one proposal: kept or not, and the model's probability when it decided. */
export interface Decision {
  readonly keep: boolean;
  readonly probability: number | null;
}

export function decide(model: DecisionModel, view: ProposalView, features: Readonly<Record<string, number>>): Decision {
  if (!modelDecides(model, view.rule)) return { keep: handKept(view), probability: null };
  const p = probability(model, features);
  return { keep: p >= model.threshold, probability: p };
}
