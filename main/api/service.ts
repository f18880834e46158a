/**
 * The one implementation of the API contract, over an open corpus. Transports (IPC, HTTP, CLI)
 * call it only through `dispatch`, which has already validated every argument.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { extractDocument } from '../../extractors/index.js';
import { NotFoundError, NothingToUndoError } from '../errors.js';
import { indicatorSummary } from '../export/indicators-summary.js';
import { listAudit } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { refreshDocumentGroups } from '../store/document-groups.js';
import { getDocumentMetadata, refreshDocumentMetadata, updateDocumentMetadata } from '../store/document-metadata.js';
import { getDocument, listDocuments, type DocumentRecord } from '../store/documents.js';
import { listEntities } from '../store/entities.js';
import { listMentions } from '../store/mentions.js';
import { reextractDocument, type DocumentExtractor, type ReextractSummary } from '../store/reextract.js';
import { acceptMention, addMention, editMention, rejectMention, resetMention } from '../store/review.js';
import { prepared } from '../store/statements.js';
import { applyBulkStatus, previewLikeThis, undoBatchAware } from '../store/bulk.js';
import { getOriginal } from '../store/originals.js';
import { readStoredSpan, resizeMention } from '../store/spans.js';
import { callOnce, type BusyRetry } from '../store/busy-retry.js';
import { createSummaryCache } from '../store/summary-cache.js';
import type { ApiImplementation, DocumentDetail, PageDetail } from './contract.js';
import type { ApiEvent } from './events.js';
import { mentionsCsvForApp } from './csv-export.js';
import { createImportRunner, type ImportRunner } from './imports.js';
import { createPageImages } from './page-images.js';
import type { UploadStore } from './uploads.js';

export interface ServiceOptions {
  /** Who is recorded in the audit log when a call names nobody. */
  readonly defaultActor?: string | undefined;
  /** The rule set used by `reextract` (tests swap it). */
  readonly extract?: DocumentExtractor | undefined;
  /** Where events go (SSE under serve, IPC in Electron); dropped when absent. */
  readonly emit?: ((event: ApiEvent) => void) | undefined;
  /** Files sent by the UI, for `startImport`. */
  readonly uploads?: UploadStore | undefined;
  /** Imports started from the app (tests inject one with a warm OCR pool). */
  readonly imports?: ImportRunner | undefined;
  /** How a write waits for another program's lock (`serve`: on the event loop, api/busy.ts); by default the connection's own busy timeout waits. */
  readonly busyRetry?: BusyRetry | undefined;
}

function systemUser(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

/**
 * Documents imported before the corpus kept originals (migration 004): the file at its import
 * path, if it is still there with the same content.
 */
function originalOnDisk(document: DocumentRecord): { mediaType: string; bytes: Uint8Array } | undefined {
  try {
    const bytes = readFileSync(document.filePath);
    return createHash('sha256').update(bytes).digest('hex') === document.sha256 ? { mediaType: 'application/pdf', bytes } : undefined;
  } catch {
    return undefined;
  }
}

export function createService(db: Db, options: ServiceOptions = {}): ApiImplementation {
  const fallbackActor = options.defaultActor ?? systemUser();
  const who = (actor: string | undefined): string => actor ?? fallbackActor;
  const extract = options.extract ?? extractDocument;
  const emit = options.emit ?? ((): void => undefined);
  const retry = options.busyRetry ?? callOnce;
  const imports = options.imports ?? createImportRunner(db, { emit, uploads: options.uploads, busyRetry: options.busyRetry });
  const originalFile = (documentId: number): { document: DocumentRecord; mediaType: string; bytes: Uint8Array } => {
    const document = getDocument(db, documentId);
    const original = document === undefined ? undefined : (getOriginal(db, documentId) ?? originalOnDisk(document));
    if (document === undefined || original === undefined) throw new NotFoundError(`original file of document ${documentId}`);
    return { document, ...original };
  };
  // The library's rows, read again per document after a review's decisions (summary-cache.ts).
  const summaries = createSummaryCache(db);
  const touching = <T extends { readonly documentId: number | null }>(write: () => T): T => summaries.written(write, (result) => [result.documentId]);
  // One transaction per document: a document that meets another program's lock is tried again alone.
  const reextractOne = (documentId: number, actor: string | undefined): Promise<ReextractSummary> =>
    retry(() => reextractDocument(db, extract, documentId, who(actor)));
  // Every re-extraction, of the corpus or of one document whose date changed, ends with the same two events:
  // the review reloads its mentions and its document's date, the library its rows.
  const reextracted = (done: ReextractSummary[]): ReextractSummary[] => {
    emit({ type: 'reextract-finished', summaries: done });
    emit({ type: 'corpus-changed' });
    return done;
  };
  const pageImages = createPageImages((documentId) => {
    const { document, bytes } = originalFile(documentId);
    return { fileName: document.fileName, sha256: document.sha256, bytes };
  });

  return {
    listDocuments: () => listDocuments(db),
    getDocument: ({ documentId }): DocumentDetail => {
      const document = getDocument(db, documentId);
      if (document === undefined) throw new NotFoundError(`document ${documentId}`);
      const pages = prepared<[number], { number: number; source: 'text' | 'ocr'; ocr_confidence: number | null; mentions: number }>(
        db,
        `SELECT p.number, p.source, p.ocr_confidence,
                (SELECT count(*) FROM mentions m WHERE m.document_id = p.document_id AND m.page = p.number) AS mentions
           FROM pages p WHERE p.document_id = ? ORDER BY p.number`,
      ).all(documentId);
      return { document, pages: pages.map((page) => ({ number: page.number, source: page.source, ocrConfidence: page.ocr_confidence, mentions: page.mentions })) };
    },
    getPage: ({ documentId, page }): PageDetail => {
      const row = prepared<[number, number], { id: number; text: string; source: 'text' | 'ocr'; ocr_confidence: number | null; width: number; height: number }>(
        db,
        'SELECT id, text, source, ocr_confidence, width, height FROM pages WHERE document_id = ? AND number = ?',
      ).get(documentId, page);
      if (row === undefined) throw new NotFoundError(`page ${page} of document ${documentId}`);
      const words = prepared<[number], PageDetail['words'][number]>(db, 'SELECT text, confidence, x0, y0, x1, y1 FROM words WHERE page_id = ? ORDER BY position').all(row.id);
      return { documentId, number: page, text: row.text, source: row.source, ocrConfidence: row.ocr_confidence, width: row.width, height: row.height, words };
    },
    listMentions: (query) => listMentions(db, query),
    acceptMention: ({ mentionId, actor }) => touching(() => acceptMention(db, who(actor), mentionId)),
    rejectMention: ({ mentionId, actor }) => touching(() => rejectMention(db, who(actor), mentionId)),
    resetMention: ({ mentionId, actor }) => touching(() => resetMention(db, who(actor), mentionId)),
    editMention: ({ mentionId, actor, changes }) => touching(() => editMention(db, who(actor), mentionId, changes)),
    addMention: ({ actor, ...mention }) => touching(() => addMention(db, who(actor), mention)),
    // A bulk action is undone whole; the entry answered is the most recent change undone.
    undo: ({ actor }) => {
      const [latest] = summaries.written(
        () => undoBatchAware(db, who(actor)),
        (entries) => entries.map((entry) => entry.documentId),
      );
      if (latest === undefined) throw new NothingToUndoError();
      return latest;
    },
    listAudit: (query) => listAudit(db, query),
    listEntities: ({ type }) => listEntities(db, type),
    reextract: async ({ documentId, actor }) => {
      if (documentId !== undefined && getDocument(db, documentId)?.status !== 'imported') throw new NotFoundError(`imported document ${documentId}`);
      const ids =
        documentId !== undefined ? [documentId] : prepared<[], { id: number }>(db, "SELECT id FROM documents WHERE status = 'imported' ORDER BY id").all().map((row) => row.id);
      const summaries = [];
      for (const [index, id] of ids.entries()) {
        summaries.push(await reextractOne(id, actor));
        emit({ type: 'reextract-progress', done: index + 1, total: ids.length });
        // Let the event reach the UI (and other calls run) between documents.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return reextracted(summaries);
    },
    listDocumentSummaries: () => summaries.list(),
    getOriginal: ({ documentId }) => {
      const { document, mediaType, bytes } = originalFile(documentId);
      return { documentId, fileName: document.fileName, mediaType, base64: Buffer.from(bytes).toString('base64') };
    },
    getPageImage: ({ documentId, page }) => pageImages.get(documentId, page),
    readSpan: ({ documentId, page, start, end }) => readStoredSpan(db, documentId, page, start, end),
    resizeMention: ({ mentionId, start, end, actor }) => touching(() => resizeMention(db, who(actor), mentionId, start, end)),
    previewBulk: (like) => previewLikeThis(db, like),
    applyBulk: ({ mentionIds, status, actor }) => {
      const outcome = applyBulkStatus(db, who(actor), mentionIds, status);
      return { batch: outcome.batch, changed: outcome.changed };
    },
    startImport: (input) => imports.start(input),
    cancelImport: ({ importId }) => ({ cancelled: imports.cancel(importId) }),
    getIndicatorTable: ({ status }) => indicatorSummary(db, status ?? 'accepted'),
    listDocumentGroups: () => refreshDocumentGroups(db),
    exportMentionsCsv: ({ status }) => mentionsCsvForApp(db, status),
    getDocumentMetadata: ({ documentId }) => getDocumentMetadata(db, documentId),
    updateDocumentMetadata: async ({ documentId, actor, changes }) => {
      const metadata = updateDocumentMetadata(db, who(actor), documentId, changes);
      if (changes.documentDate === undefined) return metadata;
      // The document's date is what its relative dates and dates without a year are read against:
      // they are read again at once (decisions kept, reextract.ts), and the review shows them.
      reextracted([await reextractOne(documentId, actor)]);
      // A date forgotten is the one the extractors have just read.
      return changes.documentDate === null ? refreshDocumentMetadata(db, documentId) : metadata;
    },
  };
}
