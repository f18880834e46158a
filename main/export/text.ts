/**
 * The `text` export: one cleaned UTF-8 `.txt` per imported document, named after the imported
 * file (`001-scan.pdf` → `001-scan.txt`), pages separated by a form feed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { normaliseText } from '../../extractors/index.js';
import type { Db } from '../store/db.js';
import { listDocuments, type DocumentRecord } from '../store/documents.js';
import { prepared } from '../store/statements.js';
import { PortableNames } from './portable-name.js';

/** The cleaned text of a document's pages, joined by form feeds. */
export function documentCleanText(db: Db, documentId: number): string {
  const pages = prepared<[number], { text: string }>(db, 'SELECT text FROM pages WHERE document_id = ? ORDER BY number').all(documentId);
  return pages.map((page) => normaliseText(page.text).text).join('\f');
}

/** A text file written for a document: its id (the file name without `.txt`) and path. */
export interface WrittenText {
  readonly id: string;
  readonly path: string;
  readonly document: DocumentRecord;
}

/**
 * Writes the files; returns what was written. Names are made portable (portable-name.ts: no
 * `CON.txt`, no trailing dot, no character Windows refuses) and two imported files with one name
 * get `-2`, `-3`… Names are compared without case or normalisation, so `Lettre.pdf` and
 * `lettre.pdf` do not become one file on the disks of Windows and macOS (the second would
 * silently replace the first).
 */
export async function exportTexts(db: Db, outDir: string): Promise<WrittenText[]> {
  await mkdir(outDir, { recursive: true });
  const names = new PortableNames();
  const written: WrittenText[] = [];
  for (const document of listDocuments(db)) {
    if (document.status !== 'imported') continue;
    const id = names.next(parse(document.fileName).name);
    const path = join(outDir, `${id}.txt`);
    await writeFile(path, documentCleanText(db, document.id), 'utf8');
    written.push({ id, path, document });
  }
  return written;
}
