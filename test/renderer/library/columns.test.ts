import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../main/api/contract.js';
import { visibleDocuments } from '../../../renderer/library/columns.js';
import { formatDateFr, formatNumberFr } from '../../../renderer/i18n/fr.js';

const doc = (id: number, fields: Partial<DocumentSummary>): DocumentSummary =>
  ({ id, fileName: `f${id}.pdf`, title: null, ptce: null, documentDate: null, status: 'imported', pageCount: 1, mentions: { pending: 0, accepted: 0, rejected: 0, edited: 0 }, errorMessage: null, ...fields }) as DocumentSummary;

describe('library view', () => {
  const documents = [
    doc(1, { title: 'Écluse', documentDate: '2024-03-12', mentions: { pending: 5, accepted: 0, rejected: 0, edited: 0 } }),
    doc(2, { title: 'abeille', documentDate: '2023', ptce: 'PTCE Terres Vives' }),
    doc(3, { fileName: 'cassé.pdf', status: 'failed', errorMessage: 'not a PDF' }),
  ];

  it('sorts by any column in French order, both ways', () => {
    expect(visibleDocuments(documents, { sort: 'title', descending: false, filter: '', status: 'all' }).map((d) => d.id)).toEqual([2, 3, 1]);
    expect(visibleDocuments(documents, { sort: 'date', descending: true, filter: '', status: 'all' }).map((d) => d.id)).toEqual([1, 2, 3]);
  });

  it('filters by words (title, PTCE, French date) and by state', () => {
    expect(visibleDocuments(documents, { sort: 'file', descending: false, filter: 'terres', status: 'all' }).map((d) => d.id)).toEqual([2]);
    expect(visibleDocuments(documents, { sort: 'file', descending: false, filter: 'mars 2024', status: 'all' }).map((d) => d.id)).toEqual([1]);
    expect(visibleDocuments(documents, { sort: 'file', descending: false, filter: '', status: 'failed' }).map((d) => d.id)).toEqual([3]);
    expect(visibleDocuments(documents, { sort: 'file', descending: false, filter: '', status: 'toReview' }).map((d) => d.id)).toEqual([1]);
  });

  it('writes dates and numbers the French way', () => {
    expect(formatDateFr('2025-03-12')).toBe('12 mars 2025');
    expect(formatDateFr('2022-06')).toBe('juin 2022');
    expect(formatNumberFr(12.5)).toBe('12,5');
  });
});
