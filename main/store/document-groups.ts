/**
 * Files that are one document: each imported document gets a MinHash signature of its text
 * (computed once), and documents whose estimated similarity reaches the threshold are grouped
 * (transitively). Groups are recomputed on demand and keep their ids while their members stay.
 */
import { shingles, signature, similarity, SIGNATURE_SIZE } from '../corpus/minhash.js';
import type { Db } from './db.js';
import { listDocuments, type DocumentRecord } from './documents.js';
import { listPageTexts } from './page-texts.js';
import { nowIso, prepared } from './statements.js';

/**
 * Measured on the dev fixtures (test/main/store/document-groups.int.test.ts prints them): each
 * exported PDF and its scan score 0.77–1.00, different documents at most 0.02. 0.5 leaves a wide
 * margin on both sides, so a later version with many edits still groups while two issues of one
 * newsletter (same masthead and footer) do not.
 */
export const SAME_DOCUMENT_THRESHOLD = 0.5;

/** One member of a group, with its similarity to the group's best source. */
export interface GroupMember {
  readonly documentId: number;
  readonly similarity: number;
}

export interface DocumentGroup {
  readonly groupId: number;
  /** The member whose pages are read first: most text-layer pages, then the latest date, then the first imported. */
  readonly primaryId: number;
  readonly members: readonly GroupMember[];
}

function toBlob(values: Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function fromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint32Array(SIGNATURE_SIZE);
  copy.set(new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + SIGNATURE_SIZE * 4)));
  return copy;
}

/** Signatures of every imported document, computing (and, when writable, storing) the missing ones. */
export function documentSignatures(db: Db): Map<number, Uint32Array> {
  const stored = new Map(
    prepared<[], { document_id: number; minhash: Buffer }>(db, 'SELECT document_id, minhash FROM document_signatures').all().map((row) => [row.document_id, fromBlob(row.minhash)] as const),
  );
  // A read-only corpus gets its missing signatures computed, not stored.
  const insert = db.readonly ? undefined : prepared(db, 'INSERT OR REPLACE INTO document_signatures (document_id, minhash, shingle_count) VALUES (?, ?, ?)');
  for (const document of listDocuments(db)) {
    if (document.status !== 'imported' || stored.has(document.id)) continue;
    const hashes = shingles(listPageTexts(db, document.id).map((page) => page.text).join('\n'));
    const minhash = signature(hashes);
    insert?.run(document.id, toBlob(minhash), hashes.size);
    stored.set(document.id, minhash);
  }
  return stored;
}

/** The order in which members of one work are preferred (see DocumentGroup.primaryId). */
export function preferredFirst(a: DocumentRecord, b: DocumentRecord): number {
  return b.textPages - a.textPages || a.ocrPages - b.ocrPages || (b.documentDate ?? '').localeCompare(a.documentDate ?? '') || a.id - b.id;
}

const ROWS_PER_BAND = 2;

/**
 * Pairs worth comparing, by locality-sensitive hashing: documents sharing one band of two
 * signature values. With 64 bands a pair at similarity 0.5 becomes a candidate with probability
 * 1 − (1 − 0.5²)⁶⁴ ≈ 1, a pair at 0.02 with about 2.5 %, so a large corpus is not compared pair
 * by pair; every candidate is then checked against the threshold.
 */
function candidatePairs(ids: readonly number[], signatures: ReadonlyMap<number, Uint32Array>): [number, number][] {
  const buckets = new Map<string, number[]>();
  for (const id of ids) {
    const values = signatures.get(id);
    if (values === undefined || values[0] === 0xffffffff) continue;
    for (let band = 0; band < SIGNATURE_SIZE / ROWS_PER_BAND; band += 1) {
      const key = `${band}:${values.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join(',')}`;
      buckets.set(key, [...(buckets.get(key) ?? []), id]);
    }
  }
  const pairs = new Map<string, [number, number]>();
  for (const bucket of buckets.values()) {
    for (const [index, a] of bucket.entries()) for (const b of bucket.slice(index + 1)) pairs.set(`${Math.min(a, b)}:${Math.max(a, b)}`, [Math.min(a, b), Math.max(a, b)]);
  }
  return [...pairs.values()];
}

/** Clusters of documents at or above the threshold (transitively), by union-find over candidate pairs. */
function clusters(ids: readonly number[], signatures: ReadonlyMap<number, Uint32Array>, threshold: number): number[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const [a, b] of candidatePairs(ids, signatures)) {
    const sa = signatures.get(a);
    const sb = signatures.get(b);
    if (sa !== undefined && sb !== undefined && similarity(sa, sb) >= threshold) parent.set(find(b), find(a));
  }
  const groups = new Map<number, number[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The groups the corpus's texts make now, computed without writing (numbered from 1). */
export function computeDocumentGroups(db: Db, threshold = SAME_DOCUMENT_THRESHOLD): DocumentGroup[] {
  const signatures = documentSignatures(db);
  const documents = new Map(listDocuments(db).filter((document) => document.status === 'imported').map((document) => [document.id, document]));
  return clusters([...documents.keys()], signatures, threshold).map((cluster, index) => {
    const members = cluster.map((id) => documents.get(id)).filter((document): document is DocumentRecord => document !== undefined).sort(preferredFirst);
    const primary = signatures.get(members[0]?.id ?? -1);
    return {
      groupId: index + 1,
      primaryId: members[0]?.id ?? 0,
      members: members.map((member) => {
        const own = signatures.get(member.id);
        return { documentId: member.id, similarity: primary === undefined || own === undefined ? 0 : similarity(primary, own) };
      }),
    };
  });
}

/** Recomputes the groups of the corpus (one transaction); returns them. */
export function refreshDocumentGroups(db: Db, threshold = SAME_DOCUMENT_THRESHOLD): DocumentGroup[] {
  return db
    .transaction(() => {
      const signatures = documentSignatures(db);
      const documents = new Map(listDocuments(db).filter((document) => document.status === 'imported').map((document) => [document.id, document]));
      const previous = new Map(prepared<[], { document_id: number; group_id: number }>(db, 'SELECT document_id, group_id FROM document_group_members').all().map((row) => [row.document_id, row.group_id]));
      prepared(db, 'DELETE FROM document_group_members').run();
      const kept = new Set<number>();
      for (const cluster of clusters([...documents.keys()], signatures, threshold)) {
        const reused = cluster.map((id) => previous.get(id)).filter((id): id is number => id !== undefined && !kept.has(id));
        const groupId = reused.length > 0 ? Math.min(...reused) : Number(prepared(db, 'INSERT INTO document_groups (created_at) VALUES (?)').run(nowIso()).lastInsertRowid);
        kept.add(groupId);
        const members = cluster.map((id) => documents.get(id)).filter((document): document is DocumentRecord => document !== undefined).sort(preferredFirst);
        const primary = signatures.get(members[0]?.id ?? -1);
        for (const member of members) {
          const own = signatures.get(member.id);
          const score = primary === undefined || own === undefined ? 0 : similarity(primary, own);
          prepared(db, 'INSERT INTO document_group_members (document_id, group_id, similarity) VALUES (?, ?, ?)').run(member.id, groupId, score);
        }
      }
      prepared(db, 'DELETE FROM document_groups WHERE id NOT IN (SELECT group_id FROM document_group_members)').run();
      return listDocumentGroups(db);
    })
    .immediate();
}

/** The stored groups, each with its primary first. */
export function listDocumentGroups(db: Db): DocumentGroup[] {
  const rows = prepared<[], { document_id: number; group_id: number; similarity: number }>(db, 'SELECT document_id, group_id, similarity FROM document_group_members ORDER BY group_id').all();
  const documents = new Map(listDocuments(db).map((document) => [document.id, document]));
  const groups = new Map<number, { documentId: number; similarity: number }[]>();
  for (const row of rows) groups.set(row.group_id, [...(groups.get(row.group_id) ?? []), { documentId: row.document_id, similarity: row.similarity }]);
  return [...groups.entries()].map(([groupId, members]) => {
    const ordered = [...members].sort((a, b) => {
      const da = documents.get(a.documentId);
      const dbb = documents.get(b.documentId);
      return da === undefined || dbb === undefined ? a.documentId - b.documentId : preferredFirst(da, dbb);
    });
    return { groupId, primaryId: ordered[0]?.documentId ?? 0, members: ordered };
  });
}

/** Documents as works: grouped ones together (refreshing the groups first), the others alone. */
export function groupDocuments(db: Db, documents: readonly DocumentRecord[]): DocumentRecord[][] {
  // A corpus opened read-only (an export of a corpus on a read-only disk) is grouped in memory.
  const groups = db.readonly ? computeDocumentGroups(db) : refreshDocumentGroups(db);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const grouped = new Set<number>();
  const works: DocumentRecord[][] = [];
  for (const group of groups) {
    const members = group.members.map((member) => byId.get(member.documentId)).filter((document): document is DocumentRecord => document !== undefined);
    if (members.length === 0) continue;
    for (const member of members) grouped.add(member.id);
    works.push(members);
  }
  for (const document of documents) if (!grouped.has(document.id)) works.push([document]);
  return works.sort((a, b) => (a[0]?.fileName ?? '').localeCompare(b[0]?.fileName ?? '') || (a[0]?.id ?? 0) - (b[0]?.id ?? 0));
}
