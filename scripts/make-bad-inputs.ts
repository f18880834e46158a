/**
 * Makes the bad input files the corpus-safety tests import (issue 9), reproducibly, instead of
 * committing them: `node --import tsx scripts/make-bad-inputs.ts OUT_DIR`.
 *
 * Needs: Node only, plus the Debian package `qpdf` for the two encrypted kinds (when qpdf is
 * missing those two are skipped with a message naming them). Offline, a few seconds.
 * Every file is byte-identical between runs except the encrypted ones (qpdf draws random AES
 * keys and IVs). `expectation` records what pdf.js + Glaneur's text-layer judge actually do with
 * each file; test/scripts/make-bad-inputs.int.test.ts checks every claim.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FRENCH_TEXT, makePng, makeZip } from './bad-inputs/non-pdf.js';
import { breakXref, stripToUnicode, truncatePdf } from './bad-inputs/pdf-surgery.js';
import { encryptPdf, hasQpdf } from './bad-inputs/qpdf.js';
import { makeHugeImagePdf, makeTextPdf, makeZeroPagePdf } from './bad-inputs/synthetic-pdfs.js';

export const BAD_INPUT_KINDS = [
  'empty',
  'truncated',
  'broken-xref',
  'encrypted-user-password',
  'encrypted-owner-only',
  'zero-pages',
  'png-renamed',
  'zip-renamed',
  'text-renamed',
  'huge-image',
  'many-pages',
  'no-unicode-fonts',
  'odd-name',
] as const;

export type BadInputKind = (typeof BAD_INPUT_KINDS)[number];

/**
 * What importing the file should come to: `error` (the document is refused with a message),
 * `ok` (imported from its text layer), `ocr-fallback` (imported, its pages OCR'd).
 */
export type BadInputExpectation = 'error' | 'ok' | 'ocr-fallback';

export interface BadInput {
  readonly kind: BadInputKind;
  /** Absolute path. */
  readonly file: string;
  readonly expectation: BadInputExpectation;
  readonly description: string;
}

/** The real text PDF the damaged kinds start from (5 pages, Chromium/Skia, Identity-H fonts). */
export const SOURCE_PDF = fileURLToPath(new URL('../fixtures/corpus/dev/000.pdf', import.meta.url));

export const USER_PASSWORD = 'USERPW';
export const OWNER_PASSWORD = 'OWNERPW';
export const MANY_PAGES = 500;
export const HUGE_IMAGE_SIDE = 12_000;
export const TRUNCATE_FRACTION = 0.4;
export const ODD_NAME = `Compte rendu « été » l'an 2024 "v2".pdf`;

interface Recipe {
  readonly fileName: string;
  readonly expectation: BadInputExpectation;
  readonly description: string;
  readonly needsQpdf: boolean;
  /** Writes the file at `file`. */
  readonly make: (file: string) => Promise<void>;
}

const readSource = async (): Promise<Uint8Array> => new Uint8Array(await readFile(SOURCE_PDF));

const RECIPES: Readonly<Record<BadInputKind, Recipe>> = {
  empty: {
    fileName: 'empty.pdf',
    expectation: 'error',
    description: 'a 0-byte file named .pdf',
    needsQpdf: false,
    make: (file) => writeFile(file, new Uint8Array(0)),
  },
  truncated: {
    fileName: 'truncated.pdf',
    expectation: 'error',
    description: `fixtures/corpus/dev/000.pdf cut to its first ${TRUNCATE_FRACTION * 100}% of bytes (no xref, trailer or catalog left); pdf.js: InvalidPDFException`,
    needsQpdf: false,
    make: async (file) => writeFile(file, truncatePdf(await readSource(), TRUNCATE_FRACTION)),
  },
  'broken-xref': {
    fileName: 'broken-xref.pdf',
    expectation: 'ok',
    description: '000.pdf with its xref table overwritten by junk and its startxref offset set to 9s; pdf.js rebuilds the xref by scanning objects and reads all 5 pages',
    needsQpdf: false,
    make: async (file) => writeFile(file, breakXref(await readSource())),
  },
  'encrypted-user-password': {
    fileName: 'encrypted-user-password.pdf',
    expectation: 'error',
    description: `000.pdf encrypted with AES-256, user password "${USER_PASSWORD}"; pdf.js: PasswordException`,
    needsQpdf: true,
    make: (file) => encryptPdf(SOURCE_PDF, file, { user: USER_PASSWORD, owner: OWNER_PASSWORD }),
  },
  'encrypted-owner-only': {
    fileName: 'encrypted-owner-only.pdf',
    expectation: 'ok',
    description: `000.pdf encrypted with AES-256, empty user password, owner password "${OWNER_PASSWORD}", text extraction and modification forbidden by its permission flags; pdf.js opens it and reads its text (it does not enforce permissions)`,
    needsQpdf: true,
    make: (file) =>
      encryptPdf(SOURCE_PDF, file, { user: '', owner: OWNER_PASSWORD }, ['--extract=n', '--modify=none']),
  },
  'zero-pages': {
    fileName: 'zero-pages.pdf',
    expectation: 'error',
    description: 'a well-formed PDF whose page tree is empty (/Count 0); pdf.js opens it with numPages 0',
    needsQpdf: false,
    make: async (file) => writeFile(file, await makeZeroPagePdf()),
  },
  'png-renamed': {
    fileName: 'png-renamed.pdf',
    expectation: 'error',
    description: 'a 64×64 grayscale PNG image named .pdf',
    needsQpdf: false,
    make: (file) => writeFile(file, makePng()),
  },
  'zip-renamed': {
    fileName: 'zip-renamed.pdf',
    expectation: 'error',
    description: 'a ZIP archive (one stored text file) named .pdf',
    needsQpdf: false,
    make: (file) => writeFile(file, makeZip('compte-rendu.txt', Buffer.from(FRENCH_TEXT, 'utf8'))),
  },
  'text-renamed': {
    fileName: 'text-renamed.pdf',
    expectation: 'error',
    description: 'a UTF-8 French text file named .pdf',
    needsQpdf: false,
    make: (file) => writeFile(file, FRENCH_TEXT, 'utf8'),
  },
  'huge-image': {
    fileName: 'huge-image.pdf',
    expectation: 'ocr-fallback',
    description: `one ${(HUGE_IMAGE_SIDE / 300) * 72} pt square page (300 dpi) holding a single ${HUGE_IMAGE_SIDE}×${HUGE_IMAGE_SIDE} px 1-bit Flate image of large capital words in a frame; no text layer`,
    needsQpdf: false,
    make: async (file) => writeFile(file, await makeHugeImagePdf(HUGE_IMAGE_SIDE)),
  },
  'many-pages': {
    fileName: 'many-pages.pdf',
    expectation: 'ok',
    description: `${MANY_PAGES} A4 pages of French text in Helvetica ("le 13 mai 2025", "26 réunions" on each page)`,
    needsQpdf: false,
    make: async (file) => writeFile(file, await makeTextPdf(MANY_PAGES)),
  },
  'no-unicode-fonts': {
    fileName: 'no-unicode-fonts.pdf',
    expectation: 'ocr-fallback',
    description: '000.pdf with every /ToUnicode CMap removed: renders as before, but its text layer is glyph ids (letters shifted by 29, control characters for spaces)',
    needsQpdf: false,
    make: async (file) => writeFile(file, (await stripToUnicode(await readSource())).pdf),
  },
  'odd-name': {
    fileName: ODD_NAME,
    expectation: 'ok',
    description: 'a valid one-page text PDF whose name has spaces, accents, guillemets and both quote marks',
    needsQpdf: false,
    make: async (file) => writeFile(file, await makeTextPdf(1)),
  },
};

/** Writes the requested kinds (all by default) into `outDir`; returns what was made, in kind order. */
export async function makeBadInputs(
  outDir: string,
  options: { include?: readonly BadInputKind[] } = {},
): Promise<BadInput[]> {
  const wanted = BAD_INPUT_KINDS.filter((kind) => options.include?.includes(kind) ?? true);
  const directory = resolve(outDir);
  await mkdir(directory, { recursive: true });
  const qpdf = wanted.some((kind) => RECIPES[kind].needsQpdf) && (await hasQpdf());
  const skipped = wanted.filter((kind) => RECIPES[kind].needsQpdf && !qpdf);
  if (skipped.length > 0) {
    console.warn(`make-bad-inputs: qpdf not found (Debian: apt-get install qpdf); skipped: ${skipped.join(', ')}`);
  }
  const made: BadInput[] = [];
  for (const kind of wanted) {
    if (skipped.includes(kind)) continue;
    const { fileName, expectation, description, make } = RECIPES[kind];
    const file = join(directory, fileName);
    await make(file);
    made.push({ kind, file, expectation, description });
  }
  return made;
}

async function main(argv: readonly string[]): Promise<void> {
  const [outDir] = argv;
  if (outDir === undefined) {
    console.error('usage: node --import tsx scripts/make-bad-inputs.ts OUT_DIR');
    process.exitCode = 2;
    return;
  }
  for (const input of await makeBadInputs(outDir)) {
    console.log(`${input.kind.padEnd(24)} ${input.expectation.padEnd(13)} ${input.file}`);
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  await main(process.argv.slice(2));
}
