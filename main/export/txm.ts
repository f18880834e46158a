/**
 * The `txm` export: a folder TXM imports as a "TXT + CSV" corpus — one cleaned UTF-8 text per
 * document and a `metadata.csv` whose first column `id` names each text file (without `.txt`).
 */
import { join } from 'node:path';
import type { Db } from '../store/db.js';
import { getDocument } from '../store/documents.js';
import { writeCsv } from './mentions-csv.js';
import { exportTexts } from './text.js';

export const TXM_METADATA_COLUMNS = ['id', 'file', 'title', 'date', 'year', 'kind', 'pages', 'ocr_pages', 'sha256'] as const;

export async function exportTxm(db: Db, outDir: string): Promise<number> {
  const written = await exportTexts(db, outDir);
  const rows = written.map(({ path, documentId }) => {
    const document = getDocument(db, documentId);
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/u, '');
    return [id, document?.fileName ?? '', document?.title ?? '', document?.documentDate ?? '', document?.documentDate?.slice(0, 4) ?? '', document?.kind ?? '', document?.pageCount ?? 0, document?.ocrPages ?? 0, document?.sha256 ?? ''] as const;
  });
  await writeCsv(join(outDir, 'metadata.csv'), TXM_METADATA_COLUMNS, rows, { delimiter: ',', bom: false });
  return rows.length;
}
