import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../main/api/events.js';
import { createImportRunner } from '../../../main/api/imports.js';
import { listInputs } from '../../../main/ingest/list-inputs.js';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { devFile, repoRoot, tempDir } from '../../helpers/fixtures.js';

/**
 * Issue 13, round 2 leftover: a `.pdf` symbolic link inside an imported folder was skipped without
 * a word (only regular files were listed). Links to files are imported; links to folders, which
 * could loop or leave the folder, are not followed and say so, naming themselves.
 */
describe('walking an imported folder', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  const folder = join(dir.path, 'lettres');
  const outside = join(dir.path, 'ailleurs');
  mkdirSync(join(folder, 'sous'), { recursive: true });
  mkdirSync(outside);
  copyFileSync(devFile('000.pdf'), join(folder, 'a.pdf'));
  copyFileSync(devFile('003.pdf'), join(outside, 'hors.pdf'));
  writeFileSync(join(outside, 'autre.pdf'), '%PDF-1.4\n');
  symlinkSync(join(outside, 'hors.pdf'), join(folder, 'lien-hors.pdf')); // a link to a file elsewhere
  symlinkSync('manquant.pdf', join(folder, 'casse.pdf')); // a broken link
  symlinkSync('boucle.pdf', join(folder, 'boucle.pdf')); // a link to itself
  symlinkSync(folder, join(folder, 'sous', 'retour')); // a folder loop
  symlinkSync(outside, join(folder, 'vers-ailleurs')); // a link leaving the folder
  symlinkSync('/', join(folder, 'racine')); // a whole disk

  it('lists links to files, broken links and loops (the import tells what each is) and never follows a folder link', async () => {
    const { files, notes } = await listInputs([folder]);
    expect(files.map((file) => file.slice(folder.length + 1))).toEqual(['a.pdf', 'boucle.pdf', 'casse.pdf', 'lien-hors.pdf']);
    expect(notes.map((note) => [note.path.slice(folder.length + 1), note.status, note.code])).toEqual([
      ['racine', 'failed', 'LINK_NOT_FOLLOWED'],
      ['sous/retour', 'skipped', 'LINK_NOT_FOLLOWED'],
      ['vers-ailleurs', 'failed', 'LINK_NOT_FOLLOWED'],
    ]);
    expect(notes[2]?.message).toMatch(/vers-ailleurs: a link to a folder outside lettres \(.*ailleurs\).*import that folder by naming it/u);
  });

  it('names a PDF whose name does not end in .pdf (round 7: it vanished without a word), and reads no other file as one', async () => {
    const mixed = join(dir.path, 'melange');
    mkdirSync(join(mixed, 'sous'), { recursive: true });
    copyFileSync(devFile('000.pdf'), join(mixed, 'compte-rendu'));
    copyFileSync(devFile('003.pdf'), join(mixed, 'sous', 'bulletin.pdf.part'));
    writeFileSync(join(mixed, 'notes.txt'), 'quelques notes sur le %PDF- dans la deuxieme ligne\n'.padStart(2000, ' '));
    writeFileSync(join(mixed, 'vide'), '');
    copyFileSync(devFile('000.pdf'), join(mixed, 'lettre.PDF'));
    const { files, notes, leftOut } = await listInputs([mixed]);
    expect(files.map((file) => file.slice(mixed.length + 1))).toEqual(['lettre.PDF']);
    expect(leftOut).toBe(2); // notes.txt and vide: not PDFs, counted (round 8)
    expect(notes.map((note) => [note.path.slice(mixed.length + 1), note.status, note.code])).toEqual([
      ['compte-rendu', 'skipped', 'NOT_NAMED_PDF'],
      ['sous/bulletin.pdf.part', 'skipped', 'NOT_NAMED_PDF'],
    ]);
    expect(notes[0]?.message).toMatch(/^compte-rendu: a PDF whose name does not end in \.pdf; .*name it on the command line, or rename it/u);
  });

  it('reports, in a folder with more files than header checks run at once, its PDFs not named .pdf in the folder’s order', async () => {
    const many = join(dir.path, 'nombreux');
    mkdirSync(join(many, 'k-sous'), { recursive: true });
    const pdf = readFileSync(devFile('000.pdf')).subarray(0, 2048);
    // More files than header checks run at once: the later ones wait for a free lane.
    for (let index = 0; index < 300; index += 1) writeFileSync(join(many, `f${String(index).padStart(3, '0')}`), index % 97 === 5 ? pdf : 'x');
    writeFileSync(join(many, 'k-sous', 'copie'), pdf);
    const { notes } = await listInputs([many]);
    expect(notes.map((note) => note.path.slice(many.length + 1))).toEqual(['f005', 'f102', 'f199', 'f296', 'k-sous/copie']);
  });

  it('says how many files of a folder were left out as not PDFs, in the CLI and the app (round 8: "0 imported, 0 already present, 0 failed" only)', async () => {
    const menus = join(dir.path, 'menus');
    mkdirSync(join(menus, 'sous'), { recursive: true });
    for (let index = 0; index < 40; index += 1) writeFileSync(join(menus, index % 4 === 0 ? 'sous' : '', `menu-${index}.txt`), 'x');
    const db = join(dir.path, 'menus.sqlite');
    const run = await runCli(['import', menus, '--db', db, '--jobs', '1'], { timeoutMs: 120_000 });
    expect(run.stderr).toMatch(/0 imported, 0 already present, 0 failed; 40 other files in the folders left out \(not PDFs: a folder contributes its \.pdf files only\)/u);
    expect(run.code).toBe(0);
    const corpus = await openCorpus(join(dir.path, 'menus-app.sqlite'), { create: true });
    try {
      const events: ApiEvent[] = [];
      const runner = createImportRunner(corpus, { emit: (event) => events.push(event), jobs: 1 });
      await expect(runner.start({ paths: [menus] })).rejects.toThrow(/no PDF file among the files given: the folders held 40 other files, none a PDF/u);
      copyFileSync(devFile('000.pdf'), join(menus, 'sous', 'lettre.pdf'));
      await runner.start({ paths: [menus] });
      await runner.close();
      expect(events.find((event) => event.type === 'import-finished')).toMatchObject({ imported: 1, leftOut: 40 });
    } finally {
      corpus.close();
    }
  }, 120_000);

  it('tells of a sub-folder it cannot read instead of stopping the walk', async () => {
    const closed = join(dir.path, 'ferme');
    mkdirSync(join(closed, 'prive'), { recursive: true });
    copyFileSync(devFile('000.pdf'), join(closed, 'ouvert.pdf'));
    chmodSync(join(closed, 'prive'), 0o000);
    try {
      const { files, notes } = await listInputsAsUnprivileged(closed);
      expect(files).toEqual([join(closed, 'ouvert.pdf')]);
      expect(notes).toEqual([expect.objectContaining({ status: 'failed', code: 'UNREADABLE_FILE', message: expect.stringMatching(/^prive: this folder cannot be read \(permission denied\)/u) as unknown })]);
    } finally {
      chmodSync(join(closed, 'prive'), 0o755);
    }
  });

  it('imports the linked PDF through the CLI and names every link it did not import (exit 1)', async () => {
    const db = join(dir.path, 'corpus.sqlite');
    const run = await runCli(['import', folder, '--db', db, '--jobs', '1'], { timeoutMs: 120_000 });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^imported\ta\.pdf\t/u),
        expect.stringMatching(/^imported\tlien-hors\.pdf\t/u),
        expect.stringMatching(/^failed\tcasse\.pdf\tUNREADABLE_FILE: casse\.pdf: a symbolic link to a file that does not exist \(manquant\.pdf\)/u),
        expect.stringMatching(/^failed\tboucle\.pdf\tUNREADABLE_FILE: .*loop of symbolic links/u),
        expect.stringMatching(/^failed\tvers-ailleurs\tLINK_NOT_FOLLOWED: /u),
        expect.stringMatching(/^failed\tracine\tLINK_NOT_FOLLOWED: /u),
        expect.stringMatching(/^skipped\tretour\t.*not followed/u),
      ]),
    );
    expect(lines).toHaveLength(7);
    expect(run.stderr).toMatch(/2 imported, 0 already present, 4 failed/u);
    expect(run.code).toBe(1);
  });
});

/**
 * Walks `folder` as a user the folder permissions apply to. Root reads a `chmod 000` folder anyway
 * (its capabilities override file permissions, and CI runs as root), so under root the walk runs in
 * a child process started by util-linux `setpriv` with those two capabilities dropped from its
 * bounding set: the same code, really denied by the kernel.
 */
async function listInputsAsUnprivileged(folder: string): Promise<Awaited<ReturnType<typeof listInputs>>> {
  if (process.getuid?.() !== 0) return listInputs([folder]);
  const source = pathToFileURL(join(repoRoot, 'main/ingest/list-inputs.ts')).href;
  const script = `const { listInputs } = await import(${JSON.stringify(source)}); process.stdout.write(JSON.stringify(await listInputs([process.argv[1]])));`;
  const dropped = '-dac_override,-dac_read_search';
  const run = spawnSync('setpriv', [`--bounding-set=${dropped}`, `--inh-caps=${dropped}`, process.execPath, '--import', 'tsx', '--input-type=module', '-e', script, folder], { cwd: repoRoot, encoding: 'utf8' });
  if (run.error) throw new Error(`setpriv (util-linux) is needed to test permissions as root: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`the unprivileged walk failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Awaited<ReturnType<typeof listInputs>>;
}
