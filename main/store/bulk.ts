/**
 * Bulk decisions, scoped and reversible: "reject every mention like this one on this page / in
 * this document" (same rule, or same text). The matching mentions are listed first (preview);
 * applying writes one audit row per mention, all sharing one batch number, in one transaction, so
 * one undo (undoBatchAware) reverses the whole action.
 */
import { NotFoundError } from '../errors.js';
import { lastUndoable, writeAudit, type AuditEntry } from './audit.js';
import type { Db } from './db.js';
import { getMention, MENTION_SELECT, toMentionRecord, type MentionRecord, type MentionRow, type MentionStatus } from './mentions.js';
import { undoLastChange } from './review.js';
import { nowIso, prepared } from './statements.js';

export interface LikeThis {
  /** The mention the user is on. */
  readonly mentionId: number;
  /** `rule`: same type and rule; `text`: same type and same raw text. */
  readonly match: 'rule' | 'text';
  readonly scope: 'page' | 'document';
}

/** The mentions a bulk action would change: like the given one, in scope, not yet in the target status. */
export function previewLikeThis(db: Db, like: LikeThis, target: MentionStatus = 'rejected'): MentionRecord[] {
  const model = getMention(db, like.mentionId);
  if (model === undefined) throw new NotFoundError(`mention ${like.mentionId}`);
  const where = ['m.document_id = ?', 'm.type = ?', 'm.status <> ?'];
  const params: unknown[] = [model.documentId, model.type, target];
  if (like.scope === 'page') {
    where.push('m.page = ?');
    params.push(model.page);
  }
  where.push(like.match === 'rule' ? 'm.rule = ?' : 'm.text = ?');
  params.push(like.match === 'rule' ? model.rule : model.text);
  return prepared<unknown[], MentionRow>(db, `${MENTION_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.page, m.start, m.id`)
    .all(...params)
    .map(toMentionRecord);
}

/** Applies the status to exactly the listed mentions (those the user saw), as one undoable batch. */
export function applyBulkStatus(db: Db, actor: string, mentionIds: readonly number[], status: MentionStatus): { batch: number; changed: number } {
  return db.transaction(() => {
    const batch = (prepared<[], { next: number }>(db, 'SELECT coalesce(max(batch), 0) + 1 AS next FROM audit').get()?.next ?? 1);
    const at = nowIso();
    let changed = 0;
    const action = status === 'accepted' ? 'accept' : status === 'rejected' ? 'reject' : 'reset';
    for (const id of mentionIds) {
      const before = prepared<[number], Record<string, unknown> & { document_id: number; status: string }>(db, 'SELECT * FROM mentions WHERE id = ?').get(id);
      if (before === undefined || before.status === status) continue;
      prepared(db, 'UPDATE mentions SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
      const after = prepared<[number], Record<string, unknown>>(db, 'SELECT * FROM mentions WHERE id = ?').get(id);
      const auditId = writeAudit(db, { actor, action, mentionId: id, documentId: before.document_id, before, after });
      prepared(db, 'UPDATE audit SET batch = ? WHERE id = ?').run(batch, auditId);
      changed += 1;
    }
    return { batch, changed };
  }).immediate();
}

function batchOf(db: Db, auditId: number): number | null {
  return prepared<[number], { batch: number | null }>(db, 'SELECT batch FROM audit WHERE id = ?').get(auditId)?.batch ?? null;
}

/**
 * Undo that knows batches: the most recent change, and when it belongs to a bulk action, every
 * other change of that action too, in one transaction. Returns the changes undone, newest first.
 */
export function undoBatchAware(db: Db, actor: string): AuditEntry[] {
  return db.transaction(() => {
    const first = undoLastChange(db, actor);
    const batch = batchOf(db, first.id);
    const undone = [first];
    if (batch === null) return undone;
    for (let next = lastUndoable(db); next !== undefined && batchOf(db, next.id) === batch; next = lastUndoable(db)) {
      undone.push(undoLastChange(db, actor));
    }
    return undone;
  }).immediate();
}
