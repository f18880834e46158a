/**
 * Writes one imported document — its row, pages, OCR words and mentions — in a single
 * transaction, so a crash or an error never leaves a half-imported document behind.
 */
// The narrow modules, not the extractors' index: the importer's thread needs these two
// functions only, and the index builds every lexicon (about 0.3 s) that the document threads
// already build for themselves.
import type { Mention } from '../../extractors/index.js';
import { acronymAliases } from '../../extractors/fr/organisation/acronym-aliases.js';
import type { Db } from './db.js';
import type { DocumentKind, DocumentRecord, DocumentWarning } from './documents.js';
import { getDocument, importedOrClearFailed } from './documents.js';
import { resolveEntity } from './entities.js';
import { nowIso, prepared } from './statements.js';

/** One OCR word: its text, confidence (0..100) and box (x0,y0 top-left, x1,y1 bottom-right). */
export interface WordBox {
  readonly text: string;
  readonly confidence: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PageToStore {
  readonly number: number;
  readonly text: string;
  readonly source: 'text' | 'ocr';
  readonly ocrConfidence: number | null;
  /** Page size in PDF points. */
  readonly width: number;
  readonly height: number;
  /** OCR words with boxes in PDF points (empty for text-layer pages). */
  readonly words: readonly WordBox[];
}

export interface DocumentToStore {
  readonly sha256: string;
  readonly fileName: string;
  readonly filePath: string;
  readonly fileSize: number;
  readonly title: string | null;
  readonly kind: DocumentKind;
  readonly documentDate: string | null;
  readonly documentDateInferred: boolean;
  /** The date was read from the file's name, the text giving none (extractors/fr/file-name-date.ts). */
  readonly documentDateFromFileName?: boolean;
  readonly importSeconds: number;
  readonly pages: readonly PageToStore[];
  readonly mentions: readonly Mention[];
  /** Pages whose text may be incomplete or wrong (stored as JSON on the document). */
  readonly warnings?: readonly DocumentWarning[] | undefined;
}

export type SaveOutcome = { readonly saved: true; readonly document: DocumentRecord } | { readonly saved: false; readonly existing: DocumentRecord };

/** The acronyms a document defines (`PMA` → `Pôle Métropolitain de l'Artois`), from its pages and mentions. */
export function documentAcronyms(pages: readonly { number: number; text: string; source: 'text' | 'ocr' }[], mentions: readonly Mention[]): ReadonlyMap<string, string> {
  return acronymAliases(
    pages.map((page) => ({ page: page.number, text: page.text, source: page.source })),
    mentions,
  );
}

/** Inserts rule mentions for a document; used by import and by re-extraction. Caller holds the transaction. */
export function insertRuleMentions(
  db: Db,
  documentId: number,
  mentions: readonly Mention[],
  at: string,
  acronyms: ReadonlyMap<string, string> = new Map(),
): void {
  const insert = prepared(
    db,
    `INSERT INTO mentions (document_id, page, type, start, end, text, value, unit, confidence, rule, source, inferred, context,
                           evidence, status, origin, entity_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 'rule', ?, ?, ?)`,
  );
  for (const mention of mentions) {
    const entityId = resolveEntity(db, mention.type, mention.value, mention.text, mention.type === 'organisation' ? acronyms.get(mention.value) : undefined);
    insert.run(
      documentId,
      mention.page,
      mention.type,
      mention.span.start,
      mention.span.end,
      mention.text,
      mention.value,
      mention.unit ?? null,
      mention.confidence,
      mention.rule,
      mention.source,
      mention.inferred.join(','),
      mention.context,
      (mention.evidence ?? []).join(','),
      entityId,
      at,
      at,
    );
  }
}

/**
 * Saves the document unless a document with the same content is already imported (then it is a
 * no-op that reports the existing one). A previous failed attempt for the same content is replaced.
 */
export function saveImportedDocument(db: Db, input: DocumentToStore): SaveOutcome {
  return db
    .transaction((): SaveOutcome => {
      const existing = importedOrClearFailed(db, input.sha256);
      if (existing !== undefined) return { saved: false, existing };
      const at = nowIso();
      const documentId = Number(
        prepared(
          db,
          `INSERT INTO documents (sha256, file_name, file_path, file_size, title, kind, document_date, document_date_inferred,
                                  document_date_from_file_name, page_count, text_pages, ocr_pages, status, imported_at, import_seconds, warnings)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?)`,
        ).run(
          input.sha256,
          input.fileName,
          input.filePath,
          input.fileSize,
          input.title,
          input.kind,
          input.documentDate,
          input.documentDateInferred ? 1 : 0,
          input.documentDateFromFileName === true ? 1 : 0,
          input.pages.length,
          input.pages.filter((page) => page.source === 'text').length,
          input.pages.filter((page) => page.source === 'ocr').length,
          at,
          input.importSeconds,
          JSON.stringify(input.warnings ?? []),
        ).lastInsertRowid,
      );
      const insertPage = prepared(
        db,
        'INSERT INTO pages (document_id, number, text, source, ocr_confidence, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const insertWord = prepared(
        db,
        'INSERT INTO words (page_id, position, text, confidence, x0, y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const page of input.pages) {
        const pageId = insertPage.run(documentId, page.number, page.text, page.source, page.ocrConfidence, page.width, page.height).lastInsertRowid;
        page.words.forEach((word, position) => {
          insertWord.run(pageId, position, word.text, word.confidence, word.x0, word.y0, word.x1, word.y1);
        });
      }
      insertRuleMentions(db, documentId, input.mentions, at, documentAcronyms(input.pages, input.mentions));
      const document = getDocument(db, documentId);
      if (document === undefined) throw new Error(`document ${documentId} vanished inside its own transaction`);
      return { saved: true, document };
    })
    .immediate();
}
