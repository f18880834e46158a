/**
 * The fifth round of hostile PDFs (issue 13): text partly outside the page's box on a page whose
 * text layer is still usable, the same boxes under `--ocr never`, a text page turned by
 * `/Rotate 90` (for `--ocr always`), and page trees that list one page object many times or
 * share whole subtrees. Generated at run time by
 * `node --import tsx scripts/adversarial/round5-pdfs.ts OUT_DIR [KIND...]`; the prose is invented.
 */
import { madeFile, recipesCommand, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { HELVETICA, pagesPdf, pdfString, type RawObject, rawPdf } from './raw-pdf.js';

export const ROUND5_KINDS = [
  'crop-cuts-top-line',
  'shifted-box-cuts-lines',
  'shifted-box-text-inside',
  'negative-box-usable-part',
  'rotate-90-text',
  'one-page-listed-19999-times',
  'shared-subtrees-count-lies',
  'shared-subtrees-19683-pages',
  'bidi-in-text-layer',
] as const;
export type Round5Kind = (typeof ROUND5_KINDS)[number];

const PROSE = [
  'Le collectif Brindelle a accueilli 14 structures adherentes le 3 fevrier 2025 a Saint-Ormel.',
  'La cooperative Tamarine emploie 27 salaries et compte 112 societaires depuis mars 2024.',
  'Le pole Vauxcourt a signe 6 conventions avec la communaute de communes du Val Lisse.',
];

/** Lines of the invented prose from (x, y) down, 14 pt apart. */
function lines(x: number, y: number, count: number): RawObject {
  const shown = Array.from({ length: count }, (_, index) => `${pdfString(PROSE[index % PROSE.length] ?? '')} Tj 0 -14 Td`).join(' ');
  return { dictionary: '<< >>', stream: Buffer.from(`BT /H 10 Tf ${x} ${y} Td ${shown} ET\n`, 'latin1') };
}

function textPage(extra: string, at: readonly [number, number], count: number): Buffer {
  return pagesPdf([`/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R ${extra}`], [lines(at[0], at[1], count), HELVETICA]);
}

/** A page tree of `depth` levels, each node listing the next `fanOut` times; `count` is what the root claims. */
function sharedTree(depth: number, fanOut: number, count: number): Buffer {
  // Objects: 1 catalog, 2 root, 3..(depth+1) inner nodes, then the page, its content and font.
  const page = depth + 2;
  const nodes = Array.from({ length: depth }, (_, level) => {
    const child = level === depth - 1 ? page : level + 3;
    const leaves = fanOut ** (depth - level);
    const parent = level === 0 ? '' : `/Parent ${level + 1} 0 R`;
    return `<< /Type /Pages ${parent} /Kids [${Array(fanOut).fill(`${child} 0 R`).join(' ')}] /Count ${level === 0 ? count : leaves} >>`;
  });
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    ...nodes,
    `<< /Type /Page /Parent ${depth + 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
    lines(40, 780, 2),
    HELVETICA,
  ]);
}

/**
 * Codes whose ToUnicode entry is a bidi control, an isolate, a mark or ESC, each followed by a
 * space: pdf.js drops a glyph whose text is a format character alone (or ends with one), not one
 * that starts with it, so these reach the stored page text.
 */
export const HIDDEN_CODES: Readonly<Record<string, string>> = { '\x81': '\u202e', '\x82': '\u2067', '\x83': '\u2069', '\x84': '\u200f', '\x86': '\u001b' };

function toUnicode(): RawObject {
  const hex = (text: string): string => [...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const entries = Object.entries(HIDDEN_CODES).map(([code, char]) => `<${code.charCodeAt(0).toString(16)}> <${hex(`${char} `)}>`);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <ff> endcodespacerange',
    '1 beginbfrange <20> <7e> <0020> endbfrange',
    `${entries.length} beginbfchar ${entries.join(' ')} endbfchar`,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return { dictionary: '<< >>', stream: Buffer.from(cmap, 'latin1') };
}

/** Invented lines with a date and a figure after a right-to-left override, an isolate, a mark and ESC. */
export const BIDI_LINES = [
  'Lettre du collectif Brindelle, le 3 fevrier 2025',
  'Le collectif \x81a accueilli 14 structures adherentes a Saint-Ormel.',
  'Contact : \x82Vauxcourt\x83 et \x84 Tamarine, \x86[2J 27 salaries.',
];

function bidiPage(): Buffer {
  const shown = BIDI_LINES.map((line) => `${pdfString(line)} Tj 0 -22 Td`).join(' ');
  const content = { dictionary: '<< >>', stream: Buffer.from(`BT /H 14 Tf 60 760 Td ${shown} ET\n`, 'latin1') };
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>';
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content, font, toUnicode()]);
}

const RECIPES: Readonly<Record<Round5Kind, Recipe>> = {
  'crop-cuts-top-line': {
    description: 'three lines of text, a CropBox [0 0 595 770] cutting off the first (at y 780); the rest is a usable text layer',
    make: () => textPage('/CropBox [0 0 595 770]', [40, 780], 3),
  },
  'shifted-box-cuts-lines': {
    description: 'MediaBox [0 400 595 842]: six lines, the last three (below y 400) off the page',
    make: () => textPage('/MediaBox [0 400 595 842]', [40, 440], 6),
  },
  'shifted-box-text-inside': {
    description: 'MediaBox [100 100 695 942] with all its text inside (at (140, 880))',
    make: () => textPage('/MediaBox [100 100 695 942]', [140, 880], 3),
  },
  'negative-box-usable-part': {
    description: 'MediaBox [-300 -842 295 0] over text drawn from (-260, -40) right across x 0: the part past x 295 is off the page',
    make: () => textPage('/MediaBox [-300 -842 295 0]', [150, -40], 3),
  },
  'rotate-90-text': {
    description: 'a text page of 24 lines turned by /Rotate 90 (read with --ocr always)',
    make: () => textPage('/Rotate 90', [40, 790], 24),
  },
  'one-page-listed-19999-times': {
    description: 'one page object listed 19 999 times in the page tree (just under the 20 000-page limit)',
    make: () => {
      const kids = Array(19_999).fill('3 0 R').join(' ');
      return rawPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        `<< /Type /Pages /Kids [${kids}] /Count 19999 >>`,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R >>',
        lines(40, 780, 2),
        HELVETICA,
      ]);
    },
  },
  'shared-subtrees-count-lies': {
    description: 'a page tree of 12 levels, each listing the next 10 times (10^12 pages in 1 KB), whose root claims /Count 3',
    make: () => sharedTree(12, 10, 3),
  },
  'bidi-in-text-layer': {
    description: 'a text layer holding U+202E, an isolate (U+2067…U+2069), U+200F and ESC (through its ToUnicode map), before a figure',
    make: bidiPage,
  },
  'shared-subtrees-19683-pages': {
    description: 'a page tree of 9 levels, each listing the next 3 times: 19 683 pages, one shared page object',
    make: () => sharedTree(9, 3, 3 ** 9),
  },
};

export interface Round5Pdf extends MadePdf<Round5Kind> {
  readonly file: string;
}

/** Writes the requested PDFs (all by default) into `outDir`. */
export async function makeRound5Pdfs(outDir: string, kinds: readonly Round5Kind[] = ROUND5_KINDS): Promise<Round5Pdf[]> {
  return (await writeRecipes(outDir, RECIPES, kinds)).map((made) => ({ ...made, file: madeFile(made) }));
}

await recipesCommand(import.meta.url, RECIPES, ROUND5_KINDS);
