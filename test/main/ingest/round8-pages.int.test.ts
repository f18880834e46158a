/**
 * Issue 13, round 8: a font whose ToUnicode map gives every glyph the same letter made a text
 * layer of "xxxx…": imported as a text page, 0 mentions, without a word. A layer of 40 letters or
 * more showing fewer than three different ones is now judged garbled and the page OCR'd, like a
 * layer of U+FFFD (which already was). A real PDF from scripts/adversarial/round8-pdfs.ts,
 * through the real CLI, pdf.js and tesseract.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound8Pdfs } from '../../../scripts/adversarial/round8-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound8Pdfs(join(dir.path, 'in'), ['tounicode-all-same', 'tounicode-all-fffd']);
  run = await runCli(['import', ...made.map((pdf) => madeFile(pdf)), '--db', join(dir.path, 'corpus.sqlite'), '--jobs', '2']);
}, 180_000);
afterAll(() => dir.cleanup());

it('reads by OCR a page whose font maps every glyph to one letter, as one mapping them to U+FFFD', () => {
  expect(run.code).toBe(0);
  for (const name of ['tounicode-all-same.pdf', 'tounicode-all-fffd.pdf']) {
    expect(run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(0 text, 1 OCR\\)\\t[1-9]\\d* mentions`, 'mu'));
  }
});
