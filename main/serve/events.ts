/**
 * Server-Sent Events for `glaneur serve`: every connected page gets every ApiEvent, plus a
 * `corpus-changed` when another process (a CLI import) commits to the corpus, noticed by polling
 * SQLite's `data_version`, which changes only on other connections' commits.
 */
import type { ServerResponse } from 'node:http';
import type { ApiEvent } from '../api/events.js';

export interface EventHub {
  emit(event: ApiEvent): void;
  attach(response: ServerResponse): void;
  close(): void;
}

export function createEventHub(watch?: { readonly version: () => number; readonly everyMs: number }): EventHub {
  const clients = new Set<ServerResponse>();
  const send = (event: ApiEvent): void => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of clients) client.write(frame);
  };
  let seen = watch?.version();
  const timer =
    watch === undefined
      ? undefined
      : setInterval(() => {
          let now: number;
          try {
            now = watch.version();
          } catch {
            return; // the corpus is locked by another program just now: looked at again next time
          }
          if (now !== seen) {
            seen = now;
            send({ type: 'corpus-changed' });
          }
        }, watch.everyMs);
  timer?.unref();
  // Comments keep idle connections open through proxies and tell a dead client apart.
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 25_000);
  keepAlive.unref();
  return {
    emit: send,
    attach(response) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    close() {
      if (timer !== undefined) clearInterval(timer);
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
