/**
 * Issue 13, round 10: the 10 MB string of round 9 behind the filters the screen did not decode
 * (LZW, hex-wrapped Flate, a /Filter given by reference), or cut across a page's content streams,
 * aborted the whole import (SIGABRT) as it
 * did before round 9; each is now refused alone (PAGE_TOO_COMPLEX), and a letter through every
 * filter is still read. XMP metadata of 40 MB in a million short elements refused a good letter
 * (blamed on "page 1 (reading its text layer)"): its title is no longer read from it, and the
 * letter is imported.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound10Pdfs } from '../../../scripts/adversarial/round10-pdfs.js';
import type { CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';
import { importBesideLetter } from '../../helpers/hostile-import.js';

const dir = tempDir();
const REFUSED = ['lzw-string-10mb', 'hex-wrapped-flate-string-10mb', 'indirect-filter-string-10mb', 'split-string-10mb', 'unknown-filter-string-10mb', 'f-key-string-10mb', 'name-10mb'] as const;
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound10Pdfs(join(dir.path, 'in'), [...REFUSED, 'letter-every-filter', 'xmp-nodes-40mb']);
  run = await importBesideLetter(dir.path, join(dir.path, 'in'), made.map((pdf) => madeFile(pdf)));
}, 300_000);
afterAll(() => dir.cleanup());

it('refuses each file whose 10 MB string hides behind another filter, with a reason, and imports the rest', () => {
  expect(run.code).toBe(1);
  for (const name of REFUSED) expect(run.stdout).toMatch(new RegExp(`^failed\\t${name}\\.pdf\\tPAGE_TOO_COMPLEX: .*text string of \\d+\\.\\d MB`, 'mu'));
  expect(run.stdout).toMatch(/^imported\tletter-every-filter\.pdf\t5 pages \(5 text, 0 OCR\)\t25 mentions/mu);
  expect(run.stdout).toMatch(/^imported\tzz-lettre\.pdf\t1 pages/mu);
});

it('imports a letter whose XMP metadata is 40 MB of short elements', () => {
  expect(run.stdout).toMatch(/^imported\txmp-nodes-40mb\.pdf\t1 pages \(1 text, 0 OCR\)\t5 mentions/mu);
});
