/**
 * `kind-only` (extractors/fr/organisation/kind-only.ts): a kind of structure spelled out, even in
 * title case, names no body; the organisation decision drops it. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { namesKindOnly } from '../../../../extractors/fr/organisation/kind-only.js';

const organisations = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {}).filter((m) => m.type === 'organisation').map((m) => m.value);

describe('kind-only: a legal form or a kind of place alone names no body', () => {
  it('finds a whole kind, plural or hyphenated as written (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Société Coopérative et Participative')).toBe(true);
    expect(namesKindOnly("Coopérative d'Activité et d'Emploi")).toBe(true);
    expect(namesKindOnly('Maisons Relais')).toBe(true);
    expect(namesKindOnly('les Tiers-Lieux')).toBe(true);
    expect(namesKindOnly('Groupement d’Employeurs')).toBe(true);
  });
  it('finds a legal form cut by the extent, when a type word is left (≥ 3 positive cases)', () => {
    expect(namesKindOnly('Coopérative Ouvrière de Production')).toBe(true);
    expect(namesKindOnly("Coopérative d'Intérêt Collectif")).toBe(true);
    expect(namesKindOnly('Société')).toBe(true);
  });
  it('keeps a name with a word of its own, a cut run with its article or with no type word (≥ 2 negative cases)', () => {
    expect(namesKindOnly('Coopérative Valmoreau')).toBe(false);
    expect(namesKindOnly("Repair'Cafés du Pech Ardent")).toBe(false);
    expect(namesKindOnly('La Société')).toBe(false);
    expect(namesKindOnly('Espaces')).toBe(false);
    expect(namesKindOnly('Relais')).toBe(false);
    expect(namesKindOnly('Coopérative Tiers-Lieux')).toBe(false);
  });
});

describe('kind-only in the organisation decision', () => {
  it.each([
    "Le collectif prépare la création d'une Société\nCoopérative d'Intérêt Collectif pour 2026.",
    'Dans la vallée : les FabLabs, les Recycleries,\nles jardins et les épiceries solidaires.',
    "L'association gère des places d'hébergement (veille sociale, Pensions de Famille, Maisons Relais) dans la Drôme.",
  ])('drops the kind a page names (≥ 3 positive cases): %s', (text) => {
    expect(organisations(text)).toEqual([]);
  });
  it('keeps the body a kind describes (≥ 2 negative cases)', () => {
    expect(organisations('La coopérative Valmoreau, une Société Coopérative et Participative, recrute.')).toContain('Valmoreau');
    expect(organisations("Les bénévoles du Repair'Café des Trois Saules réparent vélos et grille-pain.")).toContain("Repair'Café des Trois Saules");
  });
});
