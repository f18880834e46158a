/**
 * Opening a corpus file: recognise it as a Glaneur corpus (refuse anything else untouched), refuse
 * one written by a newer Glaneur (before touching it), back up an older one beside it, migrate,
 * and set the pragmas every connection needs. Every problem with the file itself comes out as a
 * {@link CorpusError} whose message names the file.
 */
import { accessSync, constants, existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { CorpusError, corpusErrorFrom, pathProblem } from '../errors.js';
import { recoverHotJournal } from './hot-journal.js';
import { corpusIdentity, stampCorpus, type CorpusIdentity } from './identity.js';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrate.js';

export type Db = Database;

export interface OpenCorpusOptions {
  /** Create the file when it does not exist (import does; export and review do not). */
  readonly create?: boolean;
  /**
   * Open for reading only (export, text): nothing is written, so a read-only corpus (or one on a
   * read-only disk) can still be exported. A corpus that needs a migration is opened for writing
   * once to migrate it, when it can be.
   */
  readonly readOnly?: boolean;
  /** How long a writer waits for another process's write lock before failing, in ms. */
  readonly busyTimeoutMs?: number;
  /**
   * Path of a better-sqlite3 addon built for another ABI. Electron's main process needs one built
   * against Electron's headers while `npm test` keeps using the Node build.
   */
  readonly nativeBinding?: string | undefined;
}

/** Raised when a command names a corpus that does not exist. */
export class CorpusNotFoundError extends CorpusError {
  constructor(file: string) {
    super('CORPUS_NOT_FOUND', file, `${file}: no such corpus file (import documents into it first)`);
    this.name = 'CorpusNotFoundError';
  }
}

/** The backup written before migrating a corpus from version `from` (when that name is free). */
export function backupPathFor(file: string, from: number): string {
  return `${file}.bak-v${from}`;
}

/** `CORPUS.bak-vN`, or `CORPUS.bak-vN.2`, `.3`… when an earlier backup has the name: never written over. */
function freeBackupPath(file: string, from: number): string {
  const first = backupPathFor(file, from);
  let path = first;
  for (let n = 2; existsSync(path); n += 1) path = `${first}.${n}`;
  return path;
}

function binding(options: OpenCorpusOptions): { nativeBinding?: string } {
  return options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    const problem = pathProblem(error);
    if (problem === undefined) throw error;
    throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: ${problem}`);
  }
}

/** SQLite's files beside a database, named after it. */
const COMPANION = /^(.+)(-wal|-shm|-journal)$/u;

/**
 * Refuses a path that is another database's companion file: a corpus created as `X-journal`
 * becomes X's "hot journal" (X then opens only read-only, or SQLite rolls X back from it), and one
 * created as `X-wal` is discarded the next time X is opened.
 */
function refuseCompanion(file: string): void {
  const match = COMPANION.exec(file);
  if (match === null) return;
  const owner = statOf(match[1]!);
  if (owner?.isFile() !== true) return;
  throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: is the companion file (${match[2]}) of ${basename(match[1]!)}, which SQLite writes itself; give the corpus file, not its companion`);
}

/** What makes a companion file not SQLite's own, or null when it is a plain file of one name. */
function foreignCompanion(path: string): string | null {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return null; // unreadable folder: SQLite reports it, with the corpus's name
  }
  if (stat === undefined) return null;
  if (stat.isSymbolicLink()) {
    let target = '?';
    try {
      target = readlinkSync(path);
    } catch {
      // named as '?'
    }
    return `a symbolic link (to ${target})`;
  }
  if (!stat.isFile()) return 'not a regular file';
  return stat.nlink > 1 ? `a hard link (one file with ${stat.nlink - 1} other name${stat.nlink > 2 ? 's' : ''})` : null;
}

/**
 * Refuses a corpus whose `-wal`, `-shm` or `-journal` is not SQLite's own file: a symbolic link,
 * a hard link (another name of some other file) or not a regular file. SQLite writes its log into
 * whatever file bears the name: a `-wal` hard-linked to another file had that file overwritten by
 * an import's log (issue 13, round 5); a symbolic one SQLite refuses to open, and the message
 * blamed a read-only folder. SQLite keeps them beside the real file of a linked corpus.
 */
function refuseForeignCompanions(file: string): void {
  let real = file;
  try {
    real = realpathSync(file);
  } catch {
    // Not there yet (a corpus to create): its companions would be beside this path.
  }
  for (const suffix of ['-wal', '-shm', '-journal']) {
    const companion = `${real}${suffix}`;
    const why = foreignCompanion(companion);
    if (why !== null) {
      throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: its ${basename(companion)} is ${why}, not SQLite's own file; SQLite would write the corpus's log into it, over another file. Nothing was opened: remove ${companion} and try again`);
    }
  }
}

/** Checks the path itself; true when the file exists. */
function checkPath(file: string, options: OpenCorpusOptions): boolean {
  refuseCompanion(file);
  const stat = statOf(file);
  if (stat?.isDirectory() === true) throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: is a folder, not a corpus file`);
  // SQLite would wait forever on a pipe with no writer, and read a device without end.
  if (stat !== undefined && !stat.isFile()) throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: is not a regular file (a pipe, a device or a socket), not a corpus file`);
  if (stat !== undefined) return true;
  const folder = dirname(file);
  if (!existsSync(folder)) throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: the folder ${folder} does not exist`);
  if (options.create !== true) throw new CorpusNotFoundError(file);
  return false;
}

/** Whether this process may write the file and create files beside it (backup, -wal, -shm). */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

interface Probe {
  readonly identity: CorpusIdentity;
  readonly version: number;
}

/** Reads identity and version without changing anything (switching to WAL would rewrite the header). */
async function probe(file: string, options: OpenCorpusOptions): Promise<Probe> {
  const db = openForReading(file, options);
  try {
    const identity = corpusIdentity(db);
    if (identity === 'foreign') {
      throw new CorpusError('NOT_A_CORPUS', file, `${file}: a SQLite database that Glaneur did not create; it was left untouched (give another --db)`);
    }
    if (identity === 'empty' && options.create !== true) {
      throw new CorpusError('CORPUS_NOT_FOUND', file, `${file}: an empty file, not yet a corpus (import documents into it first)`);
    }
    const version = schemaVersion(db);
    if (version > latestVersion()) throw new DatabaseTooNewError(version, latestVersion(), file);
    if (version > 0 && version < latestVersion()) {
      if (!writable(file)) {
        throw new CorpusError('CORPUS_READ_ONLY', file, `${file}: made by an older Glaneur (schema version ${version}) and read-only; open it once with write access so it can be upgraded`);
      }
      await db.backup(freeBackupPath(file, version));
    }
    return { identity, version };
  } finally {
    db.close();
  }
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

/**
 * A read-only connection. A WAL corpus in a folder this user cannot write (a shared or archived
 * corpus) cannot be opened read-only by SQLite, which needs to create its `-shm` file; when no
 * unfinished write-ahead log is there, every page is in the main file, so it is read from an
 * in-memory copy instead (the copy's header says "rollback journal", the file is never touched).
 */
function openForReading(file: string, options: OpenCorpusOptions): Db {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...binding(options) });
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    const code = errorCode(error);
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN' && code !== 'SQLITE_READONLY_CANTINIT') throw error;
    if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
      throw new CorpusError('CORPUS_READ_ONLY', file, `${file}: in a read-only folder with unfinished writes (${file}-wal); open it once with write access`);
    }
    const image = readFileSync(file);
    // Bytes 18–19: file format versions; 2 means WAL, which an in-memory database cannot use.
    if (image.length >= 20 && image[18] === 2) image.fill(1, 18, 20);
    const copy = new BetterSqlite3(image, { readonly: true, ...binding(options) });
    return copy;
  }
}

function openReadOnly(file: string, options: OpenCorpusOptions): Db {
  const db = openForReading(file, options);
  db.pragma('foreign_keys = ON');
  // Touch the schema now, so a damaged file fails here with the file's name, not mid-export.
  db.prepare('SELECT count(*) FROM documents').get();
  return db;
}

function openReadWrite(file: string, options: OpenCorpusOptions): Db {
  const db = new BetterSqlite3(file, binding(options));
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Checked again under the write connection: another program may have written the file since.
    if (file !== ':memory:' && corpusIdentity(db) === 'foreign') throw new CorpusError('NOT_A_CORPUS', file, `${file}: a SQLite database that Glaneur did not create; it was left untouched`);
    migrate(db, file);
    stampCorpus(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export async function openCorpus(file: string, options: OpenCorpusOptions = {}): Promise<Db> {
  try {
    if (file === ':memory:') return openReadWrite(file, options);
    const exists = checkPath(file, options);
    refuseForeignCompanions(file);
    if (exists) recoverHotJournal(file, writable(file) && writable(`${file}-journal`), options);
    const found = exists ? await probe(file, options) : undefined;
    const upToDate = found !== undefined && found.identity !== 'empty' && found.version === latestVersion();
    if (options.readOnly === true && upToDate) return openReadOnly(file, options);
    return openReadWrite(file, options);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    throw readOnlyDisk(error, file, options) ?? corpusErrorFrom(error, file) ?? error;
  }
}

/**
 * On a read-only disk or share (EROFS: a write-protected USB key, an archive mounted read-only),
 * SQLite cannot open a corpus for writing and says only "unable to open database file"; the
 * permission case already says read-only. Said as such, so that `serve` falls back to reading and
 * a writing command names the real problem, not a damaged file.
 */
function readOnlyDisk(error: unknown, file: string, options: OpenCorpusOptions): CorpusError | undefined {
  if (options.readOnly === true || file === ':memory:' || !errorCode(error).startsWith('SQLITE_CANTOPEN')) return undefined;
  if (!existsSync(file) || writable(file)) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return new CorpusError('CORPUS_READ_ONLY', file, `${file}: the corpus (or its folder) is on a read-only disk or share and this command must write to it (${detail})`);
}
