import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OneCallInflateStream, installOneCallInflate } from '../../../main/ingest/inflate-stream.js';

interface StreamPair {
  readonly readable: AsyncIterable<Uint8Array>;
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}

/** What pdf.js does with a DecompressionStream: write, close, read every chunk (the inflated bytes, or the error). */
async function inflateAsPdfJs(stream: StreamPair, bytes: Uint8Array): Promise<Uint8Array | string> {
  try {
    const writer = stream.writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => {
      await writer.ready;
      await writer.close();
    }).catch(() => undefined);
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream.readable) chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
  } catch {
    return 'failed';
  }
}

const platform = (): StreamPair => new DecompressionStream('deflate') as unknown as StreamPair;
const text = Buffer.from('BT /F1 12 Tf 72 712 Td (Les Jardins de Cocagne) Tj ET\n'.repeat(900));
const deflated = deflateSync(text);

describe('OneCallInflateStream', () => {
  it('inflates what Node’s DecompressionStream inflates, byte for byte', async () => {
    const mine = await inflateAsPdfJs(new OneCallInflateStream(), deflated);
    expect(mine).toEqual(new Uint8Array(text));
    expect(mine).toEqual(await inflateAsPdfJs(platform(), deflated));
  });

  it('inflates an empty stream to no bytes, as the platform does', async () => {
    const empty = deflateSync(Buffer.alloc(0));
    expect(await inflateAsPdfJs(new OneCallInflateStream(), empty)).toEqual(await inflateAsPdfJs(platform(), empty));
  });

  it('fails where the platform fails: a cut stream, a corrupt one, no zlib header', async () => {
    const cut = deflated.subarray(0, deflated.length >> 1);
    const corrupt = Buffer.from(deflated);
    corrupt.fill(0xff, 10, 40);
    for (const bad of [cut, corrupt, Buffer.from('not a zlib stream at all')]) {
      expect(await inflateAsPdfJs(platform(), bad)).toBe('failed');
      expect(await inflateAsPdfJs(new OneCallInflateStream(), bad)).toBe('failed');
    }
  });

  it('treats bytes after the end of the stream as the platform does', async () => {
    const trailing = Buffer.concat([deflated, Buffer.from('\r\nendstream')]);
    expect(await inflateAsPdfJs(new OneCallInflateStream(), trailing)).toEqual(await inflateAsPdfJs(platform(), trailing));
  });
});

describe('installOneCallInflate', () => {
  it('serves deflate itself and hands other formats to the platform', async () => {
    const scope: { DecompressionStream?: unknown } = { DecompressionStream };
    installOneCallInflate(scope);
    const Installed = scope.DecompressionStream as new (format: string) => StreamPair;
    expect(new Installed('deflate')).toBeInstanceOf(OneCallInflateStream);
    const gzip = new Installed('gzip');
    expect(gzip).toBeInstanceOf(DecompressionStream);
    expect(() => new Installed('no-such-format')).toThrow(TypeError);
  });

  it('is idempotent, and throws for other formats where the platform has no stream', () => {
    const scope: { DecompressionStream?: unknown } = {};
    installOneCallInflate(scope);
    const first = scope.DecompressionStream;
    installOneCallInflate(scope);
    expect(scope.DecompressionStream).toBe(first);
    const Installed = first as new (format: string) => object;
    expect(new Installed('deflate')).toBeInstanceOf(OneCallInflateStream);
    expect(() => new Installed('gzip')).toThrow(TypeError);
  });
});
