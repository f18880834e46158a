/**
 * Issue 13, round 6: a PDF whose name is not valid UTF-8 (a Latin-1 `é`, as files copied from an
 * old Windows share or a zip archive keep it) failed to import, "the file no longer exists":
 * Node decodes the name with U+FFFD in place of the byte, and that string opens nothing. In a
 * folder, in a sub-folder so named, or named on the command line, it is now imported, shown with
 * `\xE9` escapes.
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
/** A folder path with a name that is not UTF-8 below it, as bytes. */
const under = (folder: string, ...names: Buffer[]): Buffer => Buffer.concat([Buffer.from(folder), ...names.flatMap((name) => [Buffer.from('/'), name])]);

let folderRun: CliRun;
let argRun: CliRun;

beforeAll(async () => {
  const source = readFileSync(devFile('000.pdf'));
  const folder = join(dir.path, 'dossier');
  mkdirSync(folder);
  // Four files of different bytes, each a new document; one named with the text of the escapes.
  writeFileSync(under(folder, latin1('compte-rendu-\xe9t\xe9.pdf')), source);
  writeFileSync(under(folder, latin1('bilan-\xe8.pdf')), Buffer.concat([source, Buffer.from('\n%b\n')]));
  writeFileSync(join(folder, 'compte-rendu-\\xE9t\\xE9.pdf'), Buffer.concat([source, Buffer.from('\n%d\n')]));
  mkdirSync(under(folder, latin1('archives-\xe0')));
  writeFileSync(under(folder, latin1('archives-\xe0'), Buffer.from('lettre.pdf')), Buffer.concat([source, Buffer.from('\n%c\n')]));
  folderRun = await runCli(['import', folder, '--db', join(dir.path, 'dossier.sqlite'), '--ocr', 'never', '--jobs', '1']);
  // On the command line, the name reaches Node with U+FFFD in place of 0xE9.
  const alone = join(dir.path, 'seul');
  mkdirSync(alone);
  copyFileSync(devFile('000.pdf'), under(alone, latin1('note-\xe9.pdf')));
  argRun = await runCli(['import', join(alone, 'note-\ufffd.pdf'), '--db', join(dir.path, 'seul.sqlite'), '--ocr', 'never', '--jobs', '1']);
}, 180_000);
afterAll(() => dir.cleanup());

function storedNames(db: string): string[] {
  const sqlite = new BetterSqlite3(db, { readonly: true });
  try {
    return sqlite.prepare<[], { file_name: string }>('SELECT file_name FROM documents ORDER BY file_name').all().map((row) => row.file_name);
  } finally {
    sqlite.close();
  }
}

describe('file names that are not UTF-8', () => {
  it('imports them from a folder and a sub-folder, shown with \\xHH escapes', () => {
    expect(folderRun.code).toBe(0);
    expect(folderRun.stdout).toMatch(/^imported\tcompte-rendu-\\xE9t\\xE9\.pdf\t5 pages/mu);
    expect(folderRun.stdout).toMatch(/^imported\tbilan-\\xE8\.pdf\t5 pages/mu);
    expect(folderRun.stdout).toMatch(/^imported\tlettre\.pdf\t5 pages/mu);
    expect(folderRun.stdout).not.toMatch(/^failed/mu);
    // The one whose name is the escapes' text, written out, is told apart (its backslashes doubled).
    expect(storedNames(join(dir.path, 'dossier.sqlite'))).toEqual(['bilan-\\xE8.pdf', 'compte-rendu-\\\\xE9t\\\\xE9.pdf', 'compte-rendu-\\xE9t\\xE9.pdf', 'lettre.pdf']);
  });

  it('imports one named on the command line, whose byte arrives as U+FFFD', () => {
    expect(argRun.code).toBe(0);
    expect(argRun.stdout).toMatch(/^imported\tnote-\\xE9\.pdf\t5 pages/mu);
  });
});
