import { MENTION_TYPES, type MentionType } from '../../../extractors/core/types.js';
import { DIRECTORY_COLUMNS, exportDirectoryCsv } from '../../export/directory-csv.js';
import { corpusIndicatorTable, INDICATOR_COLUMNS, UNMAPPED_COLUMNS, unmappedPath, writeIndicatorTable, writeUnmappedFigures } from '../../export/indicators-csv.js';
import { exportIramuteq } from '../../export/iramuteq.js';
import { MENTION_COLUMNS, exportMentionsCsv } from '../../export/mentions-csv.js';
import { removeTemporariesOnSignal } from '../../export/output-fs.js';
import { writeOutputFolder } from '../../export/safe-folder.js';
import { csvHeaderTest, writeOutputFile, type OutputGuard } from '../../export/safe-output.js';
import { exportTxm } from '../../export/txm.js';
import type { Db } from '../../store/db.js';
import type { MentionStatus } from '../../store/mentions.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable } from '../printable.js';

export interface ExportCliOptions {
  readonly db: string;
  readonly out: string;
  readonly format: 'mentions' | 'indicators' | 'directory' | 'txm' | 'iramuteq';
  readonly types?: string;
  readonly status: string;
  readonly delimiter: ',' | ';';
  readonly bom: boolean;
  readonly force: boolean;
  /** For `--format indicators`: one row per PTCE × period × indicator (long) or per PTCE and period (wide). */
  readonly layout?: 'long' | 'wide';
  /** `;`, BOM, French headers, decimal commas, phones and codes kept as text (main/export/excel-fr.ts). */
  readonly excelFr?: boolean;
}

function parseTypes(types: string | undefined): MentionType[] | undefined | Error {
  if (types === undefined) return undefined;
  const list = types.split(',').map((type) => type.trim()).filter((type) => type !== '');
  const unknown = list.filter((type) => !(MENTION_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) return new Error(`unknown type(s) ${unknown.join(', ')}; expected ${MENTION_TYPES.join(', ')}`);
  return list as MentionType[];
}

/** The indicators export: the table, then the figures no indicator took, each written safely. */
async function exportIndicatorFiles(db: Db, options: ExportCliOptions, guard: OutputGuard, csv: CsvChoice): Promise<number> {
  const choice = { ...csv, status: options.status as MentionStatus | 'all', layout: options.layout };
  // The table is built once the destination passed the guard, never before.
  const { rows, table } = await writeOutputFile(options.out, { ...guard, recognise: csvHeaderTest(INDICATOR_COLUMNS) }, async (file) => {
    const built = corpusIndicatorTable(db, choice);
    return { rows: await writeIndicatorTable(file, built, choice), table: built };
  });
  const unmappedFile = unmappedPath(options.out);
  await writeOutputFile(unmappedFile, { ...guard, recognise: csvHeaderTest(UNMAPPED_COLUMNS) }, (file) => writeUnmappedFigures(file, table, choice));
  process.stderr.write(`${table.unmapped.length} figures with no indicator listed in ${printable(unmappedFile)}; ${table.noise.length} numbers set aside as no figure`);
  process.stderr.write(table.leftOut > 0 ? `; ${table.leftOut} figures left out by --status ${options.status}\n` : '\n');
  return rows;
}

type CsvChoice = { readonly delimiter: ',' | ';'; readonly bom: boolean; readonly preset?: 'excel-fr' };

/** Runs one export through the output-safety layer (temporary file, then rename). */
function exportTo(db: Db, options: ExportCliOptions, types: MentionType[] | undefined): Promise<number> {
  const guard: OutputGuard = { corpusFile: options.db, force: options.force };
  const csv: CsvChoice = options.excelFr === true ? { delimiter: ';', bom: true, preset: 'excel-fr' } : { delimiter: options.delimiter, bom: options.bom };
  const statuses = options.status === 'all' ? undefined : [options.status as MentionStatus];
  switch (options.format) {
    case 'mentions':
      return writeOutputFile(options.out, { ...guard, recognise: csvHeaderTest(MENTION_COLUMNS) }, (file) => exportMentionsCsv(db, file, { ...csv, types, statuses }));
    case 'indicators':
      return exportIndicatorFiles(db, options, guard, csv);
    case 'directory':
      return writeOutputFile(options.out, { ...guard, recognise: csvHeaderTest(DIRECTORY_COLUMNS) }, (file) =>
        exportDirectoryCsv(db, file, { ...csv, status: options.status as MentionStatus | 'all' }),
      );
    case 'iramuteq':
      return writeOutputFile(options.out, { ...guard, recognise: (line) => line.startsWith('****') }, (file) => exportIramuteq(db, file));
    case 'txm':
      return writeOutputFolder(options.out, 'txm', guard, (folder) => exportTxm(db, folder));
  }
}

export async function runExport(options: ExportCliOptions): Promise<number> {
  const types = parseTypes(options.types);
  if (types instanceof Error) {
    process.stderr.write(`glaneur: --types: ${types.message}\n`);
    return 2;
  }
  const db = await openCorpusForCli(options.db, { readOnly: true });
  const stopWatching = removeTemporariesOnSignal();
  try {
    const count = await exportTo(db, options, types);
    const what = { mentions: 'mentions', indicators: 'indicators', directory: 'people', txm: 'texts', iramuteq: 'documents' }[options.format];
    process.stderr.write(`${count} ${what} written to ${printable(options.out)}\n`);
    return 0;
  } finally {
    stopWatching();
    db.close();
  }
}
