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
  | 'TOO_LARGE'
  /** A page needs more memory than a document thread may use (e.g. millions of drawing operators). */
  | 'PAGE_TOO_COMPLEX'
  /** An embedded image would decode into more memory than the import can spend. */
  | 'IMAGE_TOO_LARGE'
  /** The document's own working time went past its budget (see DEFAULT_DOCUMENT_TIMEOUT_MS). */
  | 'DOCUMENT_TIMEOUT';

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
