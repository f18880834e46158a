/**
 * Issue 13, round 6: a page whose dictionary sits in a compressed object stream (PDF 1.5+, what
 * qpdf, Acrobat and most recent producers write) with a CropBox cutting off part of its text got
 * no TEXT_OFF_PAGE: the raw reader looked for the word CropBox in the file's plain bytes only, so
 * the page's operators were never counted. A real PDF from scripts/adversarial/round6-pdfs.ts
 * (rewritten by qpdf), through the real CLI and pdf.js.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound6Pdfs } from '../../../scripts/adversarial/round6-pdfs.js';
import { hasQpdf } from '../../../scripts/bad-inputs/qpdf.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'corpus.sqlite');
let run: CliRun;
const qpdf = await hasQpdf();
if (!qpdf) console.warn('qpdf is not installed: the object-stream CropBox is not checked');

beforeAll(async () => {
  if (!qpdf) return;
  const [made] = await makeRound6Pdfs(join(dir.path, 'in'), ['object-stream-crop-cuts-text']);
  run = await runCli(['import', madeFile(made!), '--db', db, '--jobs', '1']);
}, 120_000);
afterAll(() => dir.cleanup());

it.skipIf(!qpdf)('warns TEXT_OFF_PAGE for a CropBox kept in an object stream, and keeps the lines on the page', () => {
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^imported\tobject-stream-crop-cuts-text\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: TEXT_OFF_PAGE page 1: \d+ characters/mu);
  const sqlite = new BetterSqlite3(db, { readonly: true });
  try {
    const row = sqlite.prepare<[], { warnings: string; text: string }>('SELECT d.warnings AS warnings, p.text AS text FROM documents d JOIN pages p ON p.document_id = d.id').get();
    expect(JSON.parse(row!.warnings)).toEqual([{ page: 1, code: 'TEXT_OFF_PAGE', message: expect.stringMatching(/^page 1: \d+ characters of text are drawn outside the page's box/u) }]);
    // The three lines below the CropBox's top are kept; the three above it are not.
    expect(row!.text).toMatch(/Quenvreux/u);
    expect(row!.text).toMatch(/Sorbiane/u);
  } finally {
    sqlite.close();
  }
});
