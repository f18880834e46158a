/**
 * The corpus file a long-running server opened must still be the file at its path. Replacing it
 * while `glaneur serve` or the app runs (restoring a backup over it, `mv other.sqlite corpus.sqlite`)
 * leaves the open connection on the old file, but its write-ahead log is found by name: the next
 * decision wrote the old corpus's pages into `corpus.sqlite-wal`, which SQLite then applied to the
 * new file — "database disk image is malformed", the restored corpus destroyed. Every API call
 * first checks that the path still names the file opened (device and inode, one `stat`), and
 * otherwise answers CORPUS_UNREADABLE, writing nothing.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync, type BigIntStats } from 'node:fs';
import { CorpusError } from '../errors.js';
import type { BusyRetry } from '../store/busy-retry.js';
import type { Db } from '../store/db.js';
import type { ApiImplementation, ApiMethod } from './contract.js';

/** What `describe` says of the file at `file` now, or null when nothing is there. */
function statOf(file: string, describe: (info: BigIntStats) => string): string | null {
  try {
    return describe(statSync(file, { bigint: true }));
  } catch {
    return null;
  }
}

/** Identity of the file at `file` now: device and inode, or null when nothing is there. */
const identityOf = (file: string): string | null => statOf(file, (info) => `${info.dev}:${info.ino}`);

/**
 * One of the corpus's three files (the corpus, `-wal`, `-shm`), opened once when the watch starts
 * and read (or written) through that descriptor until the watch is closed, after the connection.
 * Never opened and closed again meanwhile: SQLite's locks are POSIX record locks, which belong to
 * the process, and closing any descriptor of a file releases every lock the process holds on that
 * file, SQLite's included. Reading the wal-index by name every two seconds (the event stream's poll)
 * released the connection's hold on the index (the byte that says "a connection is using it"), and
 * reading the corpus file released its shared lock. The next program to open the corpus (a CLI
 * import) then took itself for the only one: it truncated the index under the server's mapping
 * (the server, reading it at that moment, died of SIGBUS) and, closing, checkpointed and deleted the
 * log and the index the server still had open — whose later writes then went to deleted files.
 */
interface KeptFile {
  readonly fd: number;
  /** Device and inode of the file opened. */
  readonly identity: string;
}

/** `path` opened for good (for writing when asked and allowed, else for reading), or null when it cannot be. */
function keep(path: string, write: boolean): KeptFile | null {
  for (const flags of write ? ['r+', 'r'] : ['r']) {
    try {
      const fd = openSync(path, flags);
      const info = fstatSync(fd, { bigint: true });
      return { fd, identity: `${info.dev}:${info.ino}` };
    } catch {
      // Not writable (a read-only corpus): read only; absent: nothing kept.
    }
  }
  return null;
}

/** The first `length` bytes of a kept file (fewer when it is shorter; none when it cannot be read). */
function headOf(kept: KeptFile | null, length: number): Buffer {
  if (kept === null) return Buffer.alloc(0);
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(kept.fd, buffer, 0, length, 0));
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Whether a log (its first 32 bytes, `log`) is still the one a wal-index (its first 48 bytes,
 * `index`) describes. Both are compared by inode first, but `cp backup.sqlite-wal corpus.sqlite-wal`
 * writes into the same inode: the log is then a backup's, and checkpointing it from this
 * connection's index, then truncating it, would lose that backup's changes. A log holds its salts
 * at bytes 16-23 of its 32-byte header; the wal-index header (shared memory, kept by this
 * connection) holds the same salts at bytes 32-39. A log of fewer than 32 bytes holds nothing to
 * lose: it is ours only if the index says it holds no frame (`mxFrame`, bytes 16-19) either.
 */
export function logMatchesIndex(log: Buffer, index: Buffer): boolean {
  if (index.length < 48) return false;
  if (log.length < 32) return index.readUInt32LE(16) === 0;
  return log.subarray(16, 24).equals(index.subarray(32, 40));
}

/** The corpus file's size and modification time (to the nanosecond): what any write into it changes. */
const contentStamp = (file: string): string | null => statOf(file, (info) => `${info.size}:${info.mtimeNs}`);

/**
 * The corpus file's size and its first and last 4 KB: what tells bytes written into it from a
 * mere `touch` (which changes its time only, and must not be taken for an overwrite).
 */
function contentSample(corpus: KeptFile | null): string {
  if (corpus === null) return '';
  try {
    const { fd } = corpus;
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(4096);
    const tail = Buffer.alloc(4096);
    const headRead = readSync(fd, head, 0, 4096, 0);
    const tailRead = readSync(fd, tail, 0, 4096, Math.max(0, size - 4096));
    return `${size}:${createHash('sha256').update(head.subarray(0, headRead)).update(tail.subarray(0, tailRead)).digest('hex')}`;
  } catch {
    return '';
  }
}

/**
 * What the wal-index says of the checkpoints into the corpus file: the log's salts (header bytes
 * 32-39, new at each restart of the log) and the checkpoint record's `nBackfill` (bytes 96-99,
 * frames copied into the file) and `nBackfillAttempted` (bytes 128-131, set before a checkpoint
 * writes into the file). Null without an index.
 */
export interface CheckpointMark {
  readonly key: string;
  /** No checkpoint stopped short: the next one to write into the file first raises `nBackfillAttempted`. */
  readonly settled: boolean;
}

function checkpointMark(shm: KeptFile | null): CheckpointMark | null {
  const index = headOf(shm, 136);
  if (index.length < 136) return null;
  const backfilled = index.readUInt32LE(96);
  const attempted = index.readUInt32LE(128);
  return { key: `${index.subarray(32, 40).toString('hex')}:${backfilled}:${attempted}`, settled: backfilled === attempted };
}

/** What the in-place check reads of the corpus: its stamp, its wal-index's checkpoint mark and a sample of its bytes. */
export interface CorpusReadings {
  stamp(): string | null;
  mark(): CheckpointMark | null;
  sample(): string;
}

/** The in-place check of the corpus at `file`, reading its kept files (`inPlaceWatchOf`). */
function inPlaceWatch(file: string, kept: KeptFiles): () => boolean {
  return inPlaceWatchOf({ stamp: () => contentStamp(file), mark: () => checkpointMark(kept.shm), sample: () => contentSample(kept.main) });
}

/**
 * Whether the corpus file was written into by something other than SQLite since it was last seen
 * (a backup copied over it in place: same inode), over any readings (tests simulate another
 * process's checkpoint between two reads). In WAL mode SQLite writes into the file only
 * by checkpoints, and a checkpoint raises the index's `nBackfillAttempted` before writing and its
 * `nBackfill` after: a file whose size or time changed while neither did, nor the log's salts,
 * was overwritten. When a checkpoint had stopped short (`nBackfill` below `nBackfillAttempted`,
 * readers in the way), its retry may write without raising either until it ends: nothing is
 * concluded then, and what was last seen is kept for the next look.
 * The index is always read before the file: a checkpoint landing between the two reads then shows
 * in the file's stamp as well as in the index, and is taken for the checkpoint it is. Read the other
 * way round, the index could already hold a checkpoint whose bytes the stamp did not yet show, and
 * at the next look those bytes, with no new mark to explain them, were taken for an overwrite.
 */
export function inPlaceWatchOf(read: CorpusReadings): () => boolean {
  const look = (): { stamp: string | null; mark: CheckpointMark | null; sample: string } => {
    const mark = read.mark();
    return { mark, stamp: read.stamp(), sample: read.sample() };
  };
  let seen = look();
  return () => {
    const mark = read.mark();
    const stamp = read.stamp();
    if (stamp === seen.stamp) {
      // The usual case. The index is kept as read (before the stamp): a write that restarted the log
      // (new salts) must not be taken, at the next look, for a checkpoint explaining new bytes.
      seen = { ...seen, mark };
      return false;
    }
    const now = look();
    if (now.mark === null || seen.mark === null || now.mark.key !== seen.mark.key || !now.mark.settled) {
      // A checkpoint wrote (or may be writing) into the file: what it wrote is the corpus's.
      if (now.mark?.settled !== false) seen = now;
      return false;
    }
    if (now.sample !== seen.sample) return true;
    seen = now; // touched, not written
    return false;
  };
}

/**
 * Makes the log this connection opened hold nothing: emptied, and the two copies of the
 * wal-index's header zeroed, so that SQLite rebuilds the index from the empty log (at the next
 * read, or at close) instead of checkpointing the old frames into a file that is no longer theirs.
 * Only while the log and index by those names are the ones opened and agree (`logMatchesIndex`).
 */
function forgetLog(wal: KeptFile, shm: KeptFile): void {
  ftruncateSync(wal.fd, 0);
  writeSync(shm.fd, Buffer.alloc(96), 0, 96, 0);
}

/** The corpus and its two companions (`-wal`, `-shm`) as they were when it was opened, kept open (see KeptFile). */
interface KeptFiles {
  readonly main: KeptFile | null;
  readonly wal: KeptFile | null;
  readonly shm: KeptFile | null;
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
 * A file replaced by writing into it (`cp backup.sqlite corpus.sqlite` over the open corpus:
 * same inode, where `mv` or a copy renamed makes a new one) is seen by `inPlaceWatch`: its size
 * or time changed while no checkpoint of this connection wrote into it, and its first or last
 * 4 KB differ. Its old log is then forgotten, never checkpointed into the restored bytes. What
 * it still does not see: a backup whose bytes equal the file's (nothing then differs; nothing is
 * lost, the restore just has no effect). A log copied over the old one (same inode) is told apart
 * by its salts (`logMatchesIndex`) and left alone; an index (`-shm`) copied over the old one is
 * not: it is shared memory this connection maps, and no backup needs one.
 */
export interface CorpusWatch {
  /**
   * True once the path no longer names the file opened (its old log then already emptied), or
   * once the file was overwritten in place (its old log then forgotten, never checkpointed).
   */
  replaced(): boolean;
  /** True when the file was overwritten in place rather than replaced by another. */
  inPlace(): boolean;
  /**
   * Lets go of the three files the watch keeps open. Only once the connection is closed: closing
   * them while it is open would release its locks (see KeptFile).
   */
  close(): void;
}

export function watchCorpusFile(db: Db): CorpusWatch {
  const file = db.name;
  const named = (suffix: string): string | null => identityOf(`${file}${suffix}`);
  const kept: KeptFiles = { main: keep(file, false), wal: keep(`${file}-wal`, true), shm: keep(`${file}-shm`, true) };
  const opened = { main: kept.main?.identity ?? null, wal: kept.wal?.identity ?? null, shm: kept.shm?.identity ?? null };
  const ours = (was: string | null, suffix: string): boolean => was !== null && named(suffix) === was;
  // The names checked first: the kept files are then the ones at those names.
  const logIsOurs = (): boolean => ours(opened.wal, '-wal') && ours(opened.shm, '-shm') && logMatchesIndex(headOf(kept.wal, 32), headOf(kept.shm, 48));
  const settle = (): void => {
    if (!logIsOurs()) return;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy or unreadable: SQLite's own close leaves the files as they are.
    }
  };
  const overwritten = inPlaceWatch(file, kept);
  let inPlace = false;
  let closed = false;
  return {
    replaced: () => {
      if (inPlace) return true;
      if (opened.main !== null && named('') === opened.main) {
        if (!overwritten()) return false;
        // The same inode, new bytes: checkpointing would write the old pages into them.
        inPlace = true;
        if (logIsOurs() && kept.wal !== null && kept.shm !== null) forgetLog(kept.wal, kept.shm);
        return true;
      }
      if (opened.main === null) return false;
      // Again on every call: an import started before the replacement may still have written since.
      settle();
      return true;
    },
    inPlace: () => inPlace,
    close: () => {
      // Once: a descriptor closed twice may by then be another file's (SQLite's own, say).
      if (closed) return;
      closed = true;
      for (const one of [kept.main, kept.wal, kept.shm]) if (one !== null) closeSync(one.fd);
    },
  };
}

/** Refuses (CORPUS_UNREADABLE, naming the file) once `file` no longer names the file opened. */
export function refuseIfReplaced(watch: CorpusWatch, file: string): void {
  if (!watch.replaced()) return;
  const what = watch.inPlace() ? 'overwritten in place (a backup copied over it?)' : 'replaced, moved or deleted';
  throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: the corpus file was ${what} while it was open; nothing was written into it — quit and open it again`);
}

/**
 * `retry` whose every try first checks that the corpus file is still the one opened: the import
 * runner and `reextract` write through it document by document, after the API call that started
 * them was checked, so a write after the file was replaced is refused instead of landing in the
 * log the new file will use. The import stops there (a corpus fault stops an import).
 */
export function guardedRetry(retry: BusyRetry, watch: CorpusWatch, file: string): BusyRetry {
  return <T>(call: () => T | Promise<T>): Promise<T> =>
    retry(async () => {
      refuseIfReplaced(watch, file);
      try {
        return await call();
      } finally {
        watch.replaced(); // seen again after the write, so that what it did to the log is known
      }
    });
}

/** `implementation` whose every call first checks that its corpus file is still the one it opened. */
export function withCorpusIdentity(implementation: ApiImplementation, watch: CorpusWatch, file: string): ApiImplementation {
  const check = (): void => refuseIfReplaced(watch, file);
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(implementation) as [ApiMethod, (input: unknown) => unknown][]) {
    wrapped[name] = async (input: unknown) => {
      check();
      try {
        return await method(input);
      } finally {
        watch.replaced(); // seen again after the call, so that what it wrote to the log is known
      }
    };
  }
  return wrapped as unknown as ApiImplementation;
}
