/** The indicator table for the API (the app's view): accepted figures by default, and how many pending ones were left out. */
import type { IndicatorSummary } from '../api/contract.js';
import type { Db } from '../store/db.js';
import type { MentionStatus } from '../store/mentions.js';
import { corpusIndicatorTable } from './indicators-csv.js';

export function indicatorSummary(db: Db, status: MentionStatus | 'all'): IndicatorSummary {
  const table = corpusIndicatorTable(db, { status });
  return {
    rows: table.rows.map((row) => ({
      ptce: row.ptce,
      period: row.period,
      periodInferred: row.inferred,
      indicator: row.indicator.id,
      label: row.indicator.label,
      detail: row.detail,
      value: row.value,
      unit: row.indicator.unit,
      conflict: row.conflict,
      values: row.values,
      sources: row.sources.map(({ mentionId, document, page, start, end, text }) => ({ mentionId, document, page, start, end, text })),
    })),
    unmapped: table.unmapped.length,
    leftOut: table.leftOut,
  };
}
