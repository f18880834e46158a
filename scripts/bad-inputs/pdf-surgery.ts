/**
 * Damaging real PDFs on purpose: cutting one short, wrecking its cross-reference table, and
 * stripping its fonts' Unicode mappings. Each works on bytes in memory and is deterministic.
 */
import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** The first `fraction` of the file: the tail, with the xref table and trailer, is gone. */
export function truncatePdf(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/**
 * Overwrites the last classic `xref` table (from the `xref` keyword up to `trailer`) with junk of
 * the same length and replaces the `startxref` offset with nines, so every offset a reader looks
 * up is wrong. Lengths are kept so the objects themselves stay where they were: a reader that
 * rebuilds the xref by scanning for `N G obj` can still recover the document.
 */
export function breakXref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = text.lastIndexOf('startxref');
  const trailer = text.lastIndexOf('trailer', startxref);
  const xref = text.lastIndexOf('\nxref', trailer) + 1;
  if (startxref < 0 || trailer < 0 || xref <= 0) {
    throw new Error('breakXref: the source PDF has no classic xref table (xref stream?); pick another source');
  }
  const out = Buffer.from(bytes);
  // Not a `%` comment: the junk must look like (broken) content to a parser, not be skipped.
  const junk = 'xref broken 0 0 n f R ';
  for (let index = xref; index < trailer - 1; index += 1) {
    out[index] = junk.charCodeAt((index - xref) % junk.length);
  }
  const digitsStart = text.indexOf('\n', startxref) + 1;
  const digitsEnd = text.indexOf('\n', digitsStart);
  if (digitsStart <= 0 || digitsEnd < 0) throw new Error('breakXref: no offset after startxref');
  out.fill('9'.charCodeAt(0), digitsStart, digitsEnd);
  return out;
}

/**
 * Removes every `/ToUnicode` entry (and the CMap streams they pointed to). For fonts that use
 * Identity-H with subset TrueType glyphs, as Chromium/Skia writes them, nothing else tells a
 * reader which character a glyph is: the text layer turns to glyph-id soup while the page still
 * renders exactly as before.
 */
export async function stripToUnicode(bytes: Uint8Array): Promise<{ pdf: Uint8Array; removed: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const key = PDFName.of('ToUnicode');
  const orphans: PDFRef[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.has(key)) continue;
    const target = object.get(key);
    if (target instanceof PDFRef) orphans.push(target);
    object.delete(key);
  }
  for (const ref of orphans) doc.context.delete(ref);
  const pdf = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { pdf, removed: orphans.length };
}
