import { describe, expect, it } from 'vitest';
import { readDocumentDate } from '../../../renderer/review/document-date.js';

describe('readDocumentDate', () => {
  it.each([
    ['2023', '2023'],
    ['2023-05', '2023-05'],
    ['2023-5', '2023-05'],
    ['2023-05-20', '2023-05-20'],
    [' 20/05/2023 ', '2023-05-20'],
    ['5/2023', '2023-05'],
    ['20.05.2023', '2023-05-20'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %j', (typed, read) => {
    expect(readDocumentDate(typed)).toBe(read);
  });

  it.each(['', 'mai 2023', '2023-13', '31/02/2023', '29/02/2023', '2023-05-00', '12/2023/05', '0999', '20/05/23'])('refuses %j', (typed) => {
    expect(readDocumentDate(typed)).toBeNull();
  });
});
