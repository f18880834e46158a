/**
 * A corpus whose last write was cut short (a crash, a power cut, a full disk) in rollback-journal
 * mode keeps a "hot journal" beside it (`CORPUS-journal`): the pages as they were before that
 * write. SQLite puts them back the next time the file is opened by a connection that may write;
 * a read-only connection cannot, and fails with a misleading "attempt to write a readonly
 * database". Glaneur opens every corpus read-only first (to recognise it without touching it), so
 * without this step such a corpus could be neither exported nor imported into, with a message
 * blaming permissions. (A crash in WAL mode, Glaneur's own, leaves a `-wal` that readers use
 * as it is: nothing to do here.)
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { CorpusError } from '../errors.js';
import { GLANEUR_APPLICATION_ID } from './identity.js';

/** The big-endian 32-bit field at `offset` of the database header, or undefined for a short file. */
function headerField(file: string, offset: number): number | undefined {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(4);
    return readSync(fd, bytes, 0, 4, offset) === 4 ? bytes.readUInt32BE(0) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** SQLite's journal header starts with these 8 bytes; a zeroed or truncated one is not hot. */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

function journalLooksHot(journal: string): boolean {
  if ((statSync(journal, { throwIfNoEntry: false })?.size ?? 0) < JOURNAL_MAGIC.length) return false;
  const fd = openSync(journal, 'r');
  try {
    const bytes = Buffer.alloc(JOURNAL_MAGIC.length);
    readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.equals(JOURNAL_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/**
 * When `file` has a hot journal, rolls the interrupted write back (SQLite's own recovery: the
 * corpus returns to its last committed state, nothing committed is lost), or explains in one line
 * why it cannot: no write access, or a database that is not a Glaneur corpus (left untouched).
 * Returns whether a rollback was done.
 */
export function recoverHotJournal(file: string, canWrite: boolean, options: { readonly nativeBinding?: string | undefined; readonly busyTimeoutMs?: number | undefined } = {}): boolean {
  const journal = `${file}-journal`;
  if (!journalLooksHot(journal)) return false;
  const interrupted = `a write to it was interrupted (a crash left ${journal})`;
  // Bytes 68–71 of the header: the application id, ours on every corpus since it was introduced.
  if (headerField(file, 68) !== GLANEUR_APPLICATION_ID) {
    throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: ${interrupted}, and its header does not say it is a Glaneur corpus, so it was left untouched; open it once with the program that made it (or sqlite3) to finish the rollback`);
  }
  if (!canWrite) {
    throw new CorpusError('CORPUS_READ_ONLY', file, `${file}: ${interrupted}; the corpus and its folder must be writable once so that the write can be rolled back — nothing committed is lost`);
  }
  const db = new BetterSqlite3(file, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
    db.prepare('SELECT count(*) FROM sqlite_master').get(); // the first read rolls the journal back
  } finally {
    db.close();
  }
  return true;
}
