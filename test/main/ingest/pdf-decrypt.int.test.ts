/**
 * Files encrypted for anyone to open (an empty user password) are screened on their decrypted
 * streams: encrypted, a page drawing one very long string passed the long-string screen, and pdf.js
 * then aborted the whole import (round 10). The files are encrypted by qpdf (skipped without it),
 * in every standard revision a writer produces today.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FileScreen } from '../../../main/ingest/file-screen.js';
import { emptyPasswordDecryptor, pdfStringAt } from '../../../main/ingest/pdf-decrypt.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { HELVETICA, pagesPdf } from '../../../scripts/adversarial/raw-pdf.js';

const qpdf = existsSync('/usr/bin/qpdf');
const dir = mkdtempSync(join(tmpdir(), 'glaneur-decrypt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page drawing one string of `bytes` (compressed), encrypted by qpdf with these arguments. */
function encrypted(name: string, bytes: number, args: string[], options: string[] = []): PdfObjects {
  const content = `BT /H 11 Tf 40 780 Td (${'Titre Orvanel '.repeat(Math.ceil(bytes / 14))}) Tj ET`;
  writeFileSync(join(dir, `${name}-in.pdf`), pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(content) }, HELVETICA]));
  execFileSync('qpdf', ['--allow-weak-crypto', ...options, '--encrypt', ...args, '--', join(dir, `${name}-in.pdf`), join(dir, `${name}.pdf`)]);
  return new PdfObjects(readFileSync(join(dir, `${name}.pdf`)));
}

const MODES: readonly { readonly name: string; readonly args: string[]; readonly options?: string[] }[] = [
  { name: 'RC4 40 bits (revision 2)', args: ['', 'proprietaire', '40'] },
  { name: 'RC4 128 bits (revision 3)', args: ['', 'proprietaire', '128', '--use-aes=n'] },
  { name: 'AES-128 (revision 4)', args: ['', 'proprietaire', '128', '--use-aes=y'] },
  { name: 'AES-256 with object streams', args: ['', 'proprietaire', '256'], options: ['--object-streams=generate'] },
  { name: 'AES-256 (revision 6)', args: ['', 'proprietaire', '256'] },
  { name: 'AES-256 (revision 5)', args: ['', 'proprietaire', '256', '--force-R5'] },
];

describe.skipIf(!qpdf)('screening files encrypted with an empty user password', () => {
  it.each(MODES)('finds a long string in a page encrypted with $name', ({ name, args, options }) => {
    const objects = encrypted(name.replace(/\W+/gu, '-'), 100_000, args, options);
    expect(emptyPasswordDecryptor(objects)).not.toBeNull();
    expect(new FileScreen(objects, { hiddenText: true, maxStringBytes: 64 * 1024 }).budgets().longString?.bytes).toBeGreaterThan(100_000);
  });

  it('lets an ordinary encrypted page through', () => {
    expect(new FileScreen(encrypted('short', 2_000, ['', 'proprietaire', '256']), { hiddenText: true, maxStringBytes: 64 * 1024 }).budgets().longString).toBeNull();
  });

  it('has no decryptor for a file that needs a password, nor for one not encrypted', () => {
    expect(emptyPasswordDecryptor(encrypted('user', 100_000, ['secret', 'proprietaire', '256']))).toBeNull();
    expect(emptyPasswordDecryptor(encrypted('user-rc4', 100_000, ['secret', 'proprietaire', '128', '--use-aes=n']))).toBeNull();
    expect(emptyPasswordDecryptor(new PdfObjects(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1')))).toBeNull();
  });
});

describe('pdfStringAt', () => {
  it('reads literal strings with their escapes, and hex strings', () => {
    const read = (text: string): string | undefined => pdfStringAt(Buffer.from(text, 'latin1'), 0)?.toString('latin1');
    expect(read(' (a\\(b\\)c\\\\d\\n\\101\\0610(x))')).toBe('a(b)c\\d\nA10(x)');
    expect(read('(cut \\\nhere)')).toBe('cut here');
    expect(read('<4c 6 5 7>')).toBe('Lep');
    expect(read('/Name')).toBeUndefined();
  });
});
