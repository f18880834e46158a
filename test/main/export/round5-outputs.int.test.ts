/**
 * Issue 13, round 5, exports: an `--out` that is a named pipe nobody reads made `export` wait
 * forever, and not even Ctrl-C or SIGTERM ended it (Node waits on exit for the thread stuck in
 * opening the pipe; only SIGKILL did); an `--out` that is a symbolic link had the link itself
 * replaced by a file, the file it led to left stale. Through the real CLI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRound5Pdfs } from '../../../scripts/adversarial/round5-pdfs.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'corpus.sqlite');

beforeAll(async () => {
  const made = await makeRound5Pdfs(join(dir.path, 'in'), ['crop-cuts-top-line']);
  const run = await runCli(['import', ...made.map((file) => file.file), '--db', db]);
  expect(run.code).toBe(0);
}, 120_000);
afterAll(() => dir.cleanup());

describe('export --out a named pipe', () => {
  it('refuses at once, in one line, a pipe no program reads (it used to wait forever, deaf to SIGTERM)', async () => {
    const fifo = join(dir.path, 'nobody.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = performance.now();
    const run = await runCli(['export', '--db', db, '--out', fifo], { timeoutMs: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`glaneur: ${fifo}: a named pipe that no program is reading; nothing was written (start the reader first, or give a file)`);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('writes into a pipe that a program reads', async () => {
    const fifo = join(dir.path, 'read.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (read += chunk));
    const closed = new Promise((done) => reader.once('close', done));
    await new Promise((done) => setTimeout(done, 200));
    const run = await runCli(['export', '--db', db, '--out', fifo], { timeoutMs: 20_000 });
    await closed;
    expect(run.code).toBe(0);
    expect(read).toMatch(/^document,page,type,/u);
  });
});

describe('export --out a symbolic link', () => {
  it('writes the file the link leads to and keeps the link', async () => {
    const target = join(dir.path, 'elsewhere.csv');
    const link = join(dir.path, 'link.csv');
    expect((await runCli(['export', '--db', db, '--out', target, '--types', 'date'])).code).toBe(0);
    const before = readFileSync(target, 'utf8');
    symlinkSync(target, link);
    const run = await runCli(['export', '--db', db, '--out', link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    const after = readFileSync(target, 'utf8');
    expect(after).not.toBe(before);
    expect(after.split('\n').length).toBeGreaterThan(before.split('\n').length);
  });

  it('writes where a link with no file behind it points, and keeps the link', async () => {
    const link = join(dir.path, 'dangling.csv');
    const target = join(dir.path, 'not-yet.csv');
    symlinkSync(target, link);
    expect((await runCli(['export', '--db', db, '--out', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^document,page,type,/u);
  });

  it('still refuses a link to the corpus, and a link to a file that is not an export', async () => {
    const toCorpus = join(dir.path, 'to-corpus.csv');
    symlinkSync(db, toCorpus);
    expect((await runCli(['export', '--db', db, '--out', toCorpus])).code).toBe(2);
    const notes = join(dir.path, 'notes.txt');
    writeFileSync(notes, 'mes notes\n');
    const toNotes = join(dir.path, 'to-notes.csv');
    symlinkSync(notes, toNotes);
    expect((await runCli(['export', '--db', db, '--out', toNotes])).code).toBe(2);
    expect(readFileSync(notes, 'utf8')).toBe('mes notes\n');
  });
});
