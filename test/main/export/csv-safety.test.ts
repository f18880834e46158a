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
    // Other line breaks: a reader that splits lines as Unicode does (Python's splitlines, many
    // text tools) starts a new row at each of them.
    ['a\u2028=1+1', "a\u2028'=1+1"],
    ['a\u2029+cmd', "a\u2029'+cmd"],
    ['a\u0085@SUM(A1)', "a\u0085'@SUM(A1)"],
    ['a\u000b=1+1', "a\u000b'=1+1"],
    ['a\u000c-cmd', "a\u000c'-cmd"],
    ['\u2028=1+1', "\u2028'=1+1"],
    // A cell that starts with a delimiter or a line break: its formula is the second segment.
    [';=1+1', ";'=1+1"],
    [',=cmd|calc', ",'=cmd|calc"],
    ['\n@SUM(A1)', "\n'@SUM(A1)"],
  ])('%j → %j', (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it.each(['19,7', '-0,5', 'a; -3', '2025-05-13; 2026-01-02', 'Dupont, Martin; Durand'])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});

/** Issue 13, round 5: spaces that NFKC leaves as they are (U+1680 ogham space mark) did not count as the spaces skipped before a sign. */
describe('neutraliseCell after any Unicode space', () => {
  it.each(['\u1680=1+1', '\u1680 "@SUM(A1)', 'texte;\u1680-cmd|calc', '\u00a0=1+1', '\u3000+cmd', '\u202f@x'])('neutralises %j', (cell) => {
    expect(neutraliseCell(cell)).not.toBe(cell);
    expect(neutraliseCell(cell)).toMatch(/(?:^|;)'/u);
  });

  it.each(['\u1680-3', '\u16801 200', 'a\u1680=b'])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
