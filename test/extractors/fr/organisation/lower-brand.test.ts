/**
 * organisation/lower-brand.ts: a brand written in lower case where a name is expected (`lower-brand`), unless an
 * indefinite or a ranking word (lexicon/ranking-words.ts, folded) before the type word makes it a kind. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { lowerBrands } from '../../../../extractors/fr/organisation/lower-brand.js';

const brands = (text: string): string[] => lowerBrands(text).map((brand) => `${brand.source}:${text.slice(brand.start, brand.end)}`);

describe('lower-brand', () => {
  it.each([
    ["Elle a rejoint l'association ôvrak, puis le bureau.", 'ôvrak'],
    ['Le collectif kalvoiture.org, fondé en mars, recrute.', 'kalvoiture.org'],
    ["Elle est directrice d'ïbrak, depuis mars.", 'ïbrak'],
  ])('reads %j as the brand %j (≥ 3 positive cases)', (text, name) => {
    expect(brands(text)).toEqual([`lower-brand:${name}`]);
  });

  it.each([
    // An indefinite before the type word: a kind.
    ['une'],
    // A ranking word before it, its accent dropped, or written in figures: a kind ranked among others.
    ['la derniere'],
    ['la 2e'],
    ['la Seconde'],
  ])('reads no brand after %j and the type word (≥ 2 negative cases)', (before) => {
    expect(brands(`Elle a rejoint ${before} coopérative ôvrak, puis le bureau.`)).toEqual([]);
    // The same sentence with `la` before the type word: the brand.
    expect(brands('Elle a rejoint la coopérative ôvrak, puis le bureau.')).toEqual(['lower-brand:ôvrak']);
  });
});
