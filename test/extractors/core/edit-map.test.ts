import { describe, expect, it } from 'vitest';
import { applyEdits, composeMaps, keepsOffsets, replaceInPlace } from '../../../extractors/core/edit-map.js';

describe('applyEdits', () => {
  it('maps every offset of the result back to the source, edits of any width', () => {
    const source = 'ab-\ncd lUx';
    const { text, map } = applyEdits(source, [
      { start: 2, end: 4, text: '' },
      { start: 7, end: 9, text: "l'" },
      { start: 10, end: 10, text: '!' },
    ]);
    expect(text).toBe("abcd l'x!");
    expect([...map]).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10, 10]);
  });
  it('keeps the text and an identity map when there is no edit', () => {
    const { text, map } = applyEdits('abc', []);
    expect(text).toBe('abc');
    expect([...map]).toEqual([0, 1, 2, 3]);
  });
  it('skips an edit that starts inside the previous one', () => {
    const { text, map } = applyEdits('abcdef', [
      { start: 1, end: 4, text: 'X' },
      { start: 2, end: 3, text: 'Y' },
    ]);
    expect(text).toBe('aXef');
    expect([...map]).toEqual([0, 1, 4, 5, 6]);
  });
});

describe('composeMaps', () => {
  it('chains two passes so offsets reach the original text', () => {
    const first = applyEdits('a\u00A0b', [{ start: 1, end: 2, text: ' ' }]);
    const second = applyEdits(first.text, [{ start: 0, end: 0, text: '>' }]);
    expect([...composeMaps(first.map, second.map)]).toEqual([0, 0, 1, 2, 3]);
  });
});

describe('keepsOffsets and replaceInPlace', () => {
  it('recognises letter-for-letter edits and applies them like applyEdits', () => {
    const source = "le Pole et l’ESS";
    const edits = [
      { start: 4, end: 5, text: 'ô' },
      { start: 12, end: 13, text: "'" },
    ];
    expect(keepsOffsets(edits)).toBe(true);
    expect(replaceInPlace(source, edits)).toBe(applyEdits(source, edits).text);
    expect([...applyEdits(source, edits).map]).toEqual([...Array(source.length + 1).keys()]);
  });

  it('refuses edits that insert or delete, and skips an overlapping edit as applyEdits does', () => {
    expect(keepsOffsets([{ start: 2, end: 2, text: ' ' }])).toBe(false);
    expect(keepsOffsets([{ start: 0, end: 2, text: 'x' }])).toBe(false);
    const overlapping = [
      { start: 0, end: 2, text: 'AB' },
      { start: 1, end: 2, text: 'Z' },
    ];
    expect(replaceInPlace('abcd', overlapping)).toBe(applyEdits('abcd', overlapping).text);
  });
});
