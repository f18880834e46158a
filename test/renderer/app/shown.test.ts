import { describe, expect, it } from 'vitest';
import { printable } from '../../../main/util/printable.js';
import { documentName, shownInPlace, shownLine, shownName, shownPieces } from '../../../renderer/app/shown.js';
import { t } from '../../../renderer/i18n/fr.js';

/** Issue 13, round 4: the app showed a file name with U+202E reversed (`rapportexe.pdf`), as the CLI no longer does. */
describe('names as the app shows them', () => {
  it('shows bidirectional overrides, invisible and control characters as visible escapes', () => {
    expect(shownName('rapport\u202efdp.exe.pdf')).toBe('rapport\\u{202e}fdp.exe.pdf');
    expect(shownName('a\u2067b\u200bc\ufeff\u061c')).toBe('a\\u{2067}b\\u{200b}c\\u{feff}\\u{61c}');
    expect(shownName('ecran\u001b[2J\ttab\nligne')).toBe('ecran\\x1b[2J\\ttab\\nligne');
    expect(shownName('📄 bilan été – 2025.pdf')).toBe('📄 bilan été – 2025.pdf');
  });

  it('escapes exactly what the CLI escapes (the renderer cannot import main/, so the sets are compared here)', () => {
    // One assertion over the whole list: ~24 000 separate expect() calls took seconds under load.
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x3000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (shownName(char) !== printable(char)) differing.push(`U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });

  it('is what the library, the review and the import messages show', () => {
    expect(documentName({ title: null, fileName: 'bilan\u202efdp.exe.pdf' })).toBe('bilan\\u{202e}fdp.exe.pdf');
    expect(documentName({ title: 'Rapport\u2066 annuel', fileName: 'x.pdf' })).toBe('Rapport\\u{2066} annuel');
    expect(t.importer.fileImported('bilan\u202efdp.exe.pdf', 2, 5)).toBe('bilan\\u{202e}fdp.exe.pdf importé : 2 pages, 5 mentions');
    expect(t.importer.fileDuplicate('a\u202eb.pdf')).not.toMatch(/\u202e/u);
    expect(t.importer.fileFailed('a\u202eb.pdf', 'NOT_PDF')).toBe('a\\u{202e}b.pdf : Ce fichier n’est pas un PDF.');
    expect(t.importer.fileWarned('a\u202eb.pdf', 1, 0, [{ page: 1, code: 'OCR_NO_TEXT', message: 'x' }])).not.toMatch(/\u202e/u);
    expect(t.importer.page('a\u202eb.pdf', 1, 3)).not.toMatch(/\u202e/u);
    expect(t.library.open('a\u202eb.pdf')).not.toMatch(/\u202e/u);
    expect(t.library.versionsOf('a\u202eb.pdf', 2)).not.toMatch(/\u202e/u);
    expect(t.library.exported(3, 'a\u202eb.csv')).not.toMatch(/\u202e/u);
  });
});

/** Issue 13, round 5: page text and mention text were shown as stored; a bidi override reordered what followed. */
describe('page and mention text as the app shows them', () => {
  it('shows a mention or its context on one line, every invisible character escaped', () => {
    expect(shownLine('14\u202e structures\n  adhérentes')).toBe('14\\u{202e} structures adhérentes');
    expect(shownLine('Saint\u2066-Ormel\u2069\u200f')).toBe('Saint\\u{2066}-Ormel\\u{2069}\\u{200f}');
    expect(shownLine('a\ufeffb\u001bc')).toBe('a\\u{feff}b\\x1bc');
  });

  it('keeps the text layer the length of the stored text, one visible character for each hidden one', () => {
    const stored = 'Le collectif\u202e accueille\u2067 14\u2069 structures\u001b\u007f\u0085\u200b\ttab\n';
    const shown = shownInPlace(stored);
    expect(shown).toHaveLength(stored.length);
    expect(shown).toBe('Le collectif\ufffd accueille\ufffd 14\ufffd structures\u241b\u2421\ufffd\ufffd\ttab\n');
    expect(shownInPlace('rien à cacher, été 2025')).toBe('rien à cacher, été 2025');
  });

  it('cuts whole page text into plain text and marked escapes, line breaks kept', () => {
    expect(shownPieces('un\u202edeux\ntrois\u001b')).toEqual([
      { text: 'un', escaped: false },
      { text: '\\u{202e}', escaped: true },
      { text: 'deux\ntrois', escaped: false },
      { text: '\\x1b', escaped: true },
    ]);
    expect(shownPieces('sans rien\tde caché')).toEqual([{ text: 'sans rien\tde caché', escaped: false }]);
    expect(shownPieces('')).toEqual([]);
  });
});
