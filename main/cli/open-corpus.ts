import { openCorpus, type Db, type OpenCorpusOptions } from '../store/db.js';

/**
 * Opens the corpus for a command. Problems with the file (missing, not a corpus, damaged, newer,
 * read-only…) are thrown as typed errors that `main.ts` prints as one line with exit code 2.
 */
export function openCorpusForCli(file: string, options: Pick<OpenCorpusOptions, 'create' | 'readOnly' | 'busyTimeoutMs'>): Promise<Db> {
  return openCorpus(file, options);
}
