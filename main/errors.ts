/**
 * Typed errors thrown inside main/. The API dispatcher turns each into `{ok: false, error: {code,
 * message}}`; the CLI turns them into one line and an exit code (2 for corpus and output errors).
 */

/** The closed set of error codes the API returns (the app maps each to a French message). */
export type ApiErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'NOTHING_TO_UNDO'
  /** The change to undo concerns a mention that no longer exists and cannot be restored. */
  | 'UNDO_UNAVAILABLE'
  | 'DB_TOO_NEW'
  | CorpusErrorCode
  /** An export refused its destination (the corpus itself, a file it did not write, a missing folder). */
  | 'OUTPUT_REFUSED'
  /** An export failed while writing (disk full, folder removed); the previous output is left as it was. */
  | 'OUTPUT_FAILED'
  | 'IMPORT_FAILED'
  | 'INTERNAL';

/**
 * What can be wrong with the corpus file itself, as opposed to a document or an argument:
 * - `CORPUS_NOT_FOUND`: no such file (and the command does not create one);
 * - `NOT_A_CORPUS`: a SQLite database that Glaneur did not create (refused, left untouched);
 * - `CORPUS_UNREADABLE`: not a SQLite file, damaged or truncated, a folder, or in a missing folder;
 * - `CORPUS_READ_ONLY`: the command must write and the file (or its folder) is read-only;
 * - `CORPUS_BUSY`: another program held the write lock longer than the busy timeout;
 * - `CORPUS_FULL`: the disk (or a size limit) is full.
 */
export type CorpusErrorCode = 'CORPUS_NOT_FOUND' | 'NOT_A_CORPUS' | 'CORPUS_UNREADABLE' | 'CORPUS_READ_ONLY' | 'CORPUS_BUSY' | 'CORPUS_FULL';

/** Base of the errors whose code crosses the API boundary as is. */
export abstract class CodedError extends Error {
  abstract readonly code: ApiErrorCode;
}

export class NotFoundError extends CodedError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string) {
    super(`${what} does not exist`);
    this.name = 'NotFoundError';
  }
}

export class InvalidArgumentError extends CodedError {
  readonly code = 'INVALID_ARGUMENT' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArgumentError';
  }
}

export class NothingToUndoError extends CodedError {
  readonly code = 'NOTHING_TO_UNDO' as const;
  constructor() {
    super('there is no change left to undo');
    this.name = 'NothingToUndoError';
  }
}

export class UndoUnavailableError extends CodedError {
  readonly code = 'UNDO_UNAVAILABLE' as const;
  constructor(message: string) {
    super(message);
    this.name = 'UndoUnavailableError';
  }
}

/**
 * A problem with the corpus file; the message names the file and says what to do, in the CLI's
 * words ("run the command again"). `detail`, when given, is the same fault without that advice
 * (the file and the cause): what the API sends, the app saying what to do in its own words.
 */
export class CorpusError extends CodedError {
  constructor(
    readonly code: CorpusErrorCode,
    readonly file: string,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

/**
 * An export that did not happen; the message names the path. One class for both outcomes, which
 * differ only in their code (and so in what the app tells the user), as CorpusError's do:
 * - `OUTPUT_REFUSED`: the destination was refused before anything was written (the corpus itself,
 *   a file the export did not write, a missing folder);
 * - `OUTPUT_FAILED`: writing failed part-way; the temporary output was removed and the previous
 *   one kept.
 */
export class OutputError extends CodedError {
  constructor(
    readonly code: 'OUTPUT_REFUSED' | 'OUTPUT_FAILED',
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
}

/**
 * What is wrong with a path itself, from a file-system error met while looking it up (a loop of
 * symbolic links, a name too long, a file where a folder should be, no permission), or undefined
 * for any other error. Said as the user's problem with that path, never as a bug of Glaneur's.
 */
export function pathProblem(error: unknown): string | undefined {
  switch (errorCode(error)) {
    case 'ELOOP':
      return 'a loop of symbolic links (a link that leads back to itself)';
    case 'ENAMETOOLONG':
      return 'the name is too long for the file system';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return undefined;
  }
}

/**
 * The corpus-level fault behind a SQLite or file-system error met while using the corpus `file`
 * (named at the start of the message when given), or undefined when the error is something else
 * (a bug, a bad document). A locked or full database is never a document's fault: callers must
 * stop (or retry), not blame the document.
 */
export function corpusErrorFrom(error: unknown, file?: string): CorpusError | undefined {
  if (error instanceof CorpusError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const named = (text: string): string => (file === undefined ? text : `${file}: ${text}`);
  const fault = (kind: CorpusErrorCode, message: string): CorpusError => new CorpusError(kind, file ?? '', named(message), named(detail));
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return fault('CORPUS_BUSY', `the corpus is locked by another program (${detail}); nothing more was written — run the command again once it is done`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return fault('CORPUS_FULL', `the disk is full (${detail}); nothing more was written — free some space and run the command again`);
  }
  if (code === 'SQLITE_IOERR_WRITE' || code === 'EFBIG') {
    // A write refused: a full disk, or a file-size limit (`ulimit -f`, FAT32's 4 GB), which SQLite cannot tell apart.
    return fault('CORPUS_FULL', `the corpus could not be written: the disk is full or the file reached the largest size allowed here (ulimit -f, a FAT32 disk's 4 GB) (${detail}); nothing more was written — free some space or move the corpus, and run the command again`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EROFS') {
    return fault('CORPUS_READ_ONLY', `the corpus (or its folder) is read-only and this command must write to it (${detail})`);
  }
  if (code === 'SQLITE_NOTADB') return fault('CORPUS_UNREADABLE', 'not a Glaneur corpus (not a SQLite database)');
  if (code.startsWith('SQLITE_CORRUPT')) return fault('CORPUS_UNREADABLE', `the corpus file is damaged (corrupt or truncated: ${detail})`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return fault('CORPUS_UNREADABLE', `the corpus file cannot be opened (${detail})`);
  return undefined;
}
