/**
 * `exportMentionsCsv`: the mentions export for the app to save, the same file the CLI writes with
 * `glaneur export --format mentions --excel-fr` (`;`, BOM, French headers, cells French Excel
 * reads right, formulas neutralised), so that an analyst reviewing in the app can take the table
 * to a spreadsheet without the command line. Written by the CLI's own writer into a private
 * temporary folder, read back, and the folder removed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportMentionsCsv } from '../export/mentions-csv.js';
import type { Db } from '../store/db.js';
import type { MentionStatus } from '../store/mentions.js';
import type { CsvExport } from './contract.js';

export async function mentionsCsvForApp(db: Db, status: MentionStatus | 'all' | undefined, today: Date = new Date()): Promise<CsvExport> {
  const folder = await mkdtemp(join(tmpdir(), 'glaneur-export-'));
  try {
    const file = join(folder, 'mentions.csv');
    const statuses = status === undefined || status === 'all' ? undefined : [status];
    const rows = await exportMentionsCsv(db, file, { delimiter: ';', bom: true, preset: 'excel-fr', statuses });
    // Read as UTF-8 text: the BOM stays its first character, and the app saves it as UTF-8 again.
    return { fileName: `glaneur-mentions-${today.toISOString().slice(0, 10)}.csv`, text: await readFile(file, 'utf8'), rows };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
