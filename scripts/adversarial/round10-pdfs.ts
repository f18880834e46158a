/**
 * The tenth round of hostile PDFs (issue 13): the long string of round 9 (10 MB, which takes a
 * document thread past its heap in one allocation) behind every other filter pdf.js decodes — LZW,
 * RunLength, ASCIIHex, ASCII85, Flate wrapped in hex or around hex or LZW, a `/Filter` given by
 * reference, behind a filter pdf.js does not know (it passes the bytes through) or given as `/F`,
 * cut across a page's content streams; a name of 10 MB, an operator word of 10 MB (whole, or cut across a page's streams) and a number of ten
 * million digits — and, as controls, the letter through each of those filters; an XMP metadata stream of
 * 40 MB (one title, or a million nodes), and one nested a million deep; operator words of 200 bytes
 * and 100 KB between two lines, under the screen's limit (pdf.js drops the page's content after them). Generated at run time by
 * `node --import tsx scripts/adversarial/round10-pdfs.ts OUT_DIR [KIND...]`; the prose is invented.
 */
import { deflateSync } from 'node:zlib';
import { madeFile, recipesCommand, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, pagesPdf, pdfString, rawPdf } from './raw-pdf.js';
import { ascii85Encode, asciiHexEncode, lzwEncode, runLengthEncode } from './stream-encoders.js';

export const ROUND10_KINDS = [
  'lzw-string-10mb',
  'runlength-string-10mb',
  'hex-string-10mb',
  'ascii85-string-10mb',
  'hex-wrapped-flate-string-10mb',
  'flate-wrapped-hex-string-10mb',
  'flate-wrapped-lzw-string-10mb',
  'indirect-filter-string-10mb',
  'split-string-10mb',
  'unknown-filter-string-10mb',
  'f-key-string-10mb',
  'name-10mb',
  'keyword-10mb',
  'split-keyword-10mb',
  'digits-10mb',
  'letter-every-filter',
  'xmp-title-40mb',
  'xmp-nodes-40mb',
  'xmp-nested-deep',
  'keyword-200b',
  'keyword-100kb',
  'keyword-200b-page-2',
  'font-unreadable',
  'image-undecodable',
] as const;
export type Round10Kind = (typeof ROUND10_KINDS)[number];

const PROSE = ['Le reseau Orvanel regroupe 14 structures depuis juin 2022.', 'Madame Ilona Carvestre anime le comite depuis 2021.'];
const proseLines = `BT /H 11 Tf 40 780 Td 14 TL ${PROSE.map((line) => `${pdfString(line)} '`).join(' ')} ET`;
/** A page drawing one string of 10 MB. */
const longString = (): Buffer => Buffer.from(`BT /H 11 Tf 40 780 Td ${pdfString('Titre Orvanel '.repeat(750_000))} Tj ET`, 'latin1');

/** One page whose content stream is `encoded` under `filter` (and `more` objects after the font, from 6). */
const onePage = (filter: string, encoded: Buffer, more: string[] = []): Buffer =>
  pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: `<< /Filter ${filter} >>`, stream: encoded }, HELVETICA, ...more]);

/** One page whose 10 MB string is cut across ten content streams of 1 MB (its /Contents array), each deflated: a 22 KB file. */
/** A page whose content (`whole`) is cut into ten streams, its /Contents array, each deflated. */
function splitString(whole: string = longString().toString('latin1')): Buffer {
  const size = Math.ceil(whole.length / 10);
  const pieces = Array.from({ length: 10 }, (_, index) => whole.slice(index * size, (index + 1) * size));
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 4 0 R >> >> /Contents [${pieces.map((_, index) => `${5 + index} 0 R`).join(' ')}] >>`,
    HELVETICA,
    ...pieces.map((piece) => ({ dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(piece, 'latin1')) })),
  ]);
}

/** The letter on five pages, each page's content through another filter or chain. */
function letterEveryFilter(): Buffer {
  const content = Buffer.from(proseLines, 'latin1');
  const streams = [
    { dictionary: '<< /Filter /LZWDecode >>', stream: lzwEncode(content) },
    { dictionary: '<< /Filter /RL >>', stream: runLengthEncode(content) },
    { dictionary: '<< /Filter /AHx >>', stream: asciiHexEncode(content) },
    { dictionary: '<< /Filter /A85 >>', stream: ascii85Encode(content) },
    { dictionary: '<< /Filter [/ASCIIHexDecode /FlateDecode] >>', stream: asciiHexEncode(deflateSync(content)) },
  ];
  return pagesPdf(
    streams.map((_, index) => `/Resources << /Font << /H ${3 + 2 * streams.length} 0 R >> >> /Contents ${3 + streams.length + index} 0 R`),
    [...streams, HELVETICA],
  );
}

/** The letter with an XMP metadata stream (compressed) of `xmp`. */
function withXmp(xmp: string): Buffer {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R >>',
    contentStream(proseLines),
    HELVETICA,
    { dictionary: '<< /Type /Metadata /Subtype /XML /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(xmp, 'utf8')) },
  ]);
}
const XMP_HEAD = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>';
const XMP_TAIL = '</rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/**
 * A line, then an operator word of `bytes` (pdf.js gives up on a page's content at a word past 128
 * bytes, the operator before it with it), then a second line: under the screen's 2 MB limit.
 */
const wordBetweenLines = (bytes: number): string =>
  `BT /H 11 Tf 40 780 Td 14 TL ${pdfString(PROSE[0]!)} ' 0 0 Td ${'TitreOrvanel'.repeat(Math.ceil(bytes / 12)).slice(0, bytes)} ${pdfString(PROSE[1]!)} ' ET`;
/** Pages `contents` (objects after the pages), Helvetica after them. */
const pagesOf = (contents: readonly string[]): Buffer => {
  const font = 3 + 2 * contents.length;
  return pagesPdf(contents.map((_, index) => `/Resources << /Font << /H ${font} 0 R >> >> /Contents ${3 + contents.length + index} 0 R`), [...contents.map(contentStream), HELVETICA]);
};

/**
 * A line in Helvetica, then a line in a composite font without its descendant font: pdf.js cannot
 * read that font and draws nothing of what it writes, in the text layer and on the page alike.
 */
const unreadableFont = (): Buffer =>
  pagesPdf(
    ['/Resources << /Font << /H 5 0 R /B 6 0 R >> >> /Contents 4 0 R'],
    [contentStream(`BT /H 11 Tf 40 780 Td ${pdfString(PROSE[0]!)} Tj ET BT /B 11 Tf 40 760 Td ${pdfString(PROSE[1]!)} Tj ET`), HELVETICA, '<< /Type /Font /Subtype /Type0 /BaseFont /Orvanel /Encoding /Identity-H >>'],
  );

/** A scanned page whose one image is a JPEG cut after its first marker: it does not decode, and the page renders blank. */
const undecodableImage = (): Buffer =>
  pagesPdf(
    ['/Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R'],
    [contentStream('q 595 0 0 842 0 0 cm /Im Do Q'), { dictionary: '<< /Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>', stream: new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 1, 2]) }],
  );

const RECIPES: Readonly<Record<Round10Kind, Recipe>> = {
  'lzw-string-10mb': { description: 'a page drawing one string of 10 MB, LZW-compressed: a 108 KB file', make: () => onePage('/LZWDecode', lzwEncode(longString())) },
  'runlength-string-10mb': { description: 'a page drawing one string of 10 MB, run-length encoded', make: () => onePage('/RunLengthDecode', runLengthEncode(longString())) },
  'hex-string-10mb': { description: 'a page drawing one string of 10 MB, ASCIIHex-encoded (a 21 MB file of hex digits)', make: () => onePage('/ASCIIHexDecode', asciiHexEncode(longString())) },
  'ascii85-string-10mb': { description: 'a page drawing one string of 10 MB, ASCII85-encoded', make: () => onePage('/ASCII85Decode', ascii85Encode(longString())) },
  'hex-wrapped-flate-string-10mb': { description: 'a page drawing one string of 10 MB, deflated then written in hex ([/ASCIIHexDecode /FlateDecode]): a 42 KB file', make: () => onePage('[/ASCIIHexDecode /FlateDecode]', asciiHexEncode(deflateSync(longString()))) },
  'flate-wrapped-hex-string-10mb': { description: 'a page drawing one string of 10 MB, written in hex then deflated ([/FlateDecode /ASCIIHexDecode]): a 94 KB file', make: () => onePage('[/FlateDecode /ASCIIHexDecode]', deflateSync(asciiHexEncode(longString()))) },
  'flate-wrapped-lzw-string-10mb': { description: 'a page drawing one string of 10 MB, LZW then deflated ([/FlateDecode /LZWDecode]): a 28 KB file', make: () => onePage('[/FlateDecode /LZWDecode]', deflateSync(lzwEncode(longString()))) },
  'indirect-filter-string-10mb': { description: 'a page drawing one string of 10 MB, deflated, its /Filter a reference to [/FlateDecode]: a 21 KB file', make: () => onePage('6 0 R', deflateSync(longString()), ['[/FlateDecode]']) },
  'split-string-10mb': { description: 'a page whose 10 MB string is cut across its ten content streams (its /Contents array), each 1 MB, deflated: a 22 KB file', make: () => splitString() },
  'unknown-filter-string-10mb': { description: 'a page drawing one string of 10 MB, deflated, its filters [/FlateDecode /Orvanel] (pdf.js passes an unknown filter through): a 21 KB file', make: () => onePage('[/FlateDecode /Orvanel]', deflateSync(longString())) },
  'f-key-string-10mb': { description: 'a page drawing one string of 10 MB, deflated, its filter given as /F /FlateDecode beside /Filter /DCTDecode (pdf.js reads /F first): a 21 KB file', make: () => pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: '<< /F /FlateDecode /Filter /DCTDecode >>', stream: deflateSync(longString()) }, HELVETICA]) },
  'name-10mb': { description: 'a page using a name of 10 MB (/TitreOrvanel…) before its line, deflated: a 21 KB file', make: () => onePage('/FlateDecode', deflateSync(Buffer.from(`BT /H 11 Tf 40 780 Td /${'TitreOrvanel'.repeat(850_000)} Tj ${pdfString(PROSE[0]!)} Tj ET`, 'latin1'))) },
  'keyword-10mb': { description: 'a page with an operator word of 10 MB before its line, deflated: a 21 KB file', make: () => onePage('/FlateDecode', deflateSync(Buffer.from(`BT /H 11 Tf 40 780 Td ${'TitreOrvanel'.repeat(850_000)} ${pdfString(PROSE[0]!)} Tj ET`, 'latin1'))) },
  'split-keyword-10mb': { description: 'a page whose 10 MB operator word is cut across its ten content streams (its /Contents array), deflated', make: () => splitString(`BT /H 11 Tf 40 780 Td ${'TitreOrvanel'.repeat(850_000)} ${pdfString(PROSE[0]!)} Tj ET`) },
  'digits-10mb': { description: 'a page with a number of ten million digits before its line, deflated: a 10 KB file', make: () => onePage('/FlateDecode', deflateSync(Buffer.from(`BT /H 11 Tf 40 ${'7'.repeat(10_000_000)} Td ${pdfString(PROSE[0]!)} Tj ET`, 'latin1'))) },
  'letter-every-filter': { description: 'the letter on five pages, each content stream through another filter (LZW, RL, AHx, A85, hex-wrapped Flate)', make: letterEveryFilter },
  'xmp-title-40mb': { description: 'the letter with an XMP metadata stream of 40 MB (one dc:title), deflated: an 83 KB file', make: () => withXmp(`${XMP_HEAD}<rdf:li xml:lang="x-default">${'Titre Orvanel '.repeat(3_000_000)}</rdf:li>${XMP_TAIL}`) },
  'xmp-nodes-40mb': { description: 'the letter with an XMP metadata stream of 40 MB: 1.1 million rdf:li nodes, deflated', make: () => withXmp(`${XMP_HEAD}${'<rdf:li xml:lang="fr">Orvanel</rdf:li>'.repeat(1_100_000)}${XMP_TAIL}`) },
  'xmp-nested-deep': { description: 'the letter with an XMP metadata title nested a million elements deep', make: () => withXmp(`${XMP_HEAD}<rdf:li xml:lang="x-default">${'<a>'.repeat(1_000_000)}x${'</a>'.repeat(1_000_000)}</rdf:li>${XMP_TAIL}`) },
  'keyword-200b': { description: 'a page with a line, an operator word of 200 bytes, then a second line', make: () => pagesOf([wordBetweenLines(200)]) },
  'keyword-100kb': { description: 'a page with a line, an operator word of 100 KB, then a second line', make: () => pagesOf([wordBetweenLines(100_000)]) },
  'keyword-200b-page-2': { description: 'two pages: the letter, then a line, an operator word of 200 bytes and a second line', make: () => pagesOf([proseLines, wordBetweenLines(200)]) },
  'font-unreadable': { description: 'a page with a line in Helvetica, then a line in a composite font without its descendant font (pdf.js draws nothing of it)', make: unreadableFont },
  'image-undecodable': { description: 'a scanned page whose one image is a JPEG cut after its first marker (it does not decode: the page renders blank)', make: undecodableImage },
};

/** Writes the requested PDFs (all by default) into `outDir`. */
export function makeRound10Pdfs(outDir: string, kinds: readonly Round10Kind[] = ROUND10_KINDS): Promise<MadePdf<Round10Kind>[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND10_KINDS);
