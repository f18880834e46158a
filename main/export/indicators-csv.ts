/**
 * The `indicators` export: the table a CRESS analyst pastes into a yearly activity table.
 *
 * - long layout (default): one row per PTCE × period × indicator (× funder), with the value, the
 *   unit, a conflict flag and the supporting mentions (document, page, span);
 * - wide layout: one row per PTCE and period, one column per indicator (Excel-friendly);
 * - figures that map to no indicator are written apart, to `<out>.unmapped.csv` (never dropped);
 *   numbers that are no figure (phones, page numbers, numbers in names…) are counted, not written.
 */
import type { Db } from '../store/db.js';
import type { MentionStatus } from '../store/mentions.js';
import { corpusWorks, statusesFor, type WorkGrouping } from './corpus-rows.js';
import { buildIndicatorTable, type FigureSource, type IndicatorRow, type IndicatorTable } from './indicators-table.js';
import { INDICATORS } from './indicators-vocabulary.js';
import { writeCsv, type CsvOptions } from './mentions-csv.js';

export const INDICATOR_COLUMNS = ['ptce', 'period', 'period_inferred', 'indicator', 'label', 'detail', 'value', 'unit', 'conflict', 'values', 'mentions', 'statuses', 'sources'] as const;
export const UNMAPPED_COLUMNS = ['ptce', 'period', 'period_inferred', 'value', 'unit', 'text', 'document', 'page', 'start', 'end', 'status', 'context'] as const;

export interface IndicatorExportOptions extends CsvOptions {
  readonly status?: MentionStatus | 'all' | undefined;
  readonly layout?: 'long' | 'wide' | undefined;
  /** How documents are grouped into works (defaults to the stored document groups). */
  readonly grouping?: WorkGrouping | undefined;
}

/** What an export wrote, for the command's summary line. */
export interface IndicatorExportSummary {
  readonly rows: number;
  readonly unmapped: number;
  readonly noise: number;
  readonly leftOut: number;
  readonly unmappedFile: string;
}

const yesNo = (flag: boolean): string => (flag ? 'oui' : 'non');

function citation(source: FigureSource): string {
  return `${source.document} p.${source.page} [${source.start}-${source.end}] ${source.text.replace(/\s+/gu, ' ')}`;
}

function statusSummary(sources: readonly FigureSource[]): string {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.status, (counts.get(source.status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => `${status}:${count}`).join(' ');
}

function longRow(row: IndicatorRow): (string | number)[] {
  return [
    row.ptce,
    row.period,
    yesNo(row.inferred),
    row.indicator.id,
    row.indicator.label,
    row.detail,
    row.value,
    row.indicator.unit,
    yesNo(row.conflict),
    row.values.join(' | '),
    row.sources.length,
    statusSummary(row.sources),
    row.sources.map(citation).join(' | '),
  ];
}

/** Wide layout: `ptce, period, <one column per indicator present>, conflicts`. */
function wideRows(table: IndicatorTable): { header: string[]; rows: (string | number)[][] } {
  const present = INDICATORS.filter((indicator) => table.rows.some((row) => row.indicator.id === indicator.id));
  const columns = present.flatMap((indicator) => {
    const details = [...new Set(table.rows.filter((row) => row.indicator.id === indicator.id).map((row) => row.detail))].sort();
    return details.map((detail) => ({ indicator, detail, header: detail === '' ? `${indicator.label} (${indicator.unit})` : `${indicator.label} : ${detail} (${indicator.unit})` }));
  });
  const lines = new Map<string, { ptce: string; period: string; inferred: boolean; cells: Map<string, IndicatorRow> }>();
  for (const row of table.rows) {
    const key = JSON.stringify([row.ptce, row.period]);
    const line = lines.get(key) ?? { ptce: row.ptce, period: row.period, inferred: true, cells: new Map() };
    line.inferred &&= row.inferred;
    line.cells.set(JSON.stringify([row.indicator.id, row.detail]), row);
    lines.set(key, line);
  }
  const rows = [...lines.values()].map((line) => {
    const cells = columns.map((column) => line.cells.get(JSON.stringify([column.indicator.id, column.detail]))?.value ?? '');
    const conflicts = [...line.cells.values()].filter((row) => row.conflict).map((row) => `${row.indicator.label}: ${row.values.join(' / ')}`);
    return [line.ptce, line.period, yesNo(line.inferred), ...cells, conflicts.join(' | ')];
  });
  return { header: ['ptce', 'period', 'period_inferred', ...columns.map((column) => column.header), 'conflicts'], rows };
}

/** `indicateurs.csv` → `indicateurs.unmapped.csv`. */
export function unmappedPath(out: string): string {
  return /\.csv$/iu.test(out) ? out.replace(/\.csv$/iu, '.unmapped.csv') : `${out}.unmapped.csv`;
}

/** Builds the table of the corpus (for the export and for the app). */
export function corpusIndicatorTable(db: Db, options: Pick<IndicatorExportOptions, 'status' | 'grouping'> = {}): IndicatorTable {
  return buildIndicatorTable(corpusWorks(db, options.grouping), statusesFor(options.status));
}

/** Writes the indicator table itself, in the long or the wide layout; returns the rows written. */
export function writeIndicatorTable(out: string, table: IndicatorTable, options: IndicatorExportOptions): Promise<number> {
  const csv = { delimiter: options.delimiter, bom: options.bom, preset: options.preset };
  if (options.layout === 'wide') {
    const wide = wideRows(table);
    return writeCsv(out, wide.header, wide.rows, csv);
  }
  return writeCsv(out, INDICATOR_COLUMNS, table.rows.map(longRow), csv);
}

/** Writes the figures no indicator took (listed apart, never dropped); returns the rows written. */
export function writeUnmappedFigures(out: string, table: IndicatorTable, options: IndicatorExportOptions): Promise<number> {
  const csv = { delimiter: options.delimiter, bom: options.bom, preset: options.preset };
  return writeCsv(
    out,
    UNMAPPED_COLUMNS,
    table.unmapped.map(({ ptce, period, inferred, source }) => [ptce, period, yesNo(inferred), source.value, source.unit ?? '', source.text, source.document, source.page, source.start, source.end, source.status, source.context]),
    csv,
  );
}

export async function exportIndicators(db: Db, out: string, options: IndicatorExportOptions): Promise<IndicatorExportSummary> {
  const table = corpusIndicatorTable(db, options);
  const rows = await writeIndicatorTable(out, table, options);
  const unmappedFile = unmappedPath(out);
  await writeUnmappedFigures(unmappedFile, table, options);
  return { rows, unmapped: table.unmapped.length, noise: table.noise.length, leftOut: table.leftOut, unmappedFile };
}

/** The export as the command line calls it: returns the number of indicator rows written. */
export async function exportIndicatorsCsv(db: Db, out: string, options: IndicatorExportOptions): Promise<number> {
  return (await exportIndicators(db, out, options)).rows;
}
