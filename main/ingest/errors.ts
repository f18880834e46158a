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
  /**
   * Failed by the import's memory watchdog, which sees the whole process's memory: when another
   * document was read at the same time, the growth may have been that one's, and the import reads
   * this one again alone before it records anything (memory-watch.ts).
   */
  readonly byMemoryWatch: boolean;

  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options: { readonly byMemoryWatch?: boolean } = {},
  ) {
    super(message);
    this.name = 'IngestError';
    this.byMemoryWatch = options.byMemoryWatch ?? false;
  }
}
