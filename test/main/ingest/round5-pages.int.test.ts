/**
 * Issue 13, round 5: TEXT_OFF_PAGE was only looked for on pages that went to OCR. A text page
 * whose box cuts off part of its text (a CropBox across it, a shifted or negative MediaBox) kept
 * the rest as a usable layer and said nothing, and under `--ocr never` no page was checked at
 * all. And with `--ocr always` a text page turned by `/Rotate 90` got no PAGE_TURNED: tesseract
 * reads lines running down the page by itself, so no turn was tried. Real PDFs from
 * scripts/adversarial/round4-pdfs.ts and round5-pdfs.ts, through the real CLI and pdf.js.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRound4Pdfs } from '../../../scripts/adversarial/round4-pdfs.js';
import { makeRound5Pdfs } from '../../../scripts/adversarial/round5-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const runs: Record<'auto' | 'never' | 'always', { db: string; run: CliRun }> = {} as never;

beforeAll(async () => {
  const partly = await makeRound5Pdfs(join(dir.path, 'auto'), ['crop-cuts-top-line', 'shifted-box-cuts-lines', 'negative-box-usable-part', 'shifted-box-text-inside']);
  const offPage = await makeRound4Pdfs(join(dir.path, 'never'), ['negative-box-letter', 'crop-away-from-text', 'inverted-box-letter']);
  const turned = await makeRound5Pdfs(join(dir.path, 'always'), ['rotate-90-text']);
  const inputs = { auto: partly, never: offPage, always: turned };
  for (const mode of ['auto', 'never', 'always'] as const) {
    const db = join(dir.path, `${mode}.sqlite`);
    runs[mode] = { db, run: await runCli(['import', ...inputs[mode].map((made) => made.file), '--db', db, '--jobs', '2', '--ocr', mode]) };
  }
}, 300_000);
afterAll(() => dir.cleanup());

function warnings(mode: keyof typeof runs, fileName: string): { page: number; code: string; message: string }[] {
  const sqlite = new BetterSqlite3(runs[mode].db, { readonly: true });
  try {
    const row = sqlite.prepare<[string], { warnings: string }>('SELECT warnings FROM documents WHERE file_name = ?').get(fileName);
    if (row === undefined) throw new Error(`${fileName} was not stored`);
    return JSON.parse(row.warnings) as { page: number; code: string; message: string }[];
  } finally {
    sqlite.close();
  }
}

const OFF_PAGE = { page: 1, code: 'TEXT_OFF_PAGE', message: expect.stringMatching(/^page 1: \d+ characters of text are drawn outside the page's box/u) as unknown };

describe('text partly outside the page box, on a page read from its text layer', () => {
  it('warns, naming the page, and keeps the part on the page', () => {
    expect(runs.auto.run.code).toBe(0);
    for (const name of ['crop-cuts-top-line.pdf', 'shifted-box-cuts-lines.pdf', 'negative-box-usable-part.pdf']) {
      expect(runs.auto.run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(1 text, 0 OCR\\)\\t[1-9]\\d* mentions\\t[\\d.]+ s\\t1 warning: TEXT_OFF_PAGE page 1: \\d+ characters`, 'mu'));
      expect(warnings('auto', name)).toEqual([OFF_PAGE]);
    }
  });

  it('says nothing for a shifted box that holds all its text', () => {
    expect(warnings('auto', 'shifted-box-text-inside.pdf')).toEqual([]);
  });
});

describe('--ocr never', () => {
  it('warns on a page whose box leaves all its text off the page', () => {
    expect(runs.never.run.code).toBe(0);
    for (const name of ['negative-box-letter.pdf', 'crop-away-from-text.pdf']) {
      expect(runs.never.run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(1 text, 0 OCR\\)\\t0 mentions\\t[\\d.]+ s\\t1 warning: TEXT_OFF_PAGE`, 'mu'));
      expect(warnings('never', name)).toEqual([{ ...OFF_PAGE, message: expect.stringMatching(/^page 1: 170 characters/u) as unknown }]);
    }
    expect(warnings('never', 'inverted-box-letter.pdf')).toEqual([]);
  });
});

describe('--ocr always', () => {
  it('says that a text page turned by /Rotate 90 was read sideways', () => {
    expect(runs.always.run.code).toBe(0);
    expect(runs.always.run.stdout).toMatch(/^imported\trotate-90-text\.pdf\t1 pages \(0 text, 1 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: PAGE_TURNED page 1: scanned turned by 270°, read upright$/mu);
    expect(warnings('always', 'rotate-90-text.pdf')).toEqual([{ page: 1, code: 'PAGE_TURNED', message: 'page 1: scanned turned by 270°, read upright' }]);
  });
});
