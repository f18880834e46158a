/**
 * Span fixing that keeps a mention's identity: the same row (same id, status history and audit
 * trail) gets its new boundaries, its text re-read from the page, and its value and unit re-read
 * by the extractors' own parsers. Undo restores the old span like any edit.
 */
import { contextSentence, extractPage, type MentionType, type TextSource } from '../../extractors/index.js';
import { InvalidArgumentError, NotFoundError } from '../errors.js';
import { writeAudit } from './audit.js';
import type { Db } from './db.js';
import { resolveEntity } from './entities.js';
import { getMention, type MentionRecord } from './mentions.js';
import { nowIso, prepared } from './statements.js';

/** What the extractors read in a stretch of page text. */
export interface SpanReading {
  readonly type: MentionType;
  readonly value: string;
  readonly unit: string | null;
  readonly rule: string;
}

interface PageRow {
  text: string;
  source: TextSource;
}

function pageText(db: Db, documentId: number, page: number): PageRow {
  const row = prepared<[number, number], PageRow>(db, 'SELECT text, source FROM pages WHERE document_id = ? AND number = ?').get(documentId, page);
  if (row === undefined) throw new NotFoundError(`page ${page} of document ${documentId}`);
  return row;
}

function checkSpan(text: string, start: number, end: number, page: number): void {
  if (start < 0 || end <= start || end > text.length) {
    throw new InvalidArgumentError(`span ${start}–${end} is not inside page ${page} (length ${text.length})`);
  }
  if (text.slice(start, end).trim() === '') throw new InvalidArgumentError('a mention cannot be only blank space');
}

/**
 * Reads `text[start, end)` with the extractors: first a mention the rules find on the whole page
 * with exactly this span (context-dependent rules see their context), then the stretch on its
 * own. `wanted` restricts the type. Undefined when nothing is read.
 */
export function readSpan(page: { page: number; text: string; source: TextSource }, start: number, end: number, wanted?: MentionType): SpanReading | undefined {
  const fits = (type: MentionType): boolean => wanted === undefined || wanted === type;
  const exact = extractPage(page, {}).find((mention) => mention.span.start === start && mention.span.end === end && fits(mention.type));
  if (exact !== undefined) return { type: exact.type, value: exact.value, unit: exact.unit ?? null, rule: exact.rule };
  const alone = extractPage({ page: page.page, text: page.text.slice(start, end), source: page.source }, {})
    .filter((mention) => fits(mention.type))
    .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
  return alone === undefined ? undefined : { type: alone.type, value: alone.value, unit: alone.unit ?? null, rule: alone.rule };
}

/** What the extractors read in a stretch of a stored page (add-from-selection prefill). */
export function readStoredSpan(db: Db, documentId: number, page: number, start: number, end: number): SpanReading | null {
  const row = pageText(db, documentId, page);
  checkSpan(row.text, start, end, page);
  return readSpan({ page, text: row.text, source: row.source }, start, end) ?? null;
}

/**
 * Moves a mention's boundaries. Value and unit are re-read for the mention's own type; when the
 * extractors read nothing there, the raw text becomes the value (a person can still fix it with
 * edit). The status becomes `edited`; one audit row `edit` holds before and after.
 */
export function resizeMention(db: Db, actor: string, id: number, start: number, end: number): MentionRecord {
  return db.transaction(() => {
    const before = prepared<[number], Record<string, unknown> & { document_id: number; page: number; type: MentionType }>(db, 'SELECT * FROM mentions WHERE id = ?').get(id);
    if (before === undefined) throw new NotFoundError(`mention ${id}`);
    const page = pageText(db, before.document_id, before.page);
    checkSpan(page.text, start, end, before.page);
    const text = page.text.slice(start, end);
    const reading = readSpan({ page: before.page, text: page.text, source: page.source }, start, end, before.type);
    const value = reading?.value ?? text.replace(/\s+/gu, ' ').trim();
    const unit = reading === undefined ? null : reading.unit;
    const entityId = resolveEntity(db, before.type, value, text);
    prepared(db, "UPDATE mentions SET start = ?, end = ?, text = ?, value = ?, unit = ?, context = ?, entity_id = ?, status = 'edited', updated_at = ? WHERE id = ?").run(
      start,
      end,
      text,
      value,
      unit,
      contextSentence(page.text, start, end),
      entityId,
      nowIso(),
      id,
    );
    const after = prepared<[number], Record<string, unknown>>(db, 'SELECT * FROM mentions WHERE id = ?').get(id);
    writeAudit(db, { actor, action: 'edit', mentionId: id, documentId: before.document_id, before, after });
    const record = getMention(db, id);
    if (record === undefined) throw new NotFoundError(`mention ${id}`);
    return record;
  }).immediate();
}
