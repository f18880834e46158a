/**
 * Must hold (issue 13, points 1, 5 and 6), through the real CLI:
 * 1. an export never destroys anything (not the corpus, its companions, a foreign file, a folder
 *    of other files), and a re-export replaces only a previous export of the same kind;
 * 5. corpus and output problems are one line naming the file, exit code 2, no stack trace; a
 *    read-only corpus can still be exported;
 * 6. a SQLite file Glaneur did not create is refused and left untouched; an older Glaneur corpus
 *    without the application id still opens and gets it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { GLANEUR_APPLICATION_ID } from '../../../main/store/identity.js';
import { migrate } from '../../../main/store/migrate.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const RULES: TestRule[] = [{ id: 'test.org', type: 'organisation', pattern: /\bCRESS\b/u }];

/** One line on stderr, starting `glaneur: ` and naming `path`; exit 2; no stack trace. */
function expectOneLineError(run: CliRun, path: string, problem: RegExp): void {
  expect(run.code).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^glaneur: /u);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(problem);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/u);
}

async function makeCorpus(file: string): Promise<void> {
  const db = await openCorpus(file, { create: true });
  storeTextDocument(db, 'lettre.pdf', ['La CRESS réunit ses membres.', 'La CRESS publie.'], RULES);
  db.close();
}

function documentCount(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('an export never destroys anything', () => {
  const dir = tempDir();
  const corpus = join(dir.path, 'corpus.sqlite');
  beforeAll(() => makeCorpus(corpus));
  afterAll(() => dir.cleanup());

  it.each(['corpus.sqlite', 'corpus.sqlite-wal', 'corpus.sqlite-shm', 'corpus.sqlite-journal', 'corpus.sqlite.bak-v1'])('refuses --out %s, the corpus or a companion file', async (name) => {
    const out = join(dir.path, name);
    const before = existsSync(out) ? sha(out) : undefined;
    // Every format against the corpus itself; the companions with the default format (same check).
    const formats = name === 'corpus.sqlite' ? ['mentions', 'indicators', 'directory', 'iramuteq', 'txm'] : ['mentions'];
    for (const format of formats) {
      const run = await runCli(['export', '--db', corpus, '--out', out, '--format', format, '--force']);
      expectOneLineError(run, out, /is the corpus .* companion/u);
    }
    expect(existsSync(out) ? sha(out) : undefined).toBe(before);
    expect(documentCount(corpus)).toBe(1);
  });

  it('refuses the corpus under another name (symbolic or hard link), and a relative path to it', async () => {
    const symbolic = join(dir.path, 'link.csv');
    symlinkSync(corpus, symbolic);
    const hard = join(dir.path, 'hard.csv');
    linkSync(corpus, hard);
    const before = sha(corpus);
    for (const out of [symbolic, hard]) expectOneLineError(await runCli(['export', '--db', corpus, '--out', out, '--force']), out, /is the corpus/u);
    const relative = await new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, [cliPath, 'export', '--db', 'corpus.sqlite', '--out', './corpus.sqlite'], { cwd: dir.path });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject).on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
    });
    expectOneLineError(relative, './corpus.sqlite', /is the corpus/u);
    expect(sha(corpus)).toBe(before);
    expect(documentCount(corpus)).toBe(1);
  });

  it('leaves a file that is not an export of this kind as it is unless --force, and never overwrites a SQLite file', async () => {
    const notes = join(dir.path, 'notes.csv');
    writeFileSync(notes, 'mes notes, à garder\n');
    expectOneLineError(await runCli(['export', '--db', corpus, '--out', notes]), notes, /not a Glaneur export of this kind.*--force/u);
    expect(readFileSync(notes, 'utf8')).toBe('mes notes, à garder\n');
    // An indicators export is not a mentions export either.
    const indicators = join(dir.path, 'indicators.csv');
    expect((await runCli(['export', '--db', corpus, '--out', indicators, '--format', 'indicators'])).code).toBe(0);
    expectOneLineError(await runCli(['export', '--db', corpus, '--out', indicators]), indicators, /not a Glaneur export of this kind/u);

    const other = join(dir.path, 'other.sqlite');
    copyFileSync(corpus, other);
    expectOneLineError(await runCli(['export', '--db', corpus, '--out', other, '--force']), other, /SQLite database/u);
    expect(sha(other)).toBe(sha(corpus));

    expect((await runCli(['export', '--db', corpus, '--out', notes, '--force'])).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^document,page,type/u);
  });

  it('replaces its own previous export without --force, through a temporary file (none left behind)', async () => {
    const out = join(dir.path, 'mentions.csv');
    expect((await runCli(['export', '--db', corpus, '--out', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect((await runCli(['export', '--db', corpus, '--out', out, '--delimiter', ';', '--bom'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(first);
    expect(readdirSync(dir.path).filter((name) => name.includes('glaneur-'))).toEqual([]);
  });

  it('text and txm: refuse a folder of other files (the corpus folder), replace their own previous export', async () => {
    const before = readdirSync(dir.path).sort();
    for (const args of [['text'], ['export', '--format', 'txm']]) {
      const run = await runCli([...args, '--db', corpus, '--out', dir.path]);
      expectOneLineError(run, dir.path, /did not write.*--force/u);
    }
    expect(readdirSync(dir.path).sort()).toEqual(before);

    const texts = join(dir.path, 'texts');
    expect((await runCli(['text', '--db', corpus, '--out', texts])).code).toBe(0);
    expect((await runCli(['text', '--db', corpus, '--out', texts])).code).toBe(0);
    expect(readdirSync(texts).sort()).toEqual(['.glaneur-export.json', 'lettre.txt']);
    // A file the user put there makes it a folder of other files again.
    writeFileSync(join(texts, 'lisez-moi.md'), 'à moi');
    expectOneLineError(await runCli(['text', '--db', corpus, '--out', texts]), texts, /did not write/u);
    expect((await runCli(['text', '--db', corpus, '--out', texts, '--force'])).code).toBe(0);
    expect(readFileSync(join(texts, 'lisez-moi.md'), 'utf8')).toBe('à moi');

    const file = join(dir.path, 'notes.csv');
    expectOneLineError(await runCli(['export', '--format', 'txm', '--db', corpus, '--out', file]), file, /not a folder/u);
  });

  it('refuses an --out in a missing folder, writing nothing', async () => {
    const out = join(dir.path, 'absent', 'mentions.csv');
    expectOneLineError(await runCli(['export', '--db', corpus, '--out', out]), out, /folder .*absent does not exist/u);
    const folder = join(dir.path, 'absent', 'texts');
    expectOneLineError(await runCli(['text', '--db', corpus, '--out', folder]), folder, /does not exist/u);
    expect(existsSync(join(dir.path, 'absent'))).toBe(false);
  });
});

describe('corpus errors are corpus errors: one line, exit 2', () => {
  const dir = tempDir();
  const corpus = join(dir.path, 'corpus.sqlite');
  beforeAll(() => makeCorpus(corpus));
  afterAll(() => dir.cleanup());

  const cases: [string, (path: string) => void, RegExp][] = [
    ['not SQLite', (path) => writeFileSync(path, 'PDF? no: plain words, not a database. '.repeat(200)), /not a SQLite database/u],
    ['a PDF', (path) => copyFileSync(devFile('000.pdf'), path), /not a SQLite database/u],
    ['truncated', (path) => (copyFileSync(corpus, path), truncateSync(path, 5000)), /damaged/u],
    ['corrupt', (path) => {
      copyFileSync(corpus, path);
      const bytes = readFileSync(path);
      bytes.fill(0x5a, 4096, bytes.length);
      writeFileSync(path, bytes);
    }, /damaged|not a SQLite/u],
    ['a folder', (path) => mkdirSync(path), /is a folder/u],
  ];

  it.each(cases)('--db %s', async (_name, make, problem) => {
    const path = join(dir.path, `bad-${_name.replace(/\W/gu, '')}.sqlite`);
    make(path);
    const stat = statSync(path);
    const before = stat.isFile() ? sha(path) : undefined;
    const commands = [['export', '--out', join(dir.path, 'out.csv')], ['import', devFile('000.pdf')]];
    if (_name === 'not SQLite') commands.push(['text', '--out', join(dir.path, 'out-texts')], ['reextract']);
    for (const args of commands) {
      expectOneLineError(await runCli([args[0]!, '--db', path, ...args.slice(1)]), path, problem);
    }
    if (before !== undefined) expect(sha(path)).toBe(before);
    // Nothing written: at most the empty -wal a read-only SQLite connection leaves.
    expect(statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('--db a named pipe or a device is refused at once (opening one for reading waits forever)', async () => {
    const fifo = join(dir.path, 'pipe.sqlite');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero']) {
      for (const args of [['export', '--out', join(dir.path, 'out.csv')], ['import', devFile('000.pdf')]]) {
        expectOneLineError(await runCli([args[0]!, '--db', path, ...args.slice(1)], { timeoutMs: 20_000 }), path, /not a regular file/u);
      }
    }
  });

  it('--db or --out a symbolic link loop: one line naming it, exit 2', async () => {
    const loop = join(dir.path, 'loop.sqlite');
    symlinkSync(loop, loop);
    // Said as what it is, not as an "unexpected error" (which reads as a bug of Glaneur's).
    expectOneLineError(await runCli(['export', '--db', loop, '--out', join(dir.path, 'out.csv')]), loop, /^glaneur: \S+: a loop of symbolic links/u);
    const out = join(dir.path, 'loop.csv');
    symlinkSync(out, out);
    expectOneLineError(await runCli(['export', '--db', corpus, '--out', out]), out, /^glaneur: \S+: a loop of symbolic links/u);
  });

  it('--db or --into a companion file of another corpus (-wal, -shm, -journal) is refused, and that corpus stays usable', async () => {
    // A corpus created there became the other corpus's "hot journal": it then opened as read-only.
    const other = join(dir.path, 'autre.sqlite');
    copyFileSync(corpus, other);
    for (const suffix of ['-journal', '-wal', '-shm']) {
      const companion = `${other}${suffix}`;
      expectOneLineError(await runCli(['import', devFile('000.pdf'), '--db', companion]), companion, /companion file .* of autre\.sqlite/u);
      expectOneLineError(await runCli(['merge', corpus, '--into', companion]), companion, /companion file .* of autre\.sqlite/u);
      expect(existsSync(companion) ? statSync(companion).size : 0).toBe(0);
    }
    expect((await runCli(['export', '--db', other, '--out', join(dir.path, 'autre.csv')])).code).toBe(0);
  });

  it('--db in a missing folder', async () => {
    const path = join(dir.path, 'absent', 'corpus.sqlite');
    expectOneLineError(await runCli(['import', devFile('000.pdf'), '--db', path]), path, /folder .* does not exist/u);
    expect(existsSync(join(dir.path, 'absent'))).toBe(false);
  });

  it.each(['abc', '70000', '-1', '12.5'])('serve --port %s is a usage error (exit 2, no stack trace)', async (port) => {
    const run = await runCli(['serve', '--db', corpus, '--port', port]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port.*port number from 0 to 65535/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('serve on a port already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--db', corpus, '--port', String(port)], { timeoutMs: 30_000 });
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`glaneur: port ${port} is already in use; choose another with --port (0 picks a free one)`);
    } finally {
      blocker.close();
    }
  });

  // Root ignores file permissions, so as root the CLI is run as `nobody` (setpriv, util-linux).
  const root = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
  it.skipIf(root && setpriv === undefined)('a read-only corpus in a read-only folder can be exported and read, not written', async () => {
    const folder = join(dir.path, 'archive');
    mkdirSync(folder);
    const archived = join(folder, 'corpus.sqlite');
    copyFileSync(corpus, archived);
    const outputs = join(dir.path, 'outputs');
    mkdirSync(outputs);
    chmodSync(dir.path, 0o755); // mkdtemp's folders are private to their owner
    chmodSync(archived, 0o444);
    chmodSync(folder, 0o555);
    chmodSync(outputs, 0o777);
    const before = sha(archived);
    const run = (args: string[]) =>
      new Promise<CliRun>((resolve, reject) => {
        const [command, prefix] = root ? [setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]] : [process.execPath, []];
        const child = spawn(command, [...prefix, cliPath, ...args]);
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject).on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
      });
    try {
      expect(await run(['export', '--db', archived, '--out', join(outputs, 'm.csv')])).toMatchObject({ code: 0 });
      expect(readFileSync(join(outputs, 'm.csv'), 'utf8')).toContain('CRESS');
      expect((await run(['text', '--db', archived, '--out', join(outputs, 'texts')])).code).toBe(0);
      expectOneLineError(await run(['reextract', '--db', archived]), archived, /read-only/u);
      expect(sha(archived)).toBe(before);
      expect(readdirSync(folder)).toEqual(['corpus.sqlite']);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe('a corpus is recognised', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('a new corpus carries the Glaneur application id', async () => {
    const file = join(dir.path, 'new.sqlite');
    const db = await openCorpus(file, { create: true });
    expect(db.pragma('application_id', { simple: true })).toBe(GLANEUR_APPLICATION_ID);
    db.close();
  });

  it('another program’s SQLite file (user_version 0) is refused and left byte-for-byte untouched', async () => {
    const file = join(dir.path, 'agenda.sqlite');
    const other = new BetterSqlite3(file);
    other.exec("CREATE TABLE rdv (jour TEXT, quoi TEXT); INSERT INTO rdv VALUES ('lundi', 'dentiste')");
    other.close();
    const before = sha(file);
    for (const args of [['import', devFile('000.pdf')], ['serve', '--port', '0'], ['reextract'], ['export', '--out', join(dir.path, 'x.csv')]]) {
      expectOneLineError(await runCli([args[0]!, '--db', file, ...args.slice(1)], { timeoutMs: 30_000 }), file, /Glaneur did not create.*left untouched/u);
    }
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir.path).filter((name) => name.startsWith('agenda'))).toEqual(['agenda.sqlite']);
  });

  it('another program’s SQLite file with an application id of its own is refused too', async () => {
    const file = join(dir.path, 'foreign-id.sqlite');
    const other = new BetterSqlite3(file);
    other.pragma('application_id = 42');
    other.pragma('user_version = 2');
    other.close();
    await expect(openCorpus(file, { create: true })).rejects.toMatchObject({ code: 'NOT_A_CORPUS' });
  });

  it('a corpus made before the application id existed still opens, and is stamped', async () => {
    const file = join(dir.path, 'legacy.sqlite');
    const legacy = new BetterSqlite3(file);
    migrate(legacy, file);
    legacy.close();
    const db = await openCorpus(file);
    expect(db.pragma('application_id', { simple: true })).toBe(GLANEUR_APPLICATION_ID);
    db.close();
    const run = await runCli(['export', '--db', file, '--out', join(dir.path, 'legacy.csv')]);
    expect(run.code).toBe(0);
  });

  it('an empty (0-byte) file may become a corpus on import, but is not exported from', async () => {
    const file = join(dir.path, 'empty.sqlite');
    writeFileSync(file, '');
    expectOneLineError(await runCli(['export', '--db', file, '--out', join(dir.path, 'e.csv')]), file, /empty/u);
    const db = await openCorpus(file, { create: true });
    expect(db.pragma('application_id', { simple: true })).toBe(GLANEUR_APPLICATION_ID);
    db.close();
  });
});
