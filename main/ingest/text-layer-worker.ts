/**
 * Worker-thread entry: runs the text-layer pass for the documents its parent sends, one at a
 * time. pdf.js in Node parses on the calling thread, so threads are how parsing uses every core.
 */
import { parentPort } from 'node:worker_threads';
import { IngestError } from './errors.js';
import { loadPdfJs } from './pdf-document.js';
import { readTextLayer, type TextLayer } from './text-layer.js';

/** What the parent sends: the file's bytes (transferred, not copied) and its name for messages. */
export interface TextLayerRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/** What the worker answers: the layer, or the error rebuilt on the other side. */
export type TextLayerReply =
  | { readonly ok: true; readonly layer: TextLayer }
  | { readonly ok: false; readonly code: string | null; readonly message: string };

const port = parentPort;
if (port !== null) {
  void loadPdfJs(); // load it now, before the first document arrives
  port.on('message', (request: TextLayerRequest) => {
    readTextLayer(request.bytes, request.fileName).then(
      (layer) => port.postMessage({ ok: true, layer } satisfies TextLayerReply),
      (error: unknown) => {
        const code = error instanceof IngestError ? error.code : null;
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ ok: false, code, message } satisfies TextLayerReply);
      },
    );
  });
}
