/**
 * Issue 13, "nothing is lost silently": pdf.js, opened with `stopAtErrors: false`, gives up on a
 * page's content at an operator word past 128 bytes and drops the rest of it. A page with a line,
 * a word of 200 bytes (or 100 KB: under the byte screen's 2 MB limit) and a second line was imported
 * with its first line only, exit 0, and no word of the second. It is still imported with what pdf.js
 * read, now with a PAGE_CONTENT_DAMAGED warning naming the page, stored and printed; in a file of
 * two pages, only the damaged page is named. The same for a line written in a font pdf.js cannot
 * read (it draws nothing of it) and a scan whose image does not decode (the page renders blank):
 * both were imported without a word. Real PDFs from scripts/adversarial/round10-pdfs.ts,
 * through the real CLI and pdf.js.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { madeFile, makeRound10Pdfs } from '../../../scripts/adversarial/round10-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';
import { storedDocument, type StoredDocument } from '../../helpers/stored-document.js';
import { importBesideLetter, LETTER_FILE } from '../../helpers/hostile-import.js';

const dir = tempDir();
const db = join(dir.path, 'corpus.sqlite');
const DAMAGED = ['keyword-200b', 'keyword-100kb', 'keyword-200b-page-2', 'font-unreadable'] as const;
let run: CliRun;
let ocr: CliRun;
let scan: CliRun;

beforeAll(async () => {
  const made = await makeRound10Pdfs(join(dir.path, 'in'), [...DAMAGED]);
  run = await importBesideLetter(dir.path, join(dir.path, 'in'), made.map((pdf) => madeFile(pdf)));
  // Read by OCR alone (no text layer read): the page's rendering loses the same content.
  ocr = await runCli(['import', madeFile(made[0]!), '--db', join(dir.path, 'ocr.sqlite'), '--jobs', '1', '--ocr', 'always']);
  // A scan is read by OCR (`--ocr auto`): its page is rendered, and its image decoded then.
  const [image] = await makeRound10Pdfs(join(dir.path, 'in'), ['image-undecodable']);
  scan = await runCli(['import', madeFile(image!), '--db', join(dir.path, 'scan.sqlite'), '--jobs', '1']);
}, 300_000);
afterAll(() => dir.cleanup());

/** What the corpus `file` (the text import's by default) stored for `fileName`. */
const stored = (fileName: string, file = db): StoredDocument => storedDocument(file, fileName);

const DAMAGE = (page: number): RegExp => new RegExp(`^page ${page}: part of its content could not be read \\(pdf\\.js: FormatError: Command token too long: 128\\); its text may be incomplete$`, 'u');

it('imports a page whose content breaks at an operator word of 200 bytes or 100 KB with what was read, and warns naming the page', () => {
  expect(run.code).toBe(0);
  for (const name of ['keyword-200b', 'keyword-100kb']) {
    expect(run.stdout).toMatch(new RegExp(`^imported\\t${name}\\.pdf\\t1 pages \\(1 text, 0 OCR\\)\\t[1-9]\\d* mentions\\t[\\d.]+ s\\t1 warning: PAGE_CONTENT_DAMAGED page 1: part of its content could not be read`, 'mu'));
    const { warnings, texts } = stored(`${name}.pdf`);
    expect(warnings).toEqual([{ page: 1, code: 'PAGE_CONTENT_DAMAGED', message: expect.stringMatching(DAMAGE(1)) }]);
    expect(texts[0]).toMatch(/Orvanel regroupe 14 structures/u); // the line before the word was read
    expect(texts[0]).not.toMatch(/Carvestre/u); // the line after it was lost: hence the warning
  }
  expect(run.stdout).toMatch(new RegExp(`^imported\\t${LETTER_FILE.replace('.', '\\.')}\\t1 pages \\(1 text, 0 OCR\\)\\t[1-9]\\d* mentions\\t[\\d.]+ s$`, 'mu'));
});

it('names only the damaged page of a file of two', () => {
  expect(run.stdout).toMatch(/^imported\tkeyword-200b-page-2\.pdf\t2 pages \(2 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: PAGE_CONTENT_DAMAGED page 2: /mu);
  const { warnings, texts } = stored('keyword-200b-page-2.pdf');
  expect(warnings).toEqual([{ page: 2, code: 'PAGE_CONTENT_DAMAGED', message: expect.stringMatching(DAMAGE(2)) }]);
  expect(texts[0]).toMatch(/Carvestre/u);
});

it('warns on a page read by OCR alone, whose rendering loses the same content', () => {
  expect(ocr.code).toBe(0);
  expect(ocr.stdout).toMatch(/^imported\tkeyword-200b\.pdf\t1 pages \(0 text, 1 OCR\)\t\d+ mentions\t[\d.]+ s\t.*PAGE_CONTENT_DAMAGED page 1: part of its content could not be read \(pdf\.js: FormatError: Command token too long: 128\)/mu);
  expect(stored('keyword-200b.pdf', join(dir.path, 'ocr.sqlite')).warnings.map((warning) => [warning.page, warning.code])).toContainEqual([1, 'PAGE_CONTENT_DAMAGED']);
});

it('warns on a page whose text is in a font pdf.js cannot read, and on a scan whose image does not decode (both were imported silently)', () => {
  expect(run.stdout).toMatch(/^imported\tfont-unreadable\.pdf\t1 pages \(1 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: PAGE_CONTENT_DAMAGED page 1: part of its content could not be read \(pdf\.js: FormatError: Descendant fonts are not specified\)/mu);
  const font = stored('font-unreadable.pdf');
  expect(font.texts[0]).toMatch(/Orvanel regroupe 14 structures/u); // the line in Helvetica was read
  expect(font.texts[0]).not.toMatch(/Carvestre/u); // the line in the unreadable font was lost: hence the warning
  expect(scan.code).toBe(0);
  expect(scan.stdout).toMatch(/^imported\timage-undecodable\.pdf\t1 pages \(0 text, 1 OCR\)\t0 mentions\t[\d.]+ s\t1 warning: PAGE_CONTENT_DAMAGED page 1: part of its content could not be read \(pdf\.js: JpegError: /mu);
  expect(stored('image-undecodable.pdf', join(dir.path, 'scan.sqlite')).warnings.map((warning) => [warning.page, warning.code])).toEqual([[1, 'PAGE_CONTENT_DAMAGED']]);
});

it('prints no pdf.js warning: what it says is heard, not shown', () => {
  expect(`${run.stdout}${run.stderr}${ocr.stdout}${ocr.stderr}${scan.stdout}${scan.stderr}`).not.toMatch(/Warning: /u);
});
