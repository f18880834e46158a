/**
 * `elided-opening` (extractors/fr/parsers/organisation-named.ts `articleCandidate`): after a
 * lower-case type word and its description (organisation/described-name.ts), the name may open
 * with an elided article (`la ressourcerie bretonne l'Escale`): the name starts there, the type
 * word and the description are its cue. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const named = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === 'fr.organisation.named')
    .map((m) => m.value);

describe('elided-opening: a described name opening with an elided article', () => {
  it.each([
    ["Le projet a été lancé par la ressourcerie lyonnaise l'Orangerie en 2019, explique Marc.", "l'Orangerie"],
    ["Nous avons visité l'épicerie ambulante l'Étape du Val, qui tourne dans six villages.", "l'Étape du Val"],
    ["Le chantier est confié à la recyclerie rurale l'Aiguillon Vert depuis mars.", "l'Aiguillon Vert"],
  ])('starts the name at the elided article (≥ 3 positive cases): %s', (text, value) => {
    expect(named(text)).toContain(value);
  });
  it.each([
    ["Le tri se fait à la ressourcerie de l'Orne depuis mars, explique Marc.", "l'Orne"],
    ["Le projet a été lancé par la ressourcerie lyonnaise, avec l'Orangerie en appui.", "l'Orangerie"],
  ])('reads no name at an elided article tied to the type word or after the sentence went on (≥ 2 negative cases): %s', (text, value) => {
    expect(named(text)).not.toContain(value);
  });
});
