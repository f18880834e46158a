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
import type { DocumentGroup } from '../store/document-groups.js';
import type { DocumentMetadata } from '../store/document-metadata.js';
import type { PageToStore } from '../store/document-writer.js';
import type { DocumentRecord } from '../store/documents.js';
import type { EntityRecord } from '../store/entities.js';
import type { MentionRecord } from '../store/mentions.js';
import type { ReextractSummary } from '../store/reextract.js';
import type { Result } from './result.js';

export type { ApiErrorCode, AuditEntry, DocumentGroup, DocumentMetadata, DocumentRecord, EntityRecord, MentionRecord, MentionType, ReextractSummary, Result };

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
  /** Takes back the most recent accept/reject/edit/add/reset. → AuditEntry (the change undone). Errors: NOTHING_TO_UNDO. */
  undo: z.object({ actor }).strict(),
  /** The audit log, newest first. → AuditEntry[] */
  listAudit: z.object({ documentId: id.optional(), mentionId: id.optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  /** People and organisations with their aliases and mention counts. → EntityRecord[] */
  listEntities: z.object({ type: mentionType.optional() }).strict(),
  /** Re-runs the current extractors over stored text, keeping every decision. → ReextractSummary[] */
  reextract: z.object({ documentId: id.optional(), actor }).strict(),
  /**
   * The indicator table (PTCE × period × indicator), by default from accepted figures only, with
   * how many pending figures were left out. → IndicatorSummary
   */
  getIndicatorTable: z.object({ status: z.enum(['accepted', 'pending', 'edited', 'all']).optional() }).strict(),
  /** Files that are one document (exported and scanned, re-saved, later version), regrouped from their text. → DocumentGroup[] */
  listDocumentGroups: z.object({}).strict(),
  /** A document's title, date, PTCE and genre (inferred, or as a person set them). → DocumentMetadata. Errors: NOT_FOUND. */
  getDocumentMetadata: z.object({ documentId: id }).strict(),
  /** Corrects metadata; the fields set are kept by re-inference. → DocumentMetadata. Errors: NOT_FOUND, INVALID_ARGUMENT. */
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
  getIndicatorTable: IndicatorSummary;
  listDocumentGroups: DocumentGroup[];
  getDocumentMetadata: DocumentMetadata;
  updateDocumentMetadata: DocumentMetadata;
}

/** The implementation side: plain (sync or async) functions over validated input. */
export type ApiImplementation = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** The client side, identical on every transport. */
export type GlaneurApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutputs[M]>> };

/** Method names, for transports that must list them (the preload, the HTTP router). */
export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];
