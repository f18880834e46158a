/** Reading stored page texts for the derived exports (indicators, research texts, duplicates). */
import type { Db } from './db.js';
import { prepared } from './statements.js';

/** A stored page's text and where it came from. */
export interface PageText {
  readonly documentId: number;
  readonly number: number;
  readonly text: string;
  readonly source: 'text' | 'ocr';
  readonly ocrConfidence: number | null;
}

/** The pages of a document, in order. */
export function listPageTexts(db: Db, documentId: number): PageText[] {
  return prepared<[number], { document_id: number; number: number; text: string; source: 'text' | 'ocr'; ocr_confidence: number | null }>(
    db,
    'SELECT document_id, number, text, source, ocr_confidence FROM pages WHERE document_id = ? ORDER BY number',
  )
    .all(documentId)
    .map((row) => ({ documentId: row.document_id, number: row.number, text: row.text, source: row.source, ocrConfidence: row.ocr_confidence }));
}
