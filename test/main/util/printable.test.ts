import { describe, expect, it } from 'vitest';
import { printable, printableCell, tabLine } from '../../../main/util/printable.js';

describe('printable', () => {
  it('writes tabs, line breaks, escape sequences and bidirectional overrides as visible escapes', () => {
    expect(printable('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(printable('\u001b[2Jeffacé')).toBe('\\x1b[2Jeffacé');
    expect(printable('rapport\u202efdp.exe')).toBe('rapport\\u{202e}fdp.exe');
    expect(printable('x\u0085y\u007fz\u2066w\u200bv')).toBe('x\\x85y\\x7fz\\u{2066}w\\u{200b}v');
  });

  it('leaves letters, accents, emoji and right-to-left letters as they are', () => {
    for (const name of ['Compte rendu — été 2024.pdf', 'تقرير.pdf', '📄🌍 bilan.pdf', 'CON.pdf', 'a'.repeat(250)]) expect(printable(name)).toBe(name);
  });

  it('keeps one field per column, whatever the fields hold', () => {
    const line = tabLine('imported', 'deux\tcolonnes\net une ligne.pdf', 3);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).split('\t')).toEqual(['imported', 'deux\\tcolonnes\\net une ligne.pdf', '3']);
  });
});

describe('printableCell', () => {
  it('escapes bidirectional overrides, zero-width and other invisible format characters, and terminal escapes', () => {
    expect(printableCell('rapport\u202efdp.exe.pdf')).toBe('rapport\\u{202e}fdp.exe.pdf');
    expect(printableCell('a\u2066b\u2069c\u200bd\ufeff')).toBe('a\\u{2066}b\\u{2069}c\\u{200b}d\\u{feff}');
    expect(printableCell('ecran\u001b[2J\u0007\u009b.pdf')).toBe('ecran\\x1b[2J\\x07\\x9b.pdf');
  });

  it('keeps what a quoted cell may hold: tabs and line breaks, accents, emoji', () => {
    for (const kept of ['deux\tcolonnes', 'deux\nlignes\r\n', 'saut\vde\fpage', 'été 📄', 'sep\u2028ligne', 'nel\u0085']) expect(printableCell(kept)).toBe(kept);
  });
});
