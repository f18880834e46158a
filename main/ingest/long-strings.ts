/**
 * The longest string a PDF writes, found on its bytes before pdf.js reads them. pdf.js builds a
 * string one character at a time in an array (about 25 bytes of heap a character, and twice that
 * while the array grows): a 10 MB string, in a page's content (21 KB once compressed) or in the
 * document information's title, took a document thread past its heap in one allocation, which
 * Node does not catch as the thread's out-of-memory — the whole import aborted (SIGABRT). A string
 * this long is no page's text nor any title: the file is refused before pdf.js parses it. Names
 * are measured too (pdf.js builds them the same way; no real name passes 127 bytes), and so are
 * words — operators, numbers, keywords: a page whose content held an operator word of 10 MB (or
 * ten million digits) before its line was imported with that line lost and no warning (pdf.js
 * gives up on the page's content at a word past 128 bytes; OCR of its rendering reads nothing).
 * Pure: bytes in, a length out.
 */

/** Longest string (literal or hex, in bytes as written) a file may hold: 6 MB still read, 10 MB did not. */
export const MAX_PDF_STRING_BYTES = 2 * 1024 * 1024;

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const BACKSLASH = 0x5c;
const LESS = 0x3c; // <
const GREATER = 0x3e; // >
const PERCENT = 0x25;

/**
 * Where the literal string running from `at` at parenthesis depth `depth` (1 at its opening
 * parenthesis, counted by it) ends, after its closing parenthesis; or, when it does not end before
 * `end`, `end` and the depth still open there.
 */
function literalEnd(bytes: Uint8Array, at: number, end: number, depth = 0): { end: number; depth: number } {
  for (let index = at; index < end; index += 1) {
    const byte = bytes[index];
    if (byte === BACKSLASH) index += 1;
    else if (byte === OPEN) depth += 1;
    else if (byte === CLOSE && --depth === 0) return { end: index + 1, depth: 0 };
  }
  return { end, depth };
}

/** Where the token `EI` ending inline image data begins after `at` (whitespace before it), or `end`. */
function inlineImageEnd(bytes: Buffer, at: number, end: number): number {
  for (let index = bytes.indexOf('EI', at); index !== -1 && index < end; index = bytes.indexOf('EI', index + 2)) {
    const before = bytes[index - 1];
    if (before === 0x20 || before === 0x0a || before === 0x0d || before === 0x09) return index + 2;
  }
  return end;
}

/** True at an `ID` operator (inline image data follows: binary, not strings). */
function inlineImageData(bytes: Uint8Array, index: number): boolean {
  return bytes[index] === 0x49 && bytes[index + 1] === 0x44 && (index === 0 || bytes[index - 1] === 0x20 || bytes[index - 1] === 0x0a || bytes[index - 1] === 0x0d) && (bytes[index + 2] === 0x20 || bytes[index + 2] === 0x0a || bytes[index + 2] === 0x0d);
}

/**
 * A string still open at the end of a content stream, which pdf.js reads on into the page's next
 * stream (a page's streams are one content to it): its length so far, and its parenthesis depth
 * (0 for a hex string).
 */
export interface OpenString {
  readonly bytes: number;
  /** Parenthesis depth of a literal string; 0 for a hex string, -1 for a word. */
  readonly depth: number;
}

/** What a long token is: a string (literal, hex) or a name, or a word (operator, number, keyword). */
export type TokenKind = 'string' | 'word';

/** The longest token found and its kind. */
export interface LongestToken {
  readonly bytes: number;
  readonly kind: TokenKind;
}

/** Marks a word left open at the end of a content stream. */
const WORD = -1;

/** The longest token in `bytes[start, end)` (or the first over `limit`), and the token left open at `end`. */
function scanStrings(bytes: Buffer, limit: number, start: number, end: number): { longest: LongestToken; open: OpenString | null } {
  let longest = 0;
  let kind: TokenKind = 'string';
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index]!;
    let after: number;
    let found: TokenKind = 'string';
    if (byte === OPEN) {
      const literal = literalEnd(bytes, index, end);
      if (literal.depth > 0) return { longest: longer(longest, kind, end - index, 'string'), open: { bytes: end - index, depth: literal.depth } };
      after = literal.end;
    } else if (byte === LESS && bytes[index + 1] === LESS) {
      index += 1; // a dictionary, not a hex string
      continue;
    } else if (byte === LESS) {
      const close = bytes.indexOf(GREATER, index);
      if (close === -1 || close >= end) return { longest: longer(longest, kind, end - index, 'string'), open: { bytes: end - index, depth: 0 } };
      after = close + 1;
    } else if (byte === PERCENT) {
      // A comment runs to the end of its line (LF or CR).
      const lf = bytes.indexOf(0x0a, index);
      const cr = bytes.indexOf(0x0d, index);
      index = Math.min(lf === -1 ? end : lf, cr === -1 ? end : cr);
      continue;
    } else if (byte === 0x49 && inlineImageData(bytes, index)) {
      index = inlineImageEnd(bytes, index + 2, end) - 1;
      continue;
    } else if (byte === SLASH) {
      // A name: pdf.js builds it the way it builds a string (a 10 MB name aborted the import too).
      after = index + 1;
      while (after < end && !ENDS_NAME[bytes[after]!]) after += 1;
    } else if (!ENDS_NAME[byte]) {
      // A word (operator, number, keyword), to the next whitespace or delimiter.
      after = index + 1;
      while (after < end && !ENDS_NAME[bytes[after]!]) after += 1;
      if (after === end) return { longest: longer(longest, kind, end - index, 'word'), open: { bytes: end - index, depth: WORD } };
      found = 'word';
    } else continue;
    if (after - index > longest) {
      longest = after - index;
      kind = found;
    }
    if (longest > limit) return { longest: { bytes: longest, kind }, open: null };
    index = after - 1;
  }
  return { longest: { bytes: longest, kind }, open: null };
}

/** The longer of two tokens (the first on a tie). */
function longer(bytes: number, kind: TokenKind, other: number, otherKind: TokenKind): LongestToken {
  return other > bytes ? { bytes: other, kind: otherKind } : { bytes, kind };
}

const SLASH = 0x2f;
/** The bytes that end a name: whitespace and delimiters. */
const ENDS_NAME: readonly boolean[] = Array.from({ length: 256 }, (_, byte) => [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25].includes(byte));

/**
 * The longest token — string, name or word — in `bytes[start, end)` (PDF object syntax or a
 * content stream), or the first found over `limit`. Comments and inline image data are skipped.
 */
export function longestToken(bytes: Buffer, limit: number = MAX_PDF_STRING_BYTES, start = 0, end = bytes.length): LongestToken {
  return scanStrings(bytes, limit, start, end).longest;
}

/** The length of `longestToken`. */
export function longestString(bytes: Buffer, limit: number = MAX_PDF_STRING_BYTES, start = 0, end = bytes.length): number {
  return longestToken(bytes, limit, start, end).bytes;
}

/**
 * The longest string over one page's content streams read in order, as pdf.js reads them: a
 * string left open at the end of one runs on into the next. A page whose 10 MB string was cut
 * into ten streams of 1 MB (a 22 KB file) passed a screen that measured each stream alone.
 */
export function longestStringAcross(chunks: Iterable<Buffer>, limit: number = MAX_PDF_STRING_BYTES): LongestToken {
  let longest: LongestToken = { bytes: 0, kind: 'string' };
  let open: OpenString | null = null;
  for (const chunk of chunks) {
    let start = 0;
    if (open !== null) {
      const carried: OpenString = open;
      const kind: TokenKind = carried.depth === WORD ? 'word' : 'string';
      let closed: number;
      if (carried.depth === WORD) {
        // pdf.js reads a page's streams as one: a word runs on into the next stream.
        let after = 0;
        while (after < chunk.length && !ENDS_NAME[chunk[after]!]) after += 1;
        closed = after === chunk.length ? -1 : after;
      } else if (carried.depth === 0) {
        const close = chunk.indexOf(GREATER);
        closed = close === -1 ? -1 : close + 1;
      } else {
        const literal = literalEnd(chunk, 0, chunk.length, carried.depth);
        closed = literal.depth > 0 ? -1 : literal.end;
        if (closed === -1) open = { bytes: carried.bytes + chunk.length, depth: literal.depth };
      }
      if (closed === -1) {
        // Still open: measured whole once it closes (or the page ends), so the length told is the token's.
        if (carried.depth <= 0) open = { bytes: carried.bytes + chunk.length, depth: carried.depth };
        longest = longer(longest.bytes, longest.kind, open.bytes, kind);
        continue;
      }
      longest = longer(longest.bytes, longest.kind, carried.bytes + closed, kind);
      if (longest.bytes > limit) return longest;
      start = closed;
      open = null;
    }
    const scanned = scanStrings(chunk, limit, start, chunk.length);
    longest = longer(longest.bytes, longest.kind, scanned.longest.bytes, scanned.longest.kind);
    if (longest.bytes > limit) return longest;
    open = scanned.open;
  }
  return longest;
}
