/**
 * Merging one corpus into another (`glaneur merge`): documents are matched by content hash
 * (sha256), so a document imported in two shards is kept once; a document the target lacks is
 * copied whole (row, pages, OCR words, mentions with their decisions and entities, metadata); on
 * a document both hold, the source's human decisions are applied to the target's undecided
 * mentions, and a mention decided differently on each side is a conflict: the target's decision
 * is kept and the conflict listed. Audit trails are joined, their ids remapped.
 */
import type { Db } from './db.js';
import { entityKey } from '../../extractors/index.js';
import { resolveEntity } from './entities.js';
import { prepared } from './statements.js';
import type { MentionRow as StoreMentionRow } from './mentions.js';

/** A mention decided one way in the target and another way in a source. */
export interface MergeConflict {
  readonly source: string;
  readonly fileName: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly text: string;
  /** What the target holds (kept). */
  readonly kept: string;
  /** What the source said (listed, not applied). */
  readonly other: string;
}

export interface MergeSummary {
  readonly source: string;
  readonly documentsAdded: number;
  readonly documentsShared: number;
  readonly decisionsApplied: number;
  readonly auditRows: number;
  readonly conflicts: readonly MergeConflict[];
}

type Row = Record<string, unknown>;

/** A mention row as the store reads it; a source corpus older than migration 006 has no evidence. */
type MentionRow = Omit<StoreMentionRow, 'evidence'> & { readonly evidence?: string };

const MENTION_SELECT = 'SELECT m.*, e.canonical AS entity FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.id';

/** State of a mention as a person reads it, for comparing decisions. */
const decision = (mention: MentionRow): string => `${mention.status} ${mention.type} ${mention.value}${mention.unit === null ? '' : ` ${mention.unit}`}${mention.entity === null ? '' : ` → ${mention.entity}`}`;
const isDecided = (mention: MentionRow): boolean => mention.status !== 'pending' || mention.origin === 'user';

/**
 * The target entity for a source mention, found or made from the source entity's name the way
 * the source got it: an edited mention as a person's edit does (the named entity, nothing else
 * merged), a rule mention as import does (an acronym joins its expansion's entity).
 */
function targetEntity(target: Db, mention: MentionRow): number | null {
  if (mention.entity === null) return null;
  if (mention.status === 'edited') return resolveEntity(target, mention.type, mention.entity, mention.text);
  const expansion = entityKey(mention.type, mention.entity) === entityKey(mention.type, mention.value) ? undefined : mention.entity;
  return resolveEntity(target, mention.type, mention.value, mention.text, expansion);
}

function insertMention(target: Db, documentId: number, mention: MentionRow): number {
  return Number(
    prepared(
      target,
      `INSERT INTO mentions (document_id, page, type, start, end, text, value, unit, confidence, rule, source, inferred, context, evidence, status, origin, entity_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentId, mention.page, mention.type, mention.start, mention.end, mention.text, mention.value, mention.unit, mention.confidence, mention.rule,
      mention.source, mention.inferred, mention.context, mention.evidence ?? '', mention.status, mention.origin, targetEntity(target, mention), mention.created_at, mention.updated_at,
    ).lastInsertRowid,
  );
}

/** Copies a document the target does not hold; returns its new id and the mention id map. */
function copyDocument(target: Db, source: Db, document: Row, mentionIds: Map<number, number>): number {
  const columns = Object.keys(document).filter((column) => column !== 'id');
  const documentId = Number(
    prepared(target, `INSERT INTO documents (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => document[column])).lastInsertRowid,
  );
  const sourceId = Number(document['id']);
  for (const page of source.prepare<[number], Row>('SELECT * FROM pages WHERE document_id = ? ORDER BY number').all(sourceId)) {
    const pageId = prepared(target, 'INSERT INTO pages (document_id, number, text, source, ocr_confidence, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      documentId, page['number'], page['text'], page['source'], page['ocr_confidence'], page['width'], page['height'],
    ).lastInsertRowid;
    for (const word of source.prepare<[unknown], Row>('SELECT * FROM words WHERE page_id = ? ORDER BY position').all(page['id'])) {
      prepared(target, 'INSERT INTO words (page_id, position, text, confidence, x0, y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        pageId, word['position'], word['text'], word['confidence'], word['x0'], word['y0'], word['x1'], word['y1'],
      );
    }
  }
  for (const mention of source.prepare<[number], MentionRow>(MENTION_SELECT).all(sourceId)) mentionIds.set(mention.id, insertMention(target, documentId, mention));
  const metadata = source.prepare<[number], Row>('SELECT * FROM document_metadata WHERE document_id = ?').get(sourceId);
  if (metadata !== undefined) {
    prepared(target, 'INSERT INTO document_metadata (document_id, title, document_date, ptce, genre, edited, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      documentId, metadata['title'], metadata['document_date'], metadata['ptce'], metadata['genre'], metadata['edited'], metadata['updated_at'],
    );
  }
  return documentId;
}

/** Brings the source's decisions on a document both hold; returns decisions applied and conflicts. */
function mergeDecisions(target: Db, source: Db, sourceName: string, fileName: string, sourceId: number, targetId: number, mentionIds: Map<number, number>, conflicted: Set<number>): { applied: number; conflicts: MergeConflict[] } {
  const theirs = target.prepare<[number], MentionRow>(MENTION_SELECT).all(targetId);
  const bySpan = new Map(theirs.map((mention) => [`${mention.page}:${mention.start}:${mention.end}:${mention.type}`, mention]));
  const conflicts: MergeConflict[] = [];
  let applied = 0;
  for (const mention of source.prepare<[number], MentionRow>(MENTION_SELECT).all(sourceId)) {
    const counterpart = bySpan.get(`${mention.page}:${mention.start}:${mention.end}:${mention.type}`);
    if (counterpart !== undefined) mentionIds.set(mention.id, counterpart.id);
    if (!isDecided(mention)) continue;
    if (counterpart === undefined) {
      mentionIds.set(mention.id, insertMention(target, targetId, mention));
      applied += 1;
    } else if (!isDecided(counterpart)) {
      prepared(target, 'UPDATE mentions SET status = ?, value = ?, unit = ?, entity_id = ?, updated_at = ? WHERE id = ?').run(
        mention.status, mention.value, mention.unit, targetEntity(target, mention), mention.updated_at, counterpart.id,
      );
      applied += 1;
    } else if (decision(counterpart) !== decision(mention)) {
      conflicted.add(mention.id);
      conflicts.push({ source: sourceName, fileName, page: mention.page, start: mention.start, end: mention.end, type: mention.type, text: mention.text, kept: decision(counterpart), other: decision(mention) });
    }
  }
  return { applied, conflicts };
}

/** Rewrites the ids inside an audit row's before/after JSON to the target's. */
function remapJson(json: unknown, mentionIds: ReadonlyMap<number, number>, documentIds: ReadonlyMap<number, number>): string | null {
  if (typeof json !== 'string') return null;
  const row = JSON.parse(json) as Record<string, unknown>;
  if (typeof row['id'] === 'number') row['id'] = mentionIds.get(row['id']) ?? null;
  if (typeof row['document_id'] === 'number') row['document_id'] = documentIds.get(row['document_id']) ?? null;
  if (typeof row['documentId'] === 'number') row['documentId'] = documentIds.get(row['documentId']) ?? null;
  return JSON.stringify(row);
}

/**
 * Appends the source's audit rows with ids remapped. A row about a mention whose decision lost a
 * conflict is joined as taken back (`undone`), so undo in the merged corpus never replays it.
 * Rows already present (the same shard merged twice) are not repeated.
 */
function joinAudit(target: Db, source: Db, mentionIds: ReadonlyMap<number, number>, documentIds: ReadonlyMap<number, number>, conflicted: ReadonlySet<number>): number {
  let count = 0;
  for (const row of source.prepare<[], Row>('SELECT * FROM audit ORDER BY id').all()) {
    const sourceMention = typeof row['mention_id'] === 'number' ? row['mention_id'] : null;
    const mentionId = sourceMention === null ? null : (mentionIds.get(sourceMention) ?? null);
    const documentId = typeof row['document_id'] === 'number' ? (documentIds.get(row['document_id']) ?? null) : null;
    const exists = prepared<[unknown, unknown, unknown, number | null, number | null], { id: number }>(
      target,
      'SELECT id FROM audit WHERE at = ? AND actor = ? AND action = ? AND mention_id IS ? AND document_id IS ?',
    ).get(row['at'], row['actor'], row['action'], mentionId, documentId);
    if (exists !== undefined) continue;
    const undone = row['undone'] === 1 || (sourceMention !== null && conflicted.has(sourceMention)) ? 1 : 0;
    prepared(target, 'INSERT INTO audit (at, actor, action, mention_id, document_id, before, after, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      row['at'], row['actor'], row['action'], mentionId, documentId, remapJson(row['before'], mentionIds, documentIds), remapJson(row['after'], mentionIds, documentIds), undone,
    );
    count += 1;
  }
  return count;
}

/** Merges `source` into `target` in one transaction of the target. The source is only read. */
export function mergeCorpusInto(target: Db, source: Db, sourceName: string): MergeSummary {
  return target
    .transaction((): MergeSummary => {
      const mentionIds = new Map<number, number>();
      const documentIds = new Map<number, number>();
      const conflicted = new Set<number>();
      const conflicts: MergeConflict[] = [];
      let added = 0;
      let shared = 0;
      let applied = 0;
      for (const document of source.prepare<[], Row>('SELECT * FROM documents ORDER BY file_name, id').all()) {
        const sha = document['sha256'] as string | null;
        const existing = sha === null ? undefined : prepared<[string], { id: number; status: string }>(target, 'SELECT id, status FROM documents WHERE sha256 = ?').get(sha);
        if (document['status'] !== 'imported') {
          // A failure is worth recording only when the target knows nothing of the file.
          if (existing === undefined && sha !== null) documentIds.set(Number(document['id']), copyDocument(target, source, document, mentionIds));
          continue;
        }
        if (existing?.status === 'imported') {
          documentIds.set(Number(document['id']), existing.id);
          const result = mergeDecisions(target, source, sourceName, String(document['file_name']), Number(document['id']), existing.id, mentionIds, conflicted);
          applied += result.applied;
          conflicts.push(...result.conflicts);
          shared += 1;
          continue;
        }
        if (existing !== undefined) prepared(target, 'DELETE FROM documents WHERE id = ?').run(existing.id);
        documentIds.set(Number(document['id']), copyDocument(target, source, document, mentionIds));
        added += 1;
      }
      const auditRows = joinAudit(target, source, mentionIds, documentIds, conflicted);
      prepared(target, 'DELETE FROM document_signatures WHERE document_id NOT IN (SELECT id FROM documents)').run();
      return { source: sourceName, documentsAdded: added, documentsShared: shared, decisionsApplied: applied, auditRows, conflicts };
    })
    .immediate();
}
