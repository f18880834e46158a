/**
 * The fourth round of hostile inputs (issue 13): page boxes (round4-pdfs.ts, each imported into a
 * copy of the base corpus), documents whose names Windows cannot hold as files (`CON`, `NUL.x`,
 * `COM1`, trailing dots and spaces, `< > : " | ? *`) exported with `text` and `export --format
 * txm`, and documents named with bidirectional overrides, zero-width characters and escape
 * sequences exported as CSV. The text and CSV cases say how many output names are not portable,
 * and how many raw invisible characters the CSV holds: both must be 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Base, type Case, copyCorpus, type Prepared, summaryOf } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { ROUND4_KINDS, makeRound4Pdfs } from './round4-pdfs.js';

const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'bin', 'glaneur.js');

const letter = letterPdf;



/** Names Windows cannot create as asked: devices (whatever follows the first dot), a trailing dot or space, forbidden characters, controls. */
// eslint-disable-next-line no-control-regex -- control characters are part of what is not portable
const NOT_PORTABLE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(?:\.|$)|[. ]$|[<>:"/\\|?*\u0000-\u001f\u202a-\u202e\u2066-\u2069]/iu;

/** Windows-hostile names (each its own document) and the text each says. */
const WINDOWS_NAMES = ['CON.pdf', 'nul.rapport.pdf', 'COM1.pdf', 'lpt9.PDF', 'Aux .pdf', 'fin..pdf', 'fin.pdf', 'espace .pdf', 'a<b>c.pdf', 'deux:points.pdf', 'quoi?.pdf', 'etoile*.pdf', 'barre|verticale.pdf', 'guillemet".pdf', 'Lettre.pdf', 'lettre.pdf'];

/** Names that hide or reorder text. */
const INVISIBLE_NAMES = ['rapport\u202efdp.exe.pdf', 'isole\u2066nom\u2069.pdf', 'zero\u200blargeur\ufeff.pdf', 'ecran\u001b[2J.pdf', 'arabe\u061cmarque.pdf'];
// eslint-disable-next-line no-control-regex -- what no CSV may hold raw
const RAW_INVISIBLE = /[\u0000-\u0008\u000e-\u001b\u007f-\u0084\u0086-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Writes one letter per name in `folder` and imports them into a copy of the base corpus. */
function importNamed(dir: string, base: Base, names: readonly string[]): string {
  const folder = join(dir, 'noms');
  mkdirSync(folder);
  names.forEach((name, index) => writeFileSync(join(folder, name), letter(`Courrier ${index} de la cooperative Vernadel, ${index + 3} structures le ${index + 1} mars 2025.`)));
  const corpus = copyCorpus(base, dir);
  spawnSync(process.execPath, [cli, 'import', folder, '--db', corpus, '--jobs', '2'], { stdio: 'ignore' });
  return corpus;
}

function portability(folder: string, extension: string): string {
  const files = readdirSync(folder).filter((file) => file.endsWith(extension));
  const bad = files.filter((file) => NOT_PORTABLE.test(file.slice(0, -extension.length)) || NOT_PORTABLE.test(file));
  const folded = new Set(files.map((file) => file.normalize('NFC').toLowerCase()));
  return `${files.length} ${extension} files, ${bad.length} not portable${bad.length === 0 ? '' : ` (${bad.join(', ')})`}, ${files.length - folded.size} clashing without case`;
}

export const ROUND4_CASES: Case[] = [
  ...ROUND4_KINDS.map((kind): Case => ({
    name: `import a hostile PDF (round 4): ${kind}`,
    prepare: async (dir, base): Promise<Prepared> => {
      const [made] = await makeRound4Pdfs(dir, [kind]);
      const corpus = copyCorpus(base, dir);
      return { args: ['import', made!.file, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: summaryOf(`${kind}.pdf`) };
    },
  })),
  {
    name: `text export of documents named ${WINDOWS_NAMES.slice(0, 6).join(', ')}…, < > : " | ? *, Lettre/lettre`,
    prepare: (dir, base): Prepared => {
      const corpus = importNamed(dir, base, WINDOWS_NAMES);
      const out = join(dir, 'textes');
      return { args: ['text', '--db', corpus, '--out', out], corpora: [corpus], check: () => portability(out, '.txt') };
    },
  },
  {
    name: 'TXM export of the same documents',
    prepare: (dir, base): Prepared => {
      const corpus = importNamed(dir, base, WINDOWS_NAMES);
      const out = join(dir, 'txm');
      return { args: ['export', '--db', corpus, '--format', 'txm', '--out', out], corpora: [corpus], check: () => portability(out, '.txt') };
    },
  },
  {
    name: 'CSV export of documents named with U+202E, an isolate, zero-width and BOM characters, ESC[2J, U+061C',
    prepare: (dir, base): Prepared => {
      const corpus = importNamed(dir, base, INVISIBLE_NAMES);
      const out = join(dir, 'mentions.csv');
      return {
        args: ['export', '--db', corpus, '--out', out],
        corpora: [corpus],
        check: () => {
          const text = readFileSync(out, 'utf8').replace(/^\ufeff/u, '');
          return `raw invisible characters in the CSV: ${(text.match(RAW_INVISIBLE) ?? []).length}; shown as ${JSON.stringify(/rapport[^,;]*\.pdf/u.exec(text)?.[0] ?? '?')}`;
        },
      };
    },
  },
];
