/**
 * `document-kind-head` (extractors/fr/organisation/document-kind-head.ts): a reading opened by a lower-case kind word
 * is cut to the name after it when the same document writes that name alone. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import type { Mention, PageInput } from '../../../../extractors/core/types.js';
import { DOCUMENT_KIND_HEAD, dropDocumentKindHeads } from '../../../../extractors/fr/organisation/document-kind-head.js';

/** The page `text`, its organisation readings at the given texts (first occurrence each). */
function run(text: string, ...readings: string[]): [string, string, boolean][] {
  const pages: PageInput[] = [{ page: 1, source: 'text', text }];
  const mentions: Mention[] = readings.map((reading) => {
    const start = text.indexOf(reading);
    return { type: 'organisation', page: 1, source: 'text', span: { start, end: start + reading.length }, text: reading, value: reading.replace(/\s+/gu, ' '), confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: reading, evidence: [] };
  });
  return dropDocumentKindHeads(pages, mentions).map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_KIND_HEAD)]);
}

describe('document-kind-head: the kind word dropped where the document writes the name alone', () => {
  it.each([
    ['En rejoignant la fédération Vromblo, les livreurs gagnent. Vromblo est leur outil.', 'fédération Vromblo', 'Vromblo'],
    ["Il a mûri au sein de l'incubateur des\nQuenardies, puis avec les Quenardies pour tester.", 'incubateur des\nQuenardies', 'Quenardies'],
    ['Les membres de la coopérative des 300 Kalv attendent ; un adhérent aux 300 Kalv en parle.', 'coopérative des 300 Kalv', '300 Kalv'],
    ["Est-ce la fin de l'atelier d'auto-réparation de Roule ta Zorbe ? Depuis 2015, Roule ta Zorbe propose un samedi.", "atelier d'auto-réparation de Roule ta Zorbe", 'Roule ta Zorbe'],
    ['Les plats partent du foyer\nTrivalo vers la salle ; Trivalo loge quarante jeunes.', 'foyer\nTrivalo', 'Trivalo'],
  ])('cuts %s (≥ 3 positive cases)', (text, long, name) => {
    expect(run(text, long)[0]).toEqual([name, name, true]);
  });

  it('takes the value of a reading of the name on its own', () => {
    const text = 'La compagnie Zarbelle joue ce soir. Avec Zarbelle, la salle est pleine.';
    const start = text.lastIndexOf('Zarbelle');
    const pages: PageInput[] = [{ page: 1, source: 'text', text }];
    const long: Mention = { type: 'organisation', page: 1, source: 'text', span: { start: 3, end: 21 }, text: 'compagnie Zarbelle', value: 'compagnie Zarbelle', confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: '', evidence: [] };
    const alone: Mention = { ...long, span: { start, end: start + 8 }, text: 'Zarbelle', value: 'Zarbelle (troupe)' };
    const [cut] = dropDocumentKindHeads(pages, [long, alone]);
    expect([cut?.text, cut?.value, cut?.span]).toEqual(['Zarbelle', 'Zarbelle (troupe)', { start: 13, end: 21 }]);
  });

  it.each([
    ['the name is written nowhere else', 'Il rejoint la fédération Vromblo cette année.', 'fédération Vromblo'],
    ['the name stands elsewhere only after the kind word', 'La fédération Vromblo grandit ; la fédération Vromblo recrute.', 'fédération Vromblo'],
    ['the name stands elsewhere inside a capitalised name', 'La fédération Vromblo grandit ; le Réseau Vromblo recrute.', 'fédération Vromblo'],
    ['an adjective qualifies the kind', 'La fédération nationale Vromblo grandit. Vromblo recrute.', 'fédération nationale Vromblo'],
    ['one word after a singular de is the place', 'La coopérative du Kalvonnais vend du lait ; le Kalvonnais est vert.', 'coopérative du Kalvonnais'],
    ['the name opens on a place', 'Le foyer de Lunel Plage ouvre. Lunel Plage attend.', 'foyer de Lunel Plage'],
    ['the kind word is not a kind written apart', "Le réseau des Quenardies s'étend ; les Quenardies sont douze.", 'réseau des Quenardies'],
  ])('keeps the reading whole when %s (≥ 2 negative cases)', (_why, text, long) => {
    expect(run(text, long)[0]).toEqual([long, long.replace(/\s+/gu, ' '), false]);
  });
});
