/**
 * The organisation tagger: a structured averaged perceptron that labels each token of a page O, B or
 * I (outside, beginning, inside an organisation's name), from the token features of
 * tagger-features.ts, the previous token's label among them. Its spans are one more proposal
 * family (`fr.organisation.tagger`) handed to the decision (refiners/organisation-decision.ts):
 * only names no other rule proposed are added, where no person, date or figure stands, so the
 * tagger can add recall and never changes what the rules found. Weights are data
 * (tagger-weights.ts), fitted by `npm run fit:tagger` (scripts/eval/fit-tagger.ts), which also
 * decides by leave-one-set-out cross-validation whether the tagger is `enabled`.
 *
 * Pure inference, no I/O. Cost: one Viterbi pass over the page's tokens (three previous labels each), a few dozen table reads a token.
 */
import type { Candidate, ParsingContext } from '../../core/types.js';
import { spansOverlap } from '../../core/span-index.js';
import { featuresOf, handKept, handScoreOf, pageFacts, proposalView } from './decision-features.js';
import { probability, strongestFeatures } from './decision.js';
import type { DecisionModel } from './decision.js';
import { featureName, historyFeatures, pageFeatures, withFeatureNames } from './tagger-features.js';
import type { Label, PageFeatures, TaggerToken } from './tagger-features.js';

export const TAGGER_RULE = 'fr.organisation.tagger';

/** A fitted tagger: hashed feature buckets, each with a weight per label (O, B, I). */
export interface TaggerModel {
  /** Whether the pipeline uses it (set by the fit script's cross-validation). */
  readonly enabled: boolean;
  /** Feature hashes are folded into 2^bits buckets. */
  readonly bits: number;
  /**
   * Non-zero weights, `bucket:o,b,i;…` in base 36, each weight × 100 rounded (see encodeWeights).
   */
  readonly weights: string;
  /**
   * The gate: a logistic model over the decision's named features (decision-features.ts) and the
   * tagger's own margin, fitted on tagged names of sets the tagger was not trained on; a tagged
   * name is proposed when its probability reaches the threshold.
   */
  readonly gate: DecisionModel;
}

/** A table of weights: bucket × 3 labels. */
export interface WeightTable {
  readonly bits: number;
  readonly values: Float32Array | Float64Array;
}

const tables = new WeakMap<TaggerModel, WeightTable>();

/** The model's weights as a table (decoded once per model). */
export function weightTable(model: TaggerModel): WeightTable {
  let table = tables.get(model);
  if (table === undefined) {
    const values = new Float32Array(3 << model.bits);
    for (const entry of model.weights.split(';')) {
      if (entry === '') continue;
      const [bucket, weights] = entry.split(':');
      const index = parseInt(bucket ?? '0', 36) * 3;
      (weights ?? '').split(',').forEach((weight, label) => {
        values[index + label] = parseInt(weight, 36) / 100;
      });
    }
    table = { bits: model.bits, values };
    tables.set(model, table);
  }
  return table;
}

/** The weights of a table as the compact string of `TaggerModel.weights` (sorted: deterministic). */
export function encodeWeights(table: WeightTable): string {
  const entries: string[] = [];
  for (let bucket = 0; bucket < table.values.length / 3; bucket += 1) {
    const weights = [0, 1, 2].map((label) => Math.round((table.values[bucket * 3 + label] ?? 0) * 100));
    if (weights.every((weight) => weight === 0)) continue;
    entries.push(`${bucket.toString(36)}:${weights.map((weight) => weight.toString(36)).join(',')}`);
  }
  return entries.join(';');
}

/** Adds the weights of `features` to `scores` (O, B, I). */
export function addScores(table: WeightTable, features: readonly number[], scores: number[]): void {
  const shift = 32 - table.bits;
  const values = table.values;
  for (const feature of features) {
    const index = (feature >>> shift) * 3;
    scores[0] = (scores[0] ?? 0) + (values[index] ?? 0);
    scores[1] = (scores[1] ?? 0) + (values[index + 1] ?? 0);
    scores[2] = (scores[2] ?? 0) + (values[index + 2] ?? 0);
  }
}

/** The O, B, I scores of token `i` after `previous`, added to its static `scores` (copied). */
function scoresAfter(table: WeightTable, page: PageFeatures, i: number, previous: Label, own: readonly number[]): number[] {
  const scores = [own[0] ?? 0, own[1] ?? 0, own[2] ?? 0];
  const info = page.infos[i];
  if (info !== undefined) addScores(table, historyFeatures(info, previous), scores);
  return scores;
}

/** How much more the tagger believed token `i` is `label` than O (after `previous`). */
export function marginOf(table: WeightTable, page: PageFeatures, i: number, previous: Label, label: Label): number {
  const own = [0, 0, 0];
  addScores(table, page.features[i] ?? [], own);
  const scores = scoresAfter(table, page, i, previous, own);
  return (scores[label] ?? 0) - (scores[0] ?? 0);
}

const LABEL_SET: readonly Label[] = [0, 1, 2];

/**
 * The best label sequence of a page (Viterbi over the first-order history: a label's score
 * reads the previous label, so the whole sequence is chosen, not each token after the last).
 * A token the tagger does not read is O; `I` never follows `O`; a tie goes to O, then B. With
 * `fixed`, a token whose entry is a label keeps it (null: free): the best sequence that agrees
 * with the gold, which training compares with the free one.
 */
export function tagPage(table: WeightTable, page: PageFeatures, fixed?: readonly (Label | null)[]): Label[] {
  const n = page.tokens.length;
  const back = new Int8Array(n * 3);
  let best = [0, -Infinity, -Infinity];
  for (let i = 0; i < n; i += 1) {
    const next = [-Infinity, -Infinity, -Infinity];
    const allowed = page.active[i] === 1 ? fixed?.[i] ?? null : 0;
    const own = [0, 0, 0];
    if (page.active[i] === 1) addScores(table, page.features[i] ?? [], own);
    for (const previous of LABEL_SET) {
      const before = best[previous] ?? -Infinity;
      if (before === -Infinity) continue;
      const scores = page.active[i] === 1 ? scoresAfter(table, page, i, previous, own) : [0, 0, 0];
      for (const label of LABEL_SET) {
        if ((allowed !== null && label !== allowed) || (label === 2 && previous === 0)) continue;
        const total = before + (scores[label] ?? 0);
        if (total > (next[label] ?? -Infinity)) {
          next[label] = total;
          back[i * 3 + label] = previous;
        }
      }
    }
    best = next;
  }
  const labels: Label[] = new Array<Label>(n);
  let label: Label = 0;
  for (const candidate of LABEL_SET) if ((best[candidate] ?? -Infinity) > (best[label] ?? -Infinity)) label = candidate;
  for (let i = n - 1; i >= 0; i -= 1) {
    labels[i] = label;
    label = back[i * 3 + label] as Label;
  }
  return labels;
}

/** A tagged span: its first and last token. */
export interface TaggedSpan {
  readonly first: number;
  readonly last: number;
}

const SIGN = /^[^\p{L}\p{N}]+$/u;

/** The spans of a label sequence, signs at either end left out. */
export function spansOf(labels: readonly Label[], tokens: readonly TaggerToken[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let first = -1;
  const close = (end: number): void => {
    let a = first;
    let z = end;
    while (a <= z && SIGN.test(tokens[a]?.text ?? '')) a += 1;
    while (z >= a && SIGN.test(tokens[z]?.text ?? '')) z -= 1;
    if (a <= z) spans.push({ first: a, last: z });
    first = -1;
  };
  labels.forEach((label, i) => {
    if (label === 1 || (label === 2 && first < 0)) {
      if (first >= 0) close(i - 1);
      first = i;
    } else if (label === 0 && first >= 0) close(i - 1);
  });
  if (first >= 0) close(labels.length - 1);
  return spans;
}

/** Whether a tagged span leaves room: no kept organisation proposal, person, date or figure on it. */
function isNew(span: { start: number; end: number }, candidates: readonly Candidate[]): boolean {
  return !candidates.some((candidate) => {
    if (!spansOverlap(span, candidate)) return false;
    if (candidate.type !== 'organisation') return true;
    return handKept({ rule: candidate.rule, handScore: handScoreOf(candidate) });
  });
}

/**
 * The features with the largest B weight at the first word of each kept name: the review app's
 * "why" (named only for the names kept, the naming is not on the hot path).
 */
function evidenceOf(model: TaggerModel, text: string, candidates: readonly Candidate[], kept: readonly Candidate[]): string[][] {
  const table = weightTable(model);
  const named = withFeatureNames(() => pageFeatures(text, candidates).features);
  const shift = 32 - table.bits;
  return kept.map((proposal) => {
    const first = proposal.data?.['taggerToken'];
    return (named[typeof first === 'number' ? first : -1] ?? [])
      .map((feature) => ({ name: featureName(feature), push: (table.values[(feature >>> shift) * 3 + 1] ?? 0) - (table.values[(feature >>> shift) * 3] ?? 0) }))
      .filter((entry) => entry.push > 0 && !entry.name.includes('?'))
      .sort((a, b) => b.push - a.push || a.name.localeCompare(b.name))
      .slice(0, 3)
      .map((entry) => `tagger:${entry.name}`);
  });
}

/**
 * The names the tagger finds on a page that no kept rule proposal, person, date or figure
 * covers, before the gate, as candidates of `fr.organisation.tagger` (`data.taggerMargin`: the
 * least margin of a token of the span over `O`).
 */
export function taggedSpans(model: TaggerModel, context: ParsingContext, candidates: readonly Candidate[]): Candidate[] {
  const table = weightTable(model);
  const page = pageFeatures(context.text, candidates);
  const labels = tagPage(table, page);
  const proposals: Candidate[] = [];
  for (const span of spansOf(labels, page.tokens)) {
    const start = page.tokens[span.first]?.start ?? 0;
    const end = page.tokens[span.last]?.end ?? start;
    if (!isNew({ start, end }, candidates)) continue;
    let margin = Infinity;
    for (let i = span.first; i <= span.last; i += 1) margin = Math.min(margin, marginOf(table, page, i, labels[i - 1] ?? 0, labels[i] ?? 0));
    proposals.push({
      type: 'organisation',
      start,
      end,
      value: context.text.slice(start, end).replace(/\s+/gu, ' '),
      confidence: 0.5,
      rule: TAGGER_RULE,
      inferred: [],
      evidence: ['tagger'],
      data: { taggerMargin: margin, taggerToken: span.first },
    });
  }
  return proposals;
}

/** The margin as a gate feature: its sign and order of magnitude (the perceptron's scale is free). */
const marginFeature = (margin: number): number => Math.max(-2, Math.min(2, (Math.sign(margin) * Math.log1p(Math.abs(margin))) / 3));

/** The gate's features of each tagged name: the decision's named features and the margin. */
export function gateFeatures(text: string, candidates: readonly Candidate[], tagged: readonly Candidate[]): Record<string, number>[] {
  const organisations = [...candidates.filter((candidate) => candidate.type === 'organisation'), ...tagged];
  const facts = pageFacts(text, organisations);
  const offset = organisations.length - tagged.length;
  return tagged.map((proposal, k) => {
    const features = featuresOf(proposalView(text, organisations, offset + k, facts));
    const margin = proposal.data?.['taggerMargin'];
    features['tagger-margin'] = marginFeature(typeof margin === 'number' ? margin : 0);
    return features;
  });
}

/**
 * The tagged names the gate keeps (evidence: `tagger`, the tagger's strongest features at the
 * name's first word, and the gate's as `fit:NAME`).
 */
export function taggedProposals(model: TaggerModel, context: ParsingContext, candidates: readonly Candidate[]): Candidate[] {
  const tagged = taggedSpans(model, context, candidates);
  if (tagged.length === 0) return tagged;
  const features = gateFeatures(context.text, candidates, tagged);
  const kept = tagged.flatMap((proposal, k) => {
    const found = features[k] ?? {};
    if (probability(model.gate, found) < model.gate.threshold) return [];
    return [{ ...proposal, evidence: [...(proposal.evidence ?? []), ...strongestFeatures(model.gate, found, true, 2)] }];
  });
  if (kept.length === 0) return kept;
  const why = evidenceOf(model, context.text, candidates, kept);
  return kept.map((proposal, k) => ({ ...proposal, evidence: [...(proposal.evidence ?? []), ...(why[k] ?? [])] }));
}
