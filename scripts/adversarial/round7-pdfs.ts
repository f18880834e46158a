/**
 * The seventh round of hostile PDFs (issue 13): pages whose only text is in a form field (with or
 * without an appearance), in a free-text note, or in an XFA form; a text page with a filled form
 * field beside its text; thousands of pages drawing one shared content stream (the document
 * budget); a Type 3 font whose one glyph is a program of 200 000 path operators, shown a thousand
 * times; the same letter encrypted with an empty user password and with a real one. Generated at
 * run time by `node --import tsx scripts/adversarial/round7-pdfs.ts OUT_DIR [KIND...]`; the prose
 * is invented.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { madeFile, recipesCommand, withTools, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, letterPdf, pdfString, rawPdf, type RawObject } from './raw-pdf.js';

export const ROUND7_KINDS = [
  'form-field-only',
  'free-text-note-only',
  'form-field-no-appearance',
  'text-and-form-field',
  'xfa-form-only',
  'pages-4000-one-stream',
  'type3-glyph-huge-program',
  'encrypted-empty-password',
  'encrypted-real-password',
] as const;
export type Round7Kind = (typeof ROUND7_KINDS)[number];

export const ROUND7_PROSE = [
  'Le collectif Ambrelune compte 18 membres depuis mai 2024.',
  'La cooperative Sorbiane a signe 4 conventions en juin 2022.',
  'Madame Odile Quenvreux preside le pole depuis 2021.',
];

/** Three lines of the prose from (x, y) down in font /H, as a content stream's or an appearance's operators. */
const proseLines = (x: number, y: number): string => `BT /H 11 Tf ${x} ${y} Td 14 TL ${ROUND7_PROSE.map((line) => `${pdfString(line)} '`).join(' ')} ET`;

/** An annotation's appearance (a form XObject) drawing the three lines in Helvetica (object 3). */
const appearance = (): RawObject => ({
  dictionary: '<< /Type /XObject /Subtype /Form /BBox [0 0 520 100] /Resources << /Font << /H 3 0 R >> >> >>',
  stream: Buffer.from(`/Tx BMC ${proseLines(2, 80)} EMC`, 'latin1'),
});

/**
 * One A4 page (object 4) with `content`, one annotation (object 6, given its dictionary's middle)
 * and its appearance (object 7, when given); `catalog` adds to the catalog (an AcroForm).
 */
function annotatedPage(catalog: string, content: string, annotation: string, withAppearance: boolean): Buffer {
  return rawPdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalog} >>`,
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    HELVETICA,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 3 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>',
    contentStream(content),
    `<< /Type /Annot ${annotation} /Rect [40 680 560 780] /P 4 0 R ${withAppearance ? '/AP << /N 7 0 R >>' : ''} >>`,
    withAppearance ? appearance() : contentStream(''),
  ]);
}

/** Six lines of a page's own text above the field (y 820 to 750). */
const OWN_LINES = `BT /H 11 Tf 40 820 Td 14 TL ${['Compte rendu de la reunion du bureau du pole Vernadelle.', 'Le bureau a examine les demandes des structures adherentes.', 'Il a valide le calendrier des ateliers de la saison.', 'La prochaine assemblee aura lieu a la salle des fetes.', 'Les comptes de l exercice ont ete presentes par la tresoriere.', 'Le bureau remercie les benevoles pour leur engagement.'].map((line) => `${pdfString(line)} '`).join(' ')} ET`;

const ACRO_FORM = '/AcroForm << /Fields [6 0 R] /DA (/H 11 Tf 0 g) /DR << /Font << /H 3 0 R >> >> >>';
const FIELD = `/Subtype /Widget /FT /Tx /Ff 4096 /T (notes) /V ${pdfString(ROUND7_PROSE.join(' '))} /DA (/H 11 Tf 0 g)`;

/** An XFA form: the page shows only the "please wait" text Acrobat-made XFA files carry; the data is in the XFA packet. */
function xfaOnly(): Buffer {
  const xdp = `<?xml version="1.0"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="f" layout="tb"><pageSet><pageArea name="p"><contentArea x="0.25in" y="0.25in" w="8in" h="10.5in"/><medium stock="a4" short="210mm" long="297mm"/></pageArea></pageSet><subform name="s"><draw name="t" w="7in" h="1in"><value><text>${ROUND7_PROSE.join(' ')}</text></value></draw></subform></subform></template></xdp:xdp>`;
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 6 0 R >> /NeedsRendering true >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    HELVETICA,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 3 0 R >> >> /Contents 5 0 R >>',
    contentStream(`BT /H 11 Tf 40 780 Td ${pdfString('Please wait... If this message is not eventually replaced by the proper contents of the document, your PDF viewer may not be able to display this type of document.')} Tj ET`),
    { dictionary: '<< >>', stream: Buffer.from(xdp, 'utf8') },
  ]);
}

/** `count` pages sharing one content stream (the prose), and one font: a few KB for thousands of pages. */
function pagesOneStream(count: number): Buffer {
  const kids = Array.from({ length: count }, (_, index) => `${5 + index} 0 R`).join(' ');
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} /MediaBox [0 0 595 842] /Resources << /Font << /H 3 0 R >> >> >>`,
    HELVETICA,
    contentStream(proseLines(40, 780)),
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>'),
  ]);
}

/** Three lines of prose, then a Type 3 glyph whose procedure is 200 000 line segments, shown 1 000 times (200 million path operations). */
function type3HugeProgram(): Buffer {
  const segments = Array.from({ length: 200_000 }, (_, index) => `${index % 750} ${(index * 7) % 750} l`).join(' ');
  const glyph = { dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(`1000 0 0 0 750 750 d1 0 0 m ${segments} S`, 'latin1')) };
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R /T 6 0 R >> >> /Contents 4 0 R >>',
    contentStream(`${proseLines(40, 780)}\nBT /T 1 Tf 40 600 Td (${'a'.repeat(1000)}) Tj ET\n`),
    HELVETICA,
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] >>',
    glyph,
  ]);
}

/** The one-line letter encrypted by qpdf (AES-256) with `user` as its user password. */
const encrypted = (user: string): Promise<Buffer | null> =>
  withTools(['qpdf'], (dir) => {
    writeFileSync(join(dir, 'in.pdf'), letterPdf(ROUND7_PROSE[0]!));
    execFileSync('qpdf', ['--encrypt', user, 'proprietaire-7', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  });

const RECIPES: Readonly<Record<Round7Kind, Recipe>> = {
  'form-field-only': { description: 'an empty page whose three lines are the value of a filled text field (AcroForm, with its appearance)', make: () => annotatedPage(ACRO_FORM, '', FIELD, true) },
  'free-text-note-only': { description: 'an empty page whose three lines are a free-text note (annotation with its appearance, no form)', make: () => annotatedPage('', '', `/Subtype /FreeText /Contents ${pdfString(ROUND7_PROSE.join(' '))} /DA (/H 11 Tf 0 g)`, true) },
  'form-field-no-appearance': { description: 'an empty page whose text is a form field value without appearance (/NeedAppearances true: the viewer draws it)', make: () => annotatedPage(ACRO_FORM.replace('/Fields', '/NeedAppearances true /Fields'), '', FIELD, false) },
  'text-and-form-field': { description: 'a text page (six lines of its own) and a filled form field below them holding the three lines', make: () => annotatedPage(ACRO_FORM, OWN_LINES, FIELD, true) },
  'xfa-form-only': { description: 'an XFA form: the page shows the usual "Please wait..." text; the prose is in the XFA packet only', make: xfaOnly },
  'pages-4000-one-stream': { description: '4 000 pages drawing one shared content stream of three lines (5 KB of objects per 100 pages)', make: () => pagesOneStream(4000) },
  'type3-glyph-huge-program': { description: 'three lines, then a Type 3 glyph of 200 000 line segments shown 1 000 times (200 million path operations)', make: type3HugeProgram },
  'encrypted-empty-password': { description: 'the one-line letter encrypted (AES-256) with an empty user password, an owner password set (qpdf)', make: () => encrypted('') },
  'encrypted-real-password': { description: 'the one-line letter encrypted (AES-256) with a user password (qpdf)', make: () => encrypted('motdepasse-7') },
};

/** Writes the requested PDFs (all by default) into `outDir`; `file` is null when a tool (qpdf) is missing. */
export function makeRound7Pdfs(outDir: string, kinds: readonly Round7Kind[] = ROUND7_KINDS): Promise<MadePdf<Round7Kind>[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND7_KINDS);
