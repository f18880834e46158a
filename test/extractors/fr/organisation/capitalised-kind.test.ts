/**
 * The proposer family "a capitalised type word and its lower-case description"
 * (extractors/fr/organisation/capitalised-kind.ts), on invented sentences: where the name
 * starts and ends, and the shapes it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { capitalisedKindNames } from '../../../../extractors/fr/organisation/capitalised-kind.js';

const names = (text: string): string[] => capitalisedKindNames(text).map((found) => text.slice(found.start, found.end));

describe('capitalisedKindNames', () => {
  it.each([
    ["Le dossier vient de l'Union départementale des centres sociaux.", 'Union départementale des centres sociaux'],
    ['Elle a rejoint le Réseau d’entraide et de partage, puis la mairie.', 'Réseau d’entraide et de partage'],
    ['Une table tenue par les Éditions solidaires\ndu Bocage.', 'Éditions solidaires\ndu Bocage'],
    ["Porté par la Plateforme départementale de l'habitat à Vierzon et deux associations.", "Plateforme départementale de l'habitat"],
    ['• Le Service Régional de la Vie Associative,', 'Service Régional de la Vie Associative'],
    ['Elle dirige le Pôle territorial de coopération économique du Val.', 'Pôle territorial de coopération économique du Val'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ["La Maison de l'enfance accueille les familles.", 'a verb follows: the sentence would be swallowed'],
    ['Le Service de presse, joint mardi, confirme.', "a body's organ"],
    ['Elle fréquente le Centre social.', 'no object of a preposition: a kind, not a name'],
    ['Ils ont créé une Union de producteurs.', 'no article before the type word'],
    ['Il a quitté la maison de quartier.', 'the type word in lower case'],
    ['Ils portent le Pôle territorial de coopération économique, créé en 2013.', 'a concept, not a body'],
    ['Avec le Campus des arts du bois (CAB), le salon ouvre.', 'its acronym follows in brackets'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});
