/**
 * Issue 13, round 5: a corpus whose `-wal` is a hard link to another file had that file
 * overwritten with SQLite's log by an import (45 KB of frames over it, exit 0); one whose `-wal`
 * is a symbolic link was refused with a message that blamed a read-only folder. Both are now
 * refused before anything is opened, in one line naming the link. Through the real CLI.
 */
import { linkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRound5Pdfs } from '../../../scripts/adversarial/round5-pdfs.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'corpus.sqlite');
const victim = join(dir.path, 'precieux.txt');
const PRECIOUS = 'une ligne que rien ne doit effacer\n';
let second: string;

beforeAll(async () => {
  const [first, other] = await makeRound5Pdfs(join(dir.path, 'in'), ['crop-cuts-top-line', 'shifted-box-text-inside']);
  second = other!.file;
  expect((await runCli(['import', first!.file, '--db', db])).code).toBe(0);
}, 120_000);
afterAll(() => dir.cleanup());

describe('a corpus whose -wal is not its own file', () => {
  it('refuses to import when the -wal is a hard link to another file, which is left as it was', async () => {
    writeFileSync(victim, PRECIOUS);
    linkSync(victim, `${db}-wal`);
    const run = await runCli(['import', second, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`glaneur: ${db}: its corpus.sqlite-wal is a hard link (one file with 1 other name), not SQLite's own file; SQLite would write the corpus's log into it, over another file. Nothing was opened: remove ${db}-wal and try again`);
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    rmSync(`${db}-wal`);
  });

  it('refuses a symbolic -wal, naming it, for reading too', async () => {
    symlinkSync(victim, `${db}-wal`);
    const run = await runCli(['export', '--db', db, '--out', join(dir.path, 'out.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/corpus\.sqlite-wal is a symbolic link \(to .*precieux\.txt\), not SQLite's own file/u);
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    rmSync(`${db}-wal`);
  });

  it('opens as before once the link is gone', async () => {
    const run = await runCli(['import', second, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported\tshifted-box-text-inside\.pdf/mu);
  });
});
