/**
 * `status-before-name` (extractors/fr/parsers/organisation-named.ts `afterStatus`): an approval or
 * a sector in capitals (`ESUS`, `SIAE`) between a lower-case type word and the name says what the
 * body is; the name starts after it. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const named = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === 'fr.organisation.named')
    .map((m) => m.value);

describe('status-before-name: an approval between the type word and the name', () => {
  it.each([
    ["Ce lieu est géré par l'entreprise ESUS Tralala&Bim, logée dans un vieux hangar de tri.", 'Tralala&Bim'],
    ['Le lieu est porté par la coopérative ESUS Vent Roux depuis 2019.', 'Vent Roux'],
    ["Le tri est confié à l'association SIAE Pivoine Bleue, qui emploie douze salariés.", 'Pivoine Bleue'],
  ])('starts the name after the status (≥ 3 positive cases): %s', (text, value) => {
    expect(named(text)).toContain(value);
  });
  it.each([
    ['Le lieu est porté par une entreprise ESUS depuis 2019, explique Marc.'],
    ["Le lieu est porté par l'entreprise ESUSA Vent Roux depuis 2019."],
  ])('reads no status without a name after it, nor inside a longer word (≥ 2 negative cases): %s', (text) => {
    expect(named(text).some((value) => /^(?:Vent Roux|ESUS)$/u.test(value))).toBe(false);
  });
});
