/**
 * The `mentions` export: one row per mention, the CLI contract's columns first and in order
 * (`document,page,type,text,value,unit,confidence,status,entity,context`), then provenance
 * columns for researchers. RFC 4180 quoting by csv-stringify (a maintained writer: quotes,
 * embedded newlines and delimiters are its job, not ours).
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { MentionType } from '../../extractors/index.js';
import type { Db } from '../store/db.js';
import { iterateMentionsForExport, type MentionStatus } from '../store/mentions.js';
import { neutraliseCell } from './csv-safety.js';
import { excelFrCell, excelFrHeader } from './excel-fr.js';
import { printableCell } from '../util/printable.js';

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

/**
 * Writes rows to `out` through csv-stringify; every cell is neutralised against formula
 * injection, and its control and invisible format characters (U+202E…) are written as visible
 * escapes (util/printable.ts: a file name that reads backwards in the app reads backwards in a
 * spreadsheet too). One stream pipeline, so a write error (disk full, folder gone) rejects at once
 * instead of leaving the writer waiting for a `drain` that never comes.
 */
export async function writeCsv(out: string, header: readonly string[], rows: Iterable<readonly (string | number | null)[]>, options: CsvOptions): Promise<number> {
  const excelFr = options.preset === 'excel-fr';
  const cellOf = (raw: string | number | null): string => {
    const cell = typeof raw === 'string' ? printableCell(raw) : raw;
    return excelFr ? excelFrCell(cell) : cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  };
  let count = 0;
  const records = function* (): Generator<string[]> {
    yield header.map((name) => neutraliseCell(excelFr ? excelFrHeader(name) : name));
    for (const row of rows) {
      count += 1;
      yield row.map(cellOf);
    }
  };
  await pipeline(
    Readable.from(records(), { objectMode: true }),
    stringify({ delimiter: options.delimiter, bom: options.bom, record_delimiter: 'windows', quoted_match: /[\r\n]/u }),
    createWriteStream(out, { encoding: 'utf8' }),
  );
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
