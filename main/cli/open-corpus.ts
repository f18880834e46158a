import { openCorpus, CorpusNotFoundError, type Db } from '../store/db.js';
import { DatabaseTooNewError } from '../store/migrate.js';

/** Opens the corpus for a command; prints a readable error and returns null on a corpus-level problem. */
export async function openCorpusForCli(file: string, create: boolean): Promise<Db | null> {
  try {
    return await openCorpus(file, { create });
  } catch (error) {
    if (error instanceof DatabaseTooNewError || error instanceof CorpusNotFoundError) {
      process.stderr.write(`glaneur: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}
