/**
 * Issue 13, "nothing is lost silently", round 11: a font or an image pdf.js cannot read, shared
 * by several pages. pdf.js keeps a font whose translation failed, and an image whose decoding
 * failed, for the whole document: it warned on the first page that used them, and the later pages
 * lost the same line, or rendered blank for OCR, without a word (PAGE_CONTENT_DAMAGED named page 1
 * alone). A font that fails before pdf.js caches it warned on every page: forty warnings for forty
 * pages. Now one warning per document names every page that lost content, and only those. Real
 * PDFs from scripts/adversarial/round11-pdfs.ts, through the real CLI and pdf.js.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOST_LINE, madeFile, makeRound11Pdfs, readLine } from '../../../scripts/adversarial/round11-pdfs.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';
import { storedDocument, type StoredDocument } from '../../helpers/stored-document.js';

const dir = tempDir();
const inDir = join(dir.path, 'in');
let text: CliRun;
let ocr: CliRun;
let scan: CliRun;

beforeAll(async () => {
  const [font, unreadable, image] = (await makeRound11Pdfs(inDir)).map((made) => madeFile(made));
  text = await runCli(['import', font!, unreadable!, '--db', join(dir.path, 'text.sqlite'), '--jobs', '1', '--ocr', 'never']);
  // Read by OCR alone: each page is rendered, with the fonts pdf.js kept from the pages before.
  ocr = await runCli(['import', font!, '--db', join(dir.path, 'ocr.sqlite'), '--jobs', '1', '--ocr', 'always']);
  scan = await runCli(['import', image!, '--db', join(dir.path, 'scan.sqlite'), '--jobs', '1']);
}, 300_000);
afterAll(() => dir.cleanup());

/** What the corpus `file` (in the test's folder) stored for `fileName`. */
const stored = (file: string, fileName: string): StoredDocument => storedDocument(join(dir.path, file), fileName);

const BASE_FONT = 'FormatError: Base font is not specified';

it('names every page that lost its line to a font pdf.js could not translate, and only those, in one warning', () => {
  expect(text.code).toBe(0);
  const { warnings, texts } = stored('text.sqlite', 'font-untranslatable-pages.pdf');
  expect(warnings).toEqual([
    { page: 1, pages: [1, 2, 4, 5], code: 'PAGE_CONTENT_DAMAGED', message: `pages 1, 2, 4, 5: part of their content could not be read (pdf.js: ${BASE_FONT}); their text may be incomplete` },
  ]);
  // What was lost is what the warning names: each page kept its Helvetica line, none its other.
  expect(texts.map((page, index) => page.includes(readLine(index + 1)))).toEqual([true, true, true, true, true]);
  expect(texts.some((page) => page.includes('Carvestre'))).toBe(false);
  expect(LOST_LINE).toMatch(/Carvestre/u);
  expect(text.stdout).toMatch(/^imported\tfont-untranslatable-pages\.pdf\t5 pages \(5 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: PAGE_CONTENT_DAMAGED pages 1, 2, 4, 5: part of their content/mu);
});

it('names the same pages when they are read by OCR, whose renderings lose the line too', () => {
  expect(ocr.code).toBe(0);
  expect(stored('ocr.sqlite', 'font-untranslatable-pages.pdf').warnings.filter((warning) => warning.code === 'PAGE_CONTENT_DAMAGED')).toEqual([
    expect.objectContaining({ page: 1, pages: [1, 2, 4, 5], message: expect.stringMatching(/^pages 1, 2, 4, 5: .*Base font is not specified/u) }),
  ]);
});

it('gives a font that fails on each of forty pages one warning listing them, not forty', () => {
  const { warnings } = stored('text.sqlite', 'font-unreadable-pages.pdf');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]?.pages).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  expect(warnings[0]?.message).toMatch(/^pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… \(40 in all\): part of their content could not be read \(pdf\.js: FormatError: Descendant fonts are not specified\); their text may be incomplete$/u);
  expect(text.stdout).toMatch(/^imported\tfont-unreadable-pages\.pdf\t40 pages \(40 text, 0 OCR\)\t[1-9]\d* mentions\t[\d.]+ s\t1 warning: PAGE_CONTENT_DAMAGED pages 1, 2, 3/mu);
});

it('names every scanned page drawing an image that does not decode, not only the first', () => {
  expect(scan.code).toBe(0);
  const { warnings } = stored('scan.sqlite', 'image-undecodable-pages.pdf');
  expect(warnings).toEqual([{ page: 1, pages: [1, 2, 3], code: 'PAGE_CONTENT_DAMAGED', message: expect.stringMatching(/^pages 1, 2, 3: part of their content could not be read \(pdf\.js: JpegError: /u) }]);
});

it('prints no pdf.js warning', () => {
  expect(`${text.stdout}${text.stderr}${ocr.stdout}${ocr.stderr}${scan.stdout}${scan.stderr}`).not.toMatch(/Warning: /u);
});
