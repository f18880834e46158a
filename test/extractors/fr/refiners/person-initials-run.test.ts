/**
 * person-list-member.ts `initials-run`: in an attendance list after a colon whose items are mostly people other rules
 * found, an item written with initials and a surname no rule read is a person too. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';

const initialsRun = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }])
    .mentions.filter((mention) => mention.type === 'person' && mention.rule === 'fr.person.list-member' && (mention.evidence ?? []).includes('initials-run'))
    .map((mention) => mention.text);

describe('person list-member initials-run: initials items of an attendance list', () => {
  it.each([
    ['Présents : J. C Travel – R. Castaril – B. Courvoul – B. Julorin – M. Soubirel.', ['J. C Travel']],
    ['Présents : R. Castaril – G. de Vardouze – B. Courvoul – AM. Kermorvan – B. Julorin.', ['AM. Kermorvan']],
    ['Étaient là : R. Castaril, B. Courvoul, C Barnolet, B. Julorin, M. Soubirel.', ['C Barnolet']],
  ])('reads %j (≥ 3 positive cases)', (text, names) => {
    expect(initialsRun(text)).toEqual(names);
  });

  it.each([
    // Three items: too few to call the list an attendance list.
    'Présents : R. Castaril – B. Courvoul – AM. Kermorvan.',
    // Most items are no people: a list of bodies with two people in it.
    'Partenaires : R. Castaril – B. Courvoul – B. Julorin – CAF Lorvie – Mairie de Brenac – Kalimbo – Trokalis – ORVAL SA – AM. Kermorvan.',
    // An item whose surname is a place is no person.
    'Présents : R. Castaril – B. Courvoul – B. Julorin – M. Soubirel – A. Lyon.',
  ])('reads no initials item in %j (≥ 2 negative cases)', (text) => {
    expect(initialsRun(text)).toEqual([]);
  });
});
