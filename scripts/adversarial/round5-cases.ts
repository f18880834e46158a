/**
 * The fifth round of hostile inputs (issue 13): text partly off its page box on text pages and
 * under `--ocr never`, `/Rotate 90` under `--ocr always`, page trees sharing one page object
 * (round5-pdfs.ts); export destinations that are links to the corpus or its `-wal`, a link into
 * another file system (/dev/shm), a named pipe nobody reads, a folder; and corpora whose `-wal`
 * is a hard or symbolic link to a precious file. The precious files' hashes must not change.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Base, type Case, copyCorpus, type Prepared, summaryOf } from './cases.js';
import { makeRound4Pdfs } from './round4-pdfs.js';
import { ROUND5_KINDS, makeRound5Pdfs, type Round5Kind } from './round5-pdfs.js';



/** A corpus left with its `-wal` (a writer killed before closing), as after a crash. */
function corpusWithWal(base: Base, dir: string): string {
  const corpus = copyCorpus(base, dir);
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(corpus)});d.pragma('journal_mode = WAL');d.exec('CREATE TABLE adversarial_probe (x); DROP TABLE adversarial_probe');process.kill(process.pid,'SIGKILL')`;
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
  return corpus;
}

const PRECIOUS = 'une ligne que rien ne doit effacer\n';

function importCase(kind: Round5Kind, mode: 'auto' | 'always' = 'auto'): Case {
  return {
    name: `import a hostile PDF (round 5): ${kind}${mode === 'auto' ? '' : ` --ocr ${mode}`}`,
    prepare: async (dir, base): Promise<Prepared> => {
      const [made] = await makeRound5Pdfs(dir, [kind]);
      const corpus = copyCorpus(base, dir);
      return { args: ['import', made!.file, '--db', corpus, '--jobs', '2', '--ocr', mode], corpora: [corpus], summary: summaryOf(`${kind}.pdf`) };
    },
  };
}

/** An export to `out`, made by `make` in the case's folder from the copied corpus. */
function exportCase(name: string, make: (dir: string, corpus: string) => string, withWal = false): Case {
  return {
    name: `round 5: export --out ${name}`,
    prepare: (dir, base): Prepared => {
      const corpus = withWal ? corpusWithWal(base, dir) : copyCorpus(base, dir);
      const out = make(dir, corpus);
      return { args: ['export', '--db', corpus, '--out', out], corpora: [corpus], precious: [corpus], outside: [...shmFiles.splice(0)] };
    },
  };
}

/** Files a case makes in /dev/shm (outside its folder), handed to the runner to remove after the run. */
const shmFiles: string[] = [];
function inShm(suffix: string): string {
  const file = join('/dev/shm', `glaneur-adversarial-${process.pid}-${Date.now()}${suffix}.csv`);
  shmFiles.push(file);
  return file;
}

function walLinkCase(kind: 'hard' | 'symbolic', command: 'import' | 'export'): Case {
  return {
    name: `round 5: ${command} into a corpus whose -wal is a ${kind} link to another file`,
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const victim = join(dir, 'precieux.txt');
      writeFileSync(victim, PRECIOUS);
      if (kind === 'hard') linkSync(victim, `${corpus}-wal`);
      else symlinkSync(victim, `${corpus}-wal`);
      // A new document (other bytes) for import, so that it writes to the log.
      const other = join(dir, 'autre.pdf');
      writeFileSync(other, Buffer.concat([readFileSync(base.pdf), Buffer.from('\n%autre\n')]));
      const args = command === 'import' ? ['import', other, '--db', corpus] : ['export', '--db', corpus, '--out', join(dir, 'out.csv')];
      return { args, corpora: [corpus], precious: [victim] };
    },
  };
}

export const ROUND5_CASES: Case[] = [
  ...ROUND5_KINDS.filter((kind) => kind !== 'rotate-90-text').map((kind) => importCase(kind)),
  importCase('rotate-90-text', 'always'),
  {
    name: 'import a hostile PDF (round 5): negative-box-letter and crop-away-from-text --ocr never',
    prepare: async (dir, base): Promise<Prepared> => {
      const made = await makeRound4Pdfs(dir, ['negative-box-letter', 'crop-away-from-text']);
      const corpus = copyCorpus(base, dir);
      return { args: ['import', ...made.map((pdf) => pdf.file), '--db', corpus, '--jobs', '2', '--ocr', 'never'], corpora: [corpus], summary: (stdout) => stdout.trim().split('\n').map((line) => line.split('\t').slice(-1)[0]).join(' / ') };
    },
  },
  exportCase('a symbolic link to the corpus', (dir, corpus) => {
    symlinkSync(corpus, join(dir, 'lien.csv'));
    return join(dir, 'lien.csv');
  }),
  exportCase('a hard link to the corpus', (dir, corpus) => {
    linkSync(corpus, join(dir, 'dur.csv'));
    return join(dir, 'dur.csv');
  }),
  exportCase('a symbolic link to the corpus’s -wal (left by a crash)', (dir, corpus) => {
    symlinkSync(`${corpus}-wal`, join(dir, 'lien-wal.csv'));
    return join(dir, 'lien-wal.csv');
  }, true),
  exportCase('a dangling symbolic link to where the corpus’s -wal would be', (dir, corpus) => {
    symlinkSync(`${corpus}-wal`, join(dir, 'lien-wal.csv'));
    return join(dir, 'lien-wal.csv');
  }),
  exportCase('a symbolic link to an earlier export in /dev/shm (another file system)', (dir) => {
    const shm = inShm('');
    writeFileSync(shm, 'document,page,type\n');
    symlinkSync(shm, join(dir, 'vers-shm.csv'));
    return join(dir, 'vers-shm.csv');
  }),
  exportCase('a file in /dev/shm', () => inShm('-b')),
  exportCase('a named pipe no program reads', (dir) => {
    spawnSync('mkfifo', [join(dir, 'tube.csv')]);
    return join(dir, 'tube.csv');
  }),
  exportCase('a folder', (dir) => {
    mkdirSync(join(dir, 'dossier.csv'));
    return join(dir, 'dossier.csv');
  }),
  walLinkCase('hard', 'import'),
  walLinkCase('symbolic', 'import'),
  walLinkCase('symbolic', 'export'),
];
