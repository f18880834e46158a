/**
 * The proposer family "a kind, then the name" (extractors/fr/organisation/kind-then-name.ts), on
 * invented sentences: the kind and its description stay out of the name.
 */
import { describe, expect, it } from 'vitest';
import { kindThenNames } from '../../../../extractors/fr/organisation/kind-then-name.js';

const names = (text: string): string[] => kindThenNames(text).map((found) => text.slice(found.start, found.end));

describe('kindThenNames', () => {
  it.each([
    ["Il travaille avec l'organisme de formation Savoria depuis 2019.", 'Savoria'],
    ['Le traiteur solidaire Pain Malin a livré le repas.', 'Pain Malin'],
    ['Elle a rejoint la start-up\nVélorizon en mai.', 'Vélorizon'],
    ["C'est le bailleur social Habitat des Monts qui rénove.", 'Habitat des Monts'],
    ['Une feuille de route sur le consortium Kalvi Tiers-lieux est prête.', 'Kalvi Tiers-lieux'],
    ["L'atelier-chantier de réinsertion Kalvi Couture, basé à Lempdes, recrute.", 'Kalvi Couture'],
    ['Le fonds de garantie coopératif Kalvidea a signé.', 'Kalvidea'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['Le restaurant de Lyon ferme en août.', 'a preposition ties the place to the kind'],
    ['Ce groupe a organisé la fête.', 'no name follows the kind'],
    ['Le traiteur qui livre Marie Dupont passe à midi.', 'a verb in the description: what follows is no name of the kind'],
    ['Le consortium compte quinze membres.', 'no name follows the kind'],
    ['Le fonds de garantie de la Région soutient les projets.', 'a preposition ties the region to the kind'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});
