import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createImportRunner } from '../../api/imports.js';
import { APP_BUSY_TIMEOUT_MS, withBusyRetry } from '../../api/busy.js';
import { createService } from '../../api/service.js';
import { guardedRetry, watchCorpusFile, withCorpusIdentity } from '../../api/corpus-identity.js';
import { busyRetry as busyRetryUntil } from '../../store/busy-retry.js';
import { CorpusError } from '../../errors.js';
import type { Db } from '../../store/db.js';
import { createUploadStore } from '../../api/uploads.js';
import { createEventHub } from '../../serve/events.js';
import { startServer } from '../../serve/http.js';
import { sayWhyServeEnds } from '../../serve/unexpected-end.js';
import { corpusVersion } from '../../store/summaries.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable } from '../printable.js';

/** How long the OCR workers stay loaded after an import from the app (they hold ~100 MB each). */
const OCR_WARM_MS = 5 * 60_000;

const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'dist-renderer');

/**
 * How long a change made through `serve` waits for another program's write lock before answering
 * CORPUS_BUSY. SQLite's own wait (busy_timeout) is synchronous and stopped the whole server: every
 * read, and the app, waited behind one click while an import in another process wrote. So the
 * connection does not wait (busy_timeout 0, once opened) and a call that meets the lock is tried
 * again on the event loop until this deadline (store/busy-retry.ts, api/busy.ts): meanwhile other
 * requests are answered. Reads never wait for a writer (WAL); another program's writes hold the
 * lock for milliseconds.
 */
export const SERVE_BUSY_TIMEOUT_MS = APP_BUSY_TIMEOUT_MS;

/**
 * A read-only corpus is still served, for reading: every change then answers CORPUS_READ_ONLY
 * (the connection itself is read-only, so nothing can be half-written).
 */
async function openForServing(file: string): Promise<{ db: Db; readOnly: boolean }> {
  let opened: { db: Db; readOnly: boolean };
  try {
    // Opening may wait for the lock (no request is being answered yet); serving never does.
    opened = { db: await openCorpusForCli(file, { create: true, busyTimeoutMs: SERVE_BUSY_TIMEOUT_MS }), readOnly: false };
  } catch (error) {
    if (!(error instanceof CorpusError) || error.code !== 'CORPUS_READ_ONLY') throw error;
    opened = { db: await openCorpusForCli(file, { readOnly: true, busyTimeoutMs: SERVE_BUSY_TIMEOUT_MS }), readOnly: true };
  }
  opened.db.pragma('busy_timeout = 0');
  return opened;
}

/** `glaneur serve`: runs until interrupted (Ctrl-C), then closes the corpus cleanly. */
export async function runServe(options: { db: string; port: number }): Promise<number> {
  const { db, readOnly } = await openForServing(options.db);
  if (readOnly) process.stderr.write(`glaneur: ${printable(options.db)} is read-only: it is served for reading, and decisions cannot be saved\n`);
  // A corpus file replaced while served has the old file's log emptied within two seconds (see watchCorpusFile).
  const watch = watchCorpusFile(db);
  // A CLI import in another process shows up in the open app within two seconds.
  const events = createEventHub({ version: () => (watch.replaced() ? 0 : corpusVersion(db)), everyMs: 2000 });
  const uploads = createUploadStore();
  // Every write (the import's documents, reextract's, each call's) first checks the file is still the one opened.
  const busyRetry = guardedRetry(busyRetryUntil(SERVE_BUSY_TIMEOUT_MS), watch, db.name);
  // A scan imported from the app starts reading at once when the last import left OCR loaded.
  const imports = createImportRunner(db, { emit: events.emit, uploads, keepOcrWarmMs: OCR_WARM_MS, busyRetry });
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(withCorpusIdentity(withBusyRetry(createService(db, { emit: events.emit, uploads, imports, busyRetry }), busyRetry), watch, db.name), {
      port: options.port,
      staticDir: existsSync(rendererDir) ? rendererDir : undefined,
      events,
      uploads,
    });
  } catch (error) {
    db.close();
    watch.close();
    throw error;
  }
  // A server that stops by itself says why, in one line (a signal that kills outright excepted).
  const stopping = sayWhyServeEnds({ process, server: running.server, write: (line) => process.stderr.write(line) });
  process.stderr.write(`Glaneur is serving ${printable(options.db)} (127.0.0.1 only; Ctrl-C to stop). Open:\n`);
  process.stdout.write(`${running.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stopping();
  await running.close();
  await imports.close();
  uploads.clear();
  watch.replaced();
  db.close();
  watch.close(); // after the connection: before, it would release the connection's locks
  return 0;
}
