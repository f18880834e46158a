/**
 * The one API contract between Glaneur's UI and its core. Declared here once; implemented once
 * (service.ts); reached through Electron IPC (preload), HTTP (`glaneur serve`) and direct calls
 * (CLI, tests). The renderer imports only the TYPES of this file.
 *
 * Every method takes one JSON object, validated at run time by its zod schema (the caller is
 * untrusted), and answers `{ok: true, value}` or `{ok: false, error: {code, message}}` with
 * `code` one of {@link ApiErrorCode}.
 */
import { z } from 'zod';
import { MENTION_TYPES, type MentionType } from '../../extractors/core/types.js';
import type { ApiErrorCode } from '../errors.js';
import type { AuditEntry } from '../store/audit.js';
import type { Evidence } from '../../extractors/fr/organisation/evidence.js';
import type { ParserEvidence } from '../../extractors/fr/organisation/parser-evidence.js';
import type { DocumentGroup } from '../store/document-groups.js';
import type { DocumentDateOrigin, DocumentMetadata } from '../store/document-metadata.js';
import type { PageToStore } from '../store/document-writer.js';
import type { DocumentRecord, DocumentWarning, DocumentWarningCode } from '../store/documents.js';
import type { EntityRecord } from '../store/entities.js';
import type { MentionRecord } from '../store/mentions.js';
import type { ReextractSummary } from '../store/reextract.js';
import type { SpanReading } from '../store/spans.js';
import type { DocumentSummary, MentionCounts } from '../store/summaries.js';
import type { ApiEvent, ImportStarted } from './events.js';
import type { Result } from './result.js';

export type { ApiErrorCode, AuditEntry, DocumentDateOrigin, DocumentGroup, DocumentMetadata, DocumentRecord, EntityRecord, MentionRecord, MentionType, ReextractSummary, Result };
/** `DocumentRecord.warnings`: what an import noticed on a document and the user should check. */
export type { DocumentWarning, DocumentWarningCode };
export type { ApiEvent, DocumentSummary, ImportStarted, MentionCounts, SpanReading };
export type { ImportFileOutcome, ImportProgressEvent } from './events.js';
/**
 * Names a mention's `evidence` may hold today: the features of `fr.organisation.candidate`,
 * `same-document` / `known-name` (one sense per document and per corpus), `kind-anaphora` (a bare
 * kind acronym named after the document's one body of that kind) and what the organisation
 * parsers record (extractors/fr/organisation/parser-evidence.ts: `person-role`, `parent-after`…). The list grows with the extractors; a client must
 * show a name it does not know too (the fitted decision's `fit:` features, for example).
 */
export type MentionEvidence = Evidence | ParserEvidence | 'same-document' | 'known-name' | 'kind-anaphora';

const id = z.number().int().positive();
const mentionType = z.enum(MENTION_TYPES);
const mentionStatus = z.enum(['pending', 'accepted', 'rejected', 'edited']);
const actor = z.string().trim().min(1).max(100).optional();

/** Input schemas, one per method. A method absent from this object does not exist. */
export const apiSchemas = {
  /** All documents, imported and failed, by file name. → DocumentRecord[] */
  listDocuments: z.object({}).strict(),
  /** One document and its pages' metadata. → DocumentDetail. Errors: NOT_FOUND. */
  getDocument: z.object({ documentId: id }).strict(),
  /** One page's text and OCR words (boxes in PDF points). → PageDetail. Errors: NOT_FOUND. */
  getPage: z.object({ documentId: id, page: z.number().int().min(1) }).strict(),
  /** Mentions, filtered and paged, in document/page/span order. → MentionRecord[] */
  listMentions: z
    .object({
      documentId: id.optional(),
      page: z.number().int().min(1).optional(),
      types: z.array(mentionType).max(MENTION_TYPES.length).optional(),
      statuses: z.array(mentionStatus).max(4).optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
      offset: z.number().int().min(0).optional(),
    })
    .strict(),
  /** Marks a mention right. → MentionRecord. Errors: NOT_FOUND. */
  acceptMention: z.object({ mentionId: id, actor }).strict(),
  /** Marks a mention wrong (kept, never exported as accepted). → MentionRecord. Errors: NOT_FOUND. */
  rejectMention: z.object({ mentionId: id, actor }).strict(),
  /** Puts a decided mention back to pending. → MentionRecord. Errors: NOT_FOUND. */
  resetMention: z.object({ mentionId: id, actor }).strict(),
  /** Corrects value, unit, type or entity; status becomes `edited`. → MentionRecord. Errors: NOT_FOUND, INVALID_ARGUMENT. */
  editMention: z
    .object({
      mentionId: id,
      actor,
      changes: z
        .object({
          value: z.string().trim().min(1).max(2000).optional(),
          unit: z.string().trim().max(200).nullable().optional(),
          type: mentionType.optional(),
          entity: z.string().trim().min(1).max(500).nullable().optional(),
        })
        .strict()
        .refine((changes) => Object.keys(changes).length > 0, 'changes must name at least one field'),
    })
    .strict(),
  /** Adds a mention the rules missed (origin `user`, status `accepted`). → MentionRecord. Errors: NOT_FOUND, INVALID_ARGUMENT. */
  addMention: z
    .object({
      documentId: id,
      page: z.number().int().min(1),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      type: mentionType,
      value: z.string().trim().min(1).max(2000),
      unit: z.string().trim().max(200).nullable().optional(),
      actor,
    })
    .strict()
    .refine((input) => input.end > input.start, 'end must be greater than start'),
  /** Takes back the most recent accept/reject/edit/add/reset. → AuditEntry (the change undone). Errors: NOTHING_TO_UNDO, UNDO_UNAVAILABLE (its mention is gone and cannot be restored; nothing changed). */
  undo: z.object({ actor }).strict(),
  /** The audit log, newest first. → AuditEntry[] */
  listAudit: z.object({ documentId: id.optional(), mentionId: id.optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  /** People and organisations with their aliases and mention counts. → EntityRecord[] */
  listEntities: z.object({ type: mentionType.optional() }).strict(),
  /** Re-runs the current extractors over stored text, keeping every decision. → ReextractSummary[] (events `reextract-progress`) */
  reextract: z.object({ documentId: id.optional(), actor }).strict(),

  // ── Review app (issue 14) ────────────────────────────────────────────────────────────────
  /** The library: every document (imported and failed) with its mentions counted by status. → DocumentSummary[] */
  listDocumentSummaries: z.object({}).strict(),
  /** The original file kept in the corpus (migration 004), base64. → OriginalFileData. Errors: NOT_FOUND. */
  getOriginal: z.object({ documentId: id }).strict(),
  /** A scanned page's image as the file stores it (PNG or JPEG), to show without rendering the PDF. → PageImageData | null (null: render the original). Errors: NOT_FOUND. */
  getPageImage: z.object({ documentId: id, page: z.number().int().min(1) }).strict(),
  /** What the extractors read in a stretch of a page (prefill for "add from selection"). → SpanReading | null. Errors: NOT_FOUND, INVALID_ARGUMENT. */
  readSpan: z
    .object({ documentId: id, page: z.number().int().min(1), start: z.number().int().min(0), end: z.number().int().min(1) })
    .strict()
    .refine((input) => input.end > input.start, 'end must be greater than start'),
  /** Moves a mention's boundaries, same id; value and unit re-read by the extractors; status `edited`. → MentionRecord. Errors: NOT_FOUND, INVALID_ARGUMENT. */
  resizeMention: z
    .object({ mentionId: id, start: z.number().int().min(0), end: z.number().int().min(1), actor })
    .strict()
    .refine((input) => input.end > input.start, 'end must be greater than start'),
  /** The mentions "like this one" (same rule or same text, same type) on its page or in its document, not yet rejected. → MentionRecord[] */
  previewBulk: z.object({ mentionId: id, match: z.enum(['rule', 'text']), scope: z.enum(['page', 'document']) }).strict(),
  /** Sets the status of exactly these mentions as one step that one `undo` reverses. → BulkOutcome */
  applyBulk: z.object({ mentionIds: z.array(id).min(1).max(10_000), status: z.enum(['accepted', 'rejected']), actor }).strict(),
  /** Starts importing uploaded files (ids from the transport's upload) and/or local paths; progress arrives as events. → ImportStarted */
  startImport: z
    .object({ uploads: z.array(z.string().regex(/^[a-f0-9]{32}$/u)).max(10_000).optional(), paths: z.array(z.string().min(1).max(4096)).max(10_000).optional() })
    .strict()
    .refine((input) => (input.uploads?.length ?? 0) + (input.paths?.length ?? 0) > 0, 'name at least one file'),
  /** Stops an import after the documents being read; what was imported stays. → { cancelled } */
  cancelImport: z.object({ importId: z.string().min(1).max(64) }).strict(),
  /**
   * The indicator table (PTCE × period × indicator), by default from accepted figures only, with
   * how many pending figures were left out. → IndicatorSummary
   */
  getIndicatorTable: z.object({ status: z.enum(['accepted', 'pending', 'edited', 'all']).optional() }).strict(),
  /** Files that are one document (exported and scanned, re-saved, later version), regrouped from their text. → DocumentGroup[] */
  listDocumentGroups: z.object({}).strict(),
  /**
   * The mentions export, as `glaneur export --format mentions --excel-fr` writes it (`;`, BOM,
   * French headers), for the app to save: every mention, or only those of a status. → CsvExport
   */
  exportMentionsCsv: z.object({ status: z.enum(['accepted', 'pending', 'rejected', 'edited', 'all']).optional() }).strict(),
  /** A document's title, date, PTCE and genre (inferred, or as a person set them). → DocumentMetadata. Errors: NOT_FOUND. */
  getDocumentMetadata: z.object({ documentId: id }).strict(),
  /**
   * Corrects metadata; the fields set are kept by re-inference. A `documentDate` set re-extracts the
   * document against it (decisions kept); `documentDate: null` forgets it (read from the text again).
   * → DocumentMetadata. Errors: NOT_FOUND, INVALID_ARGUMENT.
   */
  updateDocumentMetadata: z
    .object({
      documentId: id,
      actor,
      changes: z
        .object({
          title: z.string().trim().min(1).max(500).nullable().optional(),
          documentDate: z.string().trim().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u).nullable().optional(),
          ptce: z.string().trim().min(1).max(300).nullable().optional(),
          genre: z.string().trim().min(1).max(100).nullable().optional(),
        })
        .strict()
        .refine((changes) => Object.keys(changes).length > 0, 'changes must name at least one field'),
    })
    .strict(),
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

/** A page as the review screen needs it: text, source, size in PDF points, OCR word boxes. */
export interface PageDetail extends PageToStore {
  readonly documentId: number;
}

export interface DocumentDetail {
  readonly document: DocumentRecord;
  readonly pages: readonly { readonly number: number; readonly source: 'text' | 'ocr'; readonly ocrConfidence: number | null; readonly mentions: number }[];
}

/** One row of the indicator table as the app shows it. */
export interface IndicatorSummaryRow {
  readonly ptce: string;
  readonly period: string;
  readonly periodInferred: boolean;
  readonly indicator: string;
  readonly label: string;
  readonly detail: string;
  readonly value: number;
  readonly unit: string;
  readonly conflict: boolean;
  readonly values: readonly number[];
  readonly sources: readonly { readonly mentionId: number; readonly document: string; readonly page: number; readonly start: number; readonly end: number; readonly text: string }[];
}

export interface IndicatorSummary {
  readonly rows: readonly IndicatorSummaryRow[];
  /** Figures that map to no indicator (listed apart in the export). */
  readonly unmapped: number;
  /** Figures left out because of their status (the pending ones, by default). */
  readonly leftOut: number;
}

/** What each method returns on success. */
export interface ApiOutputs {
  listDocuments: DocumentRecord[];
  getDocument: DocumentDetail;
  getPage: PageDetail;
  listMentions: MentionRecord[];
  acceptMention: MentionRecord;
  rejectMention: MentionRecord;
  resetMention: MentionRecord;
  editMention: MentionRecord;
  addMention: MentionRecord;
  undo: AuditEntry;
  listAudit: AuditEntry[];
  listEntities: EntityRecord[];
  reextract: ReextractSummary[];
  listDocumentSummaries: DocumentSummary[];
  getOriginal: OriginalFileData;
  getPageImage: PageImageData | null;
  readSpan: SpanReading | null;
  resizeMention: MentionRecord;
  previewBulk: MentionRecord[];
  applyBulk: BulkOutcome;
  startImport: ImportStarted;
  cancelImport: { readonly cancelled: boolean };
  getIndicatorTable: IndicatorSummary;
  listDocumentGroups: DocumentGroup[];
  exportMentionsCsv: CsvExport;
  getDocumentMetadata: DocumentMetadata;
  updateDocumentMetadata: DocumentMetadata;
}

/** An export for the app to save as a file. */
export interface CsvExport {
  /** A name to save it under (`glaneur-mentions-2026-12-02.csv`). */
  readonly fileName: string;
  /** The file's text, byte order mark included. */
  readonly text: string;
  /** Data rows (mentions) written. */
  readonly rows: number;
}

/** A document's original file, as kept in the corpus. */
export interface OriginalFileData {
  readonly documentId: number;
  readonly fileName: string;
  readonly mediaType: string;
  /** The bytes, base64 (JSON carries no binary; the same on IPC and HTTP). */
  readonly base64: string;
}

/**
 * A scanned page's image as its file stores it: a PNG or JPEG file, and where it lies on the page
 * (fractions of the page's width and height from the top-left corner; the rest of the page is white).
 */
export interface PageImageData {
  readonly documentId: number;
  readonly page: number;
  readonly mediaType: 'image/png' | 'image/jpeg';
  /** The image file, base64 (as OriginalFileData). */
  readonly base64: string;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly placement: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
}

/** What a bulk action changed; `batch` is the audit batch one undo reverses. */
export interface BulkOutcome {
  readonly batch: number;
  readonly changed: number;
}

/**
 * What each transport adds to the methods: server-to-UI events (IPC events in Electron,
 * Server-Sent Events under `glaneur serve`) and file upload (bytes cannot travel in JSON calls
 * cheaply). The renderer sees only this interface.
 */
export interface GlaneurTransport {
  readonly api: GlaneurApi;
  /** Calls `listener` for every event until the returned function is called. */
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** Sends one file's bytes to main; answers the id to pass to `startImport`. */
  upload(name: string, bytes: ArrayBuffer): Promise<Result<{ readonly uploadId: string }>>;
}

/** The implementation side: plain (sync or async) functions over validated input. */
export type ApiImplementation = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** The client side, identical on every transport. */
export type GlaneurApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutputs[M]>> };

/** Method names, for transports that must list them (the preload, the HTTP router). */
export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];
