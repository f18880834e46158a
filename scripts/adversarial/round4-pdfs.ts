/**
 * The fourth round of hostile PDFs (issue 13), page boxes again: generated at run time by
 * `node --import tsx scripts/adversarial/round4-pdfs.ts OUT_DIR [KIND...]`. Every page draws the
 * same invented prose at (40, 760) in Helvetica; only its boxes, unit or rotation change. A box
 * is the rectangle between two opposite corners, as every reader normalises it, so a negative
 * MediaBox lies left of and below the origin and the text is off the page: that must be said
 * (a TEXT_OFF_PAGE warning), never imported silently as an empty page.
 */
import { madeFile, recipesCommand, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { HELVETICA, pagesPdf, pdfString, type RawObject } from './raw-pdf.js';

export const ROUND4_KINDS = [
  'negative-box-letter',
  'inverted-box-letter',
  'negative-box-text-below',
  'crop-outside-media',
  'crop-away-from-text',
  'crop-inverted',
  'userunit-huge',
  'userunit-zero',
  'userunit-tiny',
  'rotate-45-and-minus-90',
  'negative-box-two-pages',
  'negative-box-some-pages',
] as const;
export type Round4Kind = (typeof ROUND4_KINDS)[number];

const PROSE = 'Le conseil du pole Ravenel a reuni 31 structures adherentes et 9 partenaires le 17 juin 2025 a Douvrin. ';
const content = (x: number, y: number): RawObject => ({
  dictionary: '<< >>',
  stream: Buffer.from(`BT /H 11 Tf ${x} ${y} Td ${pdfString(PROSE)} Tj 0 -14 Td ${pdfString(PROSE)} Tj ET\n`, 'latin1'),
});

/** One text page (text at `at`) with the given page-dictionary extras; a later /MediaBox overrides pagesPdf's A4 one. */
function textPage(extra: string, at: readonly [number, number] = [40, 760]): Buffer {
  return pagesPdf([`/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R ${extra}`], [content(at[0], at[1]), HELVETICA]);
}

const RECIPES: Readonly<Record<Round4Kind, Recipe>> = {
  'negative-box-letter': { description: 'a text page whose MediaBox is [0 0 -612 -792], text at (40, 760)', make: () => textPage('/MediaBox [0 0 -612 -792]') },
  'inverted-box-letter': { description: 'a text page whose MediaBox is [612 792 0 0]', make: () => textPage('/MediaBox [612 792 0 0]') },
  'negative-box-text-below': { description: 'MediaBox [0 0 -612 -792] with the text drawn at (-560, -60), inside it', make: () => textPage('/MediaBox [0 0 -612 -792]', [-560, -60]) },
  'crop-outside-media': { description: 'a CropBox [2000 2000 2600 2800], wholly outside the MediaBox', make: () => textPage('/CropBox [2000 2000 2600 2800]') },
  'crop-away-from-text': { description: 'a CropBox [0 0 595 300]: the text (at y 760) lies outside it', make: () => textPage('/CropBox [0 0 595 300]') },
  'crop-inverted': { description: 'a CropBox [595 842 0 400], inverted, over the text', make: () => textPage('/CropBox [595 842 0 400]') },
  'userunit-huge': { description: '/UserUnit 1e30 (a page wider than the universe)', make: () => textPage('/UserUnit 1e30') },
  'userunit-zero': { description: '/UserUnit 0', make: () => textPage('/UserUnit 0') },
  'userunit-tiny': { description: '/UserUnit 1e-30 (a page smaller than an atom)', make: () => textPage('/UserUnit 1e-30') },
  'rotate-45-and-minus-90': {
    description: 'two text pages, /Rotate 45 and /Rotate -90',
    make: () => pagesPdf(['/Rotate 45', '/Rotate -90'].map((rotate) => `/Resources << /Font << /H 6 0 R >> >> /Contents 5 0 R ${rotate}`), [content(40, 760), HELVETICA]),
  },
  'negative-box-two-pages': {
    description: 'page 1 a normal text page, page 2 the same text under MediaBox [0 0 -595 -842]',
    make: () => pagesPdf(['/Resources << /Font << /H 6 0 R >> >> /Contents 5 0 R', '/Resources << /Font << /H 6 0 R >> >> /Contents 5 0 R /MediaBox [0 0 -595 -842]'], [content(40, 760), HELVETICA]),
  },
  'negative-box-some-pages': {
    description: 'five text pages, pages 2, 3 and 5 under MediaBox [0 0 -595 -842] (one warning must name all three)',
    make: () => {
      const page = '/Resources << /Font << /H 9 0 R >> >> /Contents 8 0 R';
      return pagesPdf([1, 2, 3, 4, 5].map((number) => (number === 1 || number === 4 ? page : `${page} /MediaBox [0 0 -595 -842]`)), [content(40, 760), HELVETICA]);
    },
  },
};

export interface Round4Pdf extends MadePdf<Round4Kind> {
  readonly file: string;
}

/** Writes the requested PDFs (all by default) into `outDir`. */
export async function makeRound4Pdfs(outDir: string, kinds: readonly Round4Kind[] = ROUND4_KINDS): Promise<Round4Pdf[]> {
  return (await writeRecipes(outDir, RECIPES, kinds)).map((made) => ({ ...made, file: madeFile(made) }));
}

await recipesCommand(import.meta.url, RECIPES, ROUND4_KINDS);
