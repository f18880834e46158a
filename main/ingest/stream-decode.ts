/**
 * A stream's bytes decoded through every filter pdf.js decodes for page content — Flate, LZW,
 * ASCIIHex, ASCII85, RunLength, chained in any order, with the PNG and TIFF predictors — under a
 * ceiling on what each step may produce, for the screens that read streams before pdf.js does
 * (file-screen.ts). A screen that inflated Flate only saw an LZW, hex or run-length content stream
 * (or a Flate stream wrapped in ASCIIHex) as its encoded bytes: a 10 MB string in a 108 KB LZW
 * stream, or in a 42 KB hex-wrapped Flate stream, passed the long-string screen, and pdf.js then
 * took the document thread past its heap in one allocation, which aborts the whole import.
 * Image filters (DCT, JPX, JBIG2, CCITT) are not decoded: such a stream is `null`, pdf.js's
 * business. A filter pdf.js does not know it passes the bytes through (so `[/FlateDecode /Foo]`
 * is Flate), and it reads `/F` before `/Filter`: the screen does the same. Pure: bytes and a dictionary in, bytes out.
 */
import { inflateSync } from 'node:zlib';
import { MAX_DEFLATE_RATIO } from './decode-budget.js';
import { isDict, isName, parseValue, type PdfDict, type PdfValue } from './pdf-objects.js';

/** The filters decoded here, by their names and the abbreviations pdf.js accepts. */
const FILTERS: Readonly<Record<string, DecodedFilter>> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  LZWDecode: 'lzw',
  LZW: 'lzw',
  ASCIIHexDecode: 'hex',
  AHx: 'hex',
  ASCII85Decode: 'a85',
  A85: 'a85',
  RunLengthDecode: 'rl',
  RL: 'rl',
};
type DecodedFilter = 'flate' | 'lzw' | 'hex' | 'a85' | 'rl';

/** The image filters pdf.js decodes into pixels: a stream through one is not screened here. */
const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

/**
 * The most bytes one encoded byte may decode to through each filter: deflate's 1032; an LZW code
 * of 12 bits stands for a string of at most 3 839 bytes (about 2 560 a byte); a run-length pair for 128; ASCII85's `z`
 * for 4; two hex digits for one.
 */
const MAX_RATIO: Readonly<Record<DecodedFilter, number>> = { flate: MAX_DEFLATE_RATIO, lzw: 2600, rl: 64, a85: 4, hex: 0.5 };

/** One step of a stream's decoding: its filter and parameters. */
export interface FilterStep {
  readonly filter: DecodedFilter;
  readonly params: PdfDict | null;
}

/** A stream's filters as read from its dictionary: its steps, or `unknown` (an image filter, Crypt, an unreadable entry). */
export type StreamFilters = readonly FilterStep[] | 'unknown';

/** Resolves an indirect value (`/Filter 6 0 R`); the identity when there are no objects to look in. */
export type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

const asList = (value: PdfValue | undefined): (PdfValue | undefined)[] => (Array.isArray(value) ? value : [value]);

/**
 * The filters of the stream whose dictionary text is `dictionary` (from its `obj` to `stream`,
 * names unescaped). A dictionary that does not parse is read by its `/Filter` entry alone.
 */
export function streamFilters(dictionary: string, resolve: Resolve = (value) => value): StreamFilters {
  const open = dictionary.indexOf('<<');
  const parsed = open === -1 ? null : parseValue(dictionary.slice(open));
  if (!isDict(parsed)) {
    const filter = /\/Filter\s*\/([^\s/[\]<>()]+)/u.exec(dictionary)?.[1];
    if (filter === undefined) return /\/Filter\b/u.test(dictionary) ? 'unknown' : [];
    const known = FILTERS[filter];
    return known === undefined ? 'unknown' : [{ filter: known, params: null }];
  }
  // As pdf.js reads them: `/F` before `/Filter`, `/DP` before `/DecodeParms`.
  const filterValue = resolve(parsed.get('F') ?? parsed.get('Filter'));
  if (!isName(filterValue) && !Array.isArray(filterValue)) return [];
  const names = asList(filterValue).map(resolve);
  const params = asList(resolve(parsed.get('DP') ?? parsed.get('DecodeParms'))).map(resolve);
  const steps: FilterStep[] = [];
  for (const [index, name] of names.entries()) {
    if (!isName(name) || IMAGE_FILTERS.has(name.name)) return 'unknown';
    const known = FILTERS[name.name];
    // pdf.js passes the bytes through a filter it does not know (a warning): so does the screen.
    if (known === undefined) continue;
    const param = params[index];
    steps.push({ filter: known, params: isDict(param) ? param : null });
  }
  return steps;
}

/** The most bytes `written` encoded bytes may decode to through `steps`. */
export function mostDecodedBytes(written: number, steps: readonly FilterStep[]): number {
  return steps.reduce((bytes, step) => bytes * MAX_RATIO[step.filter], written);
}

/** Thrown inside a decoder when its output would pass the ceiling. */
class TooLarge extends Error {}

/** A growing output buffer with a ceiling. */
class Output {
  private buffer: Buffer;
  length = 0;

  constructor(
    private readonly max: number,
    hint: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(64, Math.min(hint, max)));
  }

  private room(more: number): void {
    const needed = this.length + more;
    if (needed > this.max) throw new TooLarge();
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.min(this.max, Math.max(needed, this.buffer.length * 2)));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  push(byte: number): void {
    this.room(1);
    this.buffer[this.length++] = byte;
  }

  fill(byte: number, count: number): void {
    this.room(count);
    this.buffer.fill(byte, this.length, this.length + count);
    this.length += count;
  }

  copy(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Copies `count` bytes already written from `from` to the end (LZW's strings). */
  repeat(from: number, count: number): void {
    this.room(count);
    this.buffer.copyWithin(this.length, from, from + count);
    this.length += count;
  }

  at(index: number): number {
    return this.buffer[index]!;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** ASCIIHexDecode: pairs of hex digits up to `>`; whitespace and (as pdf.js does) other bytes skipped. */
function asciiHex(input: Uint8Array, out: Output): void {
  let high = -1;
  for (const byte of input) {
    if (byte === 0x3e) break;
    const value = hexValue(byte);
    if (value === -1) continue;
    if (high === -1) high = value;
    else {
      out.push((high << 4) | value);
      high = -1;
    }
  }
  if (high !== -1) out.push(high << 4);
}

/** ASCII85Decode: groups of five characters `!`..`u`, `z` for four zero bytes, up to `~`. */
function ascii85(input: Uint8Array, out: Output): void {
  let value = 0;
  let digits = 0;
  const emit = (count: number): void => {
    for (let index = 0; index < count; index += 1) out.push(Math.floor(value / 2 ** (24 - index * 8)) & 0xff);
  };
  for (const byte of input) {
    if (byte === 0x7e) break;
    if (byte === 0x7a && digits === 0) {
      out.fill(0, 4);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue; // whitespace, and what pdf.js skips too
    value = value * 85 + (byte - 0x21);
    digits += 1;
    if (digits === 5) {
      emit(4);
      value = 0;
      digits = 0;
    }
  }
  if (digits > 1) {
    const count = digits - 1;
    for (; digits < 5; digits += 1) value = value * 85 + 84;
    emit(count);
  }
}

/** RunLengthDecode: a length byte, then that many + 1 literal bytes (0..127) or one byte repeated 257 − length times (129..255); 128 ends. */
function runLength(input: Uint8Array, out: Output): void {
  let index = 0;
  while (index < input.length) {
    const length = input[index]!;
    if (length === 128) return;
    if (length < 128) {
      out.copy(input.subarray(index + 1, Math.min(input.length, index + 2 + length)));
      index += length + 2;
    } else {
      if (index + 1 >= input.length) return;
      out.fill(input[index + 1]!, 257 - length);
      index += 2;
    }
  }
}

/**
 * LZWDecode (codes of 9 to 12 bits, 256 clears the table, 257 ends; `EarlyChange` 1 unless the
 * parameters say 0). Each table entry is where its string was first written in the output and
 * its length, so a code costs a copy within the output, never a string built apart.
 */
function lzw(input: Uint8Array, out: Output, earlyChange: number): void {
  const start = new Int32Array(4096);
  const length = new Int32Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let count = 0;
  let index = 0;
  const readCode = (): number => {
    while (count < width) {
      if (index >= input.length) return -1;
      bits = ((bits << 8) | input[index++]!) & 0xffffff;
      count += 8;
    }
    count -= width;
    return (bits >>> count) & ((1 << width) - 1);
  };
  for (;;) {
    const code = readCode();
    if (code === -1 || code === 257) return;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    const at = out.length;
    if (code < 256) out.push(code);
    else if (code < next && length[code]! > 0) out.repeat(start[code]!, length[code]!);
    else if (code === next && previous !== -1) {
      // The string being defined: the previous one and its own first byte.
      const from = previous < 256 ? -1 : start[previous]!;
      if (from === -1) out.push(previous);
      else out.repeat(from, length[previous]!);
      out.push(out.at(at));
    } else return; // a code not yet defined: the stream is damaged, pdf.js stops there too
    if (previous !== -1 && next < 4096) {
      // The new entry: the previous string followed by this one's first byte, i.e. the output from the previous string's start.
      const previousLength = previous < 256 ? 1 : length[previous]!;
      start[next] = at - previousLength;
      length[next] = previousLength + 1;
      next += 1;
    }
    previous = code;
    const limit = next + earlyChange;
    width = limit >= 2048 ? 12 : limit >= 1024 ? 11 : limit >= 512 ? 10 : 9;
  }
}

const numberParam = (params: PdfDict | null, key: string, fallback: number): number => {
  const value = params?.get(key);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
};

/** Undoes a PNG (10..15) or TIFF (2) predictor; other values leave the bytes as they are. */
function unpredict(data: Buffer, params: PdfDict | null, max: number): Buffer {
  const predictor = numberParam(params, 'Predictor', 1);
  if (predictor !== 2 && predictor < 10) return data;
  const colors = Math.min(numberParam(params, 'Colors', 1), 32);
  const bits = Math.min(numberParam(params, 'BitsPerComponent', 8), 16);
  const columns = Math.min(numberParam(params, 'Columns', 1), 1 << 24);
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowBytes = Math.max(1, Math.ceil((columns * colors * bits) / 8));
  if (predictor === 2) {
    if (bits !== 8) return data; // sub-byte TIFF prediction changes no string a screen looks for
    const out = Buffer.from(data);
    for (let row = 0; row < out.length; row += rowBytes) {
      for (let index = row + pixelBytes; index < Math.min(row + rowBytes, out.length); index += 1) out[index] = (out[index]! + out[index - pixelBytes]!) & 0xff;
    }
    return out;
  }
  const rows = Math.floor(data.length / (rowBytes + 1));
  if (rows * rowBytes > max) throw new TooLarge();
  const out = Buffer.alloc(rows * rowBytes);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * (rowBytes + 1)]!;
    const source = row * (rowBytes + 1) + 1;
    const target = row * rowBytes;
    for (let index = 0; index < rowBytes; index += 1) {
      const raw = data[source + index]!;
      const left = index >= pixelBytes ? out[target + index - pixelBytes]! : 0;
      const up = row > 0 ? out[target - rowBytes + index]! : 0;
      const upLeft = row > 0 && index >= pixelBytes ? out[target - rowBytes + index - pixelBytes]! : 0;
      let value = raw;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const guess = left + up - upLeft;
        const toLeft = Math.abs(guess - left);
        const toUp = Math.abs(guess - up);
        const toUpLeft = Math.abs(guess - upLeft);
        value = raw + (toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
      }
      out[target + index] = value & 0xff;
    }
  }
  return out;
}

/**
 * `raw` decoded through `steps`, each step's output at most `max` bytes: the bytes, `too-large`
 * when a step would pass the ceiling, or null when a step cannot decode them (a damaged stream
 * is pdf.js's business: it reports or skips it).
 */
export function decodeSteps(raw: Buffer, steps: readonly FilterStep[], max: number): Buffer | 'too-large' | null {
  let data = raw;
  try {
    for (const step of steps) {
      if (step.filter === 'flate') {
        data = inflateSync(data, { maxOutputLength: max, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a cut stream */ });
      } else {
        const out = new Output(max, Math.ceil(data.length * (step.filter === 'hex' ? 0.5 : 2)));
        if (step.filter === 'lzw') lzw(data, out, numberParam(step.params, 'EarlyChange', 1) === 0 ? 0 : 1);
        else if (step.filter === 'hex') asciiHex(data, out);
        else if (step.filter === 'a85') ascii85(data, out);
        else runLength(data, out);
        data = out.bytes();
      }
      if (step.filter === 'flate' || step.filter === 'lzw') data = unpredict(data, step.params, max);
    }
    return data;
  } catch (error) {
    if (error instanceof TooLarge || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_') === true) return null;
    throw error;
  }
}
