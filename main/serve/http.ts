/**
 * `glaneur serve`: the review app and its API over HTTP on 127.0.0.1 only.
 *
 * Who may call: a request must (1) name this server in `Host` (and `Origin`, when sent), so a page
 * elsewhere cannot drive the corpus through the browser (DNS rebinding, cross-site requests), and
 * (2) carry this run's random token (see session.ts), so another local user or program cannot
 * either. API calls are `POST /api/<method>` with `content-type: application/json` (a cross-site
 * form cannot send that without a preflight), go through the same dispatch as IPC, and never
 * choose their actor: the audit log records the session's user.
 *
 * Also: `GET /events` (Server-Sent Events, see events.ts), `POST /upload?name=…` (a file's bytes,
 * before `startImport`), and the built renderer's files.
 *
 * Clients that hold connections rather than use them are bounded: headers within
 * HEADERS_TIMEOUT_MS, a body refused early closed at once, and no more than MAX_CONNECTIONS
 * held at once, the oldest idle closed first (connection-cap.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiImplementation } from '../api/contract.js';
import { dispatch } from '../api/dispatch.js';
import { fail, ok } from '../api/result.js';
import { MAX_UPLOAD_BYTES, type UploadStore } from '../api/uploads.js';
import { printable } from '../util/printable.js';
import { capConnections } from './connection-cap.js';
import type { EventHub } from './events.js';
import { isAuthorised, matchesToken, newToken, sessionCookie } from './session.js';

const MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

/**
 * The page may load only its own scripts, styles, workers and images; WebAssembly is allowed to
 * compile (pdf.js decodes JPEG 2000 scans with it) but not `eval`. No frame may embed it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' blob: data:; " +
  "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

export interface ServeOptions {
  readonly port: number;
  /** Folder of the built renderer; when absent, `/` explains how to build it. */
  readonly staticDir?: string | undefined;
  /** The session token (random per run when omitted; tests pass one). */
  readonly token?: string | undefined;
  /** Where `/events` clients are attached; no event stream when absent. */
  readonly events?: EventHub | undefined;
  /** Where `/upload` puts files; uploads refused when absent. */
  readonly uploads?: UploadStore | undefined;
  /** How long an API call's body may take to arrive (API_BODY_DEADLINE_MS when omitted). */
  readonly bodyDeadlineMs?: number | undefined;
  /** How slowly an upload may arrive (UPLOAD_PACE when omitted). */
  readonly uploadPace?: UploadPace | undefined;
  /** Told of the listening server's errors (one line on stderr when omitted); it goes on serving. */
  readonly onServerError?: ((error: Error) => void) | undefined;
}

export interface RunningServer {
  /** The address to open, token included: the only way in. */
  readonly url: string;
  /** The address without the token. */
  readonly origin: string;
  readonly token: string;
  readonly server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json', extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  response.end(body);
}

function sendFailure(response: ServerResponse, status: number, message: string): void {
  send(response, status, JSON.stringify(fail('INVALID_ARGUMENT', message)));
}

/**
 * Most pieces a request body may arrive in. A body sent in one-byte HTTP chunks was kept as a
 * million Buffer objects: 1 MB of JSON grew the server by 400 MB and held it 17 s before the 413.
 * A client sends its body in TCP segments or larger pieces (1 MB in 1 460-byte segments is 720).
 */
const MAX_BODY_PIECES = 16_384;

/**
 * How long an API body may take to arrive, from the request's headers to its last byte. A body
 * that never ends (a chunked one without its last chunk, or one byte every few seconds) held its
 * connection and its buffers until Node's request timeout, 300 s: a few hundred such clients
 * would hold the server's sockets. A megabyte on this machine's loopback takes milliseconds.
 */
export const API_BODY_DEADLINE_MS = 10_000;

/**
 * The request's body; 'too large' when it is larger than `limit` bytes or comes in more than
 * MAX_BODY_PIECES pieces, 'too slow' when it has not ended `deadlineMs` after the call began.
 */
async function readBody(request: IncomingMessage, limit: number, deadlineMs: number): Promise<Buffer | 'too large' | 'too slow'> {
  // A deadline is a pace with no rate: all of the body within its grace (pacedUpload).
  const { chunks: arriving, late, stop } = pacedUpload(request, { graceMs: deadlineMs, bytesPerSecond: Number.POSITIVE_INFINITY });
  const whole = (async (): Promise<Buffer | 'too large'> => {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of arriving) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit || chunks.length >= MAX_BODY_PIECES) return 'too large';
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  })();
  // Once late, the connection is destroyed and the loop above fails: that failure is nobody's.
  whole.catch(() => undefined);
  try {
    return await Promise.race([whole, late.then(() => 'too slow' as const)]);
  } finally {
    stop();
  }
}

/**
 * How slowly an upload may arrive: its first `graceMs`, then at least `bytesPerSecond` on average
 * from its start. An upload that stalls (or sends a byte every few seconds) held its connection,
 * its open file and its folder until Node's request timeout, 300 s, as an API body did before
 * API_BODY_DEADLINE_MS. The largest upload allowed (MAX_UPLOAD_BYTES) at this pace takes 74 s;
 * on this machine's loopback it takes a second or two.
 */
export interface UploadPace {
  readonly graceMs: number;
  readonly bytesPerSecond: number;
}

export const UPLOAD_PACE: UploadPace = { graceMs: 10_000, bytesPerSecond: 8 * 1024 * 1024 };

/**
 * The upload's (or an API body's) bytes as they arrive, and a promise that resolves once they fall
 * behind `pace`. The caller then answers and closes the connection: the stream fails, and its file is removed.
 */
function pacedUpload(request: IncomingMessage, pace: UploadPace): { chunks: AsyncIterable<Uint8Array>; late: Promise<void>; stop: () => void } {
  const started = performance.now();
  let received = 0;
  let timer: NodeJS.Timeout | undefined;
  let resolveLate: () => void = () => undefined;
  const late = new Promise<void>((resolve) => {
    resolveLate = resolve;
  });
  const deadline = (): number => started + pace.graceMs + (received / pace.bytesPerSecond) * 1000;
  const check = (): void => {
    const left = deadline() - performance.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    resolveLate();
  };
  timer = setTimeout(check, pace.graceMs);
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of request) {
      received += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  return { chunks: counted(), late, stop: () => clearTimeout(timer) };
}

/**
 * How long a connection may take to send a request's headers, from its first byte (or from its
 * opening, for one that sends nothing). Node's default, 60 s checked every 30 s, let a client that
 * opens a connection and sends nothing, or a header byte every few seconds, hold a socket for
 * 90 s: a few thousand of them held as many descriptors and buffers. A local browser sends its
 * headers in milliseconds.
 */
export const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Connections the kernel may queue before the server takes them (Node's default is 511; Linux
 * caps it at `net.core.somaxconn`). A burst of a few thousand connections overflowed 511: with SYN
 * cookies the client then holds a connection the server never sees (hundreds of the round-11
 * flood stayed open on the client's side, no descriptor on the server's) — the app's own request
 * caught in such a burst waits for it. Queued, each is taken, and closed by the cap if idle.
 */
const LISTEN_BACKLOG = 4096;

/** How often Node looks for connections past their headers or request timeout (30 s by default). */
const CONNECTIONS_CHECK_MS = 1_000;

/**
 * The longest a whole request may take to arrive: above the slowest upload UPLOAD_PACE lets
 * through (its largest file, at its pace, after its grace), which answers 408 itself. Node's
 * default is 300 s.
 */
function requestTimeoutMs(pace: UploadPace): number {
  return pace.graceMs + (MAX_UPLOAD_BYTES / pace.bytesPerSecond) * 1000 + 30_000;
}

/**
 * How long the rest of a body may take to arrive once its request was answered without it. A
 * client's small body often comes just after its headers, and is read (and discarded) by Node as
 * usual; a megabyte takes milliseconds on the loopback.
 */
const ANSWERED_BODY_GRACE_MS = 1_000;

/**
 * Closes the connection when an answer was given before its request's body was all in (a
 * refusal: no token, another site, not JSON, too large; or a body a route does not read) and the
 * rest does not follow within ANSWERED_BODY_GRACE_MS. Node otherwise kept reading, and
 * discarding, that body on a kept-alive connection: one that never ended (announced as 10 GB, or
 * chunked without its last chunk) held its socket until the request timeout, 300 s, whatever was
 * answered.
 */
function closeWhenAnsweredEarly(request: IncomingMessage, response: ServerResponse): void {
  // Taken now: by the time the answer has gone, Node may have let go of it (`request.socket` null).
  const socket = request.socket;
  response.once('finish', () => {
    if (request.complete || socket.destroyed) return;
    const timer = setTimeout(() => {
      if (!request.complete) socket.destroy();
    }, ANSWERED_BODY_GRACE_MS);
    request.once('end', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  });
}

const LOCKED_PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Glaneur</title>
<body><h1>Glaneur</h1><p>Cette adresse est protégée. Ouvrez l’adresse complète (avec <code>?token=…</code>) affichée par
<code>glaneur serve</code> dans le terminal.</p></body></html>`;

async function serveStatic(staticDir: string | undefined, path: string, response: ServerResponse): Promise<void> {
  if (staticDir === undefined) {
    send(response, 200, 'Glaneur API is running, but the review app is not built: run `npm install` (or `npm run build`).', 'text/plain; charset=utf-8');
    return;
  }
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/u, '');
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

/** Parses the request URL; undefined for a malformed one (answered 400, never 500). */
function parseUrl(request: IncomingMessage, host: string): { url: URL; path: string } | undefined {
  try {
    const url = new URL(request.url ?? '/', `http://${host}`);
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return undefined;
  }
}

async function handleApi(implementation: ApiImplementation, method: string, request: IncomingMessage, response: ServerResponse, deadlineMs: number): Promise<void> {
  if (request.method !== 'POST') return sendFailure(response, 405, 'use POST with a JSON body');
  if (!/^application\/json\b/iu.test(request.headers['content-type'] ?? '')) return sendFailure(response, 415, 'API calls must be sent as application/json');
  const body = await readBody(request, MAX_BODY_BYTES, deadlineMs);
  if (body === 'too large') return sendFailure(response, 413, 'request body too large (or in too many pieces)');
  if (body === 'too slow') {
    // Answered, then the connection closed: the rest of the body is not waited for.
    send(response, 408, JSON.stringify(fail('INVALID_ARGUMENT', `the request body did not arrive within ${deadlineMs / 1000} s`)), 'application/json', { connection: 'close' });
    response.once('finish', () => request.socket.destroy());
    return;
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendFailure(response, 400, 'the body is not valid JSON');
  }
  // The actor is the session's user, never what the page claims.
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) delete (input as Record<string, unknown>).actor;
  send(response, 200, JSON.stringify(await dispatch(implementation, method, input)));
}

async function handleUpload(uploads: UploadStore | undefined, url: URL, request: IncomingMessage, response: ServerResponse, pace: UploadPace): Promise<void> {
  if (request.method !== 'POST') return sendFailure(response, 405, 'use POST with the file as the body');
  if (uploads === undefined) return sendFailure(response, 404, 'uploads are not enabled on this server');
  if (!/^application\/(?:octet-stream|pdf)\b/iu.test(request.headers['content-type'] ?? '')) return sendFailure(response, 415, 'send the file as application/octet-stream');
  const name = url.searchParams.get('name');
  if (name === null || name.trim() === '') return sendFailure(response, 400, 'name the file: /upload?name=…');
  // Written to disk as it arrives: a 500 MB scan (or several at once) must not sit in memory.
  const { chunks, late, stop } = pacedUpload(request, pace);
  const tooSlow = late.then(() => 'too slow' as const);
  const saving = uploads.saveStream(name, chunks, MAX_UPLOAD_BYTES);
  // Once late, the connection is closed and the saving fails (its file removed): that failure is nobody's.
  saving.catch(() => undefined);
  let uploadId: string | null | 'too slow';
  try {
    uploadId = await Promise.race([saving, tooSlow]);
  } finally {
    stop();
  }
  if (uploadId === 'too slow') {
    send(response, 408, JSON.stringify(fail('INVALID_ARGUMENT', `the upload arrived too slowly (under ${pace.bytesPerSecond / 1024 / 1024} MB/s after its first ${pace.graceMs / 1000} s)`)), 'application/json', { connection: 'close' });
    // With an error, so that the stream being saved fails and its file is removed (a plain close
    // would end it as if complete, and leave the partial file).
    response.once('finish', () => request.destroy(new Error('upload too slow')));
    return;
  }
  if (uploadId === null) return sendFailure(response, 413, `file larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  send(response, 200, JSON.stringify(ok({ uploadId })));
}

/**
 * The listening server's errors on stderr, one line each, at most one every 10 s: a burst of
 * failed accepts (no descriptor left) would otherwise fill the terminal.
 */
function serverErrorLines(): (error: Error) => void {
  let saidAt = Number.NEGATIVE_INFINITY;
  let unsaid = 0;
  return (error) => {
    const now = performance.now();
    if (now - saidAt < 10_000) {
      unsaid += 1;
      return;
    }
    saidAt = now;
    process.stderr.write(`glaneur serve: ${printable(error.message)}${unsaid > 0 ? ` (and ${unsaid} more errors since the last one said)` : ''}\n`);
    unsaid = 0;
  };
}

export function startServer(implementation: ApiImplementation, options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const pace = options.uploadPace ?? UPLOAD_PACE;
  let allowedHosts = new Set<string>();
  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    if (!allowedHosts.has(host) || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//u, '')))) {
      return sendFailure(response, 403, 'requests are accepted only from this machine’s Glaneur page');
    }
    const parsed = parseUrl(request, host);
    if (parsed === undefined) return sendFailure(response, 400, 'malformed URL');
    const { url, path } = parsed;
    if (path === '/' && url.searchParams.has('token')) {
      if (!matchesToken(url.searchParams.get('token'), token)) return send(response, 401, LOCKED_PAGE, 'text/html; charset=utf-8');
      // The token moves to a cookie and out of the address bar (and of the history).
      return send(response, 303, '', 'text/plain', { location: '/', 'set-cookie': sessionCookie(token) });
    }
    if (!isAuthorised(request, token)) {
      return path.startsWith('/api/') || path === '/upload' || path === '/events'
        ? sendFailure(response, 401, 'missing or wrong session token: open the address glaneur serve printed')
        : send(response, 401, LOCKED_PAGE, 'text/html; charset=utf-8');
    }
    if (path.startsWith('/api/')) return handleApi(implementation, path.slice('/api/'.length), request, response, options.bodyDeadlineMs ?? API_BODY_DEADLINE_MS);
    if (path === '/upload') return handleUpload(options.uploads, url, request, response, pace);
    if (path === '/events' && options.events !== undefined) return options.events.attach(response);
    if (request.method !== 'GET') return send(response, 405, 'method not allowed', 'text/plain');
    return serveStatic(options.staticDir, path, response);
  };
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: requestTimeoutMs(pace), connectionsCheckingInterval: CONNECTIONS_CHECK_MS }, (request, response) => {
    connections.answering(request.socket, response);
    closeWhenAnsweredEarly(request, response);
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, JSON.stringify(fail('INTERNAL', error instanceof Error ? error.message : String(error))));
      else response.end();
    });
  });
  // No more than MAX_CONNECTIONS held at once, the idle ones closed first (connection-cap.ts).
  const connections = capConnections(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', LISTEN_BACKLOG, () => {
      // Once listening, an error of the server (a connection it could not accept: no descriptor
      // left) is said and the server goes on. The listener above stayed: it took the first such
      // error silently, and the second, with no listener, ended the process.
      server.off('error', reject);
      server.on('error', options.onServerError ?? serverErrorLines());
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      const base = `http://127.0.0.1:${port}`;
      resolve({
        url: `${base}/?token=${token}`,
        origin: base,
        token,
        server,
        close: () =>
          new Promise((done) => {
            options.events?.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
