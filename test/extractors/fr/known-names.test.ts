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
});
