/**
 * Issue 13, round 9: a string of 10 MB — drawn by a page (a 21 KB file once compressed), or the
 * document information's title or author — took a document thread past its heap in one
 * allocation while pdf.js built it. Node does not catch that as the thread running out of memory:
 * the whole import aborted (SIGABRT), no line naming the file, the later files not imported. The
 * file screen now refuses such a file (PAGE_TOO_COMPLEX) before pdf.js reads it, and the import
 * goes on.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound9Pdfs } from '../../../scripts/adversarial/round9-pdfs.js';
import type { CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';
import { importBesideLetter } from '../../helpers/hostile-import.js';

const dir = tempDir();
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound9Pdfs(join(dir.path, 'in'), ['showtext-10mb', 'info-title-10mb', 'info-author-10mb']);
  run = await importBesideLetter(dir.path, join(dir.path, 'in'), made.map((pdf) => madeFile(pdf)));
}, 180_000);
afterAll(() => dir.cleanup());

it('refuses each file holding a 10 MB string with a reason, and imports the next file', () => {
  expect(run.code).toBe(1);
  for (const name of ['showtext-10mb.pdf', 'info-title-10mb.pdf', 'info-author-10mb.pdf']) {
    expect(run.stdout).toMatch(new RegExp(`^failed\\t${name.replace('.', '\\.')}\\tPAGE_TOO_COMPLEX: .*text string of \\d+\\.\\d MB`, 'mu'));
  }
  expect(run.stdout).toMatch(/^imported\tzz-lettre\.pdf\t1 pages/mu);
});
