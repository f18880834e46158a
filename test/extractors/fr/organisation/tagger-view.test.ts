/**
 * The tagger's view of a proposal as the decision's evidence (tagger-view.ts,
 * decision-tagger-features.ts), with a tagger trained on a tiny invented set (`[…]` marks a name;
 * the test names are not in the training sentences).
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ParsingContext } from '../../../../extractors/core/types.js';
import { TAGGER_FEATURES, squashedMargin, weighsTagger } from '../../../../extractors/fr/organisation/decision-tagger-features.js';
import type { TaggerView } from '../../../../extractors/fr/organisation/decision-tagger-features.js';
import { featuresOf, pageFacts, proposalView } from '../../../../extractors/fr/organisation/decision-features.js';
import { encodeWeights } from '../../../../extractors/fr/organisation/tagger.js';
import type { TaggerModel } from '../../../../extractors/fr/organisation/tagger.js';
import { pageFeatures } from '../../../../extractors/fr/organisation/tagger-features.js';
import type { Label } from '../../../../extractors/fr/organisation/tagger-features.js';
import { trainTagger } from '../../../../extractors/fr/organisation/tagger-train.js';
import { taggerViews } from '../../../../extractors/fr/organisation/tagger-view.js';
import { makeOrganisationDecisionRefiner } from '../../../../extractors/fr/refiners/organisation-decision.js';
import { marked } from '../../../helpers/marked-names.js';

const TRAINING = [
  'Nos membres : [Brocantik], [Tramapol] et [Vergelune].',
  'Le projet réunit [Kerbiho], [Lumio], [Pomarel] et [Zaganet].',
  'Avec le soutien de [Fontavel] et de [Mirobal], le chantier avance.',
  'Nos partenaires\n[Calmiro]\n[Dravelin]\n[Sobrane]',
  "L'association [Vibrelune] accueille des familles depuis dix ans.",
  'La coopérative [Mandorel] ouvre un atelier de réparation.',
  'Le collectif [Arbazan] organise une fête en juin.',
  "Depuis mai, l'association [Tirmano] anime un jardin.",
  "Hier, l'association [Quistrel] a fêté ses vingt ans.",
  'Le marché a lieu à Lyon chaque samedi matin.',
  'Camille Dupont présente le bilan de l’année.',
  'Rendez-vous lundi 3 mars à Nantes pour la réunion.',
  'Les bénévoles ont planté des arbres au printemps.',
  'Un projet porté par [Quimelo] et financé par [Ravonel].',
  'Nous remercions [Bellanto], [Corvina] et [Dumelio].',
  'La journée a réuni des habitants et des élus à Brest.',
];

function trainingPage(sentence: string): { features: ReturnType<typeof pageFeatures>; labels: Label[] } {
  const { text, names } = marked(sentence);
  const features = pageFeatures(text, []);
  const labels = features.tokens.map((token): Label => {
    const name = names.find((n) => token.start >= n.start && token.end <= n.end);
    return name === undefined ? 0 : token.start === name.start ? 1 : 2;
  });
  return { features, labels };
}

const model: Pick<TaggerModel, 'bits' | 'weights'> = { bits: 14, weights: encodeWeights(trainTagger(TRAINING.map(trainingPage), { bits: 14, epochs: 8 })) };

/** A proposal of `value` (its first occurrence in `text`). */
function proposal(text: string, value: string, rule = 'fr.organisation.candidate'): Candidate {
  const start = text.indexOf(value);
  return { type: 'organisation', start, end: start + value.length, value, confidence: 0.5, rule, inferred: [], evidence: [], data: { handScore: 0 } };
}

/** The tagger features of `value` proposed alone on `text`. */
function taggerFeatures(text: string, value: string): Record<string, number> {
  const proposals = [proposal(text, value)];
  const [view] = taggerViews(model, text, proposals, proposals);
  const features = featuresOf(proposalView(text, proposals, 0, pageFacts(text, proposals), view));
  return Object.fromEntries(Object.entries(features).filter(([name]) => name.startsWith('tagger-')));
}

describe("the tagger's view of a proposal", () => {
  it('fires on a name the tagger reads as one, whole: in a list, after a type word, after a cue', () => {
    for (const [text, value] of [
      ['Nos membres : Farbelo, Gistrane et Holvino.', 'Gistrane'],
      ["Cette année, l'association Vostrelio accueille des jeunes.", 'Vostrelio'],
      ['Un projet porté par Lestravo cette année.', 'Lestravo'],
    ] as const) {
      const features = taggerFeatures(text, value);
      expect(features['tagger-share'], value).toBe(1);
      expect(features['tagger-same'], value).toBe(1);
      expect(features['tagger-margin'], value).toBeGreaterThan(0);
      expect(features['tagger-silent'], value).toBeUndefined();
    }
  });

  it('is silent on a place or a phrase the tagger leaves as text', () => {
    for (const [text, value] of [
      ['Le marché a lieu à Brest chaque dimanche.', 'Brest'],
      ['Les habitants ont planté des haies en automne.', 'Les habitants'],
    ] as const) {
      const features = taggerFeatures(text, value);
      expect(features['tagger-silent'], value).toBe(1);
      expect(features['tagger-share'], value).toBeUndefined();
      expect(features['tagger-same'], value).toBeUndefined();
      expect(features['tagger-margin'] ?? 0, value).toBeLessThan(0);
    }
  });

  it('reads a proposal run over two names as partly named, not the same span', () => {
    const text = 'Nos membres : Farbelo, Gistrane et Holvino.';
    const proposals = [proposal(text, 'Farbelo, Gistrane et Holvino')];
    const [view] = taggerViews(model, text, proposals, proposals);
    expect(view?.same).toBe(false);
    expect(view?.share).toBeGreaterThan(0);
    expect(view?.share).toBeLessThan(1);
  });

  it('reads nothing without a view, and squashes the margin into [-2, 2]', () => {
    const text = 'Nos membres : Farbelo, Gistrane et Holvino.';
    const proposals = [proposal(text, 'Farbelo')];
    const features = featuresOf(proposalView(text, proposals, 0, pageFacts(text, proposals)));
    expect(Object.keys(features).filter((name) => name.startsWith('tagger-'))).toEqual([]);
    expect(squashedMargin(1e9)).toBe(2);
    expect(squashedMargin(-1e9)).toBe(-2);
    expect(squashedMargin(0)).toBe(0);
    const silent: TaggerView = { share: 0, same: false, margin: -1 };
    expect(Object.keys(TAGGER_FEATURES).filter((name) => (TAGGER_FEATURES[name]?.({ tagger: silent } as never) ?? 0) !== 0)).toEqual(['tagger-silent', 'tagger-margin']);
  });

  it('lets a decision weighing it keep what the tagger reads and drop what it does not', () => {
    const text = 'Nos membres : Farbelo, Gistrane et Holvino. Le marché a lieu à Brest chaque dimanche.';
    const context: ParsingContext = { text, page: 1, source: 'text', document: {} };
    const decision = { scope: 'all' as const, bias: -1, threshold: 0.5, weights: { 'tagger-same': 2 } };
    expect(weighsTagger(decision.weights)).toBe(true);
    expect(weighsTagger({ 'one-word': 1 })).toBe(false);
    const off: TaggerModel = { enabled: false, bits: 14, weights: '', gate: { ...decision, weights: {} } };
    const kept = makeOrganisationDecisionRefiner(decision, off, model).refine(context, [proposal(text, 'Gistrane'), proposal(text, 'Brest')]);
    expect(kept.map((candidate) => candidate.value)).toEqual(['Gistrane']);
    expect(kept[0]?.evidence).toContain('fit:tagger-same');
  });
});
