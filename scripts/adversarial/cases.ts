/**
 * Hostile corpus files, export destinations and command-line mistakes (issue 13, points 1, 5, 6,
 * 8, 9 and the --jobs cap). Each case prepares its files in its own folder, names the files that
 * must come out byte-for-byte identical (`precious`) and the corpora whose documents, mentions and
 * audit rows must all still be there (`corpora`), then runs one command.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { MadePdf } from './recipes.js';

export interface Prepared {
  readonly args: string[];
  readonly precious?: string[];
  readonly corpora?: string[];
  readonly cwd?: string;
  readonly asUser?: string | undefined;
  /** Largest file the command may write, in bytes (RLIMIT_FSIZE, through prlimit). */
  readonly fileSizeLimit?: number | undefined;
  /** Started before the command, stopped after it (a lock holder, a port squatter). */
  readonly during?: () => Promise<() => Promise<void>>;
  /** Extra check after the run; returns a note for the table ("" when nothing to add). */
  readonly check?: () => string;
  /** What Glaneur says, from its stdout (by default the first error line of stderr). */
  readonly summary?: (stdout: string) => string;
  /** Files the case made outside its folder (in /dev/shm, say), removed after the run. */
  readonly outside?: string[];
  /** Run after the command and the checks (unmounting what the case mounted, say). */
  readonly after?: () => void;
}

export interface Case {
  readonly name: string;
  readonly prepare: (dir: string, base: Base) => Prepared | Promise<Prepared>;
}

/** What every case starts from: a real corpus (one imported PDF) and the paths of tools. */
export interface Base {
  readonly corpus: string;
  readonly pdf: string;
  readonly nobody: string | undefined;
}

/** A copy of the base corpus in the case's folder. */
export function copyCorpus(base: Base, dir: string, name = 'corpus.sqlite'): string {
  const file = join(dir, name);
  copyFileSync(base.corpus, file);
  return file;
}

/** The file's line in the import's output (`imported\tname\t…` or `failed\tname\t…`), its name left out. */
export function summaryOf(fileName: string): (stdout: string) => string {
  return (stdout) => {
    const line = stdout.split('\n').find((candidate) => candidate.split('\t')[1] === fileName);
    return line === undefined ? '(no line for the file)' : line.split('\t').filter((_, index) => index !== 1).join(' · ');
  };
}

/** A case importing the hostile PDF `kind` of round `round`, made by `make`, into a copy of the base corpus (`--jobs 2`). */
export function hostilePdfCase<K extends string>(round: number, kind: K, make: (dir: string, kinds: K[]) => Promise<MadePdf<K>[]>): Case {
  return {
    name: `import a hostile PDF (round ${round}): ${kind}`,
    prepare: async (dir, base): Promise<Prepared> => {
      const [made] = await make(dir, [kind]);
      const corpus = copyCorpus(base, dir);
      if (made?.file === null || made === undefined) return { args: ['--version'], summary: () => 'skipped: qpdf missing' };
      return { args: ['import', made.file, '--db', corpus, '--jobs', '2'], corpora: [corpus], summary: summaryOf(`${kind}.pdf`) };
    },
  };
}

function holdLock(file: string, seconds: number): () => Promise<() => Promise<void>> {
  return async () => {
    // Another process (not this one: SQLite locks are per process) holds the write lock.
    const holder = spawn(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{d.exec('ROLLBACK');d.close()},${seconds * 1000})`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    return async () => {
      holder.kill();
      await new Promise((resolve) => holder.once('close', resolve));
    };
  };
}

function squatPort(port: { value: number }): () => Promise<() => Promise<void>> {
  return async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(port.value, '127.0.0.1', resolve));
    return async () => void (await new Promise((resolve) => server.close(resolve)));
  };
}

function foreignSqlite(file: string, userVersion: number, applicationId: number): void {
  const db = new BetterSqlite3(file);
  db.exec("CREATE TABLE contacts (nom TEXT, tel TEXT); INSERT INTO contacts VALUES ('Durand', '01 02 03 04 05')");
  db.pragma(`user_version = ${userVersion}`);
  db.pragma(`application_id = ${applicationId}`);
  db.close();
}

const exportTo = (corpus: string, out: string, ...more: string[]) => ['export', '--db', corpus, '--out', out, ...more];

export const CASES: Case[] = [
  // Point 1: export destinations.
  ...(['', '-wal', '-shm', '-journal', '.bak-v1'] as const).map((suffix): Case => ({
    name: `export --out the corpus${suffix === '' ? '' : ` ${suffix} file`}`,
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      if (suffix !== '') writeFileSync(`${corpus}${suffix}`, '');
      // The -shm file is SQLite's own shared-memory index, rewritten by any reader: not compared.
      const compared = suffix === '' || suffix === '-shm' ? [] : [`${corpus}${suffix}`];
      return { args: exportTo(corpus, `${corpus}${suffix}`, '--force'), corpora: [corpus], precious: compared };
    },
  })),
  ...(['txm', 'iramuteq', 'indicators', 'directory'] as const).map((format): Case => ({
    name: `export --format ${format} --out the corpus --force`,
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return { args: exportTo(corpus, corpus, '--format', format, '--force'), corpora: [corpus], precious: [corpus] };
    },
  })),
  {
    name: 'export --out a symbolic link to the corpus',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      symlinkSync(corpus, join(dir, 'mentions.csv'));
      return { args: exportTo(corpus, join(dir, 'mentions.csv'), '--force'), corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'export --out a hard link to the corpus',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      linkSync(corpus, join(dir, 'mentions.csv'));
      return { args: exportTo(corpus, join(dir, 'mentions.csv'), '--force'), corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'export --db corpus.sqlite --out ./corpus.sqlite (relative)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return { args: exportTo('corpus.sqlite', './corpus.sqlite'), cwd: dir, corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'export --out a file that is not an export (notes)',
    prepare: (dir, base) => {
      const notes = join(dir, 'notes.csv');
      writeFileSync(notes, 'mes notes\n');
      return { args: exportTo(copyCorpus(base, dir), notes), precious: [notes] };
    },
  },
  {
    name: 'export --out another SQLite database --force',
    prepare: (dir, base) => {
      const other = join(dir, 'other.sqlite');
      foreignSqlite(other, 0, 0);
      return { args: exportTo(copyCorpus(base, dir), other, '--force'), precious: [other] };
    },
  },
  {
    name: 'export --out an indicators CSV (another kind)',
    prepare: (dir, base) => {
      const out = join(dir, 'indicateurs.csv');
      writeFileSync(out, 'ptce,period,indicator,value\r\nPTCE X,2024,réunions,26\r\n');
      return { args: exportTo(copyCorpus(base, dir), out), precious: [out] };
    },
  },
  {
    name: 'export --out an existing folder',
    prepare: (dir, base) => {
      mkdirSync(join(dir, 'sortie'));
      return { args: exportTo(copyCorpus(base, dir), join(dir, 'sortie')) };
    },
  },
  { name: 'export --out in a missing folder', prepare: (dir, base) => ({ args: exportTo(copyCorpus(base, dir), join(dir, 'absent', 'm.csv')) }) },
  {
    name: 'export again over its own previous export',
    prepare: (dir, base) => {
      const out = join(dir, 'mentions.csv');
      writeFileSync(out, 'document,page,type\r\nold.pdf,1,date\r\n');
      return { args: exportTo(copyCorpus(base, dir), out, '--delimiter', ';') };
    },
  },
  {
    name: 'text --out the corpus folder',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return { args: ['text', '--db', corpus, '--out', dir], corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'text --out the corpus file',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return { args: ['text', '--db', corpus, '--out', corpus, '--force'], corpora: [corpus], precious: [corpus] };
    },
  },
  {
    name: 'export --format txm --out a folder of the user’s files',
    prepare: (dir, base) => {
      const folder = join(dir, 'mes-textes');
      mkdirSync(folder);
      writeFileSync(join(folder, '000.txt'), 'mon texte');
      return { args: exportTo(copyCorpus(base, dir), folder, '--format', 'txm'), precious: [join(folder, '000.txt')] };
    },
  },
  // Point 5: corpus files.
  ...(
    [
      ['--db a text file', (file: string) => writeFileSync(file, 'rien de SQLite ici\n'.repeat(300))],
      ['--db a PDF', (file: string, base: Base) => copyFileSync(base.pdf, file)],
      ['--db a truncated corpus', (file: string, base: Base) => (copyFileSync(base.corpus, file), truncateSync(file, 6000))],
      ['--db a corpus with zeroed pages', (file: string, base: Base) => {
        const bytes = readFileSync(base.corpus);
        bytes.fill(0, 4096, bytes.length - 4096);
        writeFileSync(file, bytes);
      }],
      ['--db a corpus with random bytes in its pages', (file: string, base: Base) => {
        const bytes = readFileSync(base.corpus);
        for (let i = 8192; i < bytes.length; i += 97) bytes[i] = (i * 31) & 0xff;
        writeFileSync(file, bytes);
      }],
      ['--db another program’s SQLite file (user_version 0)', (file: string) => foreignSqlite(file, 0, 0)],
      ['--db another program’s SQLite file (user_version 3)', (file: string) => foreignSqlite(file, 3, 0)],
      ['--db a SQLite file with another application id', (file: string) => foreignSqlite(file, 1, 0x4d504246)],
    ] as const
  ).flatMap(([name, make]) =>
    (['import', 'export'] as const).map((command): Case => ({
      name: `${command} ${name}`,
      prepare: (dir, base) => {
        const file = join(dir, 'bad.sqlite');
        make(file, base);
        const args = command === 'import' ? ['import', base.pdf, '--db', file] : exportTo(file, join(dir, 'out.csv'));
        return { args, precious: [file] };
      },
    })),
  ),
  {
    name: 'export --db a corpus from a newer Glaneur',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const db = new BetterSqlite3(corpus);
      db.pragma('user_version = 99');
      db.close();
      return { args: exportTo(corpus, join(dir, 'out.csv')), precious: [corpus] };
    },
  },
  {
    name: 'export --db a corpus made before application_id (legacy)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const db = new BetterSqlite3(corpus);
      db.pragma('application_id = 0');
      db.close();
      return { args: exportTo(corpus, join(dir, 'out.csv')), corpora: [corpus] };
    },
  },
  {
    name: 'reextract --db a corpus made before application_id (legacy)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      const db = new BetterSqlite3(corpus);
      db.pragma('application_id = 0');
      db.close();
      return {
        args: ['reextract', '--db', corpus],
        corpora: [corpus],
        check: () => {
          const after = new BetterSqlite3(corpus, { readonly: true });
          const id = after.pragma('application_id', { simple: true }) as number;
          after.close();
          return `application_id now 0x${id.toString(16)}`;
        },
      };
    },
  },
  { name: 'export --db a folder', prepare: (dir) => ({ args: exportTo(dir, join(dir, 'out.csv')) }) },
  { name: 'import --db in a missing folder', prepare: (dir, base) => ({ args: ['import', base.pdf, '--db', join(dir, 'absent', 'c.sqlite')] }) },
  { name: 'export --db a missing file', prepare: (dir) => ({ args: exportTo(join(dir, 'absent.sqlite'), join(dir, 'out.csv')) }) },
  {
    name: 'export --db an empty (0-byte) file',
    prepare: (dir) => {
      writeFileSync(join(dir, 'empty.sqlite'), '');
      return { args: exportTo(join(dir, 'empty.sqlite'), join(dir, 'out.csv')), precious: [join(dir, 'empty.sqlite')] };
    },
  },
  ...(['export', 'text', 'reextract', 'import'] as const).map((command): Case => ({
    name: `${command}: read-only corpus in a read-only folder (as another user)`,
    prepare: (dir, base) => {
      const folder = join(dir, 'archive');
      mkdirSync(folder);
      const corpus = copyCorpus(base, folder);
      const outputs = join(dir, 'outputs');
      mkdirSync(outputs);
      chmodSync(dir, 0o755);
      chmodSync(outputs, 0o777);
      chmodSync(corpus, 0o444);
      chmodSync(folder, 0o555);
      const args = {
        export: exportTo(corpus, join(outputs, 'm.csv')),
        text: ['text', '--db', corpus, '--out', join(outputs, 'texts')],
        reextract: ['reextract', '--db', corpus],
        import: ['import', base.pdf, '--db', corpus],
      }[command];
      return { args, precious: [corpus], asUser: base.nobody };
    },
  })),
  {
    name: 'reextract while another process holds the write lock (40 s)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return { args: ['reextract', '--db', corpus], corpora: [corpus], during: holdLock(corpus, 40) };
    },
  },
  {
    name: 'import while another process holds the write lock (70 s)',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      return {
        args: ['import', join(dir, 'copy.pdf'), '--db', corpus],
        corpora: [corpus],
        during: async () => {
          copyFileSync(base.pdf.replace(/000\.pdf$/u, '003.pdf'), join(dir, 'copy.pdf'));
          return holdLock(corpus, 70)();
        },
      };
    },
  },
  // Round 2: what a path can be besides a file.
  ...(
    [
      ['a named pipe', (file: string) => execFileSync('mkfifo', [file])],
      ['a symbolic link loop', (file: string) => symlinkSync(file, file)],
      ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
    ] as const
  ).flatMap(([name, make]) =>
    (['export', 'import'] as const).map((command): Case => ({
      name: `${command} --db ${name}`,
      prepare: (dir, base) => {
        const file = join(dir, 'corpus.sqlite');
        make(file);
        return { args: command === 'import' ? ['import', base.pdf, '--db', file] : exportTo(file, join(dir, 'out.csv')) };
      },
    })),
  ),
  ...(['-journal', '-wal'] as const).flatMap((suffix) =>
    (['import', 'merge'] as const).map((command): Case => ({
      name: `${command} ${command === 'import' ? '--db' : '--into'} another corpus's ${suffix} file`,
      prepare: (dir, base) => {
        const other = copyCorpus(base, dir, 'autre.sqlite');
        const companion = `${other}${suffix}`;
        const args = command === 'import' ? ['import', base.pdf, '--db', companion] : ['merge', base.corpus, '--into', companion];
        return {
          args,
          corpora: [other],
          check: () => {
            const db = new BetterSqlite3(other, { readonly: true });
            try {
              return `autre.sqlite still opens: ${(db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n} document(s)`;
            } catch (error) {
              return `autre.sqlite no longer opens: ${error instanceof Error ? error.message : String(error)}`;
            } finally {
              db.close();
            }
          },
        };
      },
    })),
  ),
  {
    name: 'export --out a symbolic link loop',
    prepare: (dir, base) => {
      const out = join(dir, 'mentions.csv');
      symlinkSync(out, out);
      return { args: exportTo(copyCorpus(base, dir), out), corpora: [join(dir, 'corpus.sqlite')] };
    },
  },
  {
    name: 'export --out the corpus through a/../ and ./',
    prepare: (dir, base) => {
      const corpus = copyCorpus(base, dir);
      mkdirSync(join(dir, 'a'));
      return { args: exportTo('./corpus.sqlite', 'a/../corpus.sqlite', '--force'), cwd: dir, corpora: [corpus], precious: [corpus] };
    },
  },
  ...(
    [
      ['a named pipe', (file: string) => execFileSync('mkfifo', [file])],
      ['/dev/zero (never ends)', (file: string) => symlinkSync('/dev/zero', file)],
      ['/dev/urandom (never ends)', (file: string) => symlinkSync('/dev/urandom', file)],
      ['a symbolic link loop', (file: string) => symlinkSync(file, file)],
    ] as const
  ).map(([name, make]): Case => ({
    name: `import a "PDF" that is ${name}`,
    prepare: (dir, base) => {
      const input = join(dir, 'lettre.pdf');
      make(input);
      return { args: ['import', input, '--db', copyCorpus(base, dir)], corpora: [join(dir, 'corpus.sqlite')] };
    },
  })),
  {
    name: 'export on a full disk over a previous export (tmpfs, root only)',
    prepare: (dir, base) => {
      const disk = join(dir, 'disk');
      mkdirSync(disk);
      const out = join(disk, 'mentions.csv');
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'ignore' });
      } catch {
        return { args: ['--version'], summary: () => 'skipped: cannot mount a small tmpfs here' };
      }
      writeFileSync(out, 'document,page,type\r\nold.pdf,1,date\r\n');
      writeFileSync(join(disk, 'filler'), Buffer.alloc(40 * 1024));
      const corpus = copyCorpus(base, dir);
      return {
        args: exportTo(corpus, out),
        corpora: [corpus],
        precious: [out],
        // Called once the files were compared: the small disk is let go.
        check: () => (execFileSync('umount', ['-l', disk], { stdio: 'ignore' }), ''),
      };
    },
  },
  // CLI misuse.
  ...['abc', '70000', '-1', '1e3'].map((port): Case => ({ name: `serve --port ${port}`, prepare: (dir, base) => ({ args: ['serve', '--db', copyCorpus(base, dir), '--port', port] }) })),
  {
    name: 'serve --port already in use',
    prepare: (dir, base) => {
      const port = { value: 47_000 + (process.pid % 1000) };
      return { args: ['serve', '--db', copyCorpus(base, dir), '--port', String(port.value)], during: squatPort(port) };
    },
  },
  { name: 'import --jobs 0', prepare: (dir, base) => ({ args: ['import', base.pdf, '--db', join(dir, 'c.sqlite'), '--jobs', '0'] }) },
  { name: 'import --jobs 64 (more than the cores)', prepare: (dir, base) => ({ args: ['import', base.pdf, '--db', join(dir, 'c.sqlite'), '--jobs', '64'] }) },
  { name: 'export --types weather', prepare: (dir, base) => ({ args: exportTo(copyCorpus(base, dir), join(dir, 'o.csv'), '--types', 'weather') }) },
  { name: "export --delimiter '|'", prepare: (dir, base) => ({ args: exportTo(copyCorpus(base, dir), join(dir, 'o.csv'), '--delimiter', '|') }) },
  { name: 'import with no file', prepare: (dir) => ({ args: ['import', '--db', join(dir, 'c.sqlite')] }) },
  { name: 'an unknown command', prepare: () => ({ args: ['exprot', '--db', 'x'] }) },
];
