import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createService } from '../../api/service.js';
import { createUploadStore } from '../../api/uploads.js';
import { createEventHub } from '../../serve/events.js';
import { startServer } from '../../serve/http.js';
import { corpusVersion } from '../../store/summaries.js';
import { openCorpusForCli } from '../open-corpus.js';

const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'dist-renderer');

/** `glaneur serve`: runs until interrupted (Ctrl-C), then closes the corpus cleanly. */
export async function runServe(options: { db: string; port: number }): Promise<number> {
  const db = await openCorpusForCli(options.db, true);
  if (db === null) return 2;
  // A CLI import in another process shows up in the open app within two seconds.
  const events = createEventHub({ version: () => corpusVersion(db), everyMs: 2000 });
  const uploads = createUploadStore();
  const running = await startServer(createService(db, { emit: events.emit, uploads }), {
    port: options.port,
    staticDir: existsSync(rendererDir) ? rendererDir : undefined,
    events,
    uploads,
  });
  process.stderr.write(`Glaneur is serving ${options.db} (127.0.0.1 only; Ctrl-C to stop). Open:\n`);
  process.stdout.write(`${running.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  uploads.clear();
  db.close();
  return 0;
}
