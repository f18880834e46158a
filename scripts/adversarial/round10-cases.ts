/**
 * The tenth round of hostile inputs (issue 13): the PDFs of round10-pdfs.ts, and the long string
 * of round 9 in files encrypted for anyone to open (an empty user password; qpdf, in RC4 128 bits,
 * AES-128 and AES-256), beside the letter encrypted the same ways. The corpora must lose nothing,
 * and nothing may vanish without a word.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { type Case, copyCorpus, hostilePdfCase, type Prepared } from './cases.js';
import { HELVETICA, pagesPdf, pdfString } from './raw-pdf.js';
import { withTools } from './recipes.js';
import { ROUND10_KINDS, makeRound10Pdfs } from './round10-pdfs.js';

const lastLine = (stdout: string): string => stdout.trim().split('\n').at(-1) ?? '';

/** A page drawing `text` (deflated), encrypted by qpdf with an empty user password and these options. */
async function encryptedPage(dir: string, name: string, content: string, options: readonly string[]): Promise<string | null> {
  const file = join(dir, `${name}.pdf`);
  const made = await withTools(['qpdf'], (scratch) => {
    writeFileSync(join(scratch, 'in.pdf'), pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(content, 'latin1')) }, HELVETICA]));
    execFileSync('qpdf', ['--allow-weak-crypto', '--encrypt', '', 'proprietaire-10', ...options, '--', join(scratch, 'in.pdf'), file], { stdio: 'ignore' });
    return file;
  });
  return made;
}

const MODES: readonly (readonly [string, readonly string[]])[] = [
  ['RC4 128 bits', ['128', '--use-aes=n']],
  ['AES-128', ['128', '--use-aes=y']],
  ['AES-256', ['256']],
];

const LETTER = `BT /H 11 Tf 40 780 Td 14 TL ${pdfString('Le reseau Orvanel regroupe 14 structures depuis juin 2022.')} ' ${pdfString('Madame Ilona Carvestre anime le comite depuis 2021.')} ' ET`;
const LONG = `BT /H 11 Tf 40 780 Td ${pdfString('Titre Orvanel '.repeat(750_000))} Tj ET`;

export const ROUND10_CASES: Case[] = [
  ...ROUND10_KINDS.map((kind) => hostilePdfCase(10, kind, makeRound10Pdfs)),
  ...MODES.map(([mode, options]): Case => ({
    name: `round 10: a page drawing one string of 10 MB, encrypted with ${mode} and an empty user password, then the letter encrypted the same way`,
    prepare: async (dir, base): Promise<Prepared> => {
      const corpus = copyCorpus(base, dir);
      const long = await encryptedPage(dir, 'chaine-chiffree', LONG, options);
      const letter = await encryptedPage(dir, 'lettre-chiffree', LETTER, options);
      if (long === null || letter === null) return { args: ['--version'], summary: () => 'skipped: qpdf missing' };
      return { args: ['import', long, letter, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: (stdout) => stdout.trim().split('\n').map((line) => line.split('\t').slice(0, 3).join(' ').slice(0, 140)).join(' | ') || lastLine(stdout) };
    },
  })),
];
