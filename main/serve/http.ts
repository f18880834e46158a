/**
 * `glaneur serve`: the API (and, once built, the UI) over HTTP on 127.0.0.1 only.
 * `POST /api/<method>` with a JSON body goes through the same dispatch as IPC. Requests whose
 * `Host` or `Origin` is not this server are refused, so a web page elsewhere cannot drive the
 * corpus through the browser (DNS rebinding, cross-site requests).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiImplementation } from '../api/contract.js';
import { dispatch } from '../api/dispatch.js';
import { fail } from '../api/result.js';

const MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface ServeOptions {
  readonly port: number;
  /** Folder of the built renderer; when absent, `/` explains how to build it. */
  readonly staticDir?: string | undefined;
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(staticDir: string | undefined, path: string, response: ServerResponse): Promise<void> {
  if (staticDir === undefined) {
    send(response, 200, 'Glaneur API is running. The review app is not built yet in this version.', 'text/plain; charset=utf-8');
    return;
  }
  const relative = normalize(decodeURIComponent(path === '/' ? '/index.html' : path)).replace(/^([/\\])+/u, '');
  const file = join(staticDir, relative);
  if (!file.startsWith(staticDir + sep)) {
    send(response, 403, 'forbidden', 'text/plain');
    return;
  }
  try {
    // Sent as bytes: decoding as UTF-8 would corrupt images and fonts.
    send(response, 200, await readFile(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(response, 404, 'not found', 'text/plain');
  }
}

export function startServer(implementation: ApiImplementation, options: ServeOptions): Promise<RunningServer> {
  let allowedHosts = new Set<string>();
  const server = createServer((request, response) => {
    void (async () => {
      const host = request.headers.host ?? '';
      const origin = request.headers.origin;
      if (!allowedHosts.has(host) || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//u, '')))) {
        send(response, 403, JSON.stringify(fail('INVALID_ARGUMENT', 'requests are accepted only from this machine’s Glaneur page')));
        return;
      }
      const url = new URL(request.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') {
          send(response, 405, JSON.stringify(fail('INVALID_ARGUMENT', 'use POST with a JSON body')));
          return;
        }
        const body = await readBody(request);
        if (body === null) {
          send(response, 413, JSON.stringify(fail('INVALID_ARGUMENT', 'request body too large')));
          return;
        }
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          send(response, 400, JSON.stringify(fail('INVALID_ARGUMENT', 'the body is not valid JSON')));
          return;
        }
        const result = await dispatch(implementation, decodeURIComponent(url.pathname.slice('/api/'.length)), input);
        send(response, 200, JSON.stringify(result));
        return;
      }
      if (request.method !== 'GET') {
        send(response, 405, 'method not allowed', 'text/plain');
        return;
      }
      await serveStatic(options.staticDir, url.pathname, response);
    })().catch((error: unknown) => send(response, 500, JSON.stringify(fail('INTERNAL', error instanceof Error ? error.message : String(error)))));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
