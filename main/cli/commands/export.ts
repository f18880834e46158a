import { MENTION_TYPES, type MentionType } from '../../../extractors/core/types.js';
import { exportDirectoryCsv } from '../../export/directory-csv.js';
import { exportIndicators } from '../../export/indicators-csv.js';
import { exportIramuteq } from '../../export/iramuteq.js';
import { exportMentionsCsv } from '../../export/mentions-csv.js';
import { exportTxm } from '../../export/txm.js';
import type { MentionStatus } from '../../store/mentions.js';
import { openCorpusForCli } from '../open-corpus.js';

export interface ExportCliOptions {
  readonly db: string;
  readonly out: string;
  readonly format: 'mentions' | 'indicators' | 'directory' | 'txm' | 'iramuteq';
  readonly types?: string;
  readonly status: string;
  readonly delimiter: ',' | ';';
  readonly bom: boolean;
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

export async function runExport(options: ExportCliOptions): Promise<number> {
  const types = parseTypes(options.types);
  if (types instanceof Error) {
    process.stderr.write(`glaneur: --types: ${types.message}\n`);
    return 2;
  }
  const db = await openCorpusForCli(options.db, false);
  if (db === null) return 2;
  try {
    const csv = options.excelFr === true ? ({ delimiter: ';', bom: true, preset: 'excel-fr' } as const) : { delimiter: options.delimiter, bom: options.bom };
    const statuses = options.status === 'all' ? undefined : [options.status as MentionStatus];
    const count = await {
      mentions: () => exportMentionsCsv(db, options.out, { ...csv, types, statuses }),
      indicators: async () => {
        const summary = await exportIndicators(db, options.out, { ...csv, status: options.status as MentionStatus | 'all', layout: options.layout });
        process.stderr.write(`${summary.unmapped} figures with no indicator listed in ${summary.unmappedFile}; ${summary.noise} numbers set aside as no figure`);
        process.stderr.write(summary.leftOut > 0 ? `; ${summary.leftOut} figures left out by --status ${options.status}\n` : '\n');
        return summary.rows;
      },
      directory: () => exportDirectoryCsv(db, options.out, { ...csv, status: options.status as MentionStatus | 'all' }),
      txm: () => exportTxm(db, options.out),
      iramuteq: () => exportIramuteq(db, options.out),
    }[options.format]();
    const what = { mentions: 'mentions', indicators: 'indicators', directory: 'people', txm: 'texts', iramuteq: 'documents' }[options.format];
    process.stderr.write(`${count} ${what} written to ${options.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}
