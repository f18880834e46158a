/**
 * `namesPeopleWord` (extractors/fr/organisation/people-word.ts): one word made of a word the page writes (or a known
 * place) and an ending naming its people, members or what comes from it names no body. Invented pages and values.
 */
import { describe, expect, it } from 'vitest';
import { namesPeopleWord } from '../../../../extractors/fr/organisation/people-word.js';

describe('namesPeopleWord', () => {
  it.each([
    ['Un bistrot Kalvanais ouvrira. Le Kalvanes est une vallée.', 'Kalvanais'],
    ['Avec Lise Moreau (Trokalienne), du réseau TROKAL.', 'Trokalienne'],
    ["L'atelier Kalvassien s'installe dans le Kalvas.", 'Kalvassien'],
    ['Les Brindailliers, comme on les appelle, animent les Brindailles.', 'Brindailliers'],
    ['Un marché Lyonnais tous les jeudis.', 'Lyonnais'],
  ])('a people word: %s', (text, value) => {
    expect(namesPeopleWord(text, value)).toBe(true);
  });
  it.each([
    ['Son fablab, le Fabrulien, ouvre en mai.', 'Fabrulien'],
    ['Le club Kalvanaise a gagné.', 'Kalvanaise'],
    ['Le club La Vilaretoise joue à Vilaret.', 'La Vilaretoise'],
    ['La Kalvanais Coop ouvre. Le Kalvanes est une vallée.', 'Kalvanais Coop'],
  ])('no people word: %s', (text, value) => {
    expect(namesPeopleWord(text, value)).toBe(false);
  });
});
