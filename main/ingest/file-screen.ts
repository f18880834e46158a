/**
 * The screen a file passes on its raw bytes (pdf-objects.ts finds the streams), in two parts
 * that never inflate a stream twice:
 * - `budgets`, before pdf.js opens the file: an image declaring more pixels than an import may
 *   decode (decode-budget.ts), a stream decoding past the ceiling (an 800 KB page of 400 MB of
 *   drawing operators), or a string, name or word (operator, number) too long for pdf.js
 *   (long-strings.ts). Streams are decoded
 *   through every filter pdf.js decodes for page content (stream-decode.ts: Flate, LZW, ASCIIHex,
 *   ASCII85, RunLength, chained), and only when large enough to exceed a limit;
 * - `mayHideText`, once the file is open (a document-wide pass, timed per page by the caller):
 *   whether any content stream may draw hidden text (text-layer-check.ts). The streams `budgets`
 *   already inflated were screened then, from the same bytes; the rest are inflated now.
 * Bytes in, verdicts out.
 */
import { MAX_DECODED_IMAGE_BYTES, MAX_INFLATED_STREAM_BYTES, declaredImage, declaredInlineImages, oversizedImage, type DeclaredImage } from './decode-budget.js';
import { longestStringAcross, longestToken, MAX_PDF_STRING_BYTES, type LongestToken } from './long-strings.js';
import { emptyPasswordDecryptor, type StreamDecryptor } from './pdf-decrypt.js';
import { isRef, type PdfObjects, type PdfRef, type RawStream } from './pdf-objects.js';
import { decodeSteps, mostDecodedBytes, streamFilters, type StreamFilters } from './stream-decode.js';
import { FONT_PROGRAM, contentMayHideText, setsTransparentFill } from './text-layer-check.js';

export interface ScreenOptions {
  /** Look for hidden text (OCR mode `auto`: a hidden layer is checked against OCR). */
  readonly hiddenText: boolean;
  readonly maxDecodedImageBytes?: number;
  readonly maxInflatedBytes?: number;
  readonly maxStringBytes?: number;
}

/** What `budgets` found: the first image or stream over its budget, if any. */
export interface BudgetVerdict {
  /** An image over the decode budget (IMAGE_TOO_LARGE). */
  readonly oversizedImage: DeclaredImage | null;
  /** A stream that inflates past the ceiling (PAGE_TOO_COMPLEX). */
  readonly bomb: { readonly compressedBytes: number } | null;
  /** A string, name or word longer than MAX_PDF_STRING_BYTES (PAGE_TOO_COMPLEX): its length as written, and its kind. */
  readonly longString: LongestToken | null;
}

/** An XMP metadata stream (pdf.js parses it whole, into a tree, when the title is read). */
const METADATA = /\/Type\s*\/Metadata\b/u;

/**
 * Largest XMP metadata pdf.js is let parse: its parser builds a node per element, so 40 MB of
 * short elements (a 120 KB file) took the thread past its heap and a good letter was refused.
 * Real XMP, thumbnails included, stays under a few hundred KB.
 */
export const MAX_METADATA_BYTES = 2 * 1024 * 1024;

/** Images are judged by their declared size, attachments never reach a page: neither is inflated. */
const NOT_INFLATED = /\/Subtype\s*\/Image|\/EmbeddedFile/u;

/** One file's screen; `budgets` first, then `mayHideText`. */
export class FileScreen {
  private readonly maxInflated: number;
  /** Streams (by body offset) already screened for hidden text by `budgets`. */
  private readonly screened = new Set<number>();
  private hides = false;
  /** The size of the largest XMP metadata stream decoded by `budgets` (0 when none was). */
  private metadataBytes = 0;
  /** The file's decryptor (null when it is not encrypted, or not for anyone to open), found on first use. */
  private decryptor: { readonly found: StreamDecryptor | null } | undefined;

  constructor(
    private readonly objects: PdfObjects,
    private readonly options: ScreenOptions,
  ) {
    this.maxInflated = options.maxInflatedBytes ?? MAX_INFLATED_STREAM_BYTES;
  }

  /** The stream's decoded bytes (every filter of its chain, each step under the ceiling), 'too-large', or null when damaged or not decoded here. */
  decoded(stream: RawStream, steps: StreamFilters = this.filtersOf(stream)): Buffer | 'too-large' | null {
    if (steps === 'unknown') return null;
    const raw = this.plain(stream);
    return raw === null ? null : decodeSteps(raw, steps, this.maxInflated);
  }

  /** A stream's bytes as written, decrypted when the file is encrypted for anyone to open; null when they cannot be. */
  private plain(stream: RawStream): Buffer | null {
    const raw = this.objects.bytes.subarray(stream.start, stream.end);
    this.decryptor ??= { found: emptyPasswordDecryptor(this.objects) };
    const { found } = this.decryptor;
    if (found === null || found.leftPlain(stream.dictionary)) return raw;
    if (stream.object === null) return null;
    // The body runs to `endstream`, its end of line included: cut at its /Length when written plainly.
    const length = /\/Length\s+(\d{1,10})(?!\s+\d+\s+R)/u.exec(stream.dictionary)?.[1];
    return found.decrypt(stream.object, length === undefined || Number(length) > raw.length ? raw : raw.subarray(0, Number(length)));
  }

  /** A stream's filters, an indirect `/Filter` or `/DecodeParms` followed. */
  private filtersOf(stream: RawStream): StreamFilters {
    return streamFilters(stream.dictionary, (value) => this.objects.resolve(value));
  }

  private screensText(stream: RawStream): boolean {
    return this.options.hiddenText && !this.hides && !FONT_PROGRAM.test(stream.dictionary);
  }

  /**
   * An image over the budget whose dictionary spells its names with `#xx` escapes
   * (`/Subt#79pe /Im#61ge`), which the byte-level search for `/Subtype` cannot see.
   */
  private escapedImageOver(maxImage: number): DeclaredImage | null {
    for (const stream of this.objects.streams(0)) {
      if (!stream.escaped) continue;
      const image = declaredImage(stream.dictionary, this.objects.bytes);
      if (image !== null && image.decodedBytes > maxImage) return image;
    }
    return null;
  }

  /** Images and streams over their budgets; stops at the first. */
  budgets(): BudgetVerdict {
    const maxImage = this.options.maxDecodedImageBytes ?? MAX_DECODED_IMAGE_BYTES;
    const oversized = oversizedImage(this.objects.bytes, maxImage) ?? this.escapedImageOver(maxImage);
    if (oversized !== null) return { oversizedImage: oversized, bomb: null, longString: null };
    const maxString = this.options.maxStringBytes ?? MAX_PDF_STRING_BYTES;
    const { bytes } = this.objects;
    let gapStart = 0;
    for (const stream of this.objects.streams(0)) {
      // Between streams lies the object syntax (the document information's title among it).
      const gapString = stream.start - gapStart > maxString ? longestToken(bytes, maxString, gapStart, stream.start) : null;
      if (gapString !== null && gapString.bytes > maxString) return { oversizedImage: null, bomb: null, longString: gapString };
      gapStart = stream.end;
      const verdict = this.streamBudgets(stream, maxImage, maxString);
      if (verdict !== null) return verdict;
    }
    const tailString = bytes.length - gapStart > maxString ? longestToken(bytes, maxString, gapStart) : null;
    if (tailString !== null && tailString.bytes > maxString) return { oversizedImage: null, bomb: null, longString: tailString };
    const split = this.splitString(maxString);
    return { oversizedImage: null, bomb: null, longString: split !== null && split.bytes > maxString ? split : null };
  }

  /**
   * The longest string over the streams of each page whose /Contents is an array, read one after
   * another as pdf.js reads them (a string may run on from one stream into the next). Only arrays
   * whose streams could together decode past `maxString` are read.
   */
  private splitString(maxString: number): LongestToken | null {
    const arrays = contentArrays(this.objects);
    if (arrays.length === 0) return null;
    const byNumber = new Map<number, RawStream>();
    for (const stream of this.objects.streams(0)) if (stream.object !== null) byNumber.set(stream.object.num, stream);
    let longest: LongestToken | null = null;
    for (const refs of arrays) {
      const streams = refs.map((ref) => byNumber.get(ref.num)).filter((stream): stream is RawStream => stream !== undefined);
      const most = streams.reduce((sum, stream) => {
        const steps = this.filtersOf(stream);
        return sum + (steps === 'unknown' ? 0 : mostDecodedBytes(stream.end - stream.start, steps));
      }, 0);
      if (streams.length < 2 || most <= maxString) continue;
      const decoded = (function* (screen: FileScreen): Generator<Buffer> {
        for (const stream of streams) {
          const content = screen.decoded(stream);
          yield content === null || content === 'too-large' ? Buffer.alloc(0) : content;
        }
      })(this);
      const across = longestStringAcross(decoded, maxString);
      if (longest === null || across.bytes > longest.bytes) longest = across;
      if (longest.bytes > maxString) return longest;
    }
    return longest;
  }

  /**
   * One stream's budgets: its inflated size (a bomb), its inline images, its longest string or word; the
   * streams decoded here are screened for hidden text at the same time. A stream too small to
   * decode past either limit (by the most its filters can expand) is not decoded.
   */
  private streamBudgets(stream: RawStream, maxImage: number, maxString: number): BudgetVerdict | null {
    if (NOT_INFLATED.test(stream.dictionary)) return null;
    const written = stream.end - stream.start;
    const steps = this.filtersOf(stream);
    if (steps === 'unknown') return null;
    const most = mostDecodedBytes(written, steps);
    const mayBomb = steps.length > 0 && most >= this.maxInflated;
    const mayHoldString = most > maxString && !FONT_PROGRAM.test(stream.dictionary);
    if (!mayBomb && !mayHoldString) return null;
    const content = this.decoded(stream, steps);
    if (content === 'too-large') return mayBomb ? { oversizedImage: null, bomb: { compressedBytes: written }, longString: null } : null;
    if (content === null) return null;
    if (METADATA.test(stream.dictionary)) this.metadataBytes = Math.max(this.metadataBytes, content.length);
    // An inline image big enough to matter makes its (compressed) content stream this large too.
    const inline = mayBomb ? declaredInlineImages(content).find((image) => image.decodedBytes > maxImage) : undefined;
    if (inline !== undefined) return { oversizedImage: inline, bomb: null, longString: null };
    const longest = mayHoldString && content.length > maxString ? longestToken(content, maxString) : null;
    if (longest !== null && longest.bytes > maxString) return { oversizedImage: null, bomb: null, longString: longest };
    if (steps.length > 0 && this.screensText(stream)) {
      this.screened.add(stream.start);
      if (contentMayHideText(content.toString('latin1'))) this.hides = true;
    }
    return null;
  }

  /** Whether `budgets` found XMP metadata too large for pdf.js to parse (MAX_METADATA_BYTES): the title is then not read from it. */
  metadataTooLarge(): boolean {
    return this.metadataBytes > MAX_METADATA_BYTES;
  }

  /**
   * Whether some content stream may draw hidden text, so that the text pages' operator lists
   * are to be read; always false unless asked for in the options.
   */
  mayHideText(): boolean {
    if (!this.options.hiddenText) return false;
    if (this.hides || setsTransparentFill(this.objects.bytes)) return true;
    for (const stream of this.objects.streams(0)) {
      if (this.screened.has(stream.start) || NOT_INFLATED.test(stream.dictionary) || !this.screensText(stream)) continue;
      const content = this.decoded(stream);
      if (content !== null && content !== 'too-large' && contentMayHideText(content.toString('latin1'))) return true;
    }
    return false;
  }
}

/** How far after `/Contents` its array is read: a short window first, a long one for a long array. */
const CONTENTS_WINDOWS = [1024, 65_536] as const;

/** The /Contents arrays of two streams or more, written plainly or in object streams (a reference to an array followed). */
function contentArrays(objects: PdfObjects): PdfRef[][] {
  const arrays: PdfRef[][] = [];
  /** The array at the start of `window` (the text after a `/Contents`); false when the window may have cut it. */
  const one = (window: string): boolean => {
    const direct = /^\s*\[((?:\s*\d+\s+\d+\s+R)+)\s*\]/u.exec(window);
    let refs: PdfRef[] | null = null;
    if (direct !== null) refs = [...direct[1]!.matchAll(/(\d+)\s+(\d+)\s+R/gu)].map((ref) => ({ num: Number(ref[1]), gen: Number(ref[2]) }));
    else if (/^\s*\[[\d\sR]*$/u.test(window)) return false;
    else {
      const indirect = /^\s*(\d+)\s+(\d+)\s+R/u.exec(window);
      const value = indirect === null ? undefined : objects.get({ num: Number(indirect[1]), gen: Number(indirect[2]) })?.value;
      if (Array.isArray(value)) refs = value.filter(isRef);
    }
    if (refs !== null && refs.length >= 2) arrays.push(refs);
    return true;
  };
  const { bytes } = objects;
  for (let at = bytes.indexOf('/Contents'); at !== -1; at = bytes.indexOf('/Contents', at + 9)) {
    for (const size of CONTENTS_WINDOWS) if (one(bytes.toString('latin1', at + 9, at + 9 + size))) break;
  }
  const packed = objects.objectStreams();
  if (packed.present()) {
    const text = packed.text();
    for (let at = text.indexOf('/Contents'); at !== -1; at = text.indexOf('/Contents', at + 9)) one(text.slice(at + 9, at + 9 + CONTENTS_WINDOWS[1]));
  }
  return arrays;
}
