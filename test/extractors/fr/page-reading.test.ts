/** The first reading of a page (normalised text, dates with a year) is shared by the date inference and the extraction. */
import { describe, expect, it } from 'vitest';
import type { DocumentContext, PageInput } from '../../../extractors/core/types.js';
import { completeDocument, extractDocument, extractPage } from '../../../extractors/index.js';
import { inferFrenchDocumentDate } from '../../../extractors/fr/index.js';
import { YEAR_PARSERS, readPage } from '../../../extractors/fr/page-reading.js';

const TEXTS = [
  'Réunion du 12 mars 2024 à Lille, puis le 3/04/2024 et en mai 2024.',
  'Programme 2021-2024, du 3 au 5 juin 2023, bilan 2022.',
  'Lettre N°7 — avril 2025\nEn 2024 nous avons accueilli 12 structures.',
];

describe('readPage', () => {
  it('runs only parsers that never read the document context', () => {
    // A document that throws on any read: a parser reading it would fail here, and its early
    // candidates (read before the document date is known) would not be the extraction's.
    const document = new Proxy({} as DocumentContext, { get: () => { throw new Error('document read'); } });
    for (const text of TEXTS) {
      for (const parser of YEAR_PARSERS) {
        const pattern = parser.pattern({ text, page: 1, source: 'text', document });
        pattern.lastIndex = 0;
        for (const match of text.matchAll(pattern)) expect(() => parser.extract({ text, page: 1, source: 'text', document }, match)).not.toThrow();
      }
    }
  });

  it('keeps each year parser candidates apart, over the normalised text', () => {
    const reading = readPage({ page: 2, source: 'ocr', text: "exper-\ntise du 12 mars 2024 et de l'an 2023" });
    expect(reading.normalised.text).toBe("expertise du 12 mars 2024 et de l'an 2023");
    expect([...reading.yearDates.keys()]).toEqual(YEAR_PARSERS);
    expect([...reading.yearDates.values()].flat().map((candidate) => candidate.rule)).toContain('fr.date.absolute');
  });
});

describe('inferFrenchDocumentDate with readings', () => {
  it('infers from the readings given rather than reading the pages again', () => {
    const pages: PageInput[] = [{ page: 1, source: 'text', text: 'Bilan\nPôle\nde\ncoopération\nterritoriale\nSommaire\nEn 2019 puis 2019.' }];
    const other = readPage({ page: 1, source: 'text', text: 'Bilan\nPôle\nde\ncoopération\nterritoriale\nSommaire\nEn 2022 puis 2022.' });
    expect(inferFrenchDocumentDate(pages)?.value).toBe('2019');
    expect(inferFrenchDocumentDate(pages, [other])?.value).toBe('2022');
  });
});

describe('extractDocument', () => {
  it('finds what extractPage finds page by page against the inferred date', () => {
    const pages: PageInput[] = TEXTS.map((text, index) => ({ page: index + 1, source: 'text', text }));
    const whole = extractDocument(pages);
    const context = { documentDate: whole.documentDate?.value };
    expect(whole.mentions).toEqual(completeDocument(pages, pages.flatMap((page) => extractPage(page, context))));
  });
});
