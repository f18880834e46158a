/**
 * list-head.ts: the name opening each item of a run of list items, before its separator (`• Kalimbo à Lorvey : …`,
 * `- Trokalis – Paul Ferrand`), and the whole items of a dash run after a colon (`Membres : A - B - C`).
 * Names, places and people are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { listHeads } from '../../../../extractors/fr/organisation/list-head.js';

const heads = (text: string): string[] => listHeads(text).map((head) => text.slice(head.start, head.end));
const organisations = (text: string) => extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation');

describe('list-head: the heads of a run of list items', () => {
  it.each([
    ['Au programme : • Le Kalvo à Lorvey : un lieu de vie. • Trokalis à Brenac : une friche ouverte. • Volume Lunaire à Brenac : un atelier.', ['Le Kalvo', 'Trokalis', 'Volume Lunaire']],
    ['Les lauréats :\n- Brindaille, pour sa friperie.\n- le Manteau Bleu, pour son atelier.\n- Kalvoisin (Lorvey) : un garage.', ['Brindaille', 'Manteau Bleu', 'Kalvoisin']],
    ['• Trokalis – Paul Ferrand, menuisier.\n• Kalimbo – Lise Moreau, graphiste.\n• Orvela Sud – Marc Petit, potier.', ['Trokalis', 'Kalimbo', 'Orvela Sud']],
    ['Étaient présents : Associations : KALVO - TROKALIS SWING - LES AMIS DE BRENAC - ORVAL', ['KALVO', 'TROKALIS SWING', 'LES AMIS DE BRENAC', 'ORVAL']],
  ])('reads the heads of %j (≥ 3 positive cases)', (text, names) => {
    expect(heads(text)).toEqual(names);
  });

  it.each([
    // Two items of one shape are as often a timetable's.
    '- Kalvo (printemps) : ouverture du chantier.\n- Orvela (automne) : fin des travaux.',
    // Lines of one dash each: a table of two columns, no row of names.
    'Retenus :\nLorvie - Kalimbo Sud\nBrenac - Les Toits Voisins\nOrval - Trokalis',
    // One item of the shape is a sentence opening on a capital, no list.
    'Présentation :\n- Kalimbo à Lorvey : un lieu de vie.\n- puis une visite du quartier et du marché.\n- enfin un repas partagé avec les voisins.',
    // A capital or a number after the colon: labels and their values.
    '• Budget : 3 000 €\n• Direction : Lise Moreau\n• Partenaire Principal : Mairie de Lorvey',
    // A programme: most items of the dash run are hours.
    'Programme : 10h - Accueil des Voisins - 12h30 - Repas Partagé - 14h - Visite du site - 17h30 - Clôture',
  ])('reads no list head in %j (≥ 2 negative cases)', (text) => {
    expect(heads(text)).toEqual([]);
  });

  it('keeps a head as an organisation with list-head evidence', () => {
    const found = organisations('Quatre lieux à voir : • Le Kalvo à Lorvey : un lieu de vie. • Trokalis à Brenac : une friche ouverte. • Volume Lunaire à Brenac : un atelier.');
    expect(found.find((mention) => mention.text === 'Trokalis')).toMatchObject({ rule: 'fr.organisation.candidate', evidence: expect.arrayContaining(['list-head']) });
  });
});
