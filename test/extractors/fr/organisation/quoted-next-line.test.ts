/**
 * `quoted-name` (extractors/fr/parsers/organisation-named.ts `quotedName`): a name in quotes right
 * after its type word is bounded by the quotes, also when it opens the next line. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const named = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === 'fr.organisation.named')
    .map((m) => m.value);

describe('quoted-name on the line after its type word', () => {
  it.each([
    ['La ressourcerie a ouvert en mai, portée par l\'association\n"BOLT VIVA Recyclerie" : BOLT pour Bureau Local.', 'BOLT VIVA Recyclerie'],
    ["Le jardin est animé depuis 2012 par l'association\n« Les Pieds dans la Glaise », qui accueille des familles.", 'Les Pieds dans la Glaise'],
    ['Le projet est né dans la coopérative\n"Vent Roux Énergies" à la fin de 2019.', 'Vent Roux Énergies'],
  ])('reads the quoted name (≥ 3 positive cases): %s', (text, value) => {
    expect(named(text)).toContain(value);
  });
  it.each([
    ["Le jardin est animé par l'association.\n« Nous accueillons des familles », dit Marc.", 'Nous accueillons des familles'],
    ["Le jardin est animé par l'association ;\n« vingt familles », dit Marc.", 'vingt familles'],
  ])('reads no quoted name after a full stop or a semicolon, nor a lower-case quote (≥ 2 negative cases): %s', (text, value) => {
    expect(named(text)).not.toContain(value);
  });
});
