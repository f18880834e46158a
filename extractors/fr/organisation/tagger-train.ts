/**
 * Training of the organisation tagger (tagger.ts): a structured averaged perceptron (Collins
 * 2002, with the averaging trick of Daumé's thesis). Each page is decoded whole (Viterbi); where
 * the decoded sequence differs from the best sequence that agrees with the gold, the gold one's
 * features gain and the decoded one's lose. A token labelled null is "don't care" (an optional
 * gold name): the agreeing sequence may label it as it likes. Pure and deterministic: the pages
 * are visited in the order given, the same data gives the same weights. Used by
 * scripts/eval/fit-tagger.ts and the tests.
 */
import { tagPage } from './tagger.js';
import type { WeightTable } from './tagger.js';
import { historyFeatures } from './tagger-features.js';
import type { Label, PageFeatures } from './tagger-features.js';

/** A page to learn from: its features and the label of each token (null: don't care). */
export interface TrainingPage {
  readonly features: PageFeatures;
  readonly labels: readonly (Label | null)[];
}

export interface TrainingOptions {
  readonly bits: number;
  readonly epochs: number;
}

/**
 * The gold labels the tagger can reach: a token it does not read is O whatever the gold says
 * (nothing to learn there), so an `I` after it opens the name (`B`).
 */
export function reachableLabels(page: TrainingPage): (Label | null)[] {
  const labels: (Label | null)[] = [];
  page.features.tokens.forEach((_token, i) => {
    let label = page.features.active[i] === 1 ? page.labels[i] ?? null : 0;
    if (label === 2 && (i === 0 || labels[i - 1] === 0)) label = 1;
    labels.push(label);
  });
  return labels;
}

/** Fits a weight table on `pages` (the averaged weights of every step). */
export function trainTagger(pages: readonly TrainingPage[], options: TrainingOptions): WeightTable {
  const size = 3 << options.bits;
  const weights = new Float64Array(size);
  // Σ step × update: the average is weights − accumulated / steps.
  const accumulated = new Float64Array(size);
  const table: WeightTable = { bits: options.bits, values: weights };
  const shift = 32 - options.bits;
  let step = 1;
  const update = (features: readonly number[], label: Label, delta: number): void => {
    for (const feature of features) {
      const index = (feature >>> shift) * 3 + label;
      weights[index] = (weights[index] ?? 0) + delta;
      accumulated[index] = (accumulated[index] ?? 0) + step * delta;
    }
  };
  const targets = pages.map(reachableLabels);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    pages.forEach((page, p) => {
      const predicted = tagPage(table, page.features);
      const wanted = targets[p] ?? [];
      // A prediction that agrees with the gold is the best agreeing sequence: nothing to learn.
      if (predicted.every((label, i) => (wanted[i] ?? label) === label)) {
        step += 1;
        return;
      }
      const target = tagPage(table, page.features, wanted);
      for (let i = 0; i < predicted.length; i += 1) {
        const [wanted = 0, got = 0] = [target[i], predicted[i]];
        const [wantedBefore = 0, gotBefore = 0] = i === 0 ? [0, 0] : [target[i - 1], predicted[i - 1]];
        const info = page.features.infos[i];
        if ((wanted === got && wantedBefore === gotBefore) || info === undefined || page.features.active[i] !== 1) continue;
        const features = page.features.features[i] ?? [];
        update(features, wanted, 1);
        update(historyFeatures(info, wantedBefore), wanted, 1);
        update(features, got, -1);
        update(historyFeatures(info, gotBefore), got, -1);
      }
      step += 1;
    });
  }
  const averaged = new Float64Array(size);
  for (let index = 0; index < size; index += 1) averaged[index] = (weights[index] ?? 0) - (accumulated[index] ?? 0) / step;
  return { bits: options.bits, values: averaged };
}
/** The F1 of tagged spans against gold spans (exact token extents), for quick checks. */
export function spanScore(table: WeightTable, pages: readonly TrainingPage[]): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const page of pages) {
    const predicted = spanKeys(tagPage(table, page.features));
    const gold = spanKeys(page.labels.map((label) => label ?? 0));
    for (const key of predicted) if (gold.has(key)) tp += 1; else fp += 1;
    for (const key of gold) if (!predicted.has(key)) fn += 1;
  }
  return { tp, fp, fn };
}

function spanKeys(labels: readonly Label[]): Set<string> {
  const keys = new Set<string>();
  let first = -1;
  labels.forEach((label, i) => {
    if (first >= 0 && label !== 2) {
      keys.add(`${first}-${i - 1}`);
      first = -1;
    }
    if (label !== 0 && first < 0) first = i;
  });
  if (first >= 0) keys.add(`${first}-${labels.length - 1}`);
  return keys;
}
