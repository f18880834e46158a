/**
 * A blank scanned page (the back of a sheet scanned in duplex) gave OCR nothing to read, and is
 * no warning: OCR_NO_TEXT is for a page that shows something OCR could not read. Real PDFs
 * through the CLI: a blank black-and-white scan page, and a real scan beside it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ccittWhitePagePdf } from '../../../scripts/adversarial/ccitt-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { fixturesDir, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
let run: CliRun;

beforeAll(async () => {
  const blank = join(dir.path, 'verso-blanc.pdf');
  writeFileSync(blank, ccittWhitePagePdf(1700));
  run = await runCli(['import', blank, join(fixturesDir, 'ocr', 'ccitt-scan.pdf'), '--db', join(dir.path, 'corpus.sqlite'), '--jobs', '1'], { timeoutMs: 240_000 });
}, 300_000);
afterAll(() => dir.cleanup());

it('imports a blank scanned page with no OCR_NO_TEXT warning', () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^imported\tverso-blanc\.pdf\t1 pages \(0 text, 1 OCR\)\t0 mentions\t[\d.]+ s$/mu);
  expect(run.stdout).not.toMatch(/OCR_NO_TEXT/u);
  expect(run.stdout).toMatch(/^imported\tccitt-scan\.pdf\t1 pages \(0 text, 1 OCR\)\t[1-9]\d* mentions/mu);
});
