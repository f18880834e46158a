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
      'Sont aidés : 60 € pour la pêche, le judo : 900 €, Les amis du carillon : 350 €, Kalvo Swing : 500 €, OLV : 700 € et la Brindaille : 120 €.',
      ['Les amis du carillon', 'Kalvo Swing', 'OLV', 'Brindaille'],
    ],
    ['En tête viennent la fête (25.000 euros), le Galop des Vaux (18.000), KB Artist (15.000), United artists of Kalvo (12.000), KB Jam (11.000).', ['Galop des Vaux', 'KB Artist', 'United artists of Kalvo', 'KB Jam']],
    // An aside in brackets and an entry in lower case keep the run going; only names opening on a capital are read.
    ['Ont reçu : 8 € au cercle, Trokalis : 250 €, la section des anciens (mairie) : 1 100 €, les Cheveux de lune : 900 €, le comité des fêtes : 300 €.', ['Trokalis', 'Cheveux de lune']],
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
    const text = 'Sont aidés : 60 € pour la pêche, le judo : 900 €, Les amis du carillon : 350 €, Passez donc voir : 70 €, OLVA : 700 €, la FNAPV : 80 € et les Tréteaux de Lorv : 120 €.';
    const found = extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation');
    expect(found.find((mention) => mention.text === 'Passez donc voir')).toMatchObject({ rule: 'fr.organisation.candidate', evidence: expect.arrayContaining(['entry-line']) });
    expect(organisations(text)).toEqual(expect.arrayContaining(['Les amis du carillon', 'Tréteaux de Lorv']));
    expect(organisations(text)).not.toContain('judo');
  });
});
