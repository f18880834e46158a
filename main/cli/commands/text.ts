import { removeTemporariesOnSignal } from '../../export/output-fs.js';
import { writeOutputFolder } from '../../export/safe-folder.js';
import { exportTexts } from '../../export/text.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable } from '../printable.js';

export async function runText(options: { db: string; out: string; force: boolean }): Promise<number> {
  const db = await openCorpusForCli(options.db, { readOnly: true });
  const stopWatching = removeTemporariesOnSignal();
  try {
    const written = await writeOutputFolder(options.out, 'text', { corpusFile: options.db, force: options.force }, (folder) => exportTexts(db, folder));
    process.stderr.write(`${written.length} text files written to ${printable(options.out)}\n`);
    return 0;
  } finally {
    stopWatching();
    db.close();
  }
}
