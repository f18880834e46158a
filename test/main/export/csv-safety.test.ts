import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../main/export/csv-safety.js';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://x")', '+33 6 80 59 63 40', '-cmd|calc', '@SUM(A1)', '\tindent', '\rreturn'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(['-3', '+4', '19.7', '-0,5', 'Nordine Boukhateb', '2025-05-13', '', "l'APES"])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
