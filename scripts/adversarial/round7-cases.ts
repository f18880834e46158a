/**
 * The seventh round of hostile inputs (issue 13): the PDFs of round7-pdfs.ts; a 0-byte and a
 * 1-byte file, a BOM alone, a PDF in a ZIP, a PDF with a wrong extension, a FIFO, a device and a
 * link to itself as inputs; a folder of 100 000 tiny files that are not PDFs, and one holding a
 * PDF without `.pdf`; NFD and NFC spellings of one name; two imports into one corpus at once with
 * an export meanwhile; a corpus in a folder named with spaces, `#`, `?` and `%`. The corpora must
 * lose nothing, and nothing may vanish without a word.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Case, copyCorpus, hostilePdfCase, type Prepared } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { ROUND7_KINDS, makeRound7Pdfs } from './round7-pdfs.js';

/** What an import printed: its result lines' statuses and codes, counted. */
function importSummary(stdout: string): string {
  const counts = new Map<string, number>();
  for (const line of stdout.split('\n').filter((one) => one !== '')) {
    const [status, , third] = line.split('\t');
    const key = status === 'imported' || status === 'skipped' || status === 'failed' ? `${status}${status === 'imported' ? '' : ` ${(third ?? '').split(':')[0]}`}` : '';
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || '(no result line)';
}

/** An import of the files `make` writes into the case's folder (their names given back), into a copy of the base corpus. */
function inputsCase(name: string, make: (dir: string, pdf: Buffer) => string[]): Case {
  return {
    name: `round 7: ${name}`,
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return { args: ['import', ...make(dir, readFileSync(base.pdf)), '--db', corpus, '--ocr', 'never'], corpora: [corpus], summary: importSummary };
    },
  };
}

const written = (dir: string, name: string, bytes: Buffer | string): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

/** Two imports of three letters each into `corpus` at once; the command (an export) runs two seconds in, and the imports are waited for after it. */
function twoImportsAndAnExport(dir: string, corpus: string): () => Promise<() => Promise<void>> {
  return async () => {
    const letters = (prefix: string): string[] =>
      [1, 2, 3].map((index) => written(dir, `${prefix}-${index}.pdf`, letterPdf(`Le collectif Ambrelune${prefix}${index} compte ${index}8 membres depuis mai 2024.`)));
    const cli = join(process.cwd(), 'bin', 'glaneur.js');
    const runs = [letters('a'), letters('b')].map((files) => new Promise<number | null>((resolve) => spawn(process.execPath, [cli, 'import', ...files, '--db', corpus], { stdio: 'ignore' }).once('close', resolve)));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return async () => void (await Promise.all(runs));
  };
}

export const ROUND7_CASES: Case[] = [
  ...ROUND7_KINDS.map((kind) => hostilePdfCase(7, kind, makeRound7Pdfs)),
  inputsCase('a 0-byte file, a 1-byte file, a UTF-8 BOM alone', (dir) => [written(dir, 'vide.pdf', ''), written(dir, 'un.pdf', '%'), written(dir, 'bom.pdf', '\ufeff')]),
  inputsCase('a PDF inside a ZIP; a PDF named .txt; a PDF with no extension', (dir, pdf) => {
    const inner = written(dir, 'lettre-dans-zip.pdf', Buffer.concat([pdf, Buffer.from('\n%zip\n')]));
    spawnSync('zip', ['-qj', join(dir, 'lettre.zip'), inner]);
    return [join(dir, 'lettre.zip'), written(dir, 'lettre.txt', Buffer.concat([pdf, Buffer.from('\n%txt\n')])), written(dir, 'lettre', Buffer.concat([pdf, Buffer.from('\n%none\n')]))];
  }),
  inputsCase('a FIFO, /dev/zero and a link to itself named .pdf', (dir) => {
    spawnSync('mkfifo', [join(dir, 'tube.pdf')]);
    symlinkSync('boucle.pdf', join(dir, 'boucle.pdf'));
    return [join(dir, 'tube.pdf'), '/dev/zero', join(dir, 'boucle.pdf')];
  }),
  inputsCase('a folder of 100 000 one-byte files that are not PDFs', (dir) => {
    mkdirSync(join(dir, 'menus'));
    for (let index = 0; index < 100_000; index += 1) writeFileSync(join(dir, 'menus', `n${index}.txt`), 'x');
    return [join(dir, 'menus')];
  }),
  inputsCase('a folder holding a PDF without .pdf, one named .PDF, one named .pdf.part', (dir, pdf) => {
    mkdirSync(join(dir, 'dossier'));
    written(dir, 'dossier/compte-rendu', Buffer.concat([pdf, Buffer.from('\n%a\n')]));
    written(dir, 'dossier/RAPPORT.PDF', Buffer.concat([pdf, Buffer.from('\n%b\n')]));
    written(dir, 'dossier/bulletin.pdf.part', Buffer.concat([pdf, Buffer.from('\n%c\n')]));
    return [join(dir, 'dossier')];
  }),
  inputsCase('the same name in NFD and in NFC (two files), then both exported', (dir) => [
    written(dir, 'compte-rendu-été.pdf'.normalize('NFD'), letterPdf('La cooperative Sorbiane compte 31 salaries depuis avril 2023.')),
    written(dir, 'compte-rendu-été.pdf'.normalize('NFC'), letterPdf('Le pole Quenvreux a signe 4 conventions en juin 2022.')),
  ]),
  {
    name: 'round 7: two imports of three PDFs into one corpus at once, then an export',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return { args: ['export', '--db', corpus, '--out', join(dir, 'pendant.csv')], corpora: [corpus], during: twoImportsAndAnExport(dir, corpus), check: () => documentsIn(corpus) };
    },
  },
  {
    name: 'round 7: a corpus in a folder named "dossier #1 ?x %41 é", exported',
    prepare: (dir, base): Prepared => {
      mkdirSync(join(dir, 'dossier #1 ?x %41 é'));
      const corpus = copyCorpus(base, join(dir, 'dossier #1 ?x %41 é'), 'corpus #?%.sqlite');
      return { args: ['export', '--db', corpus, '--out', join(dir, 'dossier #1 ?x %41 é', 'sortie #1.csv')], corpora: [corpus] };
    },
  },
];

/** How many documents the corpus holds now, for the table. */
function documentsIn(corpus: string): string {
  const run = spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(corpus)},{readonly:true});console.log(d.prepare("SELECT count(*) AS n FROM documents WHERE status='imported'").get().n)`], { encoding: 'utf8' });
  return `${run.stdout.trim()} documents imported in all`;
}
