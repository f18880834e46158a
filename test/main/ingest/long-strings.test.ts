import { describe, expect, it } from 'vitest';
import { longestString, longestStringAcross, longestToken } from '../../../main/ingest/long-strings.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('longestString', () => {
  it('measures literal strings with nested and escaped parentheses, and hex strings', () => {
    expect(longestString(bytes('BT (abc) Tj (a(b)c) Tj ET'))).toBe(7);
    expect(longestString(bytes('(a\\)bcdefgh) Tj'))).toBe(12);
    expect(longestString(bytes('<< /T <4142434445464748> >>'))).toBe(18);
  });

  it('measures names as strings: pdf.js builds both the same way (round 10: a 10 MB name aborted the import)', () => {
    expect(longestString(bytes('/Font << /H 5 0 R >> /Titre#20Orvanel Tj'))).toBe(16);
    expect(longestString(bytes(`BT /${'TitreOrvanel'.repeat(10_000)} Tj ET`), 64 * 1024)).toBe(120_001);
  });

  it('measures words — operators, numbers, keywords — and tells them from strings (round 10: a 10 MB word lost its page\'s text)', () => {
    expect(longestToken(bytes('BT /H 11 Tf 40 780 Td (abc) Tj ET'))).toEqual({ bytes: 5, kind: 'string' });
    expect(longestToken(bytes('0.000123456 0 0 1 0 0 cm'))).toEqual({ bytes: 11, kind: 'word' });
    expect(longestToken(bytes(`BT ${'TitreOrvanel'.repeat(10_000)} (ligne) Tj ET`), 64 * 1024)).toEqual({ bytes: 120_000, kind: 'word' });
    expect(longestToken(bytes(`BT 40 ${'7'.repeat(100_000)} Td (ligne) Tj ET`), 64 * 1024)).toEqual({ bytes: 100_000, kind: 'word' });
    expect(longestToken(bytes(`BT ${'Tj'.repeat(50_000)}`), 64 * 1024)).toEqual({ bytes: 100_000, kind: 'word' }); // to the end of the stream
    expect(longestToken(bytes(`[(a)-120(b)]TJ<4142>Tj/F1 9 Tf`))).toEqual({ bytes: 6, kind: 'string' }); // delimiters end words
  });

  it('stops at the first string over the limit', () => {
    const text = `(${'x'.repeat(5000)}) Tj (${'y'.repeat(90_000)}) Tj`;
    expect(longestString(bytes(text), 1000)).toBe(5002);
  });

  it('skips dictionaries, comments and inline image data', () => {
    expect(longestString(bytes('<< /A << /B 1 >> >>'))).toBe(2); // its names only
    expect(longestString(bytes(`% a comment ( ${'z'.repeat(500)}\n(ok) Tj`))).toBe(4);
    expect(longestString(bytes(`BI /W 10 /H 10 ID ${'('.repeat(3)}${'\xff'.repeat(800)} EI (fin) Tj`))).toBe(5);
  });
});

describe('longestStringAcross', () => {
  it('measures a string running on from one content stream into the next ones, as pdf.js reads a page', () => {
    const whole = `BT (${'Titre Orvanel '.repeat(100)}) Tj ET`;
    const cut = [whole.slice(0, 500), whole.slice(500, 900), whole.slice(900)].map(bytes);
    expect(longestStringAcross(cut).bytes).toBe(1402);
    expect(Math.max(...cut.map((chunk) => longestString(chunk)))).toBeLessThan(600); // each alone looked short
  });

  it('carries nesting, escapes and hex strings across streams', () => {
    expect(longestStringAcross([bytes('(a(b'), bytes(')c'), bytes(')d) Tj')]).bytes).toBe(7);
    expect(longestStringAcross([bytes('(a\\'), bytes(') Tj')]).bytes).toBe(4);
    expect(longestStringAcross([bytes('BT <4142'), bytes('4344> Tj (x) Tj')]).bytes).toBe(10);
  });

  it('carries a word across streams (pdf.js reads a page\'s streams as one)', () => {
    expect(longestStringAcross([bytes('BT Titre'), bytes('Orvanel'), bytes('Lune (x) Tj ET')])).toEqual({ bytes: 16, kind: 'word' });
    const word = 'TitreOrvanel'.repeat(10_000);
    const cut = [`BT /H 11 Tf ${word.slice(0, 50_000)}`, word.slice(50_000, 100_000), `${word.slice(100_000)} (ligne) Tj ET`].map(bytes);
    expect(longestStringAcross(cut, 64 * 1024)).toEqual({ bytes: 120_000, kind: 'word' });
    expect(Math.max(...cut.map((chunk) => longestString(chunk)))).toBeLessThan(64 * 1024); // each alone looked short
  });

  it('measures each stream alone when none leaves a string open', () => {
    expect(longestStringAcross([bytes('BT (abc) Tj ET'), bytes('BT (abcdef) Tj ET')]).bytes).toBe(8);
  });
});
