/**
 * The one reader of PDF syntax in the file's own bytes, used before and beside pdf.js: every
 * stream body with its dictionary text (what decode-budget.ts screens before pdf.js opens the
 * file), and each top-level object with its dictionary of direct values and references (what
 * raw-scan.ts reads a scanned page from). A document thread builds one per file, over the bytes it
 * already holds, and both uses share it. Anything it cannot read it says so (null), and the caller
 * goes back to pdf.js, which reads everything; so this never has to be complete, only right when
 * it answers. Pure: bytes in.
 */
import { inflateSync } from 'node:zlib';

/** A PDF value as read here: numbers, names (`/Name` → `{ name }`), references, arrays, dictionaries. */
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict;
export interface PdfName {
  readonly name: string;
}
export interface PdfRef {
  readonly num: number;
  readonly gen: number;
}
export type PdfDict = Map<string, PdfValue>;

export const isName = (value: PdfValue | undefined): value is PdfName => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && 'name' in value;
export const isRef = (value: PdfValue | undefined): value is PdfRef => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && 'num' in value;
export const isDict = (value: PdfValue | undefined): value is PdfDict => value instanceof Map;

/**
 * A name as written (`DCT#44ecode`) read as the name it is (`DCTDecode`): PDF lets any byte of a
 * name be written `#xx` (ISO 32000-1, 7.3.5), so a filter, a key or a type compared by its
 * spelling would be missed. Every name this reader returns, key or value, goes through here.
 */
export function unescapeName(written: string): string {
  return written.includes('#') ? written.replace(/#([0-9A-Fa-f]{2})/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : written;
}

/** Printable characters that may stand in a name as they are (not a delimiter, not `#`). */
const PLAIN_IN_NAME = /^[!"$&'*+,\-.0-9:;=?@A-Z\\^_`a-z|~]$/u;
const ESCAPED_NAME = /\/[^\s/[\]()<>{}%]*#[0-9A-Fa-f]{2}[^\s/[\]()<>{}%]*/gu;

/**
 * Dictionary text with its names' `#xx` escapes of ordinary characters undone (`/Fl#61teDecode`
 * → `/FlateDecode`), for the screens that read dictionaries as text with patterns
 * (decode-budget.ts, file-screen.ts). Escapes of white space and delimiters (`/Times#20New`) are
 * kept: undone, they would split the name.
 */
export function plainNames(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(ESCAPED_NAME, (name) =>
    name.replace(/#([0-9A-Fa-f]{2})/gu, (escape, hex: string) => {
      const char = String.fromCharCode(Number.parseInt(hex, 16));
      return PLAIN_IN_NAME.test(char) ? char : escape;
    }),
  );
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Deepest nesting of arrays and dictionaries read; a hostile file cannot recurse further. */
const MAX_DEPTH = 32;

class ParseError extends Error {}

/** A cursor over the bytes, reading one value at a time. */
class Reader {
  constructor(
    readonly bytes: Buffer,
    public at: number,
  ) {}

  skipSpace(): void {
    const { bytes } = this;
    while (this.at < bytes.length) {
      const byte = bytes[this.at] ?? 0;
      if (WHITE.has(byte)) this.at += 1;
      else if (byte === 0x25) while (this.at < bytes.length && bytes[this.at] !== 0x0a && bytes[this.at] !== 0x0d) this.at += 1;
      else return;
    }
  }

  private word(): string {
    const start = this.at;
    while (this.at < this.bytes.length && !WHITE.has(this.bytes[this.at] ?? 0) && !DELIMITERS.has(this.bytes[this.at] ?? 0)) this.at += 1;
    return this.bytes.toString('latin1', start, this.at);
  }

  /** A number, or a reference `N G R` when one follows. */
  private numberOrRef(): number | PdfRef {
    const first = Number(this.word());
    if (!Number.isFinite(first)) throw new ParseError('bad number');
    const save = this.at;
    if (Number.isInteger(first)) {
      this.skipSpace();
      const gen = /^\d+$/u.test(this.peekWord()) ? Number(this.word()) : null;
      this.skipSpace();
      if (gen !== null && this.bytes[this.at] === 0x52 /* R */ && !/[A-Za-z]/u.test(String.fromCharCode(this.bytes[this.at + 1] ?? 0x20))) {
        this.at += 1;
        return { num: first, gen };
      }
    }
    this.at = save;
    return first;
  }

  private peekWord(): string {
    const save = this.at;
    const word = this.word();
    this.at = save;
    return word;
  }

  private skipString(): void {
    let depth = 0;
    for (; this.at < this.bytes.length; this.at += 1) {
      const byte = this.bytes[this.at];
      if (byte === 0x5c) this.at += 1;
      else if (byte === 0x28) depth += 1;
      else if (byte === 0x29 && --depth === 0) {
        this.at += 1;
        return;
      }
    }
    throw new ParseError('unterminated string');
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new ParseError('nested too deep');
    this.skipSpace();
    const byte = this.bytes[this.at];
    if (byte === undefined) throw new ParseError('end of data');
    if (byte === 0x2f /* / */) {
      this.at += 1;
      return { name: unescapeName(this.word()) };
    }
    if (byte === 0x3c /* < */ && this.bytes[this.at + 1] === 0x3c) return this.dictionary(depth);
    if (byte === 0x3c) {
      const end = this.bytes.indexOf(0x3e, this.at);
      if (end === -1) throw new ParseError('unterminated hex string');
      this.at = end + 1;
      return '';
    }
    if (byte === 0x28) {
      this.skipString();
      return '';
    }
    if (byte === 0x5b /* [ */) {
      this.at += 1;
      const items: PdfValue[] = [];
      for (this.skipSpace(); this.bytes[this.at] !== 0x5d; this.skipSpace()) items.push(this.value(depth + 1));
      this.at += 1;
      return items;
    }
    if ((byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2b || byte === 0x2e) return this.numberOrRef();
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    throw new ParseError(`unexpected ${JSON.stringify(word.slice(0, 20))}`);
  }

  dictionary(depth: number): PdfDict {
    this.at += 2;
    const dict: PdfDict = new Map();
    for (this.skipSpace(); !(this.bytes[this.at] === 0x3e && this.bytes[this.at + 1] === 0x3e); this.skipSpace()) {
      const key = this.value(depth + 1);
      if (!isName(key)) throw new ParseError('dictionary key is not a name');
      dict.set(key.name, this.value(depth + 1));
    }
    this.at += 2;
    return dict;
  }
}

/** Where a stream's data starts: after the `stream` keyword at `at` and its end of line (CRLF or LF). */
function streamBodyStart(bytes: Buffer, at: number): number {
  let start = at + 6;
  if (bytes[start] === 0x0d) start += 1;
  if (bytes[start] === 0x0a) start += 1;
  return start;
}

/** How far before `stream` a stream's dictionary may begin. */
const DICTIONARY_WINDOW = 4096;

/** A stream body found by its keywords, whatever its object looks like. */
export interface RawStream {
  /** The text from the object's `obj` keyword (within 4 KB) to `stream`: its dictionary, names' `#xx` escapes undone ({@link plainNames}). */
  readonly dictionary: string;
  /** Whether that text had names written with `#xx` escapes (a byte-level search for a key may have missed it). */
  readonly escaped: boolean;
  /** The object's number and generation, read before its `obj` keyword; null when not found there. */
  readonly object: PdfRef | null;
  /** The body: from after `stream` and its end of line to the next `endstream` (its end of line included). */
  readonly start: number;
  readonly end: number;
}

/** One top-level object: its value and, for a stream, where its data starts. */
export interface RawObject {
  readonly value: PdfValue;
  readonly streamStart: number | null;
}

/**
 * The file's top-level objects by number: for each, the offset of its last `N G obj` (a later
 * revision replaces an earlier one). Objects inside object streams are not here (images and page
 * contents are streams, which never are), and a match inside binary data is possible, which is
 * why every reading is checked by its caller and given up at the first doubt.
 */
export class PdfObjects {
  /** Built on the first `get`: a text file screened by `streams` never needs it. */
  private offsets: Map<number, number> | undefined;
  /** Whether some object number is defined more than once (an incremental update, or a forgery). */
  private redefined = false;

  /** The file's object streams, made on first use. */
  private packed: ObjectStreams | undefined;

  constructor(readonly bytes: Buffer) {}

  /**
   * The file's object streams, one reader for the file: the byte screen and the page screens of
   * one document share it, so its object streams are inflated once, not once per reader.
   */
  objectStreams(): ObjectStreams {
    return (this.packed ??= new ObjectStreams(this));
  }

  /** Over a file's bytes without copying them. */
  static of(data: Uint8Array): PdfObjects {
    return new PdfObjects(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }

  private index(): Map<number, number> {
    if (this.offsets !== undefined) return this.offsets;
    const { bytes } = this;
    const offsets = new Map<number, number>();
    for (let at = bytes.indexOf('obj'); at !== -1; at = bytes.indexOf('obj', at + 3)) {
      const head = /(?:^|[\s>])(\d{1,10})[ \t\r\n]+(\d{1,5})[ \t\r\n]+$/u.exec(bytes.toString('latin1', Math.max(0, at - 24), at));
      const after = bytes[at + 3];
      if (head?.[1] === undefined || (after !== undefined && !WHITE.has(after) && !DELIMITERS.has(after))) continue;
      const num = Number(head[1]);
      if (offsets.has(num)) this.redefined = true;
      offsets.set(num, at + 3);
    }
    this.offsets = offsets;
    return offsets;
  }

  /**
   * Every stream body of at least `minLength` bytes, found by its `stream` and `endstream`
   * keywords rather than through the objects (a damaged or hostile file's object syntax may not
   * read, its streams are still there for pdf.js to decode), with the text of its dictionary.
   */
  *streams(minLength = 0): Generator<RawStream> {
    const { bytes } = this;
    for (let at = bytes.indexOf('stream'); at !== -1; at = bytes.indexOf('stream', at + 6)) {
      if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
      const start = streamBodyStart(bytes, at);
      const end = bytes.indexOf('endstream', start);
      if (end === -1) return;
      if (end - start >= minLength) {
        // The dictionary starts at the last ` obj` within the window (found without copying the window).
        const obj = at >= 4 ? bytes.lastIndexOf(' obj', at - 4) : -1;
        const inWindow = obj !== -1 && obj >= at - DICTIONARY_WINDOW;
        const written = bytes.toString('latin1', inWindow ? obj : Math.max(0, at - DICTIONARY_WINDOW), at);
        const dictionary = plainNames(written);
        const head = inWindow ? /(?:^|\s)(\d{1,10})\s+(\d{1,5})$/u.exec(bytes.toString('latin1', Math.max(0, obj - 24), obj)) : null;
        const object = head === null ? null : { num: Number(head[1]), gen: Number(head[2]) };
        yield { dictionary, escaped: dictionary !== written, object, start, end };
      }
      at = end + 3;
    }
  }

  /**
   * True when some object number is written more than once in the file: which one a reader
   * takes then depends on its cross-reference tables, which this class does not read.
   */
  hasRedefinedObjects(): boolean {
    this.index();
    return this.redefined;
  }

  /** Object `ref`, or null when it is not a readable top-level object. */
  get(ref: PdfRef): RawObject | null {
    const at = this.index().get(ref.num);
    if (at === undefined) return null;
    try {
      const reader = new Reader(this.bytes, at);
      const value = reader.value();
      reader.skipSpace();
      if (!isDict(value) || this.bytes.toString('latin1', reader.at, reader.at + 6) !== 'stream') return { value, streamStart: null };
      return { value, streamStart: streamBodyStart(this.bytes, reader.at) };
    } catch (error) {
      if (error instanceof ParseError) return null;
      throw error;
    }
  }

  /** A value with one level of reference followed (`/Length 12 0 R` → 4096). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return isRef(value) ? this.get(value)?.value : value;
  }

  /**
   * A stream's raw (still encoded) bytes, or null when its length cannot be trusted: its
   * `/Length` must land on `endstream`.
   */
  streamData(object: RawObject): Buffer | null {
    if (object.streamStart === null || !isDict(object.value)) return null;
    const length = this.resolve(object.value.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return null;
    const end = object.streamStart + length;
    const tail = this.bytes.toString('latin1', end, Math.min(this.bytes.length, end + 12)).trimStart();
    if (!tail.startsWith('endstream')) return null;
    return this.bytes.subarray(object.streamStart, end);
  }
}

/** Largest object stream inflated: page and font dictionaries take kilobytes; anything larger is not read here. */
const MAX_OBJECT_STREAM_BYTES = 8 << 20;

/** An object stream's header: `N` pairs of object number and offset from `/First`. */
function packedObjects(text: string, count: number, first: number, into: Map<number, string>): void {
  const header = text.slice(0, first).trim().split(/\s+/u).map(Number);
  for (let index = 0; index < count; index += 1) {
    const num = header[index * 2];
    const offset = header[index * 2 + 1];
    const next = index + 1 < count ? header[index * 2 + 3] : text.length - first;
    if (num === undefined || offset === undefined || next === undefined || ![num, offset, next].every(Number.isInteger) || next < offset) return;
    if (!into.has(num)) into.set(num, text.slice(first + offset, first + next));
  }
}

/**
 * The objects a PDF 1.5+ file keeps in compressed object streams (`/Type /ObjStm`), which
 * {@link PdfObjects.get} leaves out: page dictionaries among them, with their boxes. Each stream
 * (plain or Flate without predictor, at most 8 MB inflated) is inflated once, on first use; an
 * object number found in two streams keeps the first (which one a reader takes depends on the
 * cross-reference streams, not read here; the only caller, page-box.ts, reads boxes for a warning).
 */
export class ObjectStreams {
  private texts: Map<number, string> | undefined;
  private whole = '';

  constructor(private readonly raw: PdfObjects) {}

  private load(): Map<number, string> {
    if (this.texts !== undefined) return this.texts;
    const texts = new Map<number, string>();
    const { bytes } = this.raw;
    const parts: string[] = [];
    for (let at = bytes.indexOf('/ObjStm'); at !== -1; at = bytes.indexOf('/ObjStm', at + 7)) {
      const text = this.inflated(bytes.lastIndexOf('obj', at), at);
      if (text === null) continue;
      parts.push(text.text);
      packedObjects(text.text, text.count, text.first, texts);
    }
    this.whole = parts.join('\n');
    this.texts = texts;
    return texts;
  }

  /** The inflated text of the object stream whose `obj` keyword is at `obj` (its `/ObjStm` at `at`), or null. */
  private inflated(obj: number, at: number): { text: string; count: number; first: number } | null {
    if (obj === -1 || at - obj > DICTIONARY_WINDOW) return null;
    const head = /(\d{1,10})[ \t\r\n]+(\d{1,5})[ \t\r\n]+$/u.exec(this.raw.bytes.toString('latin1', Math.max(0, obj - 24), obj));
    const object = head === null ? null : this.raw.get({ num: Number(head[1]), gen: Number(head[2]) });
    if (object === null || !isDict(object.value)) return null;
    const dict = object.value;
    const type = dict.get('Type');
    const count = this.raw.resolve(dict.get('N'));
    const first = this.raw.resolve(dict.get('First'));
    const filter = dict.get('Filter');
    const flate = isName(filter) ? filter.name === 'FlateDecode' : Array.isArray(filter) && filter.length === 1 && isName(filter[0]) && filter[0].name === 'FlateDecode';
    const data = this.raw.streamData(object);
    if (!isName(type) || type.name !== 'ObjStm' || typeof count !== 'number' || typeof first !== 'number' || data === null || dict.has('DecodeParms')) return null;
    if (filter !== undefined && !flate) return null;
    try {
      const text = (flate ? inflateSync(data, { maxOutputLength: MAX_OBJECT_STREAM_BYTES }) : data).toString('latin1');
      return Number.isInteger(count) && Number.isInteger(first) && first >= 0 && first <= text.length ? { text, count, first } : null;
    } catch {
      return null; // damaged or too large: not read here
    }
  }

  /** Whether the file has object streams at all (a byte search; nothing inflated). */
  present(): boolean {
    return this.raw.bytes.includes('/ObjStm');
  }

  /** The inflated object streams' text, one after another. */
  text(): string {
    this.load();
    return this.whole;
  }

  /** Whether the inflated object streams contain `text` (a key such as `CropBox`). */
  contain(text: string): boolean {
    this.load();
    return this.whole.includes(text);
  }

  /** The value of object `num` kept in an object stream, or undefined. */
  value(num: number): PdfValue | undefined {
    const text = this.load().get(num);
    return text === undefined ? undefined : (parseValue(text) ?? undefined);
  }
}

/** Reads one value at the start of `text` (tests, content streams' operands). */
export function parseValue(text: string): PdfValue | null {
  try {
    return new Reader(Buffer.from(text, 'latin1'), 0).value();
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}
