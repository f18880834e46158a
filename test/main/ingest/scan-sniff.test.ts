import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksScanned } from '../../../main/ingest/scan-sniff.js';

const pdf = (body: string): Uint8Array => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF\n`);

describe('looksScanned', () => {
  it('takes the dev scans for scans and their exported twins for text', () => {
    for (const id of ['000', '002', '003']) {
      expect(looksScanned(new Uint8Array(readFileSync(`fixtures/corpus/dev/${id}-scan.pdf`)))).toBe(true);
      expect(looksScanned(new Uint8Array(readFileSync(`fixtures/corpus/dev/${id}.pdf`)))).toBe(false);
    }
  });

  it('wants an image and no font', () => {
    expect(looksScanned(pdf('4 0 obj<</Type/XObject/Subtype/Image/Width 10/Height 10>>stream\nx\nendstream endobj'))).toBe(true);
    expect(looksScanned(pdf('4 0 obj<</Type/XObject/Subtype /Image/Width 10>>stream\nx\nendstream endobj 5 0 obj<</Type/Font/Subtype/Type1>>endobj'))).toBe(false);
    expect(looksScanned(pdf('5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj'))).toBe(false);
    expect(looksScanned(pdf('3 0 obj<</Type/Page>>endobj'))).toBe(false);
  });
});
