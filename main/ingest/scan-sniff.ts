/**
 * A quick guess, from a PDF's raw bytes, that it is a scan, so that the OCR workers can start
 * loading their model while the file is opened and its first page read, instead of after. Only a
 * head start: every page is still judged on its text layer, and a wrong guess costs the workers'
 * start-up, nothing else.
 */

/**
 * True when the file holds an image and names no font anywhere in its readable bytes. An image's
 * dictionary is always readable (streams cannot be compressed into object streams); a font's may
 * be hidden in a compressed object stream, so a text PDF can pass for a scan (the cheap mistake),
 * while a scan with an OCR text layer (it names its font) passes for text.
 */
export function looksScanned(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return /\/Subtype\s*\/Image\b/u.test(imageWindow(bytes)) && bytes.indexOf('/Font') === -1;
}

/** The text around the first `/Subtype` keywords, enough to see whether one is an image. */
function imageWindow(bytes: Buffer): string {
  let text = '';
  for (let at = bytes.indexOf('/Subtype'), seen = 0; at !== -1 && seen < 64; at = bytes.indexOf('/Subtype', at + 8), seen += 1) {
    text += `${bytes.toString('latin1', at, Math.min(bytes.length, at + 24))}\n`;
  }
  return text;
}
