import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extractors/index.js';

const page = (text: string, number = 1) => ({ page: number, text, source: 'text' as const });

describe('one sense per corpus and per document', () => {
  it('proposes each occurrence of a name accepted in the corpus, with its accepted value', () => {
    const result = extractDocument([page('Merci à Vélocargo pour son aide. Vélocargo livre aussi le marché.')], {
      knownNames: [{ type: 'organisation', text: 'Vélocargo', value: 'Vélocargo Coopérative' }],
    });
    const found = result.mentions.filter((m) => m.rule === 'fr.known-name');
    expect(found.map((m) => [m.text, m.value, m.type])).toEqual([
      ['Vélocargo', 'Vélocargo Coopérative', 'organisation'],
      ['Vélocargo', 'Vélocargo Coopérative', 'organisation'],
    ]);
    expect(found[0]?.evidence).toEqual(['known-name']);
  });

  it('proposes a known person, but never inside another word or over an existing mention', () => {
    const result = extractDocument([page('Réunion avec Maïwenn Kerleau. Les Kerleaux ne sont pas concernés.')], {
      knownNames: [{ type: 'person', text: 'Kerleau', value: 'Maïwenn Kerleau' }],
    });
    expect(result.mentions.filter((m) => m.rule === 'fr.known-name')).toEqual([]);
  });

  it('reads a strongly evidenced organisation the same way on another page of the document', () => {
    const result = extractDocument([page("L'association Rivages Partagés recrute."), page('Rencontre demain chez Rivages Partagés.', 2)]);
    const second = result.mentions.filter((m) => m.page === 2 && m.type === 'organisation');
    expect(second.map((m) => [m.text, m.rule])).toEqual([['Rivages Partagés', 'fr.organisation.same-document']]);
  });

  it('matches exactly: a known name in another case is not proposed', () => {
    const result = extractDocument([page('Le partage des outils est au coeur du projet.')], {
      knownNames: [{ type: 'organisation', text: 'Partage', value: 'Partage' }],
    });
    expect(result.mentions.filter((m) => m.rule === 'fr.known-name')).toEqual([]);
  });

  it('reads the longest whole name at a place, and no name inside a name already read', () => {
    const result = extractDocument([page('Avec Terres Vives Nord, Terres Vives-Est et Terres Vives.')], {
      knownNames: [
        { type: 'organisation', text: 'Terres Vives', value: 'Terres Vives' },
        { type: 'organisation', text: 'Terres Vives Nord', value: 'Terres Vives Nord' },
        { type: 'organisation', text: 'Vives Nord', value: 'Vives Nord' },
        { type: 'organisation', text: 'Terres Vives-E', value: 'Terres Vives-E' },
      ],
    });
    const found = result.mentions.filter((m) => m.rule === 'fr.known-name').map((m) => [m.span.start, m.text]);
    // `Terres Vives-E` stops inside a word; `Vives Nord` is inside `Terres Vives Nord`.
    expect(found).toEqual([[5, 'Terres Vives Nord'], [24, 'Terres Vives'], [44, 'Terres Vives']]);
  });

  it('spreads a strong organisation to its occurrences in capitals, without accents, at a line start or across a line break', () => {
    const result = extractDocument([
      page("L'association Rivages Partagés recrute."),
      page('RIVAGES PARTAGÉS\nRivages Partagés ouvre.\nMerci à Rivages\nPartagés, à RIVAGES PARTAGES et à Rivages Partages.', 2),
    ]);
    const spread = result.mentions.filter((m) => m.rule === 'fr.organisation.same-document');
    expect(spread.map((m) => [m.text, m.value])).toEqual([
      ['RIVAGES PARTAGÉS', 'Rivages Partagés'],
      ['Rivages Partagés', 'Rivages Partagés'],
      ['Rivages\nPartagés', 'Rivages Partagés'],
      ['RIVAGES PARTAGES', 'Rivages Partagés'],
      ['Rivages Partages', 'Rivages Partagés'],
    ]);
  });

  it('spreads a known name written in capitals on a slide, and a known body found by the gazetteer', () => {
    const result = extractDocument([page('Avec Vélocargo et la Fondation Macif.'), page('VÉLOCARGO\nFONDATION MACIF', 2)], {
      knownNames: [{ type: 'organisation', text: 'Vélocargo', value: 'Vélocargo' }],
    });
    expect(result.mentions.filter((m) => m.page === 2 && m.type === 'organisation').map((m) => m.text)).toEqual(['VÉLOCARGO', 'FONDATION MACIF']);
  });

  it('does not spread a name to another spelling of its capitals in running text', () => {
    const result = extractDocument([page("L'association Terre Ferme recrute. Une terre ferme et une Terre ferme.")]);
    expect(result.mentions.filter((m) => m.rule === 'fr.organisation.same-document')).toEqual([]);
  });

  it('does not spread a one-word name that is a French word to its capitals or to a sentence start', () => {
    const result = extractDocument([page('Merci à Partage, à Lille.\nPARTAGE ET SOLIDARITÉ\nPartage des tâches. Avec Partage aussi.')], {
      knownNames: [{ type: 'organisation', text: 'Partage', value: 'Partage' }],
    });
    expect(result.mentions.filter((m) => m.rule === 'fr.known-name').map((m) => m.span.start)).toEqual([8, 73]);
  });

  it('spreads a name first found across a line break to its occurrences on one line', () => {
    const result = extractDocument([page('La Fondation des\nTerres Basses recrute.'), page('RENCONTRE AVEC FONDATION DES TERRES BASSES', 2)]);
    expect(result.mentions.filter((m) => m.page === 2 && m.type === 'organisation').map((m) => [m.text, m.value, m.rule])).toEqual([
      ['FONDATION DES TERRES BASSES', 'Fondation des Terres Basses', 'fr.organisation.same-document'],
    ]);
  });
  it('spreads a name candidate whose evidence adds up to a strong case (hand score ≥ 4), not a weaker one', () => {
    const result = extractDocument([
      page('Nos partenaires : Kalimba Services, CoopBrenne et Trokalis.'),
      page('Le mois dernier, CoopBrenne a présenté son bilan à Trokalis et à Kalimba Services.', 2),
    ]);
    const spread = result.mentions.filter((m) => m.page === 2 && m.rule === 'fr.organisation.same-document');
    // `CoopBrenne` (a list cue, a coined word) is strong (`Coop’Brenne` would be found on page 2 by coined-name.ts itself); `Kalimba Services` (hand score 4) too; `Trokalis` (a list cue, one unknown word: 3) is not.
    expect(spread.map((m) => m.text)).toEqual(['CoopBrenne', 'Kalimba Services']);
  });
});
