import { describe, expect, it } from 'vitest';
import { printable, tabLine } from '../../../main/cli/printable.js';

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
