/**
 * The proposer family "a name between brackets" (extractors/fr/organisation/bracket-name.ts), on
 * invented sentences: the bracket holds the name alone, after its description or a word of examples.
 */
import { describe, expect, it } from 'vitest';
import { bracketNames } from '../../../../extractors/fr/organisation/bracket-name.js';

const names = (text: string): string[] => bracketNames(text).map((found) => text.slice(found.start, found.end));

describe('bracketNames', () => {
  it.each([
    ['Le pôle associe une menuiserie de réemploi (Kalimbo) et une ressourcerie.', ['Kalimbo']],
    ["Le bistrot associatif (Trok'Ensemble) ouvre le samedi.", ["Trok'Ensemble"]],
    ['Le tri des encombrants (Trokalis recyclage) a repris.', ['Trokalis']],
    ['Des pôles nés d’entreprises (exemple Kalimbo) et des pôles citoyens.', ['Kalimbo']],
    ['Une centaine de structures (dont Trokalis) ont signé.', ['Trokalis']],
    ['La Halte Solidaire (aujourd’hui Halte 71) accueille les familles.', ['Halte 71']],
    ['Des pôles portés par des villes (exemples Kalimbo, Vergers Ouverts et Trokalis).', ['Kalimbo', 'Vergers Ouverts', 'Trokalis']],
  ])('reads %j', (text, found) => {
    expect(names(text)).toEqual(found);
  });

  it.each([
    ['Le développement de l’économie sociale et solidaire (ESS) progresse.', 'a word in capitals spells an acronym out'],
    ['La Société coopérative d’intérêt collectif\n(ClAE) a fermé.', 'an OCR’d acronym, one lower-case letter'],
    ['La loi Mobilité Emploi Local Solidaire (Mels) est votée.', 'after a capitalised word: the initials of the words before'],
    ['Le chantier de la cour (Phase B) commence en juin.', 'a word and a lone letter label a step'],
    ['Le projet de Kalimbo (Loire) : une épicerie.', 'a capitalised word before the bracket, no cue word'],
    ['Une réunion (voir le compte rendu) a eu lieu.', 'a bracket of prose'],
    ['Une vue du chantier (Crédit Photo) ouvre le dossier.', 'everyday words with capitals, no cue word'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});
