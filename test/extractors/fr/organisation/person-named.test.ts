/**
 * The proposer family "an institution named after a person" (extractors/fr/organisation/
 * person-named.ts), on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { personNamedNames } from '../../../../extractors/fr/organisation/person-named.js';

const names = (text: string): string[] => personNamedNames(text).map((found) => text.slice(found.start, found.end));

describe('personNamedNames', () => {
  it.each([
    ["Il enseigne à l'Université Gaston Berthier depuis 2010.", 'Université Gaston Berthier'],
    ['Les élèves du collège Charles de Valmont ont voté.', 'collège Charles de Valmont'],
    ['La Fondation Abbé Lorrain soutient le projet.', 'Fondation Abbé Lorrain'],
    ['Elle est au lycée Louise\nMorvan.', 'lycée Louise\nMorvan'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['Le concert a lieu salle Paul Ravel.', 'a venue is a place'],
    ["Le directeur de l'école, Jean Dupont, parle.", 'a comma: the person is named apart'],
    ['Le lycée Grand Air ouvre.', 'no first name after the institution word'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});
