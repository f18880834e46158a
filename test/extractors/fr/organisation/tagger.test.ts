/**
 * The organisation tagger (tagger.ts) and its training (tagger-train.ts) on a tiny invented
 * training set: `[…]` marks an organisation's name. The names of the test sentences are not in
 * the training sentences: what is learnt is the shape of a name and its place, not the name.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ParsingContext } from '../../../../extractors/core/types.js';
import { makeOrganisationDecisionRefiner } from '../../../../extractors/fr/refiners/organisation-decision.js';
import { DECISION_MODEL } from '../../../../extractors/fr/organisation/decision-weights.js';
import { addScores, encodeWeights, spansOf, TAGGER_RULE, taggedProposals, taggedSpans, tagPage, weightTable } from '../../../../extractors/fr/organisation/tagger.js';
import type { TaggerModel } from '../../../../extractors/fr/organisation/tagger.js';
import { historyFeatures, pageFeatures, tokenise } from '../../../../extractors/fr/organisation/tagger-features.js';
import type { Label, PageFeatures } from '../../../../extractors/fr/organisation/tagger-features.js';
import { reachableLabels, trainTagger } from '../../../../extractors/fr/organisation/tagger-train.js';
import type { TrainingPage } from '../../../../extractors/fr/organisation/tagger-train.js';
import { marked } from '../../../helpers/marked-names.js';

function trainingPage(sentence: string): TrainingPage {
  const { text, names } = marked(sentence);
  const features = pageFeatures(text, []);
  const labels = features.tokens.map((token): Label => {
    const name = names.find((n) => token.start >= n.start && token.end <= n.end);
    if (name === undefined) return 0;
    return token.start === name.start ? 1 : 2;
  });
  return { features, labels };
}

const TRAINING = [
  'Nos membres : [Brocantik], [Tramapol] et [Vergelune].',
  'Le projet réunit [Kerbiho], [Lumio], [Pomarel] et [Zaganet].',
  'Avec le soutien de [Fontavel] et de [Mirobal], le chantier avance.',
  'Nos partenaires\n[Calmiro]\n[Dravelin]\n[Sobrane]',
  'Lauréats\n- [Kavolo]\n- [Trebizan]\n- [Ulmero]',
  "L'association [Vibrelune] accueille des familles depuis dix ans.",
  'La coopérative [Mandorel] ouvre un atelier de réparation.',
  'Merci à [Pelrano] pour son accueil chaleureux.',
  'Le collectif [Arbazan] organise une fête en juin.',
  "L'entreprise [Novarel] recrute deux salariés.",
  "Depuis mai, l'association [Tirmano] anime un jardin.",
  'Chaque mois, la coopérative [Brelvano] livre des paniers.',
  "Hier, l'association [Quistrel] a fêté ses vingt ans.",
  'Le marché a lieu à Lyon chaque samedi matin.',
  'Camille Dupont présente le bilan de l’année.',
  'Rendez-vous lundi 3 mars à Nantes pour la réunion.',
  'Le rapport annuel décrit les actions menées.',
  'Les bénévoles ont planté des arbres au printemps.',
  'Un projet porté par [Quimelo] et financé par [Ravonel].',
  'En partenariat avec [Solbrane], la ville ouvre un lieu.',
  'Structures présentes\n[Gavrino]\n[Hastelio]',
  'Nous remercions [Bellanto], [Corvina] et [Dumelio].',
  'Le président de [Estravel] a pris la parole.',
  'La journée a réuni des habitants et des élus à Brest.',
];
const PAGES = TRAINING.map(trainingPage);
const table = trainTagger(PAGES, { bits: 14, epochs: 8 });
const model: TaggerModel = { enabled: true, bits: 14, weights: encodeWeights(table), gate: { scope: 'all', bias: 5, threshold: 0.5, weights: {} } };

function tagged(text: string, candidates: Candidate[] = []): string[] {
  const context: ParsingContext = { text, page: 1, source: 'text', document: {} };
  return taggedSpans(model, context, candidates).map((c) => c.value);
}

describe('organisation tagger', () => {
  it('finds names it never saw in a comma list, a heading list, after a type word and after a cue', () => {
    expect(tagged('Nos membres : Farbelo, Gistrane et Holvino.')).toEqual(['Farbelo', 'Gistrane', 'Holvino']);
    expect(tagged('Nos partenaires\nIrvalto\nJostrene')).toEqual(['Irvalto', 'Jostrene']);
    expect(tagged("Cette année, l'association Vostrelio accueille des jeunes.")).toEqual(['Vostrelio']);
    expect(tagged('Un projet porté par Lestravo cette année.')).toEqual(['Lestravo']);
  });

  it('does not tag places, people, dates or ordinary sentences', () => {
    expect(tagged('Le marché a lieu à Brest chaque dimanche.')).toEqual([]);
    expect(tagged('Les habitants ont planté des haies en automne.')).toEqual([]);
  });

  it('leaves a name the rules already kept, or a person, to them', () => {
    const text = 'Nos membres : Farbelo, Gistrane et Holvino.';
    const start = text.indexOf('Gistrane');
    const kept: Candidate = { type: 'organisation', start, end: start + 8, value: 'Gistrane', confidence: 0.8, rule: 'fr.organisation.named', inferred: [] };
    expect(tagged(text, [kept])).toEqual(['Farbelo', 'Holvino']);
    const person: Candidate = { ...kept, type: 'person', rule: 'fr.person.name' };
    expect(tagged(text, [person])).toEqual(['Farbelo', 'Holvino']);
  });

  it('is deterministic: the same pages give the same weights', () => {
    expect(encodeWeights(trainTagger(PAGES, { bits: 14, epochs: 8 }))).toBe(model.weights);
    expect(encodeWeights(trainTagger(PAGES.slice(1), { bits: 14, epochs: 8 }))).not.toBe(model.weights);
  });

  it('stores the weights it decodes (rounded to 0.01)', () => {
    const decoded = weightTable(model).values;
    let largest = 0;
    for (let i = 0; i < table.values.length; i += 1) largest = Math.max(largest, Math.abs((decoded[i] ?? 0) - (table.values[i] ?? 0)));
    expect(largest).toBeLessThanOrEqual(0.005 + 1e-6);
    expect(model.weights.length).toBeGreaterThan(0);
  });

  it('never lets I follow O, and cuts signs off a span', () => {
    const page = pageFeatures('Nos membres : Farbelo, Gistrane.', []);
    const labels = tagPage(weightTable(model), page);
    labels.forEach((label, i) => {
      if (label === 2) expect(labels[i - 1]).not.toBe(0);
    });
    const tokens = tokenise('« Farbelo » et');
    expect(spansOf([1, 2, 2, 0], tokens)).toEqual([{ first: 1, last: 1 }]);
  });

  it('adds its names through the decision as fr.organisation.tagger, with its evidence', () => {
    const text = 'Nos membres : Farbelo, Gistrane et Holvino.';
    const context: ParsingContext = { text, page: 1, source: 'text', document: {} };
    const kept = makeOrganisationDecisionRefiner(DECISION_MODEL, model).refine(context, []);
    expect(kept.map((c) => [c.rule, c.value])).toEqual([[TAGGER_RULE, 'Farbelo'], [TAGGER_RULE, 'Gistrane'], [TAGGER_RULE, 'Holvino']]);
    for (const candidate of kept) {
      expect(candidate.evidence?.[0]).toBe('tagger');
      expect(candidate.evidence?.some((name) => name.startsWith('tagger:'))).toBe(true);
    }
    expect(makeOrganisationDecisionRefiner(DECISION_MODEL, { ...model, enabled: false }).refine(context, [])).toEqual([]);
    expect(taggedProposals({ ...model, gate: { ...model.gate, bias: -5 } }, context, [])).toEqual([]);
  });

  it('decodes the whole page: its labels score as high as any sequence (Viterbi), with or without fixed labels', () => {
    const page = pageFeatures('Nos membres : Farbelo, Gistrane et Holvino.', []);
    for (let seed = 1; seed <= 6; seed += 1) {
      const noisy = randomTable(seed);
      const labels = tagPage(noisy, page);
      expect(sequenceScore(noisy, page, labels)).toBeCloseTo(bestScore(noisy, page, []), 6);
      const fixed: (Label | null)[] = page.tokens.map((_token, i) => (i === 3 ? 1 : i === 0 ? 0 : null));
      const constrained = tagPage(noisy, page, fixed);
      expect([constrained[0], constrained[3]]).toEqual([0, 1]);
      expect(sequenceScore(noisy, page, constrained)).toBeCloseTo(bestScore(noisy, page, fixed), 6);
    }
  });

  it('learns where the gold can be reached: an I after a token it does not read opens the name', () => {
    const text = 'il y a toujours la maison des jeunes du quartier ici';
    const page = pageFeatures(text, []);
    const labels = page.tokens.map((_token, i): Label | null => (i === 6 ? 2 : i === 7 ? 2 : i === 8 ? null : 0));
    const reachable = reachableLabels({ features: page, labels });
    expect(page.active[6]).toBe(0);
    expect(reachable.slice(5, 9)).toEqual([0, 0, 0, 0]);
    const read = pageFeatures('Chez Lumio jardin', []);
    expect(reachableLabels({ features: read, labels: [0, 2, 2] })).toEqual([0, 1, 2]);
  });
});

/** A table of pseudo-random weights (a fixed linear congruential sequence). */
function randomTable(seed: number): ReturnType<typeof weightTable> {
  const bits = 8;
  const values = new Float64Array(3 << bits);
  let state = seed;
  for (let i = 0; i < values.length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    values[i] = (state / 2 ** 32) * 2 - 1;
  }
  return { bits, values };
}

/** The score of a label sequence: each token's features and history under its label. */
function sequenceScore(table: ReturnType<typeof weightTable>, page: PageFeatures, labels: readonly Label[]): number {
  let total = 0;
  labels.forEach((label, i) => {
    if (page.active[i] !== 1) return;
    const scores = [0, 0, 0];
    addScores(table, page.features[i] ?? [], scores);
    const info = page.infos[i];
    if (info !== undefined) addScores(table, historyFeatures(info, i === 0 ? 0 : labels[i - 1] ?? 0), scores);
    total += scores[label] ?? 0;
  });
  return total;
}

/** The best score of every valid sequence (brute force; `fixed[i]`, when a label, is kept). */
function bestScore(table: ReturnType<typeof weightTable>, page: PageFeatures, fixed: readonly (Label | null)[]): number {
  let best = -Infinity;
  const labels: Label[] = [];
  const walk = (i: number): void => {
    if (i === page.tokens.length) {
      best = Math.max(best, sequenceScore(table, page, labels));
      return;
    }
    for (const label of [0, 1, 2] as const) {
      if (page.active[i] !== 1 && label !== 0) continue;
      if ((fixed[i] ?? null) !== null && fixed[i] !== label) continue;
      if (label === 2 && (i === 0 || labels[i - 1] === 0)) continue;
      labels[i] = label;
      walk(i + 1);
    }
  };
  walk(0);
  return best;
}
