import type { Db } from '../store/db.js';
import { listDocuments, type DocumentRecord } from '../store/documents.js';
import { listMentions, type MentionRecord } from '../store/mentions.js';

/** Imported documents with their mentions (rejected ones left out), for the derived exports. */
export function* documentsWithMentions(db: Db): Generator<{ document: DocumentRecord; mentions: MentionRecord[] }> {
  for (const document of listDocuments(db)) {
    if (document.status !== 'imported') continue;
    const mentions = listMentions(db, { documentId: document.id, statuses: ['pending', 'accepted', 'edited'] });
    yield { document, mentions };
  }
}

/** The period a document speaks for: its date at year-month precision when known. */
export function periodOf(document: DocumentRecord): string {
  return document.documentDate?.slice(0, 7) ?? '';
}
