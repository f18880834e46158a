/**
 * The `txm` export: a folder TXM imports as a "TXT + CSV" corpus — one cleaned UTF-8 text per
 * document and a `metadata.csv` whose first column `id` names each text file (without `.txt`).
 */
import { join } from 'node:path';
import type { Db } from '../store/db.js';
import { writeCsv } from './mentions-csv.js';
import { exportTexts } from './text.js';

export const TXM_METADATA_COLUMNS = ['id', 'file', 'title', 'date', 'year', 'kind', 'pages', 'ocr_pages', 'sha256'] as const;

export async function exportTxm(db: Db, outDir: string): Promise<number> {
  const written = await exportTexts(db, outDir);
  const rows = written.map(({ id, document }) => {
    const year = document.documentDate?.slice(0, 4) ?? '';
    return [id, document.fileName, document.title ?? '', document.documentDate ?? '', year, document.kind ?? '', document.pageCount, document.ocrPages, document.sha256 ?? ''] as const;
  });
  await writeCsv(join(outDir, 'metadata.csv'), TXM_METADATA_COLUMNS, rows, { delimiter: ',', bom: false });
  return rows.length;
}
