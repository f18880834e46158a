/**
 * `parent-after` (extractors/fr/organisation/name-guards.ts `acronymBeforeParent`, read by
 * decision-guards.ts): a lower-case type word, an acronym, `de` and a body holding a type word is
 * one body inside another; the first keeps its name, and the `de` after it is no sign that its
 * name was cut. The parent's type word may open the next line. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const named = (text: string): { value: string; evidence: readonly string[] }[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === 'fr.organisation.named')
    .map((m) => ({ value: m.value, evidence: m.evidence ?? [] }));

const split = (value: string) => ({ value, evidence: expect.arrayContaining(['parent-after']) as unknown as readonly string[] });

describe('parent-after: an acronym of a lower-case kind, then its parent body', () => {
  it.each([
    ['Une enquête de terrain réalisée par le\nlaboratoire LERVO de Quimper\nUniversité a duré deux mois.', 'laboratoire LERVO'],
    ['Les données viennent du laboratoire TRIVAL de Brest Université, partenaire du pôle.', 'laboratoire TRIVAL'],
    ["L'étude confiée au laboratoire OKAPI de l'Université\nde Rennes a été publiée.", 'laboratoire OKAPI'],
  ])('keeps the first body, split from its parent (≥ 3 positive cases): %s', (text, value) => {
    expect(named(text)).toContainEqual(split(value));
  });
  it.each([
    ['Une enquête réalisée par le laboratoire LERVO de Quimper\navec deux stagiaires.', 'laboratoire LERVO de Quimper'],
    ['Une enquête réalisée par le laboratoire LERVO de Quimper\nSes stagiaires ont tout noté.', 'laboratoire LERVO de Quimper'],
  ])('reads no parent where no type word follows (≥ 2 negative cases): %s', (text, value) => {
    expect(named(text)).toEqual([{ value, evidence: [] }]);
  });
});
