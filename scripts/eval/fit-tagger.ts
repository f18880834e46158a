/**
 * `npm run fit:tagger [-- --web NAME=DIR …] [-- --dry-run]`: fits the organisation tagger
 * (extractors/fr/organisation/tagger.ts) and writes its weights to
 * extractors/fr/organisation/tagger-weights.ts.
 *
 * 1. Every page of the TUNING sets (TUNING_SETS in sets.ts; exported, scanned and noisy) runs through the French pipeline up to the decision;
 *    its tokens get the tagger's features (of the text alone; the pipeline's proposals so far only choose the tokens read) and a
 *    label: B/I on each place the page writes a gold organisation's name (its norm, aliases or
 *    text, compared like the scorer compares, leading articles aside), "don't care" on an optional
 *    gold organisation's, O elsewhere.
 * 2. Leave-one-set-out cross-validation: for each tuning set, a tagger trained on the others adds
 *    its names to that set's pages and the rest of the pipeline decides (as `npm run eval`); its
 *    organisation P/R/F1 is printed per kind next to the current pipeline's.
 * 3. The tagger is enabled only when its cross-validated mean organisation F1 over the real web
 *    sets (REAL_TUNING_SETS; three kinds) beats the current pipeline's by
 *    0.01 or more. The weights written are those of a final fit on every tuning set.
 * The untouched sets (heldout4, heldout5, web-held3 to web-held6 when present, any other set) are never trained on nor used to
 * choose: only their F1 and false positive / negative COUNTS are printed, with the final tagger
 * switched on (whether adopted or not) and off.
 *
 * Deterministic: pages in a fixed order, no randomness, rounded weights.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runRefiners } from '../../extractors/core/pipeline.js';
import type { PageInput } from '../../extractors/core/types.js';
import { DECISION_MODEL } from '../../extractors/fr/organisation/decision-weights.js';
import { encodeWeights, gateFeatures, taggedSpans } from '../../extractors/fr/organisation/tagger.js';
import type { DecisionModel } from '../../extractors/fr/organisation/decision.js';
import type { TaggerModel } from '../../extractors/fr/organisation/tagger.js';
import { pageFeatures } from '../../extractors/fr/organisation/tagger-features.js';
import { trainTagger } from '../../extractors/fr/organisation/tagger-train.js';
import type { TrainingPage } from '../../extractors/fr/organisation/tagger-train.js';
import { makeOrganisationDecisionRefiner } from '../../extractors/fr/refiners/organisation-decision.js';
import { goldMatch } from './score.js';
import { goldLabels, nameWords } from './tagger-labels.js';
import { taggedProposals } from '../../extractors/fr/organisation/tagger.js';
import { REFINERS_AFTER, decidablePages, organisationScoreWith, prepareSetWith } from './organisation-decision-split.js';
import type { DecidablePage } from './organisation-decision-split.js';
import { fitLogistic } from './logistic.js';
import type { Example } from './logistic.js';
import type { GoldDocument, TypeScore } from './score.js';
import { KINDS, REAL_TUNING_SETS, devSet, fixtureSet, isUntouched, root, webDumpDirs, webEvalSet } from './sets.js';
import type { EvalSet, Kind } from './sets.js';

const args = process.argv.slice(2);
/** Fixed before any cross-validation was read. */
const BITS = 17;
const EPOCHS = 6;
const MARGIN = 0.01;
/** The gate's L2 penalty (as fit-organisation.ts's, not tuned). */
const LAMBDA = 2;
const REAL_SETS: readonly string[] = REAL_TUNING_SETS;
/**
 * The tuning sets: every other set (heldout4, heldout5, web-held3, web-held4, any set passed with
 * --web) is untouched, never trained on nor used to choose.
 */
const UNTOUCHED = { has: isUntouched };
const WEIGHTS_FILE = join(root, 'extractors/fr/organisation/tagger-weights.ts');


interface PreparedPage extends DecidablePage {
  readonly training: TrainingPage;
}
interface PreparedDocument {
  readonly set: string;
  readonly kind: Kind;
  readonly gold: GoldDocument;
  readonly pages: PreparedPage[];
}

function webSets(): EvalSet[] {
  return [...webDumpDirs(args, [...REAL_TUNING_SETS, 'web-held3', 'web-held4'])]
    .filter(([, dir]) => existsSync(dir))
    .map(([name, dir]) => webEvalSet(name, dir))
    .filter((set) => existsSync(set.goldDir));
}

function prepareDocument(set: string, kind: Kind, gold: GoldDocument, pages: readonly PageInput[]): PreparedDocument {
  return {
    set, kind, gold,
    pages: decidablePages(pages).map((decidable): PreparedPage => {
      const features = pageFeatures(decidable.context.text, decidable.before);
      return { ...decidable, training: { features, labels: goldLabels(features.tokens, gold) } };
    }),
  };
}

async function prepareSet(set: EvalSet): Promise<PreparedDocument[]> {
  return prepareSetWith(set, (kind, gold, pages) => prepareDocument(set.name, kind, gold, pages));
}

const CLOSED_GATE: DecisionModel = { scope: 'all', bias: 0, threshold: 1, weights: {} };
const OFF: TaggerModel = { enabled: false, bits: BITS, weights: '', gate: CLOSED_GATE };

/** Tagger weights trained on every tuning set but `excluded` (cached: the folds share them). */
const trained = new Map<string, string>();
function weightsWithout(excluded: readonly string[]): string {
  const key = [...excluded].sort().join('+');
  let weights = trained.get(key);
  if (weights === undefined) {
    const pages = tuning.filter((document) => !excluded.includes(document.set)).flatMap((document) => document.pages.map((page) => page.training));
    weights = encodeWeights(trainTagger(pages, { bits: BITS, epochs: EPOCHS }));
    trained.set(key, weights);
  }
  return weights;
}

/** The organisation values the current pipeline keeps on a document, keyed like the scorer (articles aside). */
const pipelineKeys = new Map<PreparedDocument, Set<string>>();
function keysOf(document: PreparedDocument): Set<string> {
  let keys = pipelineKeys.get(document);
  if (keys === undefined) {
    const decision = makeOrganisationDecisionRefiner(DECISION_MODEL, OFF);
    keys = new Set(document.pages.flatMap((page) => runRefiners([decision, ...REFINERS_AFTER], page.context, page.before).filter((c) => c.type === 'organisation').map((c) => nameWords(c.value).join(' '))));
    pipelineKeys.set(document, keys);
  }
  return keys;
}

/**
 * The gate's examples: each name `weights` tags on the pages of `set` (a set it was not trained
 * on) whose value the pipeline does not already keep in the document (the others change no
 * score); the occurrences of one value share a weight of 1, as the scorer counts a value once.
 */
function gateExamples(set: string, weights: string): Example[] {
  const model: TaggerModel = { enabled: true, bits: BITS, weights, gate: CLOSED_GATE };
  const examples: Example[] = [];
  for (const document of tuning.filter((d) => d.set === set)) {
    const found: { key: string; features: Record<string, number>; label: 0 | 1 }[] = [];
    for (const page of document.pages) {
      const tagged = taggedSpans(model, page.context, page.before);
      const features = gateFeatures(page.context.text, page.before, tagged);
      tagged.forEach((proposal, k) => {
        const key = nameWords(proposal.value).join(' ');
        const match = goldMatch(document.gold, { type: 'organisation', value: proposal.value });
        if (match !== 'optional' && !keysOf(document).has(key)) found.push({ key, features: features[k] ?? {}, label: match === 'required' ? 1 : 0 });
      });
    }
    const counts = new Map<string, number>();
    for (const example of found) counts.set(example.key, (counts.get(example.key) ?? 0) + 1);
    for (const example of found) examples.push({ features: example.features, label: example.label, weight: 1 / (counts.get(example.key) ?? 1) });
  }
  return examples;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
function fitGate(examples: readonly Example[]): DecisionModel {
  const fit = fitLogistic(examples, LAMBDA);
  const weights = Object.fromEntries(Object.entries(fit.weights).map(([name, value]) => [name, round(value)] as const).filter(([, value]) => value !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { scope: 'all', bias: round(fit.bias), threshold: round(gateThreshold), weights };
}

/**
 * The tagger of the cross-validation fold holding out `held` (none: the final one): weights
 * trained without it, a gate fitted on the names taggers trained without `held` and without each
 * other set tag on that set.
 */
function foldModel(held: string | null): TaggerModel {
  const others = tuningSets.filter((set) => set !== held);
  const examples = others.flatMap((set) => gateExamples(set, weightsWithout(held === null ? [set] : [held, set])));
  return { enabled: true, bits: BITS, weights: weightsWithout(held === null ? [] : [held]), gate: fitGate(examples) };
}

/** Organisation scores of `documents` with `tagger` before the decision (the rest as in eval). */
function organisationScore(documents: readonly PreparedDocument[], tagger: TaggerModel): TypeScore | null {
  const decision = makeOrganisationDecisionRefiner(DECISION_MODEL, tagger);
  return organisationScoreWith(documents, () => decision);
}

/** `--diagnose`: each name the tagger adds on a TUNING set, its margin and whether it is gold. */
function diagnose(documents: readonly PreparedDocument[], model: TaggerModel): void {
  for (const document of documents) {
    for (const page of document.pages) {
      for (const proposal of taggedProposals(model, page.context, page.before)) {
        const match = goldMatch(document.gold, { type: 'organisation', value: proposal.value });
        console.log(`  ${document.set} ${document.kind} ${document.gold.doc} ${String(proposal.data?.['taggerMargin']).slice(0, 6)} ${match ?? 'FP'} ${proposal.value}`);
      }
    }
  }
}

const prf = (score: TypeScore | null): string => (score === null ? '    -     -     -' : `${score.p.toFixed(3)} ${score.r.toFixed(3)} ${score.f1.toFixed(3)}`);
/**
 * A name is worth adding when its probability of being right exceeds half the F1 the pipeline
 * reaches (the F1-optimal threshold of a calibrated probability: Lipton, Elkan and Naryanaswamy
 * 2014): set from the current pipeline's mean F1 on the real tuning sets, not from the tagger's.
 */
let gateThreshold = 0.5;
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

const started = performance.now();
const sets: EvalSet[] = [devSet(), ...['tuned1', 'tuned2', 'tuned3', 'heldout4', 'heldout5', 'heldout6'].map(fixtureSet), ...webSets()];
const all: PreparedDocument[] = [];
for (const set of sets) all.push(...(await prepareSet(set)));
const tuning = all.filter((document) => !UNTOUCHED.has(document.set));
const tuningSets = [...new Set(tuning.map((document) => document.set))];
const tokens = tuning.reduce((sum, document) => sum + document.pages.reduce((s, page) => s + page.training.labels.length, 0), 0);
const named = tuning.reduce((sum, document) => sum + document.pages.reduce((s, page) => s + page.training.labels.filter((label) => label === 1).length, 0), 0);
console.log(`${tokens} tokens of ${tuning.length} documents (${tuningSets.join(', ')}), ${named} gold names placed; prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);

gateThreshold = mean(tuning.filter((d) => REAL_SETS.includes(d.set)).length === 0 ? [] : REAL_SETS.flatMap((set) => KINDS.map((kind) => organisationScore(tuning.filter((d) => d.set === set && d.kind === kind), OFF)?.f1 ?? null).filter((f): f is number => f !== null))) / 2;
console.log(`gate threshold: ${gateThreshold.toFixed(3)} (half the current mean organisation F1 on the real tuning sets)`);
console.log('\nleave-one-set-out cross-validation, organisation P R F1 (tagger trained on the other tuning sets)');
console.log('set        kind      current: P     R     F1   | tagger: P     R     F1');
const real = { current: [] as number[], tagger: [] as number[] };
for (const held of tuningSets) {
  const model = foldModel(held);
  for (const kind of KINDS) {
    const documents = tuning.filter((document) => document.set === held && document.kind === kind);
    if (documents.length === 0) continue;
    const current = organisationScore(documents, OFF);
    const tagged = organisationScore(documents, model);
    console.log(`${held.padEnd(10)} ${kind.padEnd(8)}  ${prf(current)}  |  ${prf(tagged)}`);
    if (args.includes('--diagnose')) diagnose(documents, model);
    if (!REAL_SETS.includes(held)) continue;
    real.current.push(current?.f1 ?? 0);
    real.tagger.push(tagged?.f1 ?? 0);
  }
}
const means = { current: mean(real.current), tagger: mean(real.tagger) };
const adopted = means.tagger >= means.current + MARGIN;
const meansLine = `current ${means.current.toFixed(3)}, tagger ${means.tagger.toFixed(3)} (${real.current.length} set × kind)`;
console.log(`mean organisation F1 over the real web sets: ${meansLine}`);
console.log(adopted ? 'adopted: the tagger beats the current pipeline by 0.01 or more' : 'not adopted: the tagger does not beat the current pipeline by 0.01 (weights written, enabled: false)');

const final = foldModel(null);
console.log(`final gate: bias ${final.gate.bias}, ${Object.entries(final.gate.weights).map(([name, value]) => `${name} ${value}`).join(', ')}`);
console.log('\nthe final tagger (all tuning sets) on the untouched sets: F1 and organisation FP/FN counts only');
for (const name of [...new Set(all.map((document) => document.set))].filter((set) => UNTOUCHED.has(set))) {
  for (const kind of KINDS) {
    const documents = all.filter((document) => document.set === name && document.kind === kind);
    if (documents.length === 0) continue;
    const [off, on] = [organisationScore(documents, OFF), organisationScore(documents, final)];
    const counts = (s: TypeScore | null): string => (s === null ? '-' : `F1 ${s.f1.toFixed(3)} FP ${s.fp} FN ${s.fn}`);
    console.log(`${name.padEnd(10)} ${kind.padEnd(8)} current ${counts(off)} | tagger${adopted ? '' : ' (not adopted)'} ${counts(on)}`);
  }
}

const file = `/**
 * Generated by \`npm run fit:tagger\` (scripts/eval/fit-tagger.ts): do not edit by hand, refit.
 * The organisation tagger's weights (tagger.ts), fitted on ${tokens} tokens of the tuning sets
 * (${BITS}-bit feature buckets, ${EPOCHS} epochs). Leave-one-set-out cross-validation, mean
 * organisation F1 on the real web sets: ${meansLine}: ${adopted ? 'enabled' : 'not enabled'}.
 */
import type { TaggerModel } from './tagger.js';

export const TAGGER_MODEL: TaggerModel = {
  enabled: ${adopted},
  bits: ${BITS},
  gate: {
    scope: 'all',
    bias: ${final.gate.bias},
    threshold: ${final.gate.threshold},
    weights: {
${Object.entries(final.gate.weights).map(([name, value]) => `      '${name}': ${value},`).join('\n')}
    },
  },
  weights:
    '${final.weights}',
};
`;
const missing = REAL_SETS.filter((name) => !tuningSets.includes(name));
if (missing.length > 0) {
  console.error(`\nweights not written: no page dumps for ${missing.join(', ')} (pass --web NAME=DIR)`);
  process.exitCode = 2;
} else if (args.includes('--dry-run')) console.log('\n--dry-run: weights not written');
else {
  await writeFile(WEIGHTS_FILE, file);
  console.log(`\nwrote ${WEIGHTS_FILE} (${final.weights.split(';').length} buckets, ${Math.round(file.length / 1024)} KB, enabled ${adopted})`);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
