import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import type * as Zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileScreen } from '../../../main/ingest/file-screen.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { asciiHexEncode, lzwEncode, runLengthEncode } from '../../../scripts/adversarial/stream-encoders.js';

// Counts the streams the screen inflates (the real inflateSync does the work).
vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof Zlib>();
  return { ...actual, inflateSync: vi.fn(actual.inflateSync) };
});

const pdf = (...parts: (string | Buffer)[]): PdfObjects => new PdfObjects(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))));
const stream = (dictionary: string, body: Buffer): Buffer => Buffer.concat([Buffer.from(`1 0 obj\n${dictionary}\nstream\n`, 'latin1'), body, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
const operators = (bytes: number): Buffer => zlib.deflateSync(Buffer.alloc(bytes, '1 1 m 2 2 l S\n'), { level: 9 });

function withContent(content: string, compressed: boolean): PdfObjects {
  const body = compressed ? zlib.deflateSync(content) : Buffer.from(content, 'latin1');
  const filter = compressed ? '/Filter /FlateDecode ' : '';
  return pdf(`%PDF-1.4\n4 0 obj <<${filter}/Length ${body.length}>> stream\n`, body, '\nendstream endobj\n%%EOF');
}

afterEach(() => vi.mocked(zlib.inflateSync).mockClear());

describe('budgets: streams that inflate past the ceiling', () => {
  it('finds a content stream that inflates a thousandfold, without inflating it whole', () => {
    const body = operators(8 * 1024 * 1024);
    // The body runs up to `endstream`, its end-of-line included.
    expect(new FileScreen(pdf('%PDF-1.7\n', stream('<< /Length 99 /Filter /FlateDecode >>', body)), { hiddenText: false, maxInflatedBytes: 4 * 1024 * 1024 }).budgets()).toEqual({
      oversizedImage: null,
      bomb: { compressedBytes: body.length + 1 },
      longString: null,
    });
  });

  it('lets through streams under the ceiling, images and attachments (their size is judged elsewhere or not at all)', () => {
    const bomb = (objects: PdfObjects, limit: number): unknown => new FileScreen(objects, { hiddenText: true, maxInflatedBytes: limit }).budgets().bomb;
    const limit = 4 * 1024 * 1024;
    expect(bomb(pdf(stream('<< /Filter /FlateDecode >>', operators(2 * 1024 * 1024))), limit)).toBeNull();
    expect(bomb(pdf(stream('<< /Subtype /Image /Filter /FlateDecode >>', operators(8 * 1024 * 1024))), limit)).toBeNull();
    expect(bomb(pdf(stream('<< /Type /EmbeddedFile /Filter /FlateDecode >>', operators(8 * 1024 * 1024))), limit)).toBeNull();
    expect(bomb(pdf(stream('<< /Filter /FlateDecode >>', Buffer.from('not deflate at all, just damaged'.repeat(200)))), 1024)).toBeNull();
  });

  it('reports an image declaring more pixels than the decode budget first', () => {
    const objects = pdf('5 0 obj\n<< /Subtype /Image /Width 17320 /Height 17320 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 1 >>\nstream\nx\nendstream\nendobj\n');
    expect(new FileScreen(objects, { hiddenText: true }).budgets().oversizedImage?.width).toBe(17320);
  });
});

describe('budgets: inline images in compressed content', () => {
  it('finds an inline image over the decode budget inside a deflated content stream', () => {
    // Its pixels are hundreds of KB compressed (here: bytes that do not compress), so its content stream is large enough to be inflated.
    const pixels = randomBytes(100_000);
    const content = zlib.deflateSync(Buffer.concat([Buffer.from('q 595 0 0 842 0 0 cm BI /W 17320 /H 17320 /CS /RGB /BPC 8 /F /Fl ID ', 'latin1'), pixels, Buffer.from('\nEI Q\n', 'latin1')]));
    const verdict = new FileScreen(pdf('%PDF-1.7\n', stream('<< /Filter /FlateDecode >>', content)), { hiddenText: false, maxInflatedBytes: 4 * 1024 * 1024 }).budgets();
    expect(verdict.oversizedImage).toEqual({ width: 17320, height: 17320, decodedBytes: 17320 * 17320 * 3 });
  });
});

describe('mayHideText', () => {
  const hides = (objects: PdfObjects): boolean => {
    const screen = new FileScreen(objects, { hiddenText: true });
    screen.budgets();
    return screen.mayHideText();
  };

  it('finds an invisible rendering mode or a white fill around text in a compressed content stream', () => {
    expect(hides(withContent('BT /F1 9 Tf 3 Tr 36 800 Td (x) Tj ET', true))).toBe(true);
    expect(hides(withContent('q 1 1 1 rg BT /F1 9 Tf (x) Tj ET Q', true))).toBe(true);
    expect(hides(withContent('BT /F1 9 Tf 1 g (x) Tj ET', false))).toBe(true);
    expect(hides(pdf('1 0 obj << /Type /ExtGState /ca 0 >> endobj\n'))).toBe(true);
  });

  it('lets through ordinary pages: a white background box, then text in colour', () => {
    expect(hides(withContent('1 1 1 rg 0 0 595 842 re f 0 0 0 rg BT /F1 9 Tf 0 Tr (x) Tj ET 0.2 0.4 0.6 rg', true))).toBe(false);
  });

  it('is not looked for unless asked', () => {
    const screen = new FileScreen(withContent('BT /F1 9 Tf 3 Tr 36 800 Td (x) Tj ET', true), { hiddenText: false });
    expect(screen.budgets().bomb).toBeNull();
    expect(screen.mayHideText()).toBe(false);
  });
});

describe('one inflation per stream', () => {
  it('screens a large content stream for hidden text from the inflation that judged its size', () => {
    // About 150 KB of operators, compressed past the floor under which a stream cannot exceed a
    // 256 KB ceiling: the bomb check inflates it, and the hidden-text screen reads that same
    // inflation (it used to inflate the stream again).
    const content = `${Array.from({ length: 8000 }, (_, index) => `${index} ${(index * 7919) % 997} 1 1 re f`).join('\n')}\nBT /F1 9 Tf 3 Tr (x) Tj ET`;
    const large = zlib.deflateSync(content);
    expect(large.length).toBeGreaterThan((256 * 1024) / 1032);
    const objects = pdf(stream('<< /Filter /FlateDecode >>', large), stream('<< /Filter /FlateDecode >>', zlib.deflateSync('BT (y) Tj ET')));
    vi.mocked(zlib.inflateSync).mockClear();
    const screen = new FileScreen(objects, { hiddenText: true, maxInflatedBytes: 256 * 1024 });
    expect(screen.budgets().bomb).toBeNull();
    expect(screen.mayHideText()).toBe(true);
    expect(vi.mocked(zlib.inflateSync)).toHaveBeenCalledTimes(1); // the large stream, once; the screen stopped there
  });

  it('inflates a small content stream once, for hidden text only', () => {
    const screen = new FileScreen(withContent('BT /F1 9 Tf 0 Tr (x) Tj ET', true), { hiddenText: true });
    expect(screen.budgets().bomb).toBeNull(); // too small to exceed the ceiling: not inflated
    expect(vi.mocked(zlib.inflateSync)).toHaveBeenCalledTimes(0);
    expect(screen.mayHideText()).toBe(false);
    expect(vi.mocked(zlib.inflateSync)).toHaveBeenCalledTimes(1);
  });
});

describe('budgets: strings too long for pdf.js to hold', () => {
  const long = (bytes: number): string => `(${'Titre Orvanel '.repeat(Math.ceil(bytes / 14))})`;
  const limits = { hiddenText: true, maxStringBytes: 64 * 1024 };

  it('finds a long string drawn by a compressed page, one written plainly, and one in the document information', () => {
    expect(new FileScreen(withContent(`BT /H 11 Tf ${long(100_000)} Tj ET`, true), limits).budgets().longString?.bytes).toBeGreaterThan(100_000);
    expect(new FileScreen(withContent(`BT /H 11 Tf ${long(100_000)} Tj ET`, false), limits).budgets().longString?.bytes).toBeGreaterThan(100_000);
    const info = pdf('%PDF-1.4\n', stream('<< /Length 3 >>', Buffer.from('q Q')), `2 0 obj << /Title ${long(100_000)} >> endobj\n%%EOF`);
    expect(new FileScreen(info, limits).budgets().longString?.bytes).toBeGreaterThan(100_000);
  });

  it('leaves alone many short strings, images, and a long hex-free binary stream', () => {
    const many = Array.from({ length: 20_000 }, () => '(Le reseau Orvanel) Tj').join('\n');
    expect(new FileScreen(withContent(`BT ${many} ET`, true), limits).budgets().longString).toBeNull();
    const image = pdf('%PDF-1.4\n', stream(`<< /Type /XObject /Subtype /Image /Width 400 /Height 400 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 160000 >>`, Buffer.alloc(160_000, 0x28)));
    expect(new FileScreen(image, limits).budgets().longString).toBeNull();
  });

  it('finds a long string behind every filter pdf.js decodes: LZW, run-length, hex-wrapped Flate, an indirect filter', () => {
    // Each passed the screen when only Flate was decoded, and pdf.js then aborted the import (round 10).
    const content = Buffer.from(`BT /H 11 Tf ${long(100_000)} Tj ET`, 'latin1');
    const found = (dictionary: string, body: Buffer, ...more: string[]): number | undefined => new FileScreen(pdf('%PDF-1.7\n', stream(dictionary, body), ...more), limits).budgets().longString?.bytes;
    expect(found('<< /Filter /LZWDecode >>', lzwEncode(content))).toBeGreaterThan(100_000);
    expect(found('<< /Filter /RunLengthDecode >>', runLengthEncode(content))).toBeGreaterThan(100_000);
    expect(found('<< /Filter [/ASCIIHexDecode /FlateDecode] >>', asciiHexEncode(zlib.deflateSync(content)))).toBeGreaterThan(100_000);
    expect(found('<< /Filter [/FlateDecode /ASCIIHexDecode] >>', zlib.deflateSync(asciiHexEncode(content)))).toBeGreaterThan(100_000);
    expect(found('<< /Filter 6 0 R >>', zlib.deflateSync(content), '6 0 obj\n/FlateDecode\nendobj\n')).toBeGreaterThan(100_000);
  });
});

describe('budgets: words too long for a page (an operator word or number of megabytes)', () => {
  const limits = { hiddenText: true, maxStringBytes: 64 * 1024 };

  it('finds an operator word, or a number of 100 000 digits, before a compressed page\'s line (round 10: imported with the line lost, no warning)', () => {
    const word = new FileScreen(withContent(`BT /H 11 Tf 40 780 Td ${'TitreOrvanel'.repeat(10_000)} (ligne) Tj ET`, true), limits).budgets().longString;
    expect(word).toEqual({ bytes: 120_000, kind: 'word' });
    const digits = new FileScreen(withContent(`BT /H 11 Tf 40 ${'7'.repeat(100_000)} Td (ligne) Tj ET`, true), limits).budgets().longString;
    expect(digits).toEqual({ bytes: 100_000, kind: 'word' });
  });

  it('finds a word cut across the content streams of one page', () => {
    const whole = `BT /H 11 Tf ${'TitreOrvanel'.repeat(8000)} (ligne) Tj ET`;
    const pieces = Array.from({ length: 4 }, (_, index) => whole.slice(index * 24_010, (index + 1) * 24_010));
    const objects = pdf(
      '%PDF-1.7\n3 0 obj\n<< /Type /Page /Contents [5 0 R 6 0 R 7 0 R 8 0 R] >>\nendobj\n',
      ...pieces.map((piece, index) => stream(`<< /Filter /FlateDecode >>`, zlib.deflateSync(piece)).toString('latin1').replace(/^1 0 obj/u, `${5 + index} 0 obj`)),
    );
    expect(new FileScreen(objects, limits).budgets().longString).toEqual({ bytes: 96_000, kind: 'word' });
  });

  it('leaves alone a long page of ordinary operators and numbers', () => {
    const drawing = Array.from({ length: 20_000 }, (_, index) => `${index}.25 ${index * 3}.5 m 12.125 -4.0625 l S`).join('\n');
    expect(new FileScreen(withContent(drawing, true), limits).budgets().longString).toBeNull();
  });
});

describe('budgets: streams that decode past the ceiling through other filters', () => {
  it('finds an LZW or hex-wrapped Flate content stream that decodes past the ceiling', () => {
    const limit = 1024 * 1024;
    const drawing = Buffer.alloc(4 * 1024 * 1024, '1 1 m 2 2 l S\n');
    const bomb = (dictionary: string, body: Buffer): unknown => new FileScreen(pdf('%PDF-1.7\n', stream(dictionary, body)), { hiddenText: false, maxInflatedBytes: limit }).budgets().bomb;
    expect(bomb('<< /Filter /LZWDecode >>', lzwEncode(drawing))).not.toBeNull();
    expect(bomb('<< /Filter [/ASCIIHexDecode /FlateDecode] >>', asciiHexEncode(zlib.deflateSync(drawing)))).not.toBeNull();
    expect(bomb('<< /Filter /LZWDecode >>', lzwEncode(drawing.subarray(0, limit / 2)))).toBeNull();
  });

  it('finds hidden text in an LZW content stream', () => {
    const screen = new FileScreen(pdf('%PDF-1.7\n', stream('<< /Filter /LZWDecode >>', lzwEncode(Buffer.from('BT /F1 9 Tf 3 Tr 36 800 Td (x) Tj ET', 'latin1')))), { hiddenText: true });
    screen.budgets();
    expect(screen.mayHideText()).toBe(true);
  });
});

describe('metadataTooLarge', () => {
  const xmp = (elements: number): PdfObjects =>
    pdf('%PDF-1.7\n', stream('<< /Type /Metadata /Subtype /XML /Filter /FlateDecode >>', zlib.deflateSync(`<x:xmpmeta>${'<rdf:li>Orvanel</rdf:li>'.repeat(elements)}</x:xmpmeta>`)));
  const tooLarge = (objects: PdfObjects): boolean => {
    const screen = new FileScreen(objects, { hiddenText: false });
    screen.budgets();
    return screen.metadataTooLarge();
  };

  it('finds XMP metadata of megabytes (pdf.js would parse it whole, into a node per element)', () => {
    expect(tooLarge(xmp(200_000))).toBe(true); // 4.8 MB
  });

  it('leaves ordinary XMP metadata, and a file without any, to pdf.js', () => {
    expect(tooLarge(xmp(2_000))).toBe(false);
    expect(tooLarge(withContent('BT (x) Tj ET', true))).toBe(false);
  });
});

describe('budgets: a string cut across the content streams of one page', () => {
  it('finds a long string whose pieces are a page\'s /Contents array, each piece short (round 10)', () => {
    const whole = `BT /H 11 Tf (${'Titre Orvanel '.repeat(8000)}) Tj ET`;
    const pieces = Array.from({ length: 4 }, (_, index) => whole.slice(index * 28_010, (index + 1) * 28_010));
    const objects = pdf(
      '%PDF-1.7\n3 0 obj\n<< /Type /Page /Contents [5 0 R 6 0 R\n7 0 R 8 0 R] >>\nendobj\n',
      ...pieces.map((piece, index) => stream(`<< /Filter /FlateDecode >>`, zlib.deflateSync(piece)).toString('latin1').replace(/^1 0 obj/u, `${5 + index} 0 obj`)),
    );
    expect(new FileScreen(objects, { hiddenText: false, maxStringBytes: 64 * 1024 }).budgets().longString?.bytes).toBeGreaterThan(100_000);
    // The same streams not joined by any page: each is measured alone.
    const loose = pdf('%PDF-1.7\n', ...pieces.map((piece, index) => stream(`<< /Filter /FlateDecode >>`, zlib.deflateSync(piece)).toString('latin1').replace(/^1 0 obj/u, `${5 + index} 0 obj`)));
    expect(new FileScreen(loose, { hiddenText: false, maxStringBytes: 64 * 1024 }).budgets().longString).toBeNull();
  });
});
