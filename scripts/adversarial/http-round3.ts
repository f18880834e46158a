/**
 * The third round of hostile HTTP requests to `glaneur serve` (issue 13): slow clients holding
 * connections open (headers or bodies trickling in), huge headers, many uploads at once, upload
 * names that try to leave the upload folder or pass for something else, content types that are
 * almost right, and forged tokens. Each row says what the server answered; the slow ones say
 * whether a normal request was still answered meanwhile, and how fast.
 */
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** Opens `count` connections that each send the start of a request and then one byte every second. */
function slowClients(origin: string, count: number, start: string): { sockets: Socket[]; stop: () => void } {
  const { hostname, port } = new URL(origin);
  const sockets: Socket[] = [];
  for (let index = 0; index < count; index += 1) {
    const socket = connect(Number(port), hostname);
    socket.on('error', () => undefined);
    socket.write(start);
    sockets.push(socket);
  }
  const timer = setInterval(() => sockets.forEach((socket) => socket.writable && socket.write('a')), 1000);
  return { sockets, stop: () => (clearInterval(timer), sockets.forEach((socket) => socket.destroy())) };
}

/** One raw request (for headers Node's client would refuse to send), answered by its status line. */
function rawRequest(origin: string, text: string): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => (answer += chunk));
    const done = (): void => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/u.exec(answer)?.[1] ?? 0), body: answer.split('\r\n\r\n')[1]?.slice(0, 120) ?? answer.slice(0, 60), ms: performance.now() - started });
    socket.on('close', done).on('error', () => undefined);
    socket.end(text);
    setTimeout(() => socket.destroy(), 10_000);
  });
}

export async function round3HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const host = new URL(origin).host;
  const normal = (): Promise<Answer> => send('/api/listDocuments', { body: '{}', headers: json });

  const headers = slowClients(origin, 300, `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const during = await normal();
  headers.stop();
  row('300 connections trickling their headers (slowloris), then a normal call', { ...during, body: `normal call: HTTP ${during.status}, answered in ${during.ms.toFixed(0)} ms` });

  const bodies = slowClients(origin, 100, `POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nX-Glaneur-Token: ${token}\r\nContent-Length: 100000\r\n\r\n{`);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const duringBodies = await normal();
  bodies.stop();
  row('100 API calls trickling their bodies (slow POST), then a normal call', { ...duringBodies, body: `normal call: HTTP ${duringBodies.status}, answered in ${duringBodies.ms.toFixed(0)} ms` });

  row('a 64 KB header', await rawRequest(origin, `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`));
  row('3 000 headers', await rawRequest(origin, `GET / HTTP/1.1\r\nHost: ${host}\r\n${Array.from({ length: 3000 }, (_, index) => `X-H${index}: 1\r\n`).join('')}\r\n`));

  const upload = { 'content-type': 'application/octet-stream', 'x-glaneur-token': token };
  const uploads = await Promise.all(Array.from({ length: 30 }, (_, index) => send(`/upload?name=lot-${index}.pdf`, { body: Buffer.alloc(20 * 1024 * 1024, 0x20), headers: upload })));
  row('30 uploads of 20 MB at once', { status: 200, body: `${uploads.filter((answer) => answer.status === 200).length}/30 stored`, ms: Math.max(...uploads.map((answer) => answer.ms)) });

  const hostileNames = ['../../../../tmp/glaneur-evil.pdf', '..\\..\\..\\evil.pdf', '/etc/passwd', 'CON.pdf', 'rapport\u202efdp.exe.pdf', 'nul\u0000.pdf', '.', 'a'.repeat(5000)];
  for (const [index, name] of hostileNames.entries()) {
    // Each a different (broken) file, so that each is stored under its own name, as a failed document.
    const answer = await send(`/upload?name=${encodeURIComponent(name)}`, { body: Buffer.from(`%PDF-1.4\n% ${index}\n`), headers: upload });
    const id = (JSON.parse(answer.status === 200 ? answer.body : '{}') as { value?: { uploadId?: string } }).value?.uploadId;
    const started = id === undefined ? undefined : await send('/api/startImport', { body: JSON.stringify({ uploads: [id] }), headers: json });
    row(`an upload named ${JSON.stringify(name.length > 40 ? `${name.slice(0, 12)}… (${name.length} chars)` : name)}`, { ...answer, body: `${answer.body}${started === undefined ? '' : `; import: HTTP ${started.status}`}` });
  }
  // The imports above (a broken PDF each, stored as a failed document under its name) run in the background.
  let documents: Answer = { status: 0, body: '', ms: 0 };
  let names: string[] = [];
  for (let waited = 0; waited < 120 && names.length < hostileNames.length; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    documents = await send('/api/listDocuments', { body: '{}', headers: json });
    names = ((JSON.parse(documents.body) as { value?: { fileName: string }[] }).value ?? []).map((document) => document.fileName).filter((fileName) => !fileName.startsWith('000'));
  }
  row('the names those uploads were stored under', { ...documents, body: JSON.stringify(names).slice(0, 300) });

  for (const type of ['application/json; charset=utf-16', 'application/jsonp', 'text/json', 'multipart/form-data; boundary=x']) {
    row(`an API call sent as ${type}`, await send('/api/listDocuments', { body: '{}', headers: { ...json, 'content-type': type } }));
  }
  row('an upload sent as multipart/form-data', await send('/upload?name=a.pdf', { body: '--x\r\n\r\n%PDF\r\n--x--', headers: { ...upload, 'content-type': 'multipart/form-data; boundary=x' } }));

  row('the token in a cookie, one character changed', await send('/api/listDocuments', { body: '{}', headers: { 'content-type': 'application/json', cookie: `glaneur_session=${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}` } }));
  row('the token twice in the cookie (wrong one first)', await send('/api/listDocuments', { body: '{}', headers: { 'content-type': 'application/json', cookie: `glaneur_session=x; glaneur_session=${token}` } }));
  row('an empty token header', await send('/api/listDocuments', { body: '{}', headers: { ...json, 'x-glaneur-token': '' } }));
  row('the token with a prefix of it only', await send('/api/listDocuments', { body: '{}', headers: { ...json, 'x-glaneur-token': token.slice(0, 8) } }));
  row('the token 1 MB long', await send('/api/listDocuments', { body: '{}', headers: { ...json, 'x-glaneur-token': token.repeat(20_000).slice(0, 12_000) } }));
  row('the events stream without the token', await new Promise<Answer>((resolve) => {
    const started = performance.now();
    const req = request(`${origin}/events`, { method: 'GET', agent: false }, (res) => {
      resolve({ status: res.statusCode ?? 0, body: '', ms: performance.now() - started });
      res.destroy();
    });
    req.on('error', () => resolve({ status: 0, body: 'error', ms: performance.now() - started }));
    req.end();
  }));
}
