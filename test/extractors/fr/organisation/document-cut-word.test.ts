/**
 * `document-cut-word` (extractors/fr/organisation/document-cut-word.ts): a reading whose last word is cut where its
 * line or page stops, the document writing the name whole elsewhere, takes the whole name's value when another
 * reading has it, and is dropped otherwise. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { DOCUMENT_CUT_WORD } from '../../../../extractors/fr/organisation/document-cut-word.js';

/** The document's organisations: [text, value, whether completed]. */
function organisations(text: string): [string, string, boolean][] {
  return extractDocument([{ page: 1, source: 'text', text }])
    .mentions.filter((m) => m.type === 'organisation')
    .map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_CUT_WORD)]);
}

describe('document-cut-word: a reading cut mid-word where its line or page stops', () => {
  it.each([
    ["La Chambre Régionale de l'Economie Sociale et Solidaire Kalvanie-Orvenne (CRESS KO) organise la journée.\nLe programme est porté par la Chambre Régionale de l'Economie Sociale et Solidaire Kalvan", "Chambre Régionale de l'Economie Sociale et Solidaire Kalvan"],
    ["Le Groupement d'Employeurs Trokaliens Réunis recrute.\nIl a été fondé par le Groupement d'Employeurs Trokal\nLa suite est à lire en ligne."],
  ])('takes the whole name (≥ 3 positive cases, with the drops below): %s', (text, read = '') => {
    const found = organisations(text);
    if (read !== '') expect(found).toContainEqual([read, "Chambre Régionale de l'Economie Sociale et Solidaire Kalvanie-Orvenne", true]);
    else expect(found.some(([, , completed]) => completed)).toBe(true);
  });

  it.each([
    ['La SCIC Kalvéo recrute des livreurs. Les habitants ont rejoint la SCIC Kalv', 'SCIC Kalv'],
    ['KRT (Régie du territoire Kalvo Orvenne) recrute.\nBasée à Lunel, la Régie du terri', 'Régie du terri'],
  ])('no reading keeps the stump as its value (positive cases): %s', (text, stump) => {
    expect(organisations(text).map(([, value]) => value)).not.toContain(stump);
  });

  it.each([
    // The last word is written whole elsewhere too: no cut.
    ["L'association Kalvo recrute. Elle travaille avec l'association Kalvo\net l'association Kalvoterre.", 'Kalvo'],
    // Punctuation closes the reading: the word is whole.
    ["L'association Kalvéo Services recrute. Les bénévoles de l'association Kalvéo.", 'Kalvéo'],
  ])('leaves the reading as read (≥ 2 negative cases): %s', (text, read) => {
    expect(organisations(text).map(([shown]) => shown).some((shown) => shown.endsWith(read))).toBe(true);
    expect(organisations(text).some(([, , completed]) => completed)).toBe(false);
  });
});
