/**
 * The `mentions` export: one row per mention, the CLI contract's columns first and in order
 * (`document,page,type,text,value,unit,confidence,status,entity,context`), then provenance
 * columns for researchers. RFC 4180 quoting by csv-stringify (a maintained writer: quotes,
 * embedded newlines and delimiters are its job, not ours).
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { MentionType } from '../../extractors/index.js';
import type { Db } from '../store/db.js';
import { iterateMentionsForExport, type MentionStatus } from '../store/mentions.js';
import { neutraliseCell } from './csv-safety.js';
import { excelFrCell, excelFrHeader } from './excel-fr.js';

export const MENTION_COLUMNS = [
  'document',
  'page',
  'type',
  'text',
  'value',
  'unit',
  'confidence',
  'status',
  'entity',
  'context',
  'start',
  'end',
  'rule',
  'source',
  'inferred',
  'origin',
  'mention_id',
] as const;

export interface CsvOptions {
  readonly delimiter: ';' | ',';
  readonly bom: boolean;
  /** `excel-fr`: French headers and cells French Excel reads right (see excel-fr.ts). */
  readonly preset?: 'excel-fr' | undefined;
}

export interface MentionExportOptions extends CsvOptions {
  readonly types?: readonly MentionType[] | undefined;
  readonly statuses?: readonly MentionStatus[] | undefined;
}

/** Writes rows to `out` through csv-stringify; every cell is neutralised against formula injection. */
export async function writeCsv(out: string, header: readonly string[], rows: Iterable<readonly (string | number | null)[]>, options: CsvOptions): Promise<number> {
  const file = createWriteStream(out, { encoding: 'utf8' });
  const csv = stringify({ delimiter: options.delimiter, bom: options.bom, record_delimiter: 'windows', quoted_match: /[\r\n]/u });
  csv.pipe(file);
  const excelFr = options.preset === 'excel-fr';
  const write = (row: readonly (string | number | null)[]): Promise<void> | void => {
    const cells = row.map((cell) => (excelFr ? excelFrCell(cell) : cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseCell(cell)));
    if (!csv.write(cells)) return new Promise((resolve) => csv.once('drain', resolve));
  };
  await write(excelFr ? header.map(excelFrHeader) : header);
  let count = 0;
  for (const row of rows) {
    await write(row);
    count += 1;
  }
  csv.end();
  await finished(file);
  return count;
}

/** Exports mentions; returns the number of data rows written. */
export async function exportMentionsCsv(db: Db, out: string, options: MentionExportOptions): Promise<number> {
  const rows = function* () {
    for (const mention of iterateMentionsForExport(db, { types: options.types, statuses: options.statuses })) {
      yield [
        mention.fileName,
        mention.page,
        mention.type,
        mention.text,
        mention.value,
        mention.unit,
        mention.confidence,
        mention.status,
        mention.entity,
        mention.context,
        mention.start,
        mention.end,
        mention.rule,
        mention.source,
        mention.inferred.join(','),
        mention.origin,
        mention.id,
      ] as const;
    }
  };
  return writeCsv(out, MENTION_COLUMNS, rows(), options);
}
