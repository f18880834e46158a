/**
 * The `text` export: one cleaned UTF-8 `.txt` per imported document, named after the imported
 * file (`001-scan.pdf` → `001-scan.txt`), pages separated by a form feed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { normaliseText } from '../../extractors/index.js';
import type { Db } from '../store/db.js';
import { listDocuments } from '../store/documents.js';
import { prepared } from '../store/statements.js';

/** The cleaned text of a document's pages, joined by form feeds. */
export function documentCleanText(db: Db, documentId: number): string {
  const pages = prepared<[number], { text: string }>(db, 'SELECT text FROM pages WHERE document_id = ? ORDER BY number').all(documentId);
  return pages.map((page) => normaliseText(page.text).text).join('\f');
}

/** Writes the files; returns their paths. Two imported files with one name get `-2`, `-3`… */
export async function exportTexts(db: Db, outDir: string): Promise<{ path: string; documentId: number }[]> {
  await mkdir(outDir, { recursive: true });
  const used = new Set<string>();
  const written: { path: string; documentId: number }[] = [];
  for (const document of listDocuments(db)) {
    if (document.status !== 'imported') continue;
    const stem = parse(document.fileName).name;
    let name = `${stem}.txt`;
    for (let n = 2; used.has(name); n += 1) name = `${stem}-${n}.txt`;
    used.add(name);
    const path = join(outDir, name);
    await writeFile(path, documentCleanText(db, document.id), 'utf8');
    written.push({ path, documentId: document.id });
  }
  return written;
}
