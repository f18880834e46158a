/**
 * The eleventh round of hostile PDFs (issue 13): a font or an image pdf.js cannot read, shared by
 * several pages. pdf.js keeps, for the whole document, a font whose translation failed (as a font
 * with no glyph) and an image whose decoding failed (marked failed): it warns on the first page
 * that uses them, and every later page loses the same line or scan without a word. A font that
 * fails before pdf.js caches it warns on every page instead: a warning per page. Generated at run
 * time by `node --import tsx scripts/adversarial/round11-pdfs.ts OUT_DIR [KIND...]`; the prose is invented.
 */
import { madeFile, recipesCommand, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, pagesPdf, pdfString } from './raw-pdf.js';

export const ROUND11_KINDS = ['font-untranslatable-pages', 'font-unreadable-pages', 'image-undecodable-pages'] as const;
export type Round11Kind = (typeof ROUND11_KINDS)[number];

/** A simple font with neither a base font nor a descriptor: pdf.js fails to translate it, after caching it. */
export const UNTRANSLATABLE_FONT = '<< /Type /Font /Subtype /TrueType /Encoding /WinAnsiEncoding >>';
/** A composite font without its descendant: pdf.js fails on it before caching it, so on every page. */
const UNREADABLE_FONT = '<< /Type /Font /Subtype /Type0 /BaseFont /Orvanel /Encoding /Identity-H >>';

/** The first page's line in Helvetica (page `n`, from 1), read on every page. */
export const readLine = (n: number): string => `Page ${n} : le reseau Orvanel regroupe 14 structures.`;
/** The line every page writes in the broken font. */
export const LOST_LINE = 'Madame Ilona Carvestre anime le comite depuis 2021.';

/**
 * `count` pages, each a line in Helvetica then a line in `font` (one object shared by all pages);
 * `brokenOn` says which pages use the broken font (all by default).
 */
function sharedFontPages(count: number, font: string, brokenOn: (n: number) => boolean = () => true): Buffer {
  const helvetica = 3 + 2 * count;
  const pages = Array.from({ length: count }, (_, index) => `/Resources << /Font << /H ${helvetica} 0 R /B ${helvetica + 1} 0 R >> >> /Contents ${3 + count + index} 0 R`);
  const contents = Array.from({ length: count }, (_, index) => {
    const broken = brokenOn(index + 1) ? ` BT /B 11 Tf 40 760 Td ${pdfString(LOST_LINE)} Tj ET` : '';
    return contentStream(`BT /H 11 Tf 40 780 Td ${pdfString(readLine(index + 1))} Tj ET${broken}`);
  });
  return pagesPdf(pages, [...contents, HELVETICA, font]);
}

/** Three scanned pages drawing one image object, a JPEG cut after its first marker (it does not decode). */
function sharedUndecodableImage(): Buffer {
  const count = 3;
  const pages = Array.from({ length: count }, (_, index) => `/Resources << /XObject << /Im ${3 + 2 * count} 0 R >> >> /Contents ${3 + count + index} 0 R`);
  const contents = Array.from({ length: count }, () => contentStream('q 595 0 0 842 0 0 cm /Im Do Q'));
  const image = { dictionary: '<< /Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>', stream: new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 1, 2]) };
  return pagesPdf(pages, [...contents, image]);
}

const RECIPES: Readonly<Record<Round11Kind, Recipe>> = {
  'font-untranslatable-pages': {
    description: 'five pages, each a line in Helvetica; pages 1, 2, 4 and 5 then a line in one shared font pdf.js cannot translate (it keeps it as a font with no glyph)',
    make: () => sharedFontPages(5, UNTRANSLATABLE_FONT, (n) => n !== 3),
  },
  'font-unreadable-pages': { description: 'forty pages, each a line in Helvetica then a line in one shared composite font without its descendant', make: () => sharedFontPages(40, UNREADABLE_FONT) },
  'image-undecodable-pages': { description: 'three scanned pages drawing one shared image, a JPEG cut after its first marker (every page renders blank)', make: sharedUndecodableImage },
};

/** Writes the requested PDFs (all by default) into `outDir`. */
export function makeRound11Pdfs(outDir: string, kinds: readonly Round11Kind[] = ROUND11_KINDS): Promise<MadePdf<Round11Kind>[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND11_KINDS);
