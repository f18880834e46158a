/**
 * entry-line.ts `amount-list`: the names of a grant list run into a sentence (`…, Kalimbo : 450 €, …`,
 * `…, Trokalis (30.000), …`), three entries in a row at least. Names, sums and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { entryNames } from '../../../../extractors/fr/organisation/entry-line.js';

const grants = (text: string): string[] => entryNames(text).filter((entry) => entry.layout === 'amount-list').map((entry) => text.slice(entry.start, entry.end));
const organisations = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation').map((mention) => mention.text);

describe('entry-line amount-list: the names of a grant list', () => {
  it.each([
    [
      'Le conseil a voté : 50 € à la chasse, le tennis : 1 000 €, Les amis des flûtes : 450 €, Kalvo Swing : 500 €, OLV : 1 000 € et la Brindaille : 120 €.',
      ['Les amis des flûtes', 'Kalvo Swing', 'OLV', 'Brindaille'],
    ],
    ['Les mieux dotés sont le festival (40.000 euros), le Galop des Vaux (34.000), KB Artist (30.000), United artists of Kalvo (20.000), KB Jam (20.000).', ['Galop des Vaux', 'KB Artist', 'United artists of Kalvo', 'KB Jam']],
    // An aside in brackets and an entry in lower case keep the run going; only names opening on a capital are read.
    ['Ont reçu : 5 € au club, Trokalis : 200 €, la section des parents (école) : 1 200 €, les Cheveux de lune : 1 000 €, le don du sang : 200 €.', ['Trokalis', 'Cheveux de lune']],
  ])('reads the names of %j (≥ 3 positive cases)', (text, names) => {
    expect(grants(text)).toEqual(names);
  });

  it.each([
    // Two entries are a sentence naming two sums, no list.
    'Le budget est partagé : 40 € au goûter, Trokalis : 200 € et Kalvo Swing : 300 €.',
    // Department numbers in brackets are no sums.
    'Les lauréats sont venus du Gard, Trokalis (30), Kalvo Swing (34), Ludo Val (13), Brindaille (84).',
    // A year is no sum either.
    'Ils ont rejoint le réseau, Trokalis (2019), Kalvo Swing (2020), Ludo Val (2021), Brindaille (2022).',
  ])('reads no grant list in %j (≥ 2 negative cases)', (text) => {
    expect(grants(text)).toEqual([]);
  });

  it('keeps names of a grant list holding organisations, in sentence case too, with entry-line evidence', () => {
    const text = 'Le conseil a voté : 50 € à la chasse, le tennis : 1 000 €, Les amis des flûtes : 450 €, Circulez donc voir : 50 €, OLVA : 1 000 €, la FNAPV : 80 € et les Tréteaux de Lorv : 120 €.';
    const found = extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation');
    expect(found.find((mention) => mention.text === 'Circulez donc voir')).toMatchObject({ rule: 'fr.organisation.candidate', evidence: expect.arrayContaining(['entry-line']) });
    expect(organisations(text)).toEqual(expect.arrayContaining(['Les amis des flûtes', 'Tréteaux de Lorv']));
    expect(organisations(text)).not.toContain('tennis');
  });
});
