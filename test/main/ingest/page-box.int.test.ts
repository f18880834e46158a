/**
 * Issue 13, round 4: a page whose box is negative (`MediaBox [0 0 -612 -792]`, the rectangle left
 * of and below the origin, as every reader normalises it) or whose CropBox leaves out its text has
 * text in its operators but none on the page: it was imported as an empty page, 0 mentions, no
 * warning. It now gets a TEXT_OFF_PAGE warning, printed and stored; an inverted box that still
 * covers the text is read as usual, with none; text off several pages is one warning naming them
 * all (session 20: it was one per page). Real PDFs from scripts/adversarial/round4-pdfs.ts,
 * through the real CLI and pdf.js.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRound4Pdfs } from '../../../scripts/adversarial/round4-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'boxes.sqlite');
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound4Pdfs(join(dir.path, 'in'), ['negative-box-letter', 'crop-away-from-text', 'negative-box-two-pages', 'negative-box-some-pages', 'inverted-box-letter', 'negative-box-text-below']);
  run = await runCli(['import', ...made.map((file) => file.file), '--db', db, '--jobs', '2']);
}, 300_000);
afterAll(() => dir.cleanup());

function warnings(fileName: string): { page: number; pages?: number[]; code: string; message: string }[] {
  const sqlite = new BetterSqlite3(db, { readonly: true });
  try {
    const row = sqlite.prepare<[string], { warnings: string }>('SELECT warnings FROM documents WHERE file_name = ?').get(fileName);
    if (row === undefined) throw new Error(`${fileName} was not stored`);
    return JSON.parse(row.warnings) as { page: number; pages?: number[]; code: string; message: string }[];
  } finally {
    sqlite.close();
  }
}

describe('text drawn outside the page box', () => {
  it('warns on a page whose negative MediaBox or CropBox leaves all its text off the page', () => {
    expect(run.code).toBe(0);
    for (const name of ['negative-box-letter.pdf', 'crop-away-from-text.pdf']) {
      expect(run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(0 text, 1 OCR\\)\\t0 mentions\\t[\\d.]+ s\\t1 warning: TEXT_OFF_PAGE page 1: \\d+ characters`, 'mu'));
      expect(warnings(name)).toEqual([{ page: 1, code: 'TEXT_OFF_PAGE', message: expect.stringMatching(/^page 1: \d{3} characters of text are drawn outside the page's box/u) }]);
    }
  });

  it('names the one page of a document that has its text off the page', () => {
    expect(warnings('negative-box-two-pages.pdf').map((warning) => [warning.page, warning.code])).toEqual([[2, 'TEXT_OFF_PAGE']]);
  });

  it('gives a document with text off several pages one warning naming them all, with the characters left out in all', () => {
    const [one] = warnings('negative-box-letter.pdf');
    const perPage = Number(/^page 1: (\d+) characters/u.exec(one?.message ?? '')?.[1]);
    expect(perPage).toBeGreaterThan(100);
    expect(run.stdout).toMatch(/^imported\tnegative-box-some-pages\.pdf\t5 pages \(2 text, 3 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: TEXT_OFF_PAGE pages 2, 3, 5: \d+ characters of text in all/mu);
    expect(warnings('negative-box-some-pages.pdf')).toEqual([
      { page: 2, pages: [2, 3, 5], code: 'TEXT_OFF_PAGE', message: `pages 2, 3, 5: ${3 * perPage} characters of text in all are drawn outside the pages' boxes (MediaBox or CropBox) and were left out, as a PDF viewer does not show them` },
    ]);
  });

  it('reads an inverted box over the text, and a negative box with its text inside, with no warning', () => {
    for (const name of ['inverted-box-letter.pdf', 'negative-box-text-below.pdf']) {
      expect(run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(1 text, 0 OCR\\)\\t[1-9]\\d* mentions\\t[\\d.]+ s$`, 'mu'));
      expect(warnings(name)).toEqual([]);
    }
  });
});
