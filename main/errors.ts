/**
 * Typed errors thrown inside main/. The API dispatcher turns each into `{ok: false, error: {code,
 * message}}`; the CLI turns them into messages and exit codes.
 */

/** The closed set of error codes the API returns. */
export type ApiErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'NOTHING_TO_UNDO'
  | 'DB_TOO_NEW'
  | 'CORPUS_NOT_FOUND'
  | 'IMPORT_FAILED'
  | 'INTERNAL';

export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string) {
    super(`${what} does not exist`);
    this.name = 'NotFoundError';
  }
}

export class InvalidArgumentError extends Error {
  readonly code = 'INVALID_ARGUMENT' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArgumentError';
  }
}

export class NothingToUndoError extends Error {
  readonly code = 'NOTHING_TO_UNDO' as const;
  constructor() {
    super('there is no change left to undo');
    this.name = 'NothingToUndoError';
  }
}
