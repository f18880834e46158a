/**
 * Checks that every file scripts/make-bad-inputs.ts makes has the properties it claims, and that
 * each `expectation` is what pdf.js and the text-layer judge really do with it.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../main/ingest/errors.js';
import { openPdf, readPageText, renderPageToPng } from '../../main/ingest/pdf-document.js';
import { judgeTextLayer } from '../../main/ingest/text-quality.js';
import { hasQpdf } from '../../scripts/bad-inputs/qpdf.js';
import {
  BAD_INPUT_KINDS,
  HUGE_IMAGE_SIDE,
  MANY_PAGES,
  ODD_NAME,
  SOURCE_PDF,
  USER_PASSWORD,
  makeBadInputs,
  type BadInput,
  type BadInputKind,
} from '../../scripts/make-bad-inputs.js';
import { tempDir } from '../helpers/fixtures.js';

const QPDF_KINDS: readonly BadInputKind[] = ['encrypted-user-password', 'encrypted-owner-only'];
const qpdf = await hasQpdf();
if (!qpdf) console.warn(`qpdf is not installed: ${QPDF_KINDS.join(', ')} are not checked`);

/** pdf.js itself, for the exception names and page counts openPdf deliberately hides. */
async function rawOpen(file: string, password?: string): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const task = pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.ERRORS, ...(password === undefined ? {} : { password }) });
  return task.promise;
}

async function rawOpenError(file: string): Promise<string> {
  try {
    const doc = await rawOpen(file);
    await doc.destroy();
    return 'no error';
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

async function pageTexts(file: string, pages?: readonly number[]): Promise<string[]> {
  const doc = await openPdf(new Uint8Array(await readFile(file)), basename(file));
  try {
    const numbers = pages ?? Array.from({ length: doc.numPages }, (_, index) => index + 1);
    const texts: string[] = [];
    for (const number of numbers) texts.push(await readPageText(await doc.getPage(number)));
    return texts;
  } finally {
    await doc.destroy();
  }
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

describe('make-bad-inputs', () => {
  const dir = tempDir('glaneur-bad-inputs-');
  const made = new Map<BadInputKind, BadInput>();
  let elapsedMs = 0;

  const fileOf = (kind: BadInputKind): string => {
    const input = made.get(kind);
    if (input === undefined) throw new Error(`${kind} was not made`);
    return input.file;
  };

  beforeAll(async () => {
    const started = performance.now();
    for (const input of await makeBadInputs(join(dir.path, 'a'))) made.set(input.kind, input);
    elapsedMs = performance.now() - started;
  });
  afterAll(() => dir.cleanup());

  it('makes every kind (bar the qpdf ones without qpdf), fast, as absolute paths inside OUT_DIR', async () => {
    const expected = BAD_INPUT_KINDS.filter((kind) => qpdf || !QPDF_KINDS.includes(kind));
    expect([...made.keys()]).toEqual(expected);
    expect(elapsedMs).toBeLessThan(20_000);
    const onDisk = await readdir(join(dir.path, 'a'));
    for (const input of made.values()) {
      expect(isAbsolute(input.file)).toBe(true);
      expect(onDisk).toContain(basename(input.file));
      expect(input.file.endsWith('.pdf')).toBe(true);
    }
  });

  it('honours include', async () => {
    const some = await makeBadInputs(join(dir.path, 'some'), { include: ['text-renamed', 'empty'] });
    expect(some.map((input) => input.kind)).toEqual(['empty', 'text-renamed']);
    expect(await readdir(join(dir.path, 'some'))).toHaveLength(2);
  });

  it('is deterministic: a second run gives identical bytes (qpdf encryption aside)', async () => {
    const again = await makeBadInputs(join(dir.path, 'b'));
    for (const input of again) {
      if (QPDF_KINDS.includes(input.kind)) continue;
      expect(await sha256(input.file), input.kind).toBe(await sha256(fileOf(input.kind)));
    }
  });

  it('keeps each expectation truthful: error ⇒ openPdf refuses; ok ⇒ every page usable; ocr-fallback ⇒ none', async () => {
    for (const input of made.values()) {
      const bytes = new Uint8Array(await readFile(input.file));
      if (input.expectation === 'error') {
        await expect(openPdf(bytes, basename(input.file)), input.kind).rejects.toBeInstanceOf(IngestError);
        continue;
      }
      const verdicts = (await pageTexts(input.file)).map((text) => judgeTextLayer(text).usable);
      expect(verdicts.length, input.kind).toBeGreaterThan(0);
      expect(new Set(verdicts), input.kind).toEqual(new Set([input.expectation === 'ok']));
    }
  });

  it('empty: 0 bytes', async () => {
    expect((await stat(fileOf('empty'))).size).toBe(0);
  });

  it('truncated: the first 40 % of the source, which pdf.js cannot open', async () => {
    const source = await readFile(SOURCE_PDF);
    const truncated = await readFile(fileOf('truncated'));
    expect(truncated.length).toBe(Math.floor(source.length * 0.4));
    expect(source.subarray(0, truncated.length).equals(truncated)).toBe(true);
    expect(await rawOpenError(fileOf('truncated'))).toBe('InvalidPDFException');
  });

  it('broken-xref: same length as the source, xref and startxref wrecked, pdf.js recovers all 5 pages', async () => {
    const source = await readFile(SOURCE_PDF);
    const broken = await readFile(fileOf('broken-xref'));
    expect(broken.length).toBe(source.length);
    const tail = broken.subarray(-200).toString('latin1');
    expect(tail).toMatch(/startxref\n9+\n%%EOF/u);
    expect(broken.toString('latin1')).not.toMatch(/\nxref\n0 \d+/u);
    const texts = await pageTexts(fileOf('broken-xref'));
    expect(texts).toHaveLength(5);
    expect(texts[0]).toContain('PTCE Émergence Hénin-Carvin');
  });

  it.skipIf(!qpdf)('encrypted-user-password: pdf.js asks for a password, and opens with it', async () => {
    expect(await rawOpenError(fileOf('encrypted-user-password'))).toBe('PasswordException');
    const doc = await rawOpen(fileOf('encrypted-user-password'), USER_PASSWORD);
    expect(doc.numPages).toBe(5);
    await doc.destroy();
  });

  it.skipIf(!qpdf)('encrypted-owner-only: encrypted, yet pdf.js opens it without a password', async () => {
    expect((await readFile(fileOf('encrypted-owner-only'))).toString('latin1')).toContain('/Encrypt');
    await expect(PDFDocument.load(await readFile(fileOf('encrypted-owner-only')))).rejects.toThrow(/encrypted/iu);
    const texts = await pageTexts(fileOf('encrypted-owner-only'), [1]);
    expect(texts[0]).toContain('PTCE Émergence Hénin-Carvin');
  });

  it('zero-pages: a well-formed PDF where pdf.js counts 0 pages', async () => {
    const doc = await rawOpen(fileOf('zero-pages'));
    expect(doc.numPages).toBe(0);
    await doc.destroy();
    expect((await PDFDocument.load(await readFile(fileOf('zero-pages')))).getPageCount()).toBe(0);
  });

  it('png-renamed, zip-renamed, text-renamed: the real formats, no %PDF- header', async () => {
    const png = await readFile(fileOf('png-renamed'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
    const zip = await readFile(fileOf('zip-renamed'));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    const text = await readFile(fileOf('text-renamed'));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(text)).toContain('réunion');
    for (const bytes of [png, zip, text]) expect(bytes.toString('latin1')).not.toContain('%PDF-');
  });

  it('huge-image: one page drawn by a single 12000×12000 px image, no text layer, small on disk', async () => {
    const file = fileOf('huge-image');
    expect((await stat(file)).size).toBeLessThan(200_000);
    const doc = await PDFDocument.load(await readFile(file));
    expect(doc.getPageCount()).toBe(1);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
      .filter((stream) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(1);
    const size = (key: string): number | undefined => {
      const value = images[0]?.dict.get(PDFName.of(key));
      return value instanceof PDFNumber ? value.asNumber() : undefined;
    };
    expect([size('Width'), size('Height')]).toEqual([HUGE_IMAGE_SIDE, HUGE_IMAGE_SIDE]);
    expect(await pageTexts(file)).toEqual(['']);
  });

  it('many-pages: 500 text pages with the date and the figure on the first and last', async () => {
    const file = fileOf('many-pages');
    expect((await stat(file)).size).toBeLessThan(2_000_000);
    const texts = await pageTexts(file, [1, MANY_PAGES]);
    for (const text of texts) {
      expect(text).toContain('le 13 mai 2025');
      expect(text).toContain('26 réunions');
    }
    expect(texts[1]).toContain(`page ${MANY_PAGES} sur ${MANY_PAGES}`);
  });

  it('no-unicode-fonts: no ToUnicode left, every page judged garbled, yet it renders exactly like the source', async () => {
    const file = fileOf('no-unicode-fonts');
    const doc = await PDFDocument.load(await readFile(file));
    const withToUnicode = doc.context
      .enumerateIndirectObjects()
      .filter(([, object]) => object instanceof PDFDict && object.has(PDFName.of('ToUnicode')));
    expect(withToUnicode).toHaveLength(0);
    const texts = await pageTexts(file);
    expect(texts).toHaveLength(5);
    for (const text of texts) expect(judgeTextLayer(text)).toEqual({ usable: false, reason: 'garbled' });

    const render = async (path: string): Promise<Buffer> => {
      const pdf = await openPdf(new Uint8Array(await readFile(path)), basename(path));
      try {
        return (await renderPageToPng(pdf, await pdf.getPage(1), { dpi: 50, maxPixels: 1_000_000 })).png;
      } finally {
        await pdf.destroy();
      }
    };
    expect((await render(file)).equals(await render(SOURCE_PDF))).toBe(true);
  });

  it('odd-name: spaces, accents, guillemets and quotes in the name of a valid text PDF', async () => {
    const file = fileOf('odd-name');
    expect(basename(file)).toBe(ODD_NAME);
    for (const char of [' ', 'é', '«', '»', "'", '"']) expect(ODD_NAME).toContain(char);
    const [text] = await pageTexts(file);
    expect(text).toContain('26 réunions');
  });
});
