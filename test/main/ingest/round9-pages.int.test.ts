/**
 * Issue 13, round 9, what round 8 left over, through the real CLI, pdf.js and tesseract:
 * - a text layer drawn glyph by glyph (or word by word) from right to left was imported reversed,
 *   0 mentions, no word: it is now OCR'd, with a TEXT_LAYER_BACKWARDS warning;
 * - a page-tree cycle refused the whole file: the pages reachable are imported, with a
 *   PAGES_UNREACHABLE warning, and a tree with no reachable page is still refused;
 * - a page of one short line that paints nothing else was OCR'd (50 such pages, 87 s): its text
 *   layer is kept; a short line over an image, or beside a drawn rule, is still OCR'd.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeRound8Pdfs } from '../../../scripts/adversarial/round8-pdfs.js';
import { madeFile, makeRound9Pdfs } from '../../../scripts/adversarial/round9-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
let run: CliRun;

beforeAll(async () => {
  const round8 = await makeRound8Pdfs(join(dir.path, 'in'), ['text-layer-reversed', 'page-tree-cycle', 'pages-50-short-line']);
  const round9 = await makeRound9Pdfs(join(dir.path, 'in'), ['reversed-true-advances', 'reversed-by-word', 'page-tree-cycle-first', 'page-tree-only-cycle', 'short-line-over-image', 'short-line-with-rule']);
  run = await runCli(['import', ...[...round8, ...round9].map((pdf) => madeFile(pdf)), '--db', join(dir.path, 'corpus.sqlite'), '--jobs', '2']);
}, 300_000);
afterAll(() => dir.cleanup());

const line = (name: string): string => run.stdout.split('\n').find((candidate) => candidate.split('\t')[1] === name) ?? '';

it('reads by OCR, with a warning, a text layer drawn right to left', () => {
  for (const name of ['text-layer-reversed.pdf', 'reversed-true-advances.pdf', 'reversed-by-word.pdf']) {
    expect(line(name)).toMatch(/^imported\t[^\t]+\t1 pages \(0 text, 1 OCR\)\t[1-9]\d* mentions\t.*TEXT_LAYER_BACKWARDS page 1: /u);
  }
});

it('imports the pages a page-tree cycle leaves reachable, and says which were left out', () => {
  expect(line('page-tree-cycle.pdf')).toMatch(/^imported\t[^\t]+\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t.*PAGES_UNREACHABLE page 2 of 2 could not be reached/u);
  expect(line('page-tree-cycle-first.pdf')).toMatch(/^imported\t[^\t]+\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t.*PAGES_UNREACHABLE page 1 of 2 could not be reached/u);
  expect(line('page-tree-only-cycle.pdf')).toMatch(/^failed\t[^\t]+\tCORRUPT_PDF: .*circular reference/u);
});

it('keeps the short text layer of pages that paint nothing else, and OCRs one over an image or beside a rule', () => {
  expect(line('pages-50-short-line.pdf')).toMatch(/^imported\t[^\t]+\t50 pages \(50 text, 0 OCR\)\t[1-9]\d* mentions/u);
  expect(line('short-line-over-image.pdf')).toMatch(/^imported\t[^\t]+\t1 pages \(0 text, 1 OCR\)/u);
  expect(line('short-line-with-rule.pdf')).toMatch(/^imported\t[^\t]+\t1 pages \(0 text, 1 OCR\)/u);
});
