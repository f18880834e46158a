/**
 * A minimal PDF writer for hostile files that pdf-lib will not write as wanted: names spelled with
 * `#xx` escapes, filter chains, inline images, form cycles. Objects are given as their bodies
 * (`<< … >>`, or a dictionary plus stream bytes); the cross-reference table is computed, so the
 * file is well formed and whatever fails does so for the intended reason.
 */

/** One indirect object: a body, or a stream (dictionary without /Length, plus its bytes). */
export type RawObject = string | { readonly dictionary: string; readonly stream: Uint8Array };

/**
 * Writes objects 1..n in order (object 1 must be the catalog) into a PDF 1.7 file.
 * `/Length` is added to each stream's dictionary.
 */
export function rawPdf(objects: readonly RawObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    const head = `${index + 1} 0 obj\n`;
    const body =
      typeof object === 'string'
        ? Buffer.from(`${head}${object}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${head}${object.dictionary.replace(/>>\s*$/u, `/Length ${object.stream.length} >>`)}\nstream\n`, 'latin1'),
            object.stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    parts.push(body);
    offset += body.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Catalog, page tree and pages with the given page dictionaries' extra keys (objects 1, 2, 3…). */
export function pagesPdf(pages: readonly string[], more: readonly RawObject[]): Buffer {
  const first = 3;
  const kids = pages.map((_, index) => `${first + index} 0 R`).join(' ');
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    ...pages.map((page) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${page} >>`),
    ...more,
  ]);
}

/**
 * `count` pages of size `mediaBox`, each its own content stream (`content(index)`), sharing one
 * Helvetica font as /H: the many-page generators' layout (objects: catalog, tree, font, pages, contents).
 */
export function manyPagesPdf(count: number, mediaBox: string, content: (index: number) => string): Buffer {
  const kids = Array.from({ length: count }, (_, index) => `${4 + index} 0 R`).join(' ');
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    HELVETICA,
    ...Array.from({ length: count }, (_, index) => `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources << /Font << /H 3 0 R >> >> /Contents ${4 + count + index} 0 R >>`),
    ...Array.from({ length: count }, (_, index) => contentStream(content(index))),
  ]);
}

/** Helvetica in WinAnsi, the font of every generated text page. */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** A PDF literal string, its backslashes and parentheses escaped. */
export const pdfString = (text: string): string => `(${text.replace(/[\\()]/gu, (char) => `\\${char}`)})`;

/** A content stream (or any plain stream) of these operators. */
export const contentStream = (text: string): { readonly dictionary: string; readonly stream: Uint8Array } => ({ dictionary: '<< >>', stream: Buffer.from(text, 'latin1') });

/** A one-page text PDF saying `text` (one line in Helvetica 11 at the top of an A4 page). */
export function letterPdf(text: string): Buffer {
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(`BT /H 11 Tf 40 780 Td (${text}) Tj ET`), HELVETICA]);
}
