import { describe, expect, it } from 'vitest';
import { documentDateAgreement, yearAgrees } from '../../../scripts/eval/document-date-agreement.js';

describe('documentDateAgreement', () => {
  it.each([
    ['2024-03-05', '2024-03-05', 'same-day'],
    ['2024-03-05', '2024-03', 'same-month'],
    ['2024-03-05', '2024-03-20', 'same-month'],
    ['2024-03', '2024-03-20', 'same-month'],
    ['2024-03-05', '2024', 'same-year'],
    ['2024', '2024-11-02', 'same-year'],
    ['2024-03-05', '2024-07-01', 'same-year'],
    ['2024-03-05', '2023-03-05', 'year-off-by-one'],
    ['2024', '2025', 'year-off-by-one'],
    ['2024-03-05', '2019', 'year-wrong'],
    ['2024-03-05', null, 'no-date'],
    ['2024-03-05', 'mars 2024', 'no-date'],
    [undefined, '2024', 'no-gold'],
    ['unknown', '2024', 'no-gold'],
  ] as const)('gold %s, inferred %s: %s', (gold, inferred, expected) => {
    expect(documentDateAgreement(gold, inferred)).toBe(expected);
  });

  it('counts only the agreements that place a yearless date in the right year', () => {
    expect(yearAgrees('same-month')).toBe(true);
    expect(yearAgrees('same-year')).toBe(true);
    expect(yearAgrees('year-off-by-one')).toBe(false);
    expect(yearAgrees('no-date')).toBe(false);
  });
});
