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

describe('neutraliseCell inside a cell (the other locale splits on the other delimiter)', () => {
  it.each([
    ["a;=cmd|' /C calc'!A0;b", "a;'=cmd|' /C calc'!A0;b"],
    ['a,@SUM(A1)', "a,'@SUM(A1)"],
    ['a\t+1+1', "a\t'+1+1"],
    ['a\n- item', "a\n'- item"],
    ['a\r\n=1', "a\r\n'=1"],
    ['＝HYPERLINK("x")', "'＝HYPERLINK(\"x\")"],
    ['x; ＋cmd', "x;' ＋cmd"],
    ['x;"=1+1"', 'x;\'"=1+1"'],
  ])('%j → %j', (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it.each(['19,7', '-0,5', 'a; -3', '2025-05-13; 2026-01-02', 'Dupont, Martin; Durand'])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
