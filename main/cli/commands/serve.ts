import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createService } from '../../api/service.js';
import { startServer } from '../../serve/http.js';
import { openCorpusForCli } from '../open-corpus.js';

const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'dist-renderer');

/** `glaneur serve`: runs until interrupted (Ctrl-C), then closes the corpus cleanly. */
export async function runServe(options: { db: string; port: number }): Promise<number> {
  const db = await openCorpusForCli(options.db, { create: true });
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(createService(db), { port: options.port, staticDir: existsSync(rendererDir) ? rendererDir : undefined });
  } catch (error) {
    db.close();
    throw error;
  }
  process.stderr.write(`Glaneur is serving ${options.db} on ${running.url} (127.0.0.1 only; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  db.close();
  return 0;
}
