/**
 * The sixth round of hostile inputs (issue 13): the PDFs of round6-pdfs.ts; a value option given
 * twice; the corpus itself, or its folder, as an input; file names that are not UTF-8 (in a
 * folder, a sub-folder, on the command line); 3 000 files on one command line; an import on a
 * full disk with two documents read at once; a corpus whose -wal is larger than it, or whose
 * -shm is garbage. The corpora must lose nothing, and no good PDF may be called corrupt.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Base, type Case, copyCorpus, hostilePdfCase, type Prepared } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { ROUND6_KINDS, makeRound6Pdfs } from './round6-pdfs.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
/** A path under `folder` whose names are bytes (not UTF-8). */
const under = (folder: string, ...names: Buffer[]): Buffer => Buffer.concat([Buffer.from(folder), ...names.flatMap((name) => [Buffer.from('/'), name])]);

/** What an import printed: its result lines' statuses and codes, counted. */
function importSummary(stdout: string): string {
  const lines = stdout.trim().split('\n').filter((line) => line !== '');
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [status, , third] = line.split('\t');
    const key = status === 'failed' ? `failed ${(third ?? '').split(':')[0]}` : (status ?? '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || '(no result line)';
}

/** Documents stored as failed in `corpus`, for the table. */
function failedRows(corpus: string): () => string {
  return () => {
    const db = new BetterSqlite3(corpus, { readonly: true });
    try {
      const failed = (db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'failed'").get() as { n: number }).n;
      return `${failed} failed rows stored`;
    } finally {
      db.close();
    }
  };
}

const letter = letterPdf;

/** A corpus with a -wal far larger than itself, left by a writer killed before any checkpoint. */
function corpusWithLargeWal(base: Base, dir: string): string {
  const corpus = copyCorpus(base, dir);
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(corpus)});d.pragma('journal_mode = WAL');d.pragma('wal_autocheckpoint = 0');for(let i=0;i<60;i+=1)d.exec("UPDATE mentions SET text = text || ''");process.kill(process.pid,'SIGKILL')`;
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore', cwd: process.cwd() });
  return corpus;
}

export const ROUND6_CASES: Case[] = [
  ...ROUND6_KINDS.map((kind) => hostilePdfCase(6, kind, makeRound6Pdfs)),
  {
    name: 'round 6: import --db A --db B (a value option given twice)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return { args: ['import', base.pdf, '--db', corpus, '--db', join(dir, 'autre.sqlite')], corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'round 6: export --out A --out B',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return { args: ['export', '--db', corpus, '--out', join(dir, 'a.csv'), '--out', join(dir, 'b.csv')], corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'round 6: import the corpus and its -wal into themselves',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      writeFileSync(`${corpus}-wal`, '');
      return { args: ['import', corpus, `${corpus}-wal`, '--db', corpus], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'round 6: import the folder that holds the corpus (and a PDF)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      copyFileSync(base.pdf, join(dir, 'lettre.pdf'));
      return { args: ['import', dir, '--db', corpus], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'round 6: a folder of PDFs named in Latin-1 (not UTF-8), one in a sub-folder so named, one named with the escapes’ text',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const folder = join(dir, 'dossier');
      mkdirSync(folder);
      writeFileSync(under(folder, latin1('compte-rendu-\xe9t\xe9.pdf')), letter('Le collectif Ambrelune compte 18 membres depuis mai 2024.'));
      writeFileSync(join(folder, 'compte-rendu-\\xE9t\\xE9.pdf'), letter('La cooperative Sorbiane compte 31 salaries depuis avril 2023.'));
      mkdirSync(under(folder, latin1('archives-\xe0')));
      writeFileSync(under(folder, latin1('archives-\xe0'), Buffer.from('lettre.pdf')), letter('Le pole Quenvreux a signe 4 conventions en juin 2022.'));
      return { args: ['import', folder, '--db', corpus], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'round 6: a PDF named in Latin-1 given on the command line (its byte arrives as U+FFFD)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      writeFileSync(under(dir, latin1('note-\xe9.pdf')), letter('Le collectif Ambrelune compte 18 membres depuis mai 2024.'));
      return { args: ['import', join(dir, 'note-\ufffd.pdf'), '--db', corpus], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'round 6: 3 000 one-page PDFs named on one command line',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const files = Array.from({ length: 3000 }, (_, index) => {
        const file = join(dir, `lettre-${index}.pdf`);
        writeFileSync(file, letter(`Le collectif Ambrelune compte ${index} adherents depuis mai 2024.`));
        return file;
      });
      return { args: ['import', ...files, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'round 6: import three PDFs with --jobs 2 into a corpus on a full disk (tmpfs)',
    prepare: (dir, base): Prepared => {
      const mount = join(dir, 'plein');
      mkdirSync(mount);
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=360k', 'tmpfs', mount]).status === 0;
      if (!mounted) return { args: ['--version'], summary: () => 'skipped: cannot mount a tmpfs here' };
      const corpus = copyCorpus(base, mount);
      const other = (suffix: string): string => {
        const file = join(dir, `autre-${suffix}.pdf`);
        writeFileSync(file, Buffer.concat([readFileSync(base.pdf), Buffer.from(`\n%${suffix}\n`)]));
        return file;
      };
      return {
        args: ['import', other('a'), other('b'), other('c'), '--db', corpus, '--jobs', '2', '--ocr', 'never'],
        corpora: [corpus],
        check: failedRows(corpus),
        after: () => void spawnSync('umount', [mount]),
      };
    },
  },
  {
    name: 'round 6: export a corpus whose -wal (left by a crash) is larger than the corpus',
    prepare: (dir, base): Prepared => {
      const corpus = corpusWithLargeWal(base, dir);
      return { args: ['export', '--db', corpus, '--out', join(dir, 'out.csv')], corpora: [corpus] };
    },
  },
  {
    name: 'round 6: import into a corpus whose -shm is garbage (no process holds it)',
    prepare: (dir, base): Prepared => {
      const corpus = corpusWithLargeWal(base, dir);
      writeFileSync(`${corpus}-shm`, Buffer.alloc(32_768, 0xa5));
      const other = join(dir, 'autre.pdf');
      writeFileSync(other, Buffer.concat([readFileSync(base.pdf), Buffer.from('\n%autre\n')]));
      return { args: ['import', other, '--db', corpus, '--ocr', 'never'], corpora: [corpus], summary: importSummary };
    },
  },
];
