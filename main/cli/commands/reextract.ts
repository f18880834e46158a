import { dispatch } from '../../api/dispatch.js';
import { createService } from '../../api/service.js';
import type { ReextractSummary } from '../../store/reextract.js';
import { listDocuments } from '../../store/documents.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable, tabLine } from '../printable.js';

/** `glaneur reextract`: one line per document; the decisions kept are counted as `matched`/`kept`. */
export async function runReextract(options: { db: string }): Promise<number> {
  const db = await openCorpusForCli(options.db, {});
  try {
    const names = new Map(listDocuments(db).map((document) => [document.id, document.fileName]));
    const result = await dispatch(createService(db), 'reextract', {});
    if (!result.ok) {
      // The API does not know the file's name; a corpus fault is about this one.
      const about = result.error.code.startsWith('CORPUS_') ? `${options.db}: ` : '';
      process.stderr.write(`glaneur: ${printable(`${about}${result.error.message}`)}\n`);
      return 2;
    }
    for (const summary of result.value as ReextractSummary[]) {
      process.stdout.write(
        tabLine(
          'reextracted',
          names.get(summary.documentId) ?? summary.documentId,
          `${summary.added} new pending, ${summary.replaced} pending replaced, ${summary.matched} decisions matched, ${summary.orphaned} decisions kept as user mentions`,
        ),
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
