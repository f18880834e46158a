/**
 * pdf.js inflates a page's content streams (and fonts, CMaps, images) through the web
 * `DecompressionStream`, then falls back to its own JavaScript decoder when that fails. Node's
 * `DecompressionStream` is a chain of JavaScript streams around zlib (a writer, a transform, a
 * reader, promises and a copy per 16 KB chunk): in a document thread it cost more CPU than the
 * inflating itself. `OneCallInflateStream` offers pdf.js the same surface for the `deflate` format
 * and inflates with one synchronous zlib call once the writer is closed; the bytes, and the errors
 * (a corrupt or cut stream fails either way, and pdf.js then decodes it itself), are zlib's in both.
 * Other formats go to the platform's own stream. Installed in the document thread only
 * (document-worker.ts), before pdf.js is loaded.
 */
import { inflateSync } from 'node:zlib';

/** The part of a web `WritableStreamDefaultWriter` pdf.js uses. */
interface Writer {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * `new DecompressionStream('deflate')` as pdf.js reads it: a writer it writes the compressed bytes
 * to and closes, and a readable it iterates for the inflated bytes (here one chunk).
 */
export class OneCallInflateStream {
  readonly writable: { getWriter(): Writer };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor() {
    const written: Uint8Array[] = [];
    let closed: () => void = () => undefined;
    const whenClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const writer: Writer = {
      ready: Promise.resolve(),
      write: (chunk) => {
        written.push(chunk);
        return Promise.resolve();
      },
      close: () => {
        closed();
        return Promise.resolve();
      },
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await whenClosed;
        const input = written.length === 1 ? (written[0] as Uint8Array) : Buffer.concat(written);
        const inflated = inflateSync(input);
        if (inflated.byteLength > 0) yield new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
      },
    };
  }
}

type DecompressionConstructor = new (format: string) => object;

/**
 * Makes `globalThis.DecompressionStream` inflate `deflate` in one call (`OneCallInflateStream`),
 * other formats with the platform's stream (or throw as it does when there is none). Idempotent.
 */
export function installOneCallInflate(scope: { DecompressionStream?: unknown } = globalThis): void {
  const platform = scope.DecompressionStream as (DecompressionConstructor & { oneCall?: true }) | undefined;
  if (platform?.oneCall === true) return;
  const oneCall = function DecompressionStream(format: string): object {
    if (String(format) === 'deflate') return new OneCallInflateStream();
    if (platform === undefined) throw new TypeError(`Unsupported compression format: ${String(format)}`);
    return new platform(format);
  } as unknown as DecompressionConstructor & { oneCall: true };
  oneCall.oneCall = true;
  scope.DecompressionStream = oneCall;
}
