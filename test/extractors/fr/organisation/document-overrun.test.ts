/**
 * `document-overrun` (extractors/fr/organisation/document-overrun.ts): a long organisation reading
 * that is another reading of the same document plus prose words is cut back to that reading.
 * Invented names only.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../extractors/core/types.js';
import { DOCUMENT_OVERRUN, readingKey, trimDocumentOverruns } from '../../../../extractors/fr/organisation/document-overrun.js';

const PAGE = 1;
let offset = 0;
function org(text: string, value = text, page = PAGE): Mention {
  offset += 200;
  return { type: 'organisation', page, source: 'text', span: { start: offset, end: offset + text.length }, text, value, confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: text, evidence: ['type-word'] };
}
const person = (text: string): Mention => ({ ...org(text), type: 'person', rule: 'fr.person.civility' });

/** The readings after the pass: [text, value, whether cut]. */
function after(long: Mention, ...others: Mention[]): [string, string, boolean][] {
  return trimDocumentOverruns([long, ...others])
    .filter((m) => m.type === 'organisation')
    .map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_OVERRUN)]);
}

describe('document-overrun: a reading cut back to the standalone reading it ran over', () => {
  it.each([
    ['Transition durable Zorbalie', 'Zorbalie', 'Zorbalie'],
    ['tiers-lieu selon Quenardaz', 'Quenardaz', 'Quenardaz'],
    ['Découverte Atelier Vrombel', 'Atelier Vrombel', 'Atelier Vrombel'],
    ['Vrimasso promeut la Fabrique', 'Vrimasso', 'Vrimasso'],
    ['URSOLAQ est l’Assemblée des Quenards', 'URSOLAQ', 'URSOLAQ'],
    ['Atelier Vrombel organise chaque mois', 'Atelier Vrombel', 'Atelier Vrombel'],
  ])('cuts %s back to %s (≥ 3 positive cases)', (long, short, cutText) => {
    const result = after(org(long), org(short));
    expect(result[0]).toEqual([cutText, short, true]);
    expect(result[1]).toEqual([short, short, false]);
  });

  it('keeps the page offsets of the cut reading on the page text', () => {
    const long = org('Transition durable Zorbalie');
    const [cut] = trimDocumentOverruns([long, org('Zorbalie')]);
    expect(cut?.span).toEqual({ start: long.span.start + 'Transition durable '.length, end: long.span.end });
  });

  it.each([
    ['Fondation Zorbalie', 'Zorbalie'],
    ['PTCE Quenardaz Solidaire', 'Quenardaz Solidaire'],
    ['Tiers-lieu La Fabrique Vrombel', 'Fabrique Vrombel'],
    ['Vrimasso de Lunel', 'Vrimasso'],
    ['Vrimasso Bretagne', 'Vrimasso'],
    ['Vrimasso Impact', 'Vrimasso'],
    ['Chaville Zorbalie', 'Zorbalie'],
    ['Pôle Coopératif Durable Zorbalie', 'Zorbalie'],
    ['Réseau des Ateliers Ouverts Quenardaz', 'Quenardaz'],
  ])('keeps %s whole: a type word (anywhere before it), a place, a name word or a preposition joins it to %s (≥ 2 negative cases)', (long, short) => {
    expect(after(org(long), org(short))[0]).toEqual([long, long, false]);
  });

  // `type-complement`: a type word and its complement after `de`/`d'` are the type's own phrase.
  it.each([
    ["Société d'investissement Zorbalie Active", 'Zorbalie Active'],
    ['Fonds de garantie Quenardaz', 'Quenardaz'],
    ["Société d’investissement Vrimasso", 'Vrimasso'],
  ])('keeps %s whole: a type word and its complement before %s (≥ 3 positive cases)', (long, short) => {
    expect(after(org(long), org(short))[0]).toEqual([long, long, false]);
  });

  it.each([
    ['Fonds solidaire selon Quenardaz', 'Quenardaz', 'Quenardaz'],
    ['Transition de territoire Zorbalie', 'Zorbalie', 'Zorbalie'],
    ["Comité d'engagement de Quenardaz Active", 'Quenardaz Active', 'Quenardaz Active'],
  ])('still cuts %s back to %s: no type word opens it, or no `de` joins its complement (≥ 2 negative cases)', (long, short, cutText) => {
    expect(after(org(long), org(short))[0]).toEqual([cutText, short, true]);
  });

  it('cuts nothing when the shorter reading is not an organisation of the document (≥ 2 negative cases)', () => {
    expect(after(org('Transition durable Zorbalie'))[0]).toEqual(['Transition durable Zorbalie', 'Transition durable Zorbalie', false]);
    expect(after(org('Transition durable Zorbalie'), person('Zorbalie'))[0]).toEqual(['Transition durable Zorbalie', 'Transition durable Zorbalie', false]);
  });

  // A name a name-continuation.ts rule read on (`continues:…`) and its first words standing alone elsewhere: with the
  // evidence it stays whole (≥ 3 positive cases), without it it is cut back (≥ 2 negative cases).
  const continued = (text: string, rule: string): Mention => ({ ...org(text), evidence: ['type-word', `continues:${rule}`] });
  const continuedNames: [string, [string, string][]][] = [
    ['phrase-name', [['Cultive ta Rue', 'Cultive'], ['Partage ensemble', 'Partage'], ['Jardins partagés solidaires', 'Jardins']]],
    ['closing-word-before-apposition', [['Kalvo charpente', 'Kalvo'], ['Ostrelle Verte développement', 'Ostrelle Verte'], ['Miraloup groupe', 'Miraloup']]],
  ];
  describe.each(continuedNames)('continues:%s', (rule, names) => {
    it.each(names)('keeps %s whole with the evidence, though %s stands alone elsewhere (≥ 3 positive cases)', (long, short) => {
      expect(after(continued(long, rule), org(short))[0]).toEqual([long, long, false]);
    });
    it.each(names)('still cuts %s back to %s without it (≥ 2 negative cases)', (long, short) => {
      expect(after(org(long), org(short))[0]).toEqual([short, short, true]);
    });
  });

  // `repeats-word`: the word after the shorter reading is one of its words again, the next line repeating the name.
  it.each([
    ['Labo des Quenards QUENARDS', 'Labo des Quenards'],
    ['Vrombel\nVrombel', 'Vrombel'],
    ['KALVO CLUB TRIVALIEN Kalvo', 'KALVO CLUB TRIVALIEN'],
  ])('cuts %s back to %s: its next word repeats one of its words (≥ 3 positive cases)', (long, short) => {
    expect(after(org(long), org(short))[0]).toEqual([short, short, true]);
  });
  it.each([
    ['Kalvo Club Trivalien Ouest', 'Kalvo Club Trivalien'],
    ['Labo des Quenards des Landes', 'Labo des Quenards'],
  ])('keeps %s whole: its next word is a new word or a joiner (≥ 2 negative cases)', (long, short) => {
    expect(after(org(long), org(short))[0]).toEqual([long, long, false]);
  });

  it('reads the key of a reading folded, articles and line breaks aside', () => {
    expect(readingKey('La P’tite\nÉchoppe')).toBe("p'tite echoppe");
    expect(readingKey("l'Orée")).toBe('oree');
  });
});
