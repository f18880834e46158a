/**
 * Issue 13, point 3: a text layer nobody can see (rendering mode 3, or white on the white page)
 * that says what the page does not show gets a TEXT_LAYER_MISMATCH warning, printed and stored,
 * and the page's OCR text in its place; one that agrees is kept as it is, with no warning. Real
 * PDFs from scripts/hostile-pdfs.ts, through the real CLI, pdf.js and tesseract.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import { openCorpus } from '../../../main/store/db.js';
import { makeHostilePdfs, offPageLines } from '../../../scripts/hostile-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'layers.sqlite');
let run: CliRun;

beforeAll(async () => {
  const made = await makeHostilePdfs(join(dir.path, 'in'), ['invisible-layer-agrees', 'invisible-layer-disagrees', 'white-text-injected', 'text-off-page']);
  run = await runCli(['import', ...made.map((file) => file.file), '--db', db, '--jobs', '2']);
}, 400_000);
afterAll(() => dir.cleanup());

interface StoredPage {
  readonly text: string;
  readonly source: string;
  readonly warnings: string;
}

function stored(fileName: string): { text: string; source: string; warnings: unknown } {
  const sqlite = new BetterSqlite3(db, { readonly: true });
  try {
    const row = sqlite
      .prepare<[string], StoredPage>('SELECT p.text, p.source, d.warnings FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.file_name = ? AND p.number = 1')
      .get(fileName);
    if (row === undefined) throw new Error(`${fileName} was not stored`);
    return { text: row.text.toLowerCase(), source: row.source, warnings: JSON.parse(row.warnings) as unknown };
  } finally {
    sqlite.close();
  }
}

const MISMATCH = /^page 1: its hidden text layer does not match what the page shows \(\d+ % of its words seen\); the page's OCR text is used instead$/u;

describe('hidden text layers are checked against what the page shows', () => {
  it('keeps an invisible layer that is the page’s own text, with no warning', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported\tinvisible-layer-agrees\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s$/mu);
    const page = stored('invisible-layer-agrees.pdf');
    expect(page.source).toBe('text');
    expect(page.warnings).toEqual([]);
    expect(page.text).toContain('territoire');
  });

  it('warns about an invisible layer holding another document, on the import line and on the document, and uses the page’s OCR text', () => {
    expect(run.stdout).toMatch(/^imported\tinvisible-layer-disagrees\.pdf\t1 pages \(0 text, 1 OCR\)\t.*\t1 warning: TEXT_LAYER_MISMATCH page 1: its hidden text layer does not match/mu);
    const page = stored('invisible-layer-disagrees.pdf');
    expect(page.source).toBe('ocr');
    expect(page.warnings).toEqual([{ page: 1, code: 'TEXT_LAYER_MISMATCH', message: expect.stringMatching(MISMATCH) as unknown }]);
    expect(page.text).toContain('territoire'); // what the scan shows
  });

  it('warns about a paragraph written white on the white page, and keeps it out of the text', () => {
    expect(run.stdout).toMatch(/^imported\twhite-text-injected\.pdf\t1 pages \(0 text, 1 OCR\)\t.*\t1 warning: TEXT_LAYER_MISMATCH page 1/mu);
    const page = stored('white-text-injected.pdf');
    expect(page.warnings).toEqual([{ page: 1, code: 'TEXT_LAYER_MISMATCH', message: expect.stringMatching(MISMATCH) as unknown }]);
    expect(page.source).toBe('ocr');
    expect(page.text).toContain('territoire');
  });

  it('leaves out text drawn outside the page (pdf.js keeps only text inside the page box), so no mention comes from it', async () => {
    expect(run.stdout).toMatch(/^imported\ttext-off-page\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s$/mu);
    const page = stored('text-off-page.pdf');
    expect(page.source).toBe('text');
    expect(page.text).toContain('territoire');
    const hidden = (await offPageLines()).map((line) => line.trim().toLowerCase()).filter((line) => line.length >= 20);
    expect(hidden.length).toBeGreaterThan(5);
    for (const line of hidden) expect(page.text).not.toContain(line);
  });

  it('returns the warning through the API, as the app shows it', async () => {
    const corpus = await openCorpus(db, { readOnly: true });
    try {
      const listed = await dispatch(createService(corpus), 'listDocuments', {});
      const documents = listed.ok ? (listed.value as { fileName: string; warnings: { code: string }[] }[]) : [];
      expect(Object.fromEntries(documents.map((document) => [document.fileName, document.warnings.map((warning) => warning.code)]))).toEqual({
        'invisible-layer-agrees.pdf': [],
        'invisible-layer-disagrees.pdf': ['TEXT_LAYER_MISMATCH'],
        'white-text-injected.pdf': ['TEXT_LAYER_MISMATCH'],
        'text-off-page.pdf': [],
      });
    } finally {
      corpus.close();
    }
  });
});
