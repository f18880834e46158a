/**
 * Human decisions on mentions. Every change is one transaction that writes the mention and its
 * audit row (before and after), so it can be shown, exported and undone.
 */
import { contextSentence, type MentionType } from '../../extractors/index.js';
import { InvalidArgumentError, NotFoundError, NothingToUndoError, UndoUnavailableError } from '../errors.js';
import { lastUndoable, markUndone, writeAudit, type AuditEntry } from './audit.js';
import type { Db } from './db.js';
import { resolveEntity } from './entities.js';
import { getMention, type MentionRecord, type MentionStatus } from './mentions.js';
import { nowIso, prepared } from './statements.js';

/** The raw mention row, as stored in the audit log and restored by undo. */
type RawMention = Record<string, unknown> & { id: number; document_id: number };

function rawMention(db: Db, id: number): RawMention {
  const row = prepared<[number], RawMention>(db, 'SELECT * FROM mentions WHERE id = ?').get(id);
  if (row === undefined) throw new NotFoundError(`mention ${id}`);
  return row;
}

function mustGet(db: Db, id: number): MentionRecord {
  const mention = getMention(db, id);
  if (mention === undefined) throw new NotFoundError(`mention ${id}`);
  return mention;
}

function setStatus(db: Db, actor: string, id: number, status: MentionStatus, action: 'accept' | 'reject' | 'reset'): MentionRecord {
  return db.transaction(() => {
    const before = rawMention(db, id);
    prepared(db, 'UPDATE mentions SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), id);
    writeAudit(db, { actor, action, mentionId: id, documentId: before.document_id, before, after: rawMention(db, id) });
    return mustGet(db, id);
  }).immediate();
}

export function acceptMention(db: Db, actor: string, id: number): MentionRecord {
  return setStatus(db, actor, id, 'accepted', 'accept');
}

export function rejectMention(db: Db, actor: string, id: number): MentionRecord {
  return setStatus(db, actor, id, 'rejected', 'reject');
}

/** Puts a mention back to `pending` (a decision taken back on purpose, logged like any other). */
export function resetMention(db: Db, actor: string, id: number): MentionRecord {
  return setStatus(db, actor, id, 'pending', 'reset');
}

export interface MentionChanges {
  readonly value?: string | undefined;
  readonly unit?: string | null | undefined;
  readonly type?: MentionType | undefined;
  /** Canonical name of the person/organisation this mention refers to; null detaches it. */
  readonly entity?: string | null | undefined;
}

/** Edits a mention's value, unit, type or entity; its status becomes `edited`. */
export function editMention(db: Db, actor: string, id: number, changes: MentionChanges): MentionRecord {
  return db.transaction(() => {
    const before = rawMention(db, id);
    const current = mustGet(db, id);
    const type = changes.type ?? current.type;
    const value = changes.value ?? current.value;
    if (value.trim() === '') throw new InvalidArgumentError('a mention value cannot be empty');
    const unit = changes.unit === undefined ? current.unit : changes.unit;
    let entityId = current.entityId;
    if (changes.entity !== undefined) {
      entityId = changes.entity === null ? null : resolveEntity(db, type, changes.entity, current.text);
      if (changes.entity !== null && entityId === null) throw new InvalidArgumentError(`a ${type} mention cannot belong to an entity`);
    } else if (changes.type !== undefined || changes.value !== undefined) {
      entityId = resolveEntity(db, type, value, current.text);
    }
    prepared(db, "UPDATE mentions SET type = ?, value = ?, unit = ?, entity_id = ?, status = 'edited', updated_at = ? WHERE id = ?").run(
      type,
      value,
      unit,
      entityId,
      nowIso(),
      id,
    );
    writeAudit(db, { actor, action: 'edit', mentionId: id, documentId: before.document_id, before, after: rawMention(db, id) });
    return mustGet(db, id);
  }).immediate();
}

export interface NewMention {
  readonly documentId: number;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  readonly value: string;
  readonly unit?: string | null | undefined;
}

/** Adds a mention the rules missed. It is `accepted`, with origin `user`, and its text is read from the page. */
export function addMention(db: Db, actor: string, input: NewMention): MentionRecord {
  return db.transaction(() => {
    const page = prepared<[number, number], { text: string; source: 'text' | 'ocr' }>(db, 'SELECT text, source FROM pages WHERE document_id = ? AND number = ?').get(
      input.documentId,
      input.page,
    );
    if (page === undefined) throw new NotFoundError(`page ${input.page} of document ${input.documentId}`);
    if (input.end <= input.start || input.end > page.text.length) {
      throw new InvalidArgumentError(`span ${input.start}–${input.end} is not inside page ${input.page} (length ${page.text.length})`);
    }
    if (input.value.trim() === '') throw new InvalidArgumentError('a mention value cannot be empty');
    const text = page.text.slice(input.start, input.end);
    const at = nowIso();
    const entityId = resolveEntity(db, input.type, input.value, text);
    const id = Number(
      prepared(
        db,
        `INSERT INTO mentions (document_id, page, type, start, end, text, value, unit, confidence, rule, source, inferred, context,
                               status, origin, entity_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'user', ?, '', ?, 'accepted', 'user', ?, ?, ?)`,
      ).run(input.documentId, input.page, input.type, input.start, input.end, text, input.value, input.unit ?? null, page.source, contextSentence(page.text, input.start, input.end), entityId, at, at)
        .lastInsertRowid,
    );
    writeAudit(db, { actor, action: 'add', mentionId: id, documentId: input.documentId, before: null, after: rawMention(db, id) });
    return mustGet(db, id);
  }).immediate();
}

const RESTORABLE_COLUMNS = ['type', 'start', 'end', 'text', 'value', 'unit', 'confidence', 'rule', 'source', 'inferred', 'context', 'status', 'origin', 'entity_id', 'updated_at'] as const;

function entityStillThere(db: Db, entityId: unknown): boolean {
  return entityId === null || entityId === undefined || prepared<[unknown], { id: number }>(db, 'SELECT id FROM entities WHERE id = ?').get(entityId) !== undefined;
}

/**
 * Puts back a mention that disappeared after the change being undone (re-extraction replaces
 * pending rule mentions, so a mention reset to pending can be gone), from the audit's copy of it.
 * It gets its old id when free. A pending rule mention on exactly the same span and type is the
 * re-extraction's copy of it and is removed, as re-extraction would have merged the two. Returns
 * the restored mention's id; throws when its document is gone.
 */
function restoreRemovedMention(db: Db, change: AuditEntry, before: Record<string, unknown>): number {
  const documentId = before.document_id;
  const page = prepared<[unknown, unknown], { id: number }>(db, 'SELECT id FROM pages WHERE document_id = ? AND number = ?').get(documentId, before.page);
  if (page === undefined) {
    throw new UndoUnavailableError(
      `cannot undo ${change.action} of mention ${change.mentionId ?? '?'}: the mention and its page are no longer in the corpus; nothing was changed`,
    );
  }
  const columns = new Set(prepared<[], { name: string }>(db, "SELECT name FROM pragma_table_info('mentions')").all().map((column) => column.name));
  const idFree = prepared<[unknown], { id: number }>(db, 'SELECT id FROM mentions WHERE id = ?').get(before.id) === undefined;
  const names = Object.keys(before).filter((name) => columns.has(name) && (name !== 'id' || idFree));
  const values = names.map((name) => (name === 'entity_id' && !entityStillThere(db, before[name]) ? null : before[name] ?? null));
  const id = Number(
    prepared(db, `INSERT INTO mentions (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...values).lastInsertRowid,
  );
  prepared(db, "DELETE FROM mentions WHERE id <> ? AND document_id = ? AND page = ? AND start = ? AND end = ? AND type = ? AND origin = 'rule' AND status = 'pending'").run(
    id,
    documentId,
    before.page,
    before.start,
    before.end,
    before.type,
  );
  return id;
}

/**
 * Takes back the most recent human change: restores the mention as it was before (or removes a
 * mention that was added), marks the change undone and logs the undo itself. A mention that was
 * removed since (by re-extraction) is restored from the audit's copy; when that is impossible the
 * undo fails with {@link UndoUnavailableError} and changes nothing — it never answers success
 * having restored nothing.
 */
export function undoLastChange(db: Db, actor: string): AuditEntry {
  return db.transaction(() => {
    const change = lastUndoable(db);
    if (change === undefined) throw new NothingToUndoError();
    const found = change.mentionId === null ? undefined : prepared<[number], RawMention>(db, 'SELECT * FROM mentions WHERE id = ?').get(change.mentionId);
    // Mention ids can be reused once a mention is deleted (re-extraction deletes pending ones):
    // a row with the id but another creation time is another mention, not the one changed.
    const current = found !== undefined && (change.before === null || found.created_at === change.before.created_at) ? found : undefined;
    let mentionId = change.mentionId;
    if (change.before === null) {
      if (current !== undefined) prepared(db, 'DELETE FROM mentions WHERE id = ?').run(current.id);
    } else if (current !== undefined) {
      const before = change.before;
      const values = RESTORABLE_COLUMNS.map((column) => (column === 'entity_id' && !entityStillThere(db, before.entity_id) ? null : before[column] ?? null));
      prepared(db, `UPDATE mentions SET ${RESTORABLE_COLUMNS.map((column) => `"${column}" = ?`).join(', ')} WHERE id = ?`).run(...values, current.id);
    } else {
      mentionId = restoreRemovedMention(db, change, change.before);
    }
    markUndone(db, change.id);
    writeAudit(db, {
      actor,
      action: 'undo',
      mentionId,
      documentId: change.documentId,
      before: current ?? null,
      after: change.before === null || mentionId === null ? change.before : rawMention(db, mentionId),
      undone: true,
    });
    return { ...change, mentionId, undone: true };
  }).immediate();
}
