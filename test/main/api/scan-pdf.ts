/**
 * Hand-written PDFs for the stored-scan and page-tree tests: pages that paint one image, with
 * the page tree, trailer and image dictionary shaped as each test needs.
 */

export interface PageSpec {
  /** The page's content stream; default: the image over the whole media box. */
  readonly content?: string;
  /** Keys of the image dictionary besides Type, Subtype, Width, Height and Length. */
  readonly imageKeys: string;
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Extra keys of the page dictionary (e.g. `/Rotate 90`, `/CropBox […]`). */
  readonly pageKeys?: string;
}

export interface Built {
  readonly bytes: Buffer;
  /** Object numbers of the pages, in page order. */
  readonly pageObjects: readonly number[];
}

/**
 * A PDF of `pages`, the page tree split in two intermediate nodes when `nested` (first node:
 * the first page; second: the rest), media box and resources inherited from the root node.
 * `trailer: 'linearised'` names the catalog only in a first trailer, as a linearised file does.
 */
export function scanPdf(pages: readonly PageSpec[], options: { nested?: boolean; trailer?: 'plain' | 'linearised'; mediaBox?: string } = {}): Built {
  const parts: (string | Buffer)[] = ['%PDF-1.5\n'];
  const mediaBox = options.mediaBox ?? '[0 0 600 800]';
  const pageObjects: number[] = [];
  // 1 catalog, 2 root Pages, 3 and 4 intermediate nodes, then 3 objects per page.
  const first = 10;
  pages.forEach((_, index) => pageObjects.push(first + index * 3));
  const kidsOf = (numbers: readonly number[]): string => numbers.map((number) => `${number} 0 R`).join(' ');
  const parentOf = (index: number): number => (options.nested === true ? (index === 0 ? 3 : 4) : 2);
  if (options.trailer === 'linearised') parts.push('1 0 obj\n<< /Linearized 1 >>\nendobj\ntrailer << /Root 5 0 R /Size 99 >>\n');
  parts.push(`5 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n`);
  if (options.nested === true) {
    parts.push(`2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count ${pages.length} /MediaBox ${mediaBox} >>\nendobj\n`);
    parts.push(`3 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [${kidsOf(pageObjects.slice(0, 1))}] /Count 1 >>\nendobj\n`);
    parts.push(`4 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [${kidsOf(pageObjects.slice(1))}] /Count ${pages.length - 1} >>\nendobj\n`);
  } else {
    parts.push(`2 0 obj\n<< /Type /Pages /Kids [${kidsOf(pageObjects)}] /Count ${pages.length} /MediaBox ${mediaBox} >>\nendobj\n`);
  }
  pages.forEach((page, index) => {
    const number = first + index * 3;
    const content = page.content ?? 'q 600 0 0 800 0 0 cm /Im0 Do Q';
    parts.push(`${number} 0 obj\n<< /Type /Page /Parent ${parentOf(index)} 0 R /Resources << /XObject << /Im0 ${number + 2} 0 R >> >> /Contents ${number + 1} 0 R ${page.pageKeys ?? ''} >>\nendobj\n`);
    parts.push(`${number + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`);
    parts.push(`${number + 2} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} ${page.imageKeys} /Length ${page.data.length} >>\nstream\n`, Buffer.from(page.data), '\nendstream\nendobj\n');
  });
  parts.push(options.trailer === 'linearised' ? 'trailer << /Size 99 >>\nstartxref\n0\n%%EOF\n' : 'trailer << /Root 5 0 R /Size 99 >>\nstartxref\n0\n%%EOF\n');
  return { bytes: Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))), pageObjects };
}
