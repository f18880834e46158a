import { exportTexts } from '../../export/text.js';
import { openCorpusForCli } from '../open-corpus.js';

export async function runText(options: { db: string; out: string }): Promise<number> {
  const db = await openCorpusForCli(options.db, false);
  if (db === null) return 2;
  try {
    const written = await exportTexts(db, options.out);
    process.stderr.write(`${written.length} text files written to ${options.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}
