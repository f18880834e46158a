import type { MentionType } from '../../extractors/index.js';
// Not the extractors' index, which builds every lexicon: see document-writer.ts.
import { entityKey, sameEntity } from '../../extractors/core/entity-key.js';
import type { Db } from './db.js';
import { prepared } from './statements.js';

/** Types whose mentions are grouped into corpus-wide entities. */
export const ENTITY_TYPES: ReadonlySet<MentionType> = new Set<MentionType>(['person', 'organisation']);

export interface EntityRecord {
  readonly id: number;
  readonly type: MentionType;
  readonly canonical: string;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
}

/**
 * Finds or creates the entity a person/organisation value belongs to, and records the surface
 * form as an alias. Runs inside the caller's transaction.
 *
 * `expansion` is the full name a document gives an acronym (`PMA` → `Pôle Métropolitain de
 * l'Artois`): the acronym then joins the expansion's entity, and an entity made earlier for the
 * bare acronym is merged into it. Later documents that use the acronym alone find it as an alias.
 */
export function resolveEntity(
  db: Db,
  type: MentionType,
  value: string,
  surface: string,
  expansion?: string | undefined,
): number | null {
  if (!ENTITY_TYPES.has(type)) return null;
  const name = expansion ?? value;
  const key = entityKey(type, name);
  if (key === '') return null;
  const existing =
    prepared<[string, string], { id: number }>(db, 'SELECT id FROM entities WHERE type = ? AND key = ?').get(type, key) ??
    (expansion === undefined ? findByAcronymAlias(db, type, value) : undefined) ??
    findVariant(db, type, key, name);
  const id =
    existing?.id ??
    Number(prepared(db, 'INSERT INTO entities (type, canonical, key) VALUES (?, ?, ?)').run(type, name, key).lastInsertRowid);
  const addAlias = prepared(db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
  addAlias.run(id, surface);
  if (expansion !== undefined) {
    addAlias.run(id, value);
    const acronymEntity = prepared<[string, string], { id: number }>(db, 'SELECT id FROM entities WHERE type = ? AND key = ?').get(type, entityKey(type, value));
    if (acronymEntity !== undefined && acronymEntity.id !== id) mergeEntity(db, acronymEntity.id, id);
  }
  return id;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u;

/** An entity that already lists this acronym among its aliases (it was defined in another document). */
function findByAcronymAlias(db: Db, type: MentionType, value: string): { id: number } | undefined {
  if (!ACRONYM.test(value)) return undefined;
  return prepared<[string, string], { id: number }>(
    db,
    'SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.type = ? AND a.alias = ? ORDER BY e.id LIMIT 1',
  ).get(type, value);
}

/** Moves every mention and alias of entity `from` to `into`, then deletes `from`. */
export function mergeEntity(db: Db, from: number, into: number): void {
  prepared(db, 'UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(into, from);
  prepared(db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) SELECT ?, alias FROM entity_aliases WHERE entity_id = ?').run(into, from);
  prepared(db, 'DELETE FROM entities WHERE id = ?').run(from);
}

/**
 * An existing entity whose name is an OCR or spelling variant of `value` (`Hémin-Carvin` for
 * `Hénin-Carvin`), looked for among entities of the same type and a similar key length; the
 * oldest such entity wins, so grouping is stable as the corpus grows.
 */
function findVariant(db: Db, type: MentionType, key: string, value: string): { id: number } | undefined {
  const slack = Math.max(2, Math.ceil(key.length * 0.1));
  const candidates = prepared<[string, number, number], { id: number; canonical: string }>(
    db,
    'SELECT id, canonical FROM entities WHERE type = ? AND length(key) BETWEEN ? AND ? ORDER BY id',
  ).all(type, key.length - slack, key.length + slack);
  return candidates.find((candidate) => sameEntity(type, candidate.canonical, value));
}

export function listEntities(db: Db, type?: MentionType): EntityRecord[] {
  const rows = prepared<[string | null, string | null], { id: number; type: MentionType; canonical: string; aliases: string | null; mention_count: number }>(
    db,
    `SELECT e.id, e.type, e.canonical,
            (SELECT json_group_array(alias) FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY alias)) AS aliases,
            (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
       FROM entities e WHERE (? IS NULL OR e.type = ?) ORDER BY e.type, e.canonical`,
  ).all(type ?? null, type ?? null);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    canonical: row.canonical,
    aliases: JSON.parse(row.aliases ?? '[]') as string[],
    mentionCount: row.mention_count,
  }));
}
