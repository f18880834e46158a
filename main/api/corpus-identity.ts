/**
 * The corpus file a long-running server opened must still be the file at its path. Replacing it
 * while `glaneur serve` or the app runs (restoring a backup over it, `mv other.sqlite corpus.sqlite`)
 * leaves the open connection on the old file, but its write-ahead log is found by name: the next
 * decision wrote the old corpus's pages into `corpus.sqlite-wal`, which SQLite then applied to the
 * new file — "database disk image is malformed", the restored corpus destroyed. Every API call
 * first checks that the path still names the file opened (device and inode, one `stat`), and
 * otherwise answers CORPUS_UNREADABLE, writing nothing.
 */
import { statSync } from 'node:fs';
import { firstBytes } from '../export/output-fs.js';
import { CorpusError } from '../errors.js';
import type { BusyRetry } from '../store/busy-retry.js';
import type { Db } from '../store/db.js';
import type { ApiImplementation, ApiMethod } from './contract.js';

/** Identity of the file at `file` now: device and inode, or null when nothing is there. */
function identityOf(file: string): string | null {
  try {
    const info = statSync(file, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** The first `length` bytes of `file` (fewer when it is shorter; none when it cannot be read). */
function headOf(file: string, length: number): Buffer {
  try {
    return firstBytes(file, length);
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Whether the log at `file-wal` is still the one the wal-index at `file-shm` describes. Both are
 * compared by inode first, but `cp backup.sqlite-wal corpus.sqlite-wal` writes into the same inode:
 * the log is then a backup's, and checkpointing it from this connection's index, then truncating
 * it, would lose that backup's changes. A log holds its salts at bytes 16-23 of its 32-byte header;
 * the wal-index header (shared memory, kept by this connection) holds the same salts at bytes
 * 32-39. A log of fewer than 32 bytes holds nothing to lose: it is ours only if the index says
 * it holds no frame (`mxFrame`, bytes 16-19) either.
 */
export function logMatchesIndex(file: string): boolean {
  const log = headOf(`${file}-wal`, 32);
  const index = headOf(`${file}-shm`, 48);
  if (index.length < 48) return false;
  if (log.length < 32) return index.readUInt32LE(16) === 0;
  return log.subarray(16, 24).equals(index.subarray(32, 40));
}

/** What a corpus's path and its two companions (`-wal`, `-shm`) named when it was opened. */
interface OpenedFiles {
  readonly main: string | null;
  readonly wal: string | null;
  readonly shm: string | null;
}

/**
 * Watches the file a long-running connection opened. Replaced, the old connection's write-ahead
 * log stays at `corpus.sqlite-wal`, the name SQLite looks for next to the new file: whoever opened
 * the new file next (an `export` after `serve` was stopped, say, or while it ran) had the old
 * corpus's pages applied over it — the restored backup silently turned back into the corpus it
 * replaced, or left malformed. SQLite itself, closing a connection whose file moved, neither
 * checkpoints nor removes the log, which is right when the log by that name is the new file's
 * own, and wrong when it is still the old one's. So, once the path names another file, and while
 * the log and its index by those names are still the ones this connection opened, the log is
 * checkpointed into the file opened (wherever it now is, or gone) and emptied: nothing of it can
 * be applied to the new file, and nothing of the new file's is written or removed.
 *
 * What it does not see. The file is known by its inode: a file replaced by writing into it
 * (`cp backup.sqlite corpus.sqlite` over the open corpus, where `mv` or a copy to another name
 * then renamed makes a new inode) is the same file to this watch and to SQLite, which goes on
 * reading it through this connection's log and index: the restored pages are mixed with the
 * connection's own, and nothing here detects it (the header's change counter is not kept in WAL
 * mode, and every other header field also changes with this connection's own checkpoints). Quit
 * the app, or stop `serve`, before restoring a backup in place. A log copied over the old one
 * (same inode) is told apart by its salts (`logMatchesIndex`) and left alone; an index (`-shm`)
 * copied over the old one is not: it is shared memory this connection maps, and no backup needs
 * one.
 */
export interface CorpusWatch {
  /** True once the path no longer names the file opened (its old log then already emptied). */
  replaced(): boolean;
}

export function watchCorpusFile(db: Db): CorpusWatch {
  const file = db.name;
  const named = (suffix: string): string | null => identityOf(`${file}${suffix}`);
  const opened: OpenedFiles = { main: named(''), wal: named('-wal'), shm: named('-shm') };
  const settle = (): void => {
    const ours = (was: string | null, suffix: string): boolean => was !== null && named(suffix) === was;
    if (!ours(opened.wal, '-wal') || !ours(opened.shm, '-shm') || !logMatchesIndex(file)) return;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy or unreadable: SQLite's own close leaves the files as they are.
    }
  };
  return {
    replaced: () => {
      if (opened.main === null || named('') === opened.main) return false;
      // Again on every call: an import started before the replacement may still have written since.
      settle();
      return true;
    },
  };
}

/** Refuses (CORPUS_UNREADABLE, naming the file) once `file` no longer names the file opened. */
export function refuseIfReplaced(watch: CorpusWatch, file: string): void {
  if (!watch.replaced()) return;
  throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: the corpus file was replaced, moved or deleted while it was open; nothing was written — quit and open it again`);
}

/**
 * `retry` whose every try first checks that the corpus file is still the one opened: the import
 * runner and `reextract` write through it document by document, after the API call that started
 * them was checked, so a write after the file was replaced is refused instead of landing in the
 * log the new file will use. The import stops there (a corpus fault stops an import).
 */
export function guardedRetry(retry: BusyRetry, watch: CorpusWatch, file: string): BusyRetry {
  return <T>(call: () => T | Promise<T>): Promise<T> =>
    retry(() => {
      refuseIfReplaced(watch, file);
      return call();
    });
}

/** `implementation` whose every call first checks that its corpus file is still the one it opened. */
export function withCorpusIdentity(implementation: ApiImplementation, watch: CorpusWatch, file: string): ApiImplementation {
  const check = (): void => refuseIfReplaced(watch, file);
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(implementation) as [ApiMethod, (input: unknown) => unknown][]) {
    wrapped[name] = (input: unknown) => {
      check();
      return method(input);
    };
  }
  return wrapped as unknown as ApiImplementation;
}
