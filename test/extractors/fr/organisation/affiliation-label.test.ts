/**
 * `withoutAffiliationLabel` (extractors/fr/organisation/affiliation-label.ts): a role, a trade or a legal
 * form written with a capital at the start of a person's affiliation is cut off the body's name
 * (`affiliation-label-cut`); other proposals stay as they are. Invented names.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../extractors/core/types.js';
import { withoutAffiliationLabel } from '../../../../extractors/fr/organisation/affiliation-label.js';

function proposal(text: string, span: string): Candidate {
  const start = text.indexOf(span);
  return { type: 'organisation', start, end: start + span.length, value: span.replace(/\s+/gu, ' '), confidence: 0.6, rule: 'fr.organisation.named', inferred: [] };
}

function after(text: string, span: string): string {
  return withoutAffiliationLabel(text, proposal(text, span)).value;
}

describe('withoutAffiliationLabel: a label opening a person\'s affiliation', () => {
  it('cuts a role, a trade or a legal form before the name (≥ 3 positive cases)', () => {
    expect(after('Jeanne Roux (Trésorière Kalimbo, Région Bretagne)', 'Trésorière Kalimbo')).toBe('Kalimbo');
    expect(after('Odile Ferrand, Entreprise Brenvac Solidaire', 'Entreprise Brenvac Solidaire')).toBe('Brenvac Solidaire');
    expect(after('animée par Luc Marchal – Consultant Trokalis Conseil, Lyon', 'Consultant Trokalis Conseil')).toBe('Trokalis Conseil');
    expect(after('Avec Maëlle\nGuérin (Administratrice\nBrenvac-VL, Rennes)', 'Administratrice\nBrenvac-VL')).toBe('Brenvac-VL');
    expect(after("Paul Roy, Entreprise d'Insertion Kalimbo Services", "Entreprise d'Insertion Kalimbo Services")).toBe('Kalimbo Services');
  });
  it('leaves the label when a common word follows it, or no person comes before (≥ 2 negative cases)', () => {
    expect(after('Jeanne Roux, Directrice Générale Kalimbo, a parlé.', 'Directrice Générale Kalimbo')).toBe('Directrice Générale Kalimbo');
    expect(after('le rapport de Paul Roy, Association Française des Brenvacs', 'Association Française des Brenvacs')).toBe('Association Française des Brenvacs');
    expect(after("L'Association Terres Vives recrute.", 'Association Terres Vives')).toBe('Association Terres Vives');
    expect(after('Le rapport de la Présidente Kalimbo a été voté.', 'Présidente Kalimbo')).toBe('Présidente Kalimbo');
  });
});
