/**
 * Issue 13, round 7: pages whose text is not in their content. A page whose only text is a filled
 * form field or a free-text note was read by OCR (rightly) but warned TEXT_OFF_PAGE ("characters
 * drawn outside the page's box… left out"), false: the annotations' glyphs were counted as the
 * page's own. A pure XFA form was imported as its "Please wait…" placeholder, 0 mentions, without
 * a word: its text is in the XFA packet, which pdf.js now lays out (enableXfa). A text page with
 * a filled form field beside its own lines lost the field's value silently: it now follows the
 * page's text (annotation-text.ts). Real PDFs from
 * scripts/adversarial/round7-pdfs.ts, through the real CLI and pdf.js.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound7Pdfs } from '../../../scripts/adversarial/round7-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const db = join(dir.path, 'corpus.sqlite');
let run: CliRun;

beforeAll(async () => {
  const made = await makeRound7Pdfs(join(dir.path, 'in'), ['form-field-only', 'free-text-note-only', 'xfa-form-only', 'text-and-form-field']);
  run = await runCli(['import', ...made.map((pdf) => madeFile(pdf)), '--db', db, '--jobs', '2']);
}, 180_000);
afterAll(() => dir.cleanup());

/** The stored text and warnings of the document imported from `name`. */
function stored(name: string): { text: string; warnings: unknown[] } {
  const sqlite = new BetterSqlite3(db, { readonly: true });
  try {
    const row = sqlite.prepare<[string], { warnings: string | null; text: string }>("SELECT d.warnings AS warnings, group_concat(p.text, ' ') AS text FROM documents d JOIN pages p ON p.document_id = d.id WHERE d.file_name = ? GROUP BY d.id").get(name);
    return { text: row?.text ?? '', warnings: row?.warnings === null || row === undefined ? [] : (JSON.parse(row.warnings) as unknown[]) };
  } finally {
    sqlite.close();
  }
}

it('reads a page of one form field or one note by OCR, without calling its text off the page', () => {
  expect(run.code).toBe(0);
  for (const name of ['form-field-only.pdf', 'free-text-note-only.pdf']) {
    expect(run.stdout).toMatch(new RegExp(`^imported\\t${name.replace('.', '\\.')}\\t1 pages \\(0 text, 1 OCR\\)\\t[1-9]\\d* mentions\\t[\\d.]+ s$`, 'mu'));
    expect(stored(name).warnings).toEqual([]);
    expect(stored(name).text).toMatch(/Sorbiane/u);
  }
});

it('reads a pure XFA form’s text, not its placeholder', () => {
  expect(run.stdout).toMatch(/^imported\txfa-form-only\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions/mu);
  const { text } = stored('xfa-form-only.pdf');
  expect(text).toMatch(/Ambrelune.*Sorbiane.*Quenvreux/su);
  expect(text).not.toMatch(/Please wait/u);
});

it('keeps a text page’s filled form field after the page’s own lines', () => {
  expect(run.stdout).toMatch(/^imported\ttext-and-form-field\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions/mu);
  const { text, warnings } = stored('text-and-form-field.pdf');
  expect(text).toMatch(/Vernadelle[^]*\n\nLe collectif Ambrelune[^]*Quenvreux preside/u);
  expect(warnings).toEqual([]);
});
