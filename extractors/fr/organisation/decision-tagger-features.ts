/**
 * The decision's features read from the tagger's view of a proposal (tagger-view.ts): a second
 * opinion, from the text alone, on whether the proposal's words are a name. Absent (every feature
 * 0) when the decision runs without a tagger.
 */
import type { ProposalView } from './decision-features.js';

/** What the tagger made of a proposal's tokens. */
export interface TaggerView {
  /** Share of the proposal's tokens the tagger labels B or I (0 to 1). */
  readonly share: number;
  /** Whether the tagger reads exactly the proposal's span as one name. */
  readonly same: boolean;
  /** Mean over its tokens of the tagger's score for "in a name" (B then I) minus O's. */
  readonly margin: number;
}

/** The margin as a feature: its sign and order of magnitude (the perceptron's scale is free), in [-2, 2]. */
export const squashedMargin = (margin: number): number => Math.max(-2, Math.min(2, (Math.sign(margin) * Math.log1p(Math.abs(margin))) / 3));

/** Features of the tagger's view (named `tagger-…`: the decision runs the tagger only when one is weighted). */
export const TAGGER_FEATURES: Readonly<Record<string, (view: ProposalView) => number>> = {
  /** Share of the proposal's tokens the tagger puts in a name. */
  'tagger-share': (v) => v.tagger?.share ?? 0,
  /** The tagger reads the same name, no longer nor shorter. */
  'tagger-same': (v) => Number(v.tagger?.same === true),
  /** The tagger puts none of its tokens in a name. */
  'tagger-silent': (v) => Number(v.tagger !== undefined && v.tagger.share === 0),
  /** How strongly the tagger reads its tokens as a name (negative: as plain text). */
  'tagger-margin': (v) => (v.tagger === undefined ? 0 : squashedMargin(v.tagger.margin)),
};

/** Whether a model weighs a tagger feature (then the tagger must run before deciding). */
export const weighsTagger = (weights: Readonly<Record<string, number>>): boolean => Object.keys(weights).some((name) => name.startsWith('tagger-'));
