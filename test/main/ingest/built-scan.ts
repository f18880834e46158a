/**
 * Hand-built scanned PDFs with a real cross-reference table (scan-plan tests): pages that paint
 * one small gray image, the page tree, trailer and dictionaries shaped as each test needs.
 */
import { deflateSync } from 'node:zlib';

/** One page of a hand-built scan: extra page keys, its content, and the painted object's dictionary keys. */
export interface BuiltPage {
  readonly pageKeys?: string;
  readonly content?: string;
  readonly xobjectKeys?: string;
  /** Keys added to the image's dictionary (e.g. `/Decode [1 0]`). */
  readonly imageKeys?: string;
}

export interface BuildOptions {
  /** Keys of the root page node besides Type, Kids and Count (default: a media box). */
  readonly rootKeys?: string;
  /** Two intermediate nodes (the first page, the rest) under the root. */
  readonly nested?: boolean;
  /** Count written in the root node (default: the number of pages). */
  readonly count?: number;
  readonly trailerKeys?: string;
  readonly info?: string;
  /** Bytes appended after the file, as an incremental update would be. */
  readonly appended?: string;
  /** The image's size in pixels (default 60 × 80: too coarse for OCR, so pdf.js renders such a page). */
  readonly image?: { readonly width: number; readonly height: number };
}

const SMALL = { width: 60, height: 80 };

/** A gray image, Flate with a PNG predictor (filter type 0 on every row), as scanners and img2pdf write. */
function grayImage(size: { readonly width: number; readonly height: number }): { keys: string; data: Buffer } {
  const rows = Buffer.alloc(size.height * (size.width + 1));
  for (let y = 0, at = 0; y < size.height; y += 1) {
    rows[at] = 0;
    at += 1;
    for (let x = 0; x < size.width; x += 1, at += 1) rows[at] = (x * 7 + y * 3) % 256;
  }
  const data = deflateSync(rows);
  return { keys: `/Width ${size.width} /Height ${size.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns ${size.width} /BitsPerComponent 8 >>`, data };
}

/** A scanned PDF with a real cross-reference table, built object by object. */
export function buildScan(pages: readonly BuiltPage[], options: BuildOptions = {}): Buffer {
  const objects = new Map<number, Buffer>();
  const put = (number: number, body: string | Buffer): void => void objects.set(number, typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const pageNumbers = pages.map((_, index) => 10 + index * 3);
  const kids = (numbers: readonly number[]): string => numbers.map((number) => `${number} 0 R`).join(' ');
  const parentOf = (index: number): number => (options.nested === true ? (index === 0 ? 3 : 4) : 2);
  put(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const rootKeys = options.rootKeys ?? '/MediaBox [0 0 600 800]';
  if (options.nested === true) {
    put(2, `<< /Type /Pages /Kids [3 0 R 4 0 R] /Count ${options.count ?? pages.length} ${rootKeys} >>`);
    put(3, `<< /Type /Pages /Parent 2 0 R /Kids [${kids(pageNumbers.slice(0, 1))}] /Count 1 >>`);
    put(4, `<< /Type /Pages /Parent 2 0 R /Kids [${kids(pageNumbers.slice(1))}] /Count ${pages.length - 1} >>`);
  } else {
    put(2, `<< /Type /Pages /Kids [${kids(pageNumbers)}] /Count ${options.count ?? pages.length} ${rootKeys} >>`);
  }
  if (options.info !== undefined) put(5, options.info);
  const image = grayImage(options.image ?? SMALL);
  pages.forEach((page, index) => {
    const number = pageNumbers[index] ?? 0;
    const content = page.content ?? 'q 600 0 0 800 0 0 cm /Im0 Do Q';
    put(number, `<< /Type /Page /Parent ${parentOf(index)} 0 R /Resources << /XObject << /Im0 ${number + 2} 0 R >> >> /Contents ${number + 1} 0 R ${page.pageKeys ?? ''} >>`);
    put(number + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const head = page.xobjectKeys ?? `/Type /XObject /Subtype /Image ${image.keys} ${page.imageKeys ?? ''}`;
    put(number + 2, Buffer.concat([Buffer.from(`<< ${head} /Length ${image.data.length} >>\nstream\n`, 'latin1'), image.data, Buffer.from('\nendstream', 'latin1')]));
  });
  const size = Math.max(...objects.keys()) + 1;
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')];
  const offsets = new Map<number, number>();
  let at = parts[0]?.length ?? 0;
  for (const [number, body] of [...objects.entries()].sort((a, b) => a[0] - b[0])) {
    offsets.set(number, at);
    const object = Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    at += object.length;
  }
  const entries = Array.from({ length: size }, (_, number) => {
    const offset = offsets.get(number);
    return offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  });
  const info = options.info === undefined ? '' : ' /Info 5 0 R';
  parts.push(Buffer.from(`xref\n0 ${size}\n${entries.join('')}trailer\n<< /Size ${size} /Root 1 0 R${info} ${options.trailerKeys ?? ''} >>\nstartxref\n${at}\n%%EOF\n${options.appended ?? ''}`, 'latin1'));
  return Buffer.concat(parts);
}
