/**
 * `fr.organisation.plural-split` (extractors/fr/refiners/organisation-plural-split.ts): after a plural kind, a
 * name read whole over `et` is two bodies; elsewhere it is left whole. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ParsingContext } from '../../../../extractors/core/types.js';
import { PLURAL_SPLIT, organisationPluralSplitRefiner } from '../../../../extractors/fr/refiners/organisation-plural-split.js';

const page = (text: string): ParsingContext => ({ text, page: 1, source: 'text', document: {} });

/** An organisation proposal on the first occurrence of `name` in `text`. */
function proposal(text: string, name: string): Candidate {
  const start = text.indexOf(name);
  return { type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '), confidence: 0.6, rule: 'fr.organisation.named', inferred: [], evidence: ['title-case'] };
}

const refine = (text: string, name: string): Candidate[] => organisationPluralSplitRefiner.refine(page(text), [proposal(text, name)]);

describe('fr.organisation.plural-split', () => {
  it.each([
    ['Les coopératives Trokal et Vibo ont signé.', 'Trokal et Vibo', ['Trokal', 'Vibo']],
    ['La société fut scindée en deux compagnies (Kalvo et\nBimo) en 1970.', 'Kalvo et\nBimo', ['Kalvo', 'Bimo']],
    ['Elle gère ses trois épiceries solidaires : Tamis Vert et Brindille.', 'Tamis Vert et Brindille', ['Tamis Vert', 'Brindille']],
  ])('splits %j in two', (text, name, parts) => {
    const found = refine(text, name);
    expect(found.map((c) => c.value)).toEqual(parts);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(parts);
    for (const part of found) expect(part.evidence).toContain(PLURAL_SPLIT);
  });

  it.each([
    ["L'association Habitat et Partage ouvre un local.", 'Habitat et Partage', 'a singular kind: one body'],
    ['Les projets de la région avec Terre et Ciel avancent.', 'Terre et Ciel', 'no type word after the plural'],
    ['Les associations du Val de Trokal et Vibo se réunissent.', 'Val de Trokal et Vibo', 'a connector inside a part'],
  ])('leaves %j whole (%s)', (text, name) => {
    const found = refine(text, name);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence ?? []).not.toContain(PLURAL_SPLIT);
  });
});
