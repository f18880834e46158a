/**
 * Training of the organisation tagger (tagger.ts): a greedy averaged perceptron (Collins 2002,
 * with the averaging trick of Daumé's thesis), over pages whose tokens are labelled O, B or I, a
 * token labelled null being "don't care" (an optional gold name: no update, whatever is
 * predicted). Pure and deterministic: the pages are visited in the order given, the same data
 * gives the same weights. Used by scripts/eval/fit-tagger.ts and the tests.
 */
import { bestLabel, tagPage } from './tagger.js';
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
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const page of pages) {
      let previous: Label = 0;
      page.features.tokens.forEach((_token, i) => {
        const predicted = bestLabel(table, page.features, i, previous);
        const gold = page.labels[i] ?? null;
        const info = page.features.infos[i];
        // A token the tagger does not read is O whatever the gold says: nothing to learn there.
        if (gold !== null && gold !== predicted && info !== undefined && page.features.active[i] === 1) {
          const features = page.features.features[i] ?? [];
          const history = historyFeatures(info, previous);
          update(features, gold, 1);
          update(history, gold, 1);
          update(features, predicted, -1);
          update(history, predicted, -1);
        }
        // The history follows the prediction, as at inference.
        previous = predicted;
        step += 1;
      });
    }
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
