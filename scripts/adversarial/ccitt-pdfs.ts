/**
 * A black-and-white scan page (`/CCITTFaxDecode`, Group 4) that declares a huge image in a few
 * kilobytes: every row of an all-white Group 4 image is one bit (mode "vertical 0"), so
 * `side` × `side` pixels take `side` / 8 bytes, and pdf.js decodes them into hundreds of
 * megabytes while the page is prepared for OCR.
 */
import { pagesPdf } from './raw-pdf.js';

/** A one-page A4 PDF painting one all-white CCITT Group 4 image of `side` × `side` pixels. */
export function ccittWhitePagePdf(side: number): Buffer {
  const data = Buffer.alloc(Math.ceil(side / 8), 0xff);
  const image = {
    dictionary: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${side} /Rows ${side} /BlackIs1 false >> >>`,
    stream: data,
  };
  const content = { dictionary: '<< >>', stream: Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q', 'latin1') };
  return pagesPdf(['/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R'], [content, image]);
}

/**
 * The Group 4 data of a real one-image scan (as img2pdf writes it: the image's `/Length N >>`
 * then its stream) declared as a `side` × `side` image: pdf.js decodes the same bytes at the wrong
 * width into a page of noise, hundreds of megabytes while it is prepared, and OCR then grinds
 * through the noise. A real file's bytes made hostile by two numbers.
 */
export function ccittReinterpretedPdf(scan: Buffer, side: number): Buffer {
  const latin = scan.toString('latin1');
  const head = /\/CCITTFaxDecode[^]*?\/Length (\d+) >>\r?\nstream\r?\n/u.exec(latin);
  if (head === null) throw new Error('no CCITT image stream found in the scan');
  const start = head.index + head[0].length;
  const data = scan.subarray(start, start + Number(head[1]));
  const image = {
    dictionary: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${side} /Rows ${side} /BlackIs1 false >> >>`,
    stream: data,
  };
  const content = { dictionary: '<< >>', stream: Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q', 'latin1') };
  return pagesPdf(['/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R'], [content, image]);
}
