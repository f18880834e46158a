import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PdfObjects, type PdfValue } from '../../../main/ingest/pdf-objects.js';
import { decodeSteps, mostDecodedBytes, streamFilters, type FilterStep } from '../../../main/ingest/stream-decode.js';
import { ascii85Encode, asciiHexEncode, lzwEncode, runLengthEncode } from '../../../scripts/adversarial/stream-encoders.js';

const steps = (dictionary: string): readonly FilterStep[] => {
  const read = streamFilters(dictionary);
  if (read === 'unknown') throw new Error('unknown filters');
  return read;
};
const decode = (dictionary: string, raw: Buffer, max = 1 << 24): Buffer | 'too-large' | null => decodeSteps(raw, steps(dictionary), max);
const text = Buffer.from(`BT /H 11 Tf 40 780 Td (${'Le reseau Orvanel regroupe 14 structures. '.repeat(400)}) Tj ET`, 'latin1');

describe('streamFilters', () => {
  it('reads a name, an array, abbreviations and escaped or indirect entries', () => {
    expect(steps(' obj\n<< /Length 9 >>\n')).toEqual([]);
    expect(steps(' obj\n<< /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >> /Length 9 >>\n').map((step) => [step.filter, step.params?.get('EarlyChange')])).toEqual([['lzw', 0]]);
    expect(steps('<< /Filter [/AHx /Fl] /Length 9 >>').map((step) => step.filter)).toEqual(['hex', 'flate']);
    expect(steps('<< /Filter [/A85 /RL] >>').map((step) => step.filter)).toEqual(['a85', 'rl']);
    const objects = new PdfObjects(Buffer.from('%PDF-1.7\n6 0 obj\n[/ASCIIHexDecode /FlateDecode]\nendobj\n', 'latin1'));
    const resolve = (value: PdfValue | undefined): PdfValue | undefined => objects.resolve(value);
    expect(streamFilters('<< /Filter 6 0 R /Length 9 >>', resolve)).toEqual([
      { filter: 'hex', params: null },
      { filter: 'flate', params: null },
    ]);
  });

  it('leaves image filters and unreadable entries to pdf.js', () => {
    expect(streamFilters('<< /Filter /DCTDecode >>')).toBe('unknown');
    expect(streamFilters('<< /Filter [/FlateDecode /JBIG2Decode] >>')).toBe('unknown');
    expect(streamFilters('<< /Filter [6 0 R] >>')).toBe('unknown'); // nothing to resolve it in
  });

  it('reads filters as pdf.js does: an unknown one passes the bytes through, /F before /Filter (round 10)', () => {
    expect(steps('<< /Filter [/FlateDecode /Orvanel] >>').map((step) => step.filter)).toEqual(['flate']);
    expect(steps('<< /Filter /Crypt >>')).toEqual([]);
    expect(steps('<< /F /FlateDecode /Filter /DCTDecode >>').map((step) => step.filter)).toEqual(['flate']);
    expect(steps('<< /F (fichier.bin) /Filter /FlateDecode >>')).toEqual([]);
  });

  it('bounds what a stream may decode to by its filters', () => {
    expect(mostDecodedBytes(1000, steps('<< /Filter /FlateDecode >>'))).toBe(1_032_000);
    expect(mostDecodedBytes(1000, steps('<< /Filter [/ASCIIHexDecode /LZWDecode] >>'))).toBe(1_300_000);
    expect(mostDecodedBytes(1000, steps('<< >>'))).toBe(1000);
  });
});

describe('decodeSteps', () => {
  it('decodes the LZW example of the PDF specification (7.4.4.2)', () => {
    expect(decode('<< /Filter /LZWDecode >>', Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]))?.toString('latin1')).toBe('-----A---B');
  });

  it('decodes ASCII85 and ASCIIHex as written by hand', () => {
    expect(decode('<< /Filter /ASCII85Decode >>', Buffer.from('9jqo^z\n@:B~>', 'latin1'))).toEqual(Buffer.from([...Buffer.from('Man '), 0, 0, 0, 0, ...Buffer.from('ab')]));
    expect(decode('<< /Filter /ASCIIHexDecode >>', Buffer.from('4c 65\n2 >', 'latin1'))?.toString('latin1')).toBe('Le ');
  });

  it('decodes every filter, alone and chained, back to the content', () => {
    expect(decode('<< /Filter /LZWDecode >>', lzwEncode(text))).toEqual(text);
    expect(decode('<< /Filter /RunLengthDecode >>', runLengthEncode(text))).toEqual(text);
    expect(decode('<< /Filter /ASCIIHexDecode >>', asciiHexEncode(text))).toEqual(text);
    expect(decode('<< /Filter /ASCII85Decode >>', ascii85Encode(text))).toEqual(text);
    expect(decode('<< /Filter [/ASCIIHexDecode /FlateDecode] >>', asciiHexEncode(deflateSync(text)))).toEqual(text);
    expect(decode('<< /Filter [/FlateDecode /LZWDecode] >>', deflateSync(lzwEncode(text)))).toEqual(text);
    // Varied enough that the LZW table fills and is cleared many times.
    let seed = 7;
    const varied = Buffer.from(Array.from({ length: 200_000 }, () => ' aeinorstulcdmp'.charCodeAt((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 15)));
    expect(lzwEncode(varied).length).toBeGreaterThan(100_000);
    expect(decode('<< /Filter /LZWDecode >>', lzwEncode(varied))).toEqual(varied);
  }, 20_000);

  it('undoes a PNG predictor (Up rows) after Flate', () => {
    const columns = 40;
    const rows = [Buffer.from('(Titre Orvanel Titre Orvanel Titre Orva)'), Buffer.from('(Titre Orvanel Titre Orvanel Titre Orva)')];
    const encoded = Buffer.concat([Buffer.from([0]), rows[0]!, Buffer.from([2]), Buffer.alloc(columns, 0)]);
    expect(decode(`<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns ${columns} >> >>`, deflateSync(encoded))).toEqual(Buffer.concat(rows));
  });

  it('stops at the ceiling, and gives null for damaged Flate', () => {
    const long = Buffer.from('Titre Orvanel '.repeat(100_000), 'latin1');
    expect(decode('<< /Filter /LZWDecode >>', lzwEncode(long), 1_000_000)).toBe('too-large');
    expect(decode('<< /Filter /RunLengthDecode >>', runLengthEncode(Buffer.alloc(2_000_000, 0x28)), 1_000_000)).toBe('too-large');
    expect(decode('<< /Filter [/ASCIIHexDecode /FlateDecode] >>', asciiHexEncode(deflateSync(long)), 1_000_000)).toBe('too-large');
    expect(decode('<< /Filter /FlateDecode >>', Buffer.from('not deflate at all'))).toBeNull();
  });
});
