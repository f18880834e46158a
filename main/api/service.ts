/**
 * The one implementation of the API contract, over an open corpus. Transports (IPC, HTTP, CLI)
 * call it only through `dispatch`, which has already validated every argument.
 */
import { userInfo } from 'node:os';
import { extractDocument } from '../../extractors/index.js';
import { indicatorSummary } from '../export/indicators-summary.js';
import { NotFoundError } from '../errors.js';
import { listAudit } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { refreshDocumentGroups } from '../store/document-groups.js';
import { getDocumentMetadata, updateDocumentMetadata } from '../store/document-metadata.js';
import { getDocument, listDocuments } from '../store/documents.js';
import { listEntities } from '../store/entities.js';
import { listMentions } from '../store/mentions.js';
import { reextractCorpus, reextractDocument, type DocumentExtractor } from '../store/reextract.js';
import { acceptMention, addMention, editMention, rejectMention, resetMention, undoLastChange } from '../store/review.js';
import { prepared } from '../store/statements.js';
import type { ApiImplementation, DocumentDetail, PageDetail } from './contract.js';

export interface ServiceOptions {
  /** Who is recorded in the audit log when a call names nobody. */
  readonly defaultActor?: string | undefined;
  /** The rule set used by `reextract` (tests swap it). */
  readonly extract?: DocumentExtractor | undefined;
}

function systemUser(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

export function createService(db: Db, options: ServiceOptions = {}): ApiImplementation {
  const fallbackActor = options.defaultActor ?? systemUser();
  const who = (actor: string | undefined): string => actor ?? fallbackActor;
  const extract = options.extract ?? extractDocument;

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
    acceptMention: ({ mentionId, actor }) => acceptMention(db, who(actor), mentionId),
    rejectMention: ({ mentionId, actor }) => rejectMention(db, who(actor), mentionId),
    resetMention: ({ mentionId, actor }) => resetMention(db, who(actor), mentionId),
    editMention: ({ mentionId, actor, changes }) => editMention(db, who(actor), mentionId, changes),
    addMention: ({ actor, ...mention }) => addMention(db, who(actor), mention),
    undo: ({ actor }) => undoLastChange(db, who(actor)),
    listAudit: (query) => listAudit(db, query),
    listEntities: ({ type }) => listEntities(db, type),
    reextract: ({ documentId, actor }) => {
      if (documentId === undefined) return reextractCorpus(db, extract, who(actor));
      if (getDocument(db, documentId)?.status !== 'imported') throw new NotFoundError(`imported document ${documentId}`);
      return [reextractDocument(db, extract, documentId, who(actor))];
    },
    getIndicatorTable: ({ status }) => indicatorSummary(db, status ?? 'accepted'),
    listDocumentGroups: () => refreshDocumentGroups(db),
    getDocumentMetadata: ({ documentId }) => getDocumentMetadata(db, documentId),
    updateDocumentMetadata: ({ documentId, actor, changes }) => updateDocumentMetadata(db, who(actor), documentId, changes),
  };
}
