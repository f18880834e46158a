import type { Db } from './db.js';
import { nowIso, prepared } from './statements.js';

/** Human actions that `undo` can take back. */
export const UNDOABLE_ACTIONS = ['accept', 'reject', 'edit', 'add', 'reset'] as const;
export type ReviewAction = (typeof UNDOABLE_ACTIONS)[number];
export type AuditAction = ReviewAction | 'undo' | 'reextract' | 'reextract-orphan' | 'metadata';

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly mentionId: number | null;
  readonly documentId: number | null;
  /** The mention row before the change (null for an addition). */
  readonly before: Record<string, unknown> | null;
  /** The mention row after the change (null for a removal). */
  readonly after: Record<string, unknown> | null;
  readonly undone: boolean;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  mention_id: number | null;
  document_id: number | null;
  before: string | null;
  after: string | null;
  undone: number;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    mentionId: row.mention_id,
    documentId: row.document_id,
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
    undone: row.undone === 1,
  };
}

/** Appends an audit row; call inside the transaction that makes the change. */
export function writeAudit(
  db: Db,
  entry: { actor: string; action: AuditAction; mentionId: number | null; documentId: number | null; before: unknown; after: unknown; undone?: boolean },
): number {
  return Number(
    prepared(db, 'INSERT INTO audit (at, actor, action, mention_id, document_id, before, after, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      nowIso(),
      entry.actor,
      entry.action,
      entry.mentionId,
      entry.documentId,
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.undone === true ? 1 : 0,
    ).lastInsertRowid,
  );
}

export interface AuditQuery {
  readonly documentId?: number | undefined;
  readonly mentionId?: number | undefined;
  readonly limit?: number | undefined;
}

/** Newest first. */
export function listAudit(db: Db, query: AuditQuery = {}): AuditEntry[] {
  return prepared<[number | null, number | null, number | null, number | null, number], AuditRow>(
    db,
    `SELECT * FROM audit WHERE (? IS NULL OR document_id = ?) AND (? IS NULL OR mention_id = ?) ORDER BY id DESC LIMIT ?`,
  )
    .all(query.documentId ?? null, query.documentId ?? null, query.mentionId ?? null, query.mentionId ?? null, query.limit ?? 200)
    .map(toEntry);
}

/** The most recent human change not yet undone, if any. */
export function lastUndoable(db: Db): AuditEntry | undefined {
  const row = prepared<string[], AuditRow>(
    db,
    `SELECT * FROM audit WHERE undone = 0 AND action IN (${UNDOABLE_ACTIONS.map(() => '?').join(',')}) ORDER BY id DESC LIMIT 1`,
  ).get(...UNDOABLE_ACTIONS);
  return row === undefined ? undefined : toEntry(row);
}

export function markUndone(db: Db, auditId: number): void {
  prepared(db, 'UPDATE audit SET undone = 1 WHERE id = ?').run(auditId);
}
