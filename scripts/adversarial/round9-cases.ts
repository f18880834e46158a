/**
 * The ninth round of hostile inputs and faults (issue 13): the PDFs of round9-pdfs.ts; PDFs named
 * like options (`--force.pdf`, `-h.pdf`), given with and without `--`; a corpus and its inputs in
 * a folder whose name has spaces, accents and 200 bytes; a symbolic-link loop in an import
 * folder; a folder of 20 000 names for one PDF (hard links); two imports of one folder at once;
 * an export while another process imports; `reextract` while `serve` has the corpus open and
 * decisions are made through it. The corpora must lose nothing, and nothing may vanish without a
 * word.
 */
import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Case, copyCorpus, hostilePdfCase, type Prepared } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { call, corpusState, serve, stop } from './round8-cases.js';
import { ROUND9_KINDS, makeRound9Pdfs } from './round9-pdfs.js';

const cli = (): string => join(process.cwd(), 'bin', 'glaneur.js');
const glaneur = (...args: string[]): void => void spawnSync(process.execPath, [cli(), ...args], { stdio: 'ignore' });

/** `count` one-line letters in `folder`, each naming `index`. */
function letters(folder: string, count: number, name = 'lettre'): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const file = join(folder, `${name}-${index}.pdf`);
    writeFileSync(file, letterPdf(`Le reseau Orvanel${index} regroupe ${index + 10} structures depuis juin 2022, avec la fabrique Mesquelle.`));
    return file;
  });
}

/** Rows of a table in a corpus. */
function rows(file: string, sql: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const lastLine = (stdout: string): string => stdout.trim().split('\n').at(-1) ?? '';
let port = 47_700;
const notes = new Map<string, string>();

export const ROUND9_CASES: Case[] = [
  ...ROUND9_KINDS.map((kind) => hostilePdfCase(9, kind, makeRound9Pdfs)),
  {
    name: 'round 9: PDFs named --force.pdf and -h.pdf, given after --',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      letters(dir, 2).forEach((file, index) => linkSync(file, join(dir, index === 0 ? '--force.pdf' : '-h.pdf')));
      return { args: ['import', '--db', corpus, '--ocr', 'never', '--', '--force.pdf', '-h.pdf'], cwd: dir, corpora: [corpus], summary: lastLine };
    },
  },
  {
    name: 'round 9: PDFs named --force.pdf and -h.pdf, given as they are (no --)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      letters(dir, 2).forEach((file, index) => linkSync(file, join(dir, index === 0 ? '--force.pdf' : '-h.pdf')));
      return { args: ['import', '--force.pdf', '-h.pdf', '--db', corpus], cwd: dir, corpora: [corpus] };
    },
  },
  {
    name: 'round 9: export --out --force (the path forgotten)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return { args: ['export', '--db', corpus, '--out', '--force'], cwd: dir, corpora: [corpus], summary: lastLine, check: () => `files now in the folder: ${readdirSync(dir).join(', ')}` };
    },
  },
  {
    name: 'round 9: corpus and PDFs in a folder named with spaces, accents and 200 bytes, imported then exported',
    prepare: (dir, base): Prepared => {
      const folder = join(dir, `dossier été ${'é'.repeat(90)} 2024`);
      mkdirSync(folder);
      const corpus = copyCorpus(base, folder, 'corpus à jour.sqlite');
      glaneur('import', ...letters(join(folder, 'lettres reçues'), 3), '--db', corpus, '--ocr', 'never');
      return { args: ['export', '--db', corpus, '--out', join(folder, 'mentions été.csv')], corpora: [corpus], summary: lastLine, check: () => corpusState(corpus) };
    },
  },
  {
    name: 'round 9: an import folder holding a symbolic-link loop (a link to its own folder, and one to itself)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const folder = join(dir, 'entrees');
      letters(join(folder, 'sous'), 2);
      symlinkSync('..', join(folder, 'sous', 'retour'));
      symlinkSync('boucle', join(folder, 'boucle'));
      return { args: ['import', folder, '--db', corpus, '--ocr', 'never'], corpora: [corpus], summary: lastLine };
    },
  },
  {
    name: 'round 9: a folder of 20 000 names for one PDF (hard links)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const [first] = letters(join(dir, 'copies'), 1);
      for (let index = 1; index < 20_000; index += 1) linkSync(first!, join(dir, 'copies', `copie-${index}.pdf`));
      return { args: ['import', join(dir, 'copies'), '--db', corpus, '--ocr', 'never'], corpora: [corpus], summary: lastLine, check: () => `${rows(corpus, 'SELECT count(*) AS n FROM documents')} documents in the corpus` };
    },
  },
  {
    name: 'round 9: two imports of the same folder at once, in two processes',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      letters(join(dir, 'lot'), 12);
      return {
        args: ['import', join(dir, 'lot'), '--db', corpus, '--ocr', 'never'],
        corpora: [corpus],
        summary: lastLine,
        during: async () => {
          const other = spawn(process.execPath, [cli(), 'import', join(dir, 'lot'), '--db', corpus, '--ocr', 'never'], { stdio: ['ignore', 'pipe', 'ignore'] });
          let out = '';
          other.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
          const closed = new Promise<number | null>((resolve) => other.once('close', resolve));
          return async () => {
            const code = await closed;
            notes.set(dir, `the other: exit ${code}, ${lastLine(out)}; ${rows(corpus, 'SELECT count(*) AS n FROM documents')} documents, ${rows(corpus, "SELECT count(*) AS n FROM documents WHERE status = 'failed'")} failed rows`);
          };
        },
        check: () => notes.get(dir) ?? '',
      };
    },
  },
  {
    name: 'round 9: an export while another process imports 12 letters',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const files = letters(join(dir, 'lot'), 12);
      return {
        args: ['export', '--db', corpus, '--out', join(dir, 'pendant.csv')],
        corpora: [corpus],
        summary: lastLine,
        during: async () => {
          const other = spawn(process.execPath, [cli(), 'import', ...files, '--db', corpus, '--ocr', 'never'], { stdio: 'ignore' });
          const closed = new Promise<number | null>((resolve) => other.once('close', resolve));
          await new Promise((resolve) => setTimeout(resolve, 1500));
          return async () => {
            notes.set(dir, `the import: exit ${await closed}; ${corpusState(corpus)}`);
          };
        },
        check: () => notes.get(dir) ?? '',
      };
    },
  },
  {
    name: 'round 9: reextract while serve has the corpus open and 40 decisions are made through it',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      glaneur('import', ...letters(join(dir, 'lot'), 6), '--db', corpus, '--ocr', 'never');
      return {
        args: ['reextract', '--db', corpus],
        corpora: [corpus],
        summary: lastLine,
        during: async () => {
          const served = await serve(corpus, (port += 1));
          const mentions = ((await call(served, 'listMentions', {})).value as { id: number }[]).slice(0, 40);
          const deciding = (async () => {
            const answers: string[] = [];
            for (const [index, mention] of mentions.entries()) {
              await new Promise((resolve) => setTimeout(resolve, 100));
              const answer = await call(served, index % 2 === 0 ? 'acceptMention' : 'rejectMention', { mentionId: mention.id });
              answers.push(answer.ok ? 'ok' : `${answer.error?.code}`);
            }
            return answers;
          })();
          return async () => {
            const answers = await deciding;
            const after = (await call(served, 'listMentions', {})).value as { id: number; status: string }[];
            const kept = mentions.filter((mention, index) => after.find((one) => one.id === mention.id)?.status === (index % 2 === 0 ? 'accepted' : 'rejected')).length;
            await stop(served.child);
            const failed = answers.filter((answer) => answer !== 'ok');
            notes.set(dir, `${answers.length - failed.length}/${answers.length} decisions answered ok${failed.length > 0 ? ` (others: ${[...new Set(failed)].join(', ')})` : ''}, ${kept} still as decided after the reextract; ${corpusState(corpus)}`);
          };
        },
        check: () => notes.get(dir) ?? '',
      };
    },
  },
];
