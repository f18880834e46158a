import type { DateComponent, MentionType, TextSource } from '../../extractors/index.js';
import type { Db } from './db.js';
import { prepared } from './statements.js';

export type MentionStatus = 'pending' | 'accepted' | 'rejected' | 'edited';
export type MentionOrigin = 'rule' | 'user';

/** A stored mention, with its entity's canonical name when it has one. */
export interface MentionRecord {
  readonly id: number;
  readonly documentId: number;
  readonly page: number;
  readonly type: MentionType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  readonly unit: string | null;
  readonly confidence: number;
  readonly rule: string;
  readonly source: TextSource;
  readonly inferred: readonly DateComponent[];
  readonly context: string;
  /** The evidence that made an evidence-scored rule keep this mention (empty for other rules). */
  readonly evidence: readonly string[];
  readonly status: MentionStatus;
  readonly origin: MentionOrigin;
  readonly entityId: number | null;
  readonly entity: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface MentionRow {
  id: number;
  document_id: number;
  page: number;
  type: MentionType;
  start: number;
  end: number;
  text: string;
  value: string;
  unit: string | null;
  confidence: number;
  rule: string;
  source: TextSource;
  inferred: string;
  context: string;
  evidence: string;
  status: MentionStatus;
  origin: MentionOrigin;
  entity_id: number | null;
  entity: string | null;
  created_at: string;
  updated_at: string;
}

export function toMentionRecord(row: MentionRow): MentionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    page: row.page,
    type: row.type,
    start: row.start,
    end: row.end,
    text: row.text,
    value: row.value,
    unit: row.unit,
    confidence: row.confidence,
    rule: row.rule,
    source: row.source,
    inferred: row.inferred === '' ? [] : (row.inferred.split(',') as DateComponent[]),
    context: row.context,
    evidence: row.evidence === '' ? [] : row.evidence.split(','),
    status: row.status,
    origin: row.origin,
    entityId: row.entity_id,
    entity: row.entity,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const MENTION_SELECT = `SELECT m.*, e.canonical AS entity FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id`;

/** Filters for listing mentions; every field is optional. */
export interface MentionQuery {
  readonly documentId?: number | undefined;
  readonly page?: number | undefined;
  readonly types?: readonly MentionType[] | undefined;
  readonly statuses?: readonly MentionStatus[] | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Appends `type IN (…)` and `status IN (…)` conditions for the lists the query names. */
function addTypeAndStatusFilters(
  query: { types?: readonly MentionType[] | undefined; statuses?: readonly MentionStatus[] | undefined },
  where: string[],
  params: unknown[],
): void {
  for (const [column, values] of [
    ['m.type', query.types],
    ['m.status', query.statuses],
  ] as const) {
    if (values === undefined || values.length === 0) continue;
    where.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  }
}

export function listMentions(db: Db, query: MentionQuery = {}): MentionRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.documentId !== undefined) {
    where.push('m.document_id = ?');
    params.push(query.documentId);
  }
  if (query.page !== undefined) {
    where.push('m.page = ?');
    params.push(query.page);
  }
  addTypeAndStatusFilters(query, where, params);
  const sql =
    `${MENTION_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ` +
    'ORDER BY m.document_id, m.page, m.start, m.end, m.type, m.id LIMIT ? OFFSET ?';
  params.push(query.limit ?? -1, query.offset ?? 0);
  // One statement per filter combination, prepared once: the review screen lists mentions often.
  return prepared<unknown[], MentionRow>(db, sql).all(...params).map(toMentionRecord);
}

export function getMention(db: Db, id: number): MentionRecord | undefined {
  const row = prepared<[number], MentionRow>(db, `${MENTION_SELECT} WHERE m.id = ?`).get(id);
  return row === undefined ? undefined : toMentionRecord(row);
}

/** Iterates mentions joined with their document's file name, in export order, without loading them all. */
export function* iterateMentionsForExport(
  db: Db,
  query: { types?: readonly MentionType[] | undefined; statuses?: readonly MentionStatus[] | undefined },
): Generator<MentionRecord & { readonly fileName: string }> {
  const where: string[] = ["d.status = 'imported'"];
  const params: unknown[] = [];
  addTypeAndStatusFilters(query, where, params);
  // A statement of its own: a cached one could be busy iterating for another export.
  const statement = db.prepare<unknown[], MentionRow & { file_name: string }>(
    `SELECT m.*, e.canonical AS entity, d.file_name FROM mentions m
       JOIN documents d ON d.id = m.document_id LEFT JOIN entities e ON e.id = m.entity_id
      WHERE ${where.join(' AND ')} ORDER BY d.file_name, d.id, m.page, m.start, m.end, m.type, m.id`,
  );
  for (const row of statement.iterate(...params)) yield { ...toMentionRecord(row), fileName: row.file_name };
}
