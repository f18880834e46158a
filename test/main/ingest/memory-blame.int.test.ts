/**
 * Issue 13, "never charge one document's cost to another", for memory. The import's watchdog sees
 * the whole process's memory: with two documents read side by side, a good black-and-white scan
 * whose page began first was failed (PAGE_TOO_COMPLEX, "needed more memory than the import may
 * use") for the growth of the other document, a small scan whose Group 4 image declares 14 000 ×
 * 14 000 pixels, which was imported. A verdict of the watchdog is now final only for a document
 * read alone: one failed beside another is read again alone at the end of the import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ccittReinterpretedPdf } from '../../../scripts/adversarial/ccitt-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { fixturesDir, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const scan = join(fixturesDir, 'ocr', 'ccitt-scan.pdf');
let alone: CliRun;
let beside: CliRun;

beforeAll(async () => {
  const noise = join(dir.path, 'bruit-14000.pdf');
  writeFileSync(noise, ccittReinterpretedPdf(readFileSync(scan), 14_000));
  alone = await runCli(['import', scan, '--db', join(dir.path, 'alone.sqlite')], { timeoutMs: 240_000 });
  beside = await runCli(['import', noise, scan, '--db', join(dir.path, 'beside.sqlite'), '--jobs', '2'], { timeoutMs: 240_000 });
}, 600_000);
afterAll(() => dir.cleanup());

it('reads a black-and-white (CCITT Group 4) scan by OCR', () => {
  expect(alone.code).toBe(0);
  expect(alone.stdout).toMatch(/^imported\tccitt-scan\.pdf\t1 pages \(0 text, 1 OCR\)\t[1-9]\d* mentions/mu);
});

it('imports the good scan read beside a scan that decodes into hundreds of megabytes', () => {
  expect(beside.stdout).toMatch(/^imported\tccitt-scan\.pdf\t1 pages \(0 text, 1 OCR\)\t[1-9]\d* mentions/mu);
  // The other file is imported or refused under its own name, never silently dropped.
  expect(beside.stdout).toMatch(/^(imported|failed)\tbruit-14000\.pdf\t/mu);
  expect(beside.stdout).not.toMatch(/^failed\tccitt-scan/mu);
  expect(beside.signal).toBeNull();
});
