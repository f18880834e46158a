/**
 * Issue 13, round 10 (left then, closed here): a page whose content holds an operator word of
 * 10 MB (whole, or cut across the page's ten content streams) or a number of ten million digits
 * before its line was imported with that line lost and no warning — pdf.js gives up on the page's
 * content at the word, and OCR of its rendering reads nothing. Each file is now refused alone
 * (PAGE_TOO_COMPLEX, naming the file and what it holds), and the import goes on.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound10Pdfs } from '../../../scripts/adversarial/round10-pdfs.js';
import type { CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';
import { importBesideLetter } from '../../helpers/hostile-import.js';

const dir = tempDir();
const REFUSED = ['keyword-10mb', 'split-keyword-10mb', 'digits-10mb'] as const;
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound10Pdfs(join(dir.path, 'in'), [...REFUSED]);
  run = await importBesideLetter(dir.path, join(dir.path, 'in'), made.map((pdf) => madeFile(pdf)));
}, 300_000);
afterAll(() => dir.cleanup());

it('refuses each page holding an operator word or a number of megabytes, saying so, and imports the rest', () => {
  expect(run.code).toBe(1);
  for (const name of REFUSED) expect(run.stdout).toMatch(new RegExp(`^failed\\t${name}\\.pdf\\tPAGE_TOO_COMPLEX: ${name}\\.pdf: .*operator word or number of \\d+\\.\\d MB`, 'mu'));
  expect(run.stdout).not.toMatch(/^imported\t(keyword|split-keyword|digits)-10mb/mu);
  expect(run.stdout).toMatch(/^imported\tzz-lettre\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions/mu);
});
