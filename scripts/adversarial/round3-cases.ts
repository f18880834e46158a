/**
 * The third round of hostile inputs that are not single PDFs (issue 13): folders (a thousand small
 * files; links to files, to folders outside, to themselves, to nothing), file names (tabs, line
 * breaks, escape sequences, bidirectional overrides, emoji, very long, Windows device names), a
 * file rewritten while it is read, and corpus faults (the file-size limit, a hot journal left by a
 * crash, an exclusive lock held by another program during an export). Each case prepares its
 * files in its own folder; the corpora listed must keep every document, mention and audit row.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Case, copyCorpus, type Prepared } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { ROUND3_KINDS, makeRound3Pdfs } from './round3-pdfs.js';


const letter = letterPdf;


/** The import's result: its one line (the file name left out), or how many lines of each kind and why those that failed did. */
function importSummary(stdout: string): string {
  const lines = stdout.split('\n').filter((one) => one !== '');
  if (lines.length === 1) return lines[0]!.split('\t').filter((_, index) => index !== 1).join(' · ');
  const kinds = new Map<string, number>();
  for (const line of stdout.split('\n').filter((one) => one !== '')) kinds.set(line.split('\t')[0] ?? '?', (kinds.get(line.split('\t')[0] ?? '?') ?? 0) + 1);
  const failed = stdout.split('\n').filter((line) => line.startsWith('failed\t')).map((line) => line.split('\t').slice(1).join(': ').slice(0, 90));
  return `${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}${failed.length === 0 ? '' : ` (${failed.join('; ')})`}`;
}

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Writes to `file` in rollback-journal mode and is killed mid-transaction: a hot journal is left. */
function crashMidWrite(file: string): void {
  const script = `const D=require(${JSON.stringify(driver)});const d=new D(${JSON.stringify(file)});d.pragma('journal_mode = DELETE');d.pragma('cache_size = 10');d.exec('BEGIN IMMEDIATE');d.exec("UPDATE documents SET file_name = 'half.pdf'");d.exec('CREATE TABLE filler(x); INSERT INTO filler SELECT randomblob(4000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500) SELECT i FROM c)');process.kill(process.pid,'SIGKILL')`;
  spawnSync(process.execPath, ['-e', script]);
}

function documentNames(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT file_name AS name FROM documents ORDER BY id').all() as { name: string }[]).map((row) => row.name).join(', ');
  } finally {
    db.close();
  }
}

/** Documents, mentions and audit rows, as `d,m,a`. */
function counted(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return ['documents', 'mentions', 'audit'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).join(',');
  } finally {
    db.close();
  }
}

/** Another program holding an exclusive lock on the corpus (rollback journal, locking_mode EXCLUSIVE) for `seconds`. */
function holdExclusive(file: string, seconds: number): () => Promise<() => Promise<void>> {
  return async () => {
    const script = `const D=require(${JSON.stringify(driver)});const d=new D(${JSON.stringify(file)});d.pragma('journal_mode = DELETE');d.pragma('locking_mode = EXCLUSIVE');d.exec('BEGIN EXCLUSIVE');console.log('locked');setTimeout(()=>{d.exec('ROLLBACK');d.close()},${seconds * 1000})`;
    const holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    return async () => {
      holder.kill();
      await new Promise((resolve) => holder.once('close', resolve));
    };
  };
}

/** Rewrites `file` over and over (another text, then cut short, then whole again) while the command runs. */
function keepRewriting(file: string): () => Promise<() => Promise<void>> {
  return () => {
    const versions = [letter('Version A du document, 12 structures le 3 mai 2025.'), letter('Version B, plus longue : 40 structures et 7 partenaires le 9 juin 2025.')];
    let turn = 0;
    const timer = setInterval(() => {
      const version = versions[turn % 2]!;
      writeFileSync(file, turn % 3 === 2 ? version.subarray(0, version.length >> 1) : version);
      turn += 1;
    }, 2);
    return Promise.resolve(async () => clearInterval(timer));
  };
}

const HOSTILE_NAMES = ['deux\tcolonnes.pdf', 'deux\nlignes.pdf', 'ecran\u001b[2J\u001b[31m.pdf', 'rapport\u202efdp.exe.pdf', '📄🌍 bilan été.pdf', `${'nom-tres-long-'.repeat(17)}.pdf`, 'CON.pdf', 'aux.PDF'];

export const ROUND3_CASES: Case[] = [
  ...ROUND3_KINDS.map((kind): Case => ({
    name: `import a hostile PDF (round 3): ${kind}`,
    prepare: async (dir, base): Promise<Prepared> => {
      const [made] = await makeRound3Pdfs(dir, [kind]);
      if (made?.file === null || made === undefined) return { args: ['--version'], summary: () => 'skipped: a tool it needs is missing' };
      const corpus = copyCorpus(base, dir);
      return { args: ['import', made.file, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: importSummary };
    },
  })),
  {
    name: 'import a folder of 1 000 small PDFs',
    prepare: (dir, base) => {
      const folder = join(dir, 'lettres');
      mkdirSync(folder);
      for (let index = 0; index < 1000; index += 1) writeFileSync(join(folder, `lettre-${String(index).padStart(4, '0')}.pdf`), letter(`Lettre ${index} : le pole a reuni ${index + 3} structures le ${1 + (index % 28)} mai 2025.`));
      const corpus = copyCorpus(base, dir);
      return { args: ['import', folder, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'import a folder holding links: to a PDF elsewhere, to a folder outside, to /, to itself, to nothing',
    prepare: (dir, base) => {
      const folder = join(dir, 'dossier');
      mkdirSync(join(folder, 'sous'), { recursive: true });
      mkdirSync(join(dir, 'ailleurs'));
      writeFileSync(join(dir, 'ailleurs', 'hors.pdf'), letter('Un document range ailleurs, 5 structures le 2 mai 2025.'));
      writeFileSync(join(folder, 'ici.pdf'), letter('Un document du dossier, 8 structures le 4 mai 2025.'));
      symlinkSync(join(dir, 'ailleurs', 'hors.pdf'), join(folder, 'lien.pdf'));
      symlinkSync(join(dir, 'ailleurs'), join(folder, 'vers-ailleurs'));
      symlinkSync('/', join(folder, 'racine'));
      symlinkSync(folder, join(folder, 'sous', 'boucle'));
      symlinkSync('boucle.pdf', join(folder, 'boucle.pdf'));
      symlinkSync('absent.pdf', join(folder, 'casse.pdf'));
      const corpus = copyCorpus(base, dir);
      return { args: ['import', folder, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: importSummary };
    },
  },
  {
    name: 'import files named with a tab, a line break, an escape sequence, U+202E, emoji, 240 characters, CON.pdf, aux.PDF',
    prepare: (dir, base) => {
      const folder = join(dir, 'noms');
      mkdirSync(folder);
      HOSTILE_NAMES.forEach((name, index) => writeFileSync(join(folder, name), letter(`Document ${index}, ${index + 2} structures le ${index + 1} mai 2025.`)));
      const corpus = copyCorpus(base, dir);
      return {
        args: ['import', folder, '--db', corpus, '--jobs', '2'],
        corpora: [corpus],
        // Every line must still have its fields, and no control character may reach the terminal.
        // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
        summary: (stdout) => `${importSummary(stdout)}; lines with a stray control character: ${stdout.split('\n').filter((line) => /[\u0000-\u0008\u000b-\u001f\u202e]/u.test(line)).length}`,
      };
    },
  },
  {
    name: 'import a PDF rewritten every 2 ms while it is read',
    prepare: (dir, base) => {
      const file = join(dir, 'mouvant.pdf');
      writeFileSync(file, letter('Version A du document, 12 structures le 3 mai 2025.'));
      const corpus = copyCorpus(base, dir);
      return { args: ['import', file, '--db', corpus, '--jobs', '2'], corpora: [corpus], during: keepRewriting(file), summary: importSummary };
    },
  },
  {
    name: 'import past the file-size limit (prlimit --fsize, below the corpus size)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const file = join(dir, 'nouveau.pdf');
      writeFileSync(file, letter('Un nouveau document, 9 structures le 5 mai 2025.'));
      return { args: ['import', file, '--db', corpus, '--jobs', '2'], corpora: [corpus], fileSizeLimit: 100 * 1024, check: () => `documents after: ${documentNames(corpus).slice(0, 60)}` };
    },
  },
  {
    name: 'export a corpus left with a hot journal by a crash',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const before = counted(corpus);
      crashMidWrite(corpus);
      // The harness cannot count a corpus with a hot journal read-only: it compares with the counts before the crash.
      return { args: ['export', '--db', corpus, '--out', join(dir, 'mentions.csv')], check: () => `documents/mentions/audit before the crash ${before}, after ${counted(corpus)}` };
    },
  },
  {
    name: 'import into a corpus left with a hot journal by a crash',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const before = counted(corpus);
      crashMidWrite(corpus);
      const file = join(dir, 'nouveau.pdf');
      writeFileSync(file, letter('Un nouveau document, 9 structures le 5 mai 2025.'));
      return { args: ['import', file, '--db', corpus, '--jobs', '2'], summary: importSummary, check: () => `documents/mentions/audit before the crash ${before}, after ${counted(corpus)}` };
    },
  },
  {
    name: 'export another program’s database left with a hot journal',
    prepare: (dir) => {
      const file = join(dir, 'autre.sqlite');
      const other = new BetterSqlite3(file);
      other.exec("CREATE TABLE documents (file_name TEXT); INSERT INTO documents VALUES ('x')");
      other.close();
      crashMidWrite(file);
      return { args: ['export', '--db', file, '--out', join(dir, 'o.csv')], precious: [file, `${file}-journal`] };
    },
  },
  {
    name: 'export while another program holds an exclusive lock (rollback journal) for 40 s',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      // The lock holder switches the file to a rollback journal; the corpus it leaves must still be whole.
      return { args: ['export', '--db', corpus, '--out', join(dir, 'mentions.csv')], corpora: [corpus], during: holdExclusive(corpus, 40) };
    },
  },
];

