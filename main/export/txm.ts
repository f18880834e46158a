/**
 * The `txm` export: a folder TXM imports with its "TXT + CSV" module — one cleaned UTF-8 text per
 * work (an exported PDF and its scan are one text) and a `metadata.csv` whose first column `id`
 * names each text file without `.txt`. Column names are lower-case ASCII (they become XML
 * attribute names in TXM); texts and values hold only characters XML 1.0 allows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../store/db.js';
import { writeCsv } from './mentions-csv.js';
import { researchCorpus } from './research-corpus.js';
import { xmlSafe } from './research-text.js';

export const TXM_METADATA_COLUMNS = ['id', 'titre', 'ptce', 'date', 'annee', 'genre', 'source', 'pages', 'fichiers'] as const;

export async function exportTxm(db: Db, outDir: string): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const entries = researchCorpus(db);
  for (const entry of entries) await writeFile(join(outDir, `${entry.id}.txt`), `${entry.text}\n`, 'utf8');
  const rows = entries.map((entry) => [entry.id, entry.title, entry.ptce, entry.date, entry.year, entry.genre, entry.source, entry.pages, entry.files.join(' | ')].map((cell) => (typeof cell === 'string' ? xmlSafe(cell) : cell)));
  await writeCsv(join(outDir, 'metadata.csv'), TXM_METADATA_COLUMNS, rows, { delimiter: ',', bom: false });
  return rows.length;
}
