/**
 * The eighth round of hostile inputs and faults (issue 13): the PDFs of round8-pdfs.ts; a backup
 * copied over the corpus in place while `serve` runs (then `serve` stopped and the corpus
 * exported); two `serve` on one corpus, a decision through each; `reextract` killed with SIGKILL
 * half-way, then run again; the corpus path a symbolic link to another corpus; an export into a
 * FIFO a program reads, and into a read-only folder (as another user); a folder of 100 000 files
 * that are not PDFs (said since this round). The corpora must lose nothing, and nothing may
 * vanish without a word.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Base, type Case, copyCorpus, hostilePdfCase, type Prepared } from './cases.js';
import { letterPdf } from './raw-pdf.js';
import { ROUND8_KINDS, makeRound8Pdfs } from './round8-pdfs.js';

const cli = (): string => join(process.cwd(), 'bin', 'glaneur.js');

/** Runs the CLI to the end (a setup step). */
const glaneur = (...args: string[]): void => void spawnSync(process.execPath, [cli(), ...args], { stdio: 'ignore' });

/** `glaneur serve` on `corpus` at `port`; resolves with the process, its origin and token once it prints its address. */
export function serve(corpus: string, port: number): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(process.execPath, [cli(), 'serve', '--db', corpus, '--port', String(port)], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const found = /http:\/\/\S+\?token=\S+/u.exec(seen);
      if (found !== null) {
        const url = new URL(found[0]);
        resolve({ child, origin: url.origin, token: url.searchParams.get('token') ?? '' });
      }
    });
    child.once('close', () => reject(new Error(`serve exited before its address: ${seen}`)));
  });
}

/** One API call; the parsed answer. */
export async function call(served: { origin: string; token: string }, method: string, body: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${served.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glaneur-token': served.token }, body: JSON.stringify(body) });
  return (await response.json()) as { ok: boolean };
}

/** Stops a served process as Ctrl-C does. */
export const stop = (child: ChildProcess): Promise<unknown> => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('close', resolve), child.kill('SIGINT'))));

/** Integrity, documents and audit rows of a corpus, for the table. */
export function corpusState(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return `integrity ${String(db.pragma('integrity_check', { simple: true }))}, ${count('documents')} documents, ${count('audit')} audit rows`;
  } catch (error) {
    return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    db.close();
  }
}

let port = 47_600;
/** Notes a `during` step leaves for the table, by case folder. */
const notes = new Map<string, string>();

/** A corpus of the base letter and thirty more (reextract has something to do for a few seconds). */
function biggerCorpus(dir: string, base: Base): string {
  const corpus = copyCorpus(base, dir);
  const letters = Array.from({ length: 30 }, (_, index) => {
    const file = join(dir, `lettre-${index}.pdf`);
    writeFileSync(file, letterPdf(`Le collectif Brunevelle${index} compte ${index + 20} membres depuis mars 2023, avec la cooperative Talmirande.`));
    return file;
  });
  glaneur('import', ...letters, '--db', corpus, '--ocr', 'never');
  return corpus;
}

export const ROUND8_CASES: Case[] = [
  ...ROUND8_KINDS.map((kind) => hostilePdfCase(8, kind, makeRound8Pdfs)),
  {
    name: 'round 8: a backup copied over the corpus in place (cp) while serve runs, a decision tried, serve stopped, then the corpus exported',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const backup = join(dir, 'sauvegarde.sqlite');
      copyFileSync(corpus, backup);
      // One more document since the backup (checkpointed when the import closed): the backup's bytes differ.
      writeFileSync(join(dir, 'depuis.pdf'), letterPdf('Le pole Sarmandine a ouvert 3 ateliers en avril 2024.'));
      glaneur('import', join(dir, 'depuis.pdf'), '--db', corpus, '--ocr', 'never');
      return {
        args: ['export', '--db', corpus, '--out', join(dir, 'apres.csv')],
        precious: [backup],
        during: async () => {
          port += 1;
          const served = await serve(corpus, port);
          const mentions = (await call(served, 'listMentions', {})).value as { id: number }[];
          await call(served, 'acceptMention', { mentionId: mentions[0]?.id });
          copyFileSync(backup, corpus); // in place: same inode
          const refused = await call(served, 'rejectMention', { mentionId: mentions[1]?.id });
          await stop(served.child);
          notes.set(dir, `after the copy, a decision: ${refused.ok ? 'accepted' : `${refused.error?.code} ${refused.error?.message.split(': ').slice(1).join(': ').slice(0, 80)}`}; ${corpusState(corpus)}`);
          return async () => undefined;
        },
        check: () => notes.get(dir) ?? '',
      };
    },
  },
  {
    name: 'round 8: two serve on one corpus, a decision through each, then an export',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      return {
        args: ['export', '--db', corpus, '--out', join(dir, 'deux.csv')],
        corpora: [corpus],
        during: async () => {
          const first = await serve(corpus, (port += 1));
          const second = await serve(corpus, (port += 1));
          const mentions = (await call(first, 'listMentions', {})).value as { id: number }[];
          const answers = await Promise.all([call(first, 'acceptMention', { mentionId: mentions[0]?.id }), call(second, 'rejectMention', { mentionId: mentions[1]?.id })]);
          const seen = (await call(first, 'listMentions', {})).value as { id: number; status: string }[];
          await Promise.all([stop(first.child), stop(second.child)]);
          notes.set(dir, `decisions ${answers.map((answer) => (answer.ok ? 'ok' : answer.error?.code)).join(', ')}; the first sees the second's: ${seen.find((mention) => mention.id === mentions[1]?.id)?.status ?? '?'}; ${corpusState(corpus)}`);
          return async () => undefined;
        },
        check: () => notes.get(dir) ?? '',
      };
    },
  },
  {
    name: 'round 8: reextract killed with SIGKILL after 1.5 s, then run again',
    prepare: (dir, base): Prepared => {
      const corpus = biggerCorpus(dir, base);
      return {
        args: ['reextract', '--db', corpus],
        corpora: [corpus],
        during: async () => {
          const first = spawn(process.execPath, [cli(), 'reextract', '--db', corpus], { stdio: 'ignore' });
          // Listened for from the start: a reextract done within 1.5 s has closed before the kill
          // (the suite then waited for a 'close' already emitted, and stopped with nothing pending).
          const closed = new Promise<number | null>((resolve) => first.once('close', resolve));
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const finishedFirst = first.exitCode !== null;
          first.kill('SIGKILL');
          await closed;
          notes.set(dir, `${finishedFirst ? 'it had finished before the kill' : 'after the kill'}: ${corpusState(corpus)}`);
          return async () => undefined;
        },
        check: () => `${notes.get(dir) ?? ''}; after the second run: ${corpusState(corpus)}`,
      };
    },
  },
  {
    name: 'round 8: --db a symbolic link to another corpus: import, then export the target',
    prepare: (dir, base): Prepared => {
      const target = copyCorpus(base, dir, 'autre.sqlite');
      symlinkSync('autre.sqlite', join(dir, 'corpus.sqlite'));
      writeFileSync(join(dir, 'lettre.pdf'), letterPdf('La cooperative Talmirande a signe 6 conventions en octobre 2021.'));
      return {
        args: ['import', join(dir, 'lettre.pdf'), '--db', join(dir, 'corpus.sqlite')],
        corpora: [target],
        check: () => `${existsSync(join(dir, 'corpus.sqlite-wal')) ? 'a -wal beside the link' : 'no -wal beside the link'}; the target: ${corpusState(target)}`,
      };
    },
  },
  {
    name: 'round 8: export --out a FIFO a program reads (--force)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      const fifo = join(dir, 'tube.csv');
      spawnSync('mkfifo', [fifo]);
      return {
        args: ['export', '--db', corpus, '--out', fifo, '--force'],
        corpora: [corpus],
        during: async () => {
          const reader = spawn('sh', ['-c', `cat "${fifo}" > "${join(dir, 'lu.csv')}"`], { stdio: 'ignore' });
          const closed = new Promise((resolve) => reader.once('close', resolve));
          await new Promise((resolve) => setTimeout(resolve, 300));
          return async () => {
            setTimeout(() => reader.kill(), 3000).unref();
            await closed;
          };
        },
        check: () => `the reader got ${existsSync(join(dir, 'lu.csv')) ? readFileSync(join(dir, 'lu.csv'), 'utf8').split('\n').filter((line) => line !== '').length : 0} lines`,
      };
    },
  },
  {
    name: 'round 8: export --out into a read-only folder (as another user)',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      mkdirSync(join(dir, 'lecture'));
      chmodSync(join(dir, 'lecture'), 0o555);
      chmodSync(corpus, 0o644);
      return { args: ['export', '--db', corpus, '--out', join(dir, 'lecture', 'sortie.csv')], corpora: [corpus], asUser: base.nobody };
    },
  },
  {
    name: 'round 8: a folder of 100 000 one-byte files that are not PDFs',
    prepare: (dir, base): Prepared => {
      const corpus = copyCorpus(base, dir);
      mkdirSync(join(dir, 'menus'));
      for (let index = 0; index < 100_000; index += 1) writeFileSync(join(dir, 'menus', `n${index}.txt`), 'x');
      return { args: ['import', join(dir, 'menus'), '--db', corpus, '--ocr', 'never'], corpora: [corpus] };
    },
  },
];
