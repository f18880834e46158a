/** Why a document could not be imported. Stored on the document row and printed by the CLI. */
export type IngestErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_PDF'
  | 'CORRUPT_PDF'
  | 'ENCRYPTED'
  | 'NO_PAGES'
  | 'UNREADABLE_FILE'
  | 'PAGE_TIMEOUT'
  | 'OCR_FAILED'
  | 'TOO_LARGE';

/** A document-level import failure whose message names the file and the problem. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
