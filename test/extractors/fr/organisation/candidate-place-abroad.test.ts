/**
 * candidates.ts `withoutTrailingPlace`: a place closing a proposed name is where the structure is, not its name's: a
 * known place after `à` (`… à Auch`), and a place abroad after `de` (`… de New York`); a French town after `de` stays
 * (`… de Lunel`: as often the name's own). Names are invented; the places are real places.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';

const organisations = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation').map((mention) => mention.text);

describe('a place abroad after `de` closing a proposed name is cut off', () => {
  it.each([
    ['Inspirée de la Kalvo Hill Grocery Coop de New York, la boutique Lorv a ouvert en mars.', 'Kalvo Hill Grocery Coop'],
    ['Les partenaires : Trokal Solidaire de Genève, Kalvo Habitat, Lorvo Services.', 'Trokal Solidaire'],
    ["Les partenaires : Lorvo Services, Trokal Solidaire d'Amsterdam, Kalvo Habitat.", 'Trokal Solidaire'],
  ])('reads %j as %j (≥ 3 positive cases)', (text, name) => {
    expect(organisations(text)).toContain(name);
    expect(organisations(text).some((found) => found.startsWith(name) && found !== name)).toBe(false);
  });

  it.each([
    // A French town after `de` may be the name's own.
    ['Les partenaires : Trokal Solidaire de Lunel, Kalvo Habitat, Lorvo Services.', 'Trokal Solidaire de Lunel'],
    // No place after `de`: the name's own words.
    ['Les partenaires : Trokal Solidaire de Kervadec, Kalvo Habitat, Lorvo Services.', 'Trokal Solidaire de Kervadec'],
  ])('keeps %j whole as %j (≥ 2 negative cases)', (text, name) => {
    expect(organisations(text)).toContain(name);
  });

  it('still cuts a known place after `à`', () => {
    expect(organisations('Les partenaires : Fonderie Kalvo à Auch, Trokal Solidaire, Kalvo Habitat.')).toContain('Fonderie Kalvo');
  });
});
