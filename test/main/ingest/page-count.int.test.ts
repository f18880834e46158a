/**
 * Issue 13, point 2 (a small file cannot take the run down): a page tree may list one page object
 * any number of times. A 1 MB file of 200 000 such pages kept an import busy for its whole hour and
 * grew it past 700 MB; such a document is now refused when it is opened, with one line naming it.
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../main/ingest/errors.js';
import { MAX_DOCUMENT_PAGES, openPdf } from '../../../main/ingest/pdf-document.js';
import { rawPdf } from '../../../scripts/adversarial/raw-pdf.js';

/** One page object listed `count` times in the page tree. */
function samePageRepeated(count: number): Uint8Array {
  const kids = Array.from({ length: count }, () => '3 0 R').join(' ');
  const bytes = rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    { dictionary: '<< >>', stream: Buffer.from('0 0 1 1 re f\n', 'latin1') },
  ]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

describe('openPdf refuses a document of more pages than an import reads', () => {
  it('refuses 200 000 pages (one page object repeated) at once, as TOO_LARGE', async () => {
    const error: unknown = await openPdf(samePageRepeated(200_000), 'annexes.pdf').then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('TOO_LARGE');
    expect((error as IngestError).message).toBe(`annexes.pdf: 200000 pages, more than the ${MAX_DOCUMENT_PAGES} an import reads from one document; split it`);
  });

  it('opens a long document under the limit', async () => {
    const doc = await openPdf(samePageRepeated(MAX_DOCUMENT_PAGES), 'long.pdf');
    expect(doc.numPages).toBe(MAX_DOCUMENT_PAGES);
    await doc.destroy();
  });
});
