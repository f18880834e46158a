/**
 * The library's rows kept between calls (main/store/summary-cache.ts): what the app asks the
 * server when it goes back to the library after a decision and opens the next document must not
 * grow with the corpus, and the rows must stay exactly what a fresh count gives, whoever wrote.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiImplementation } from '../../../main/api/contract.js';
import { createDirectClient } from '../../../main/api/direct-client.js';
import { createService } from '../../../main/api/service.js';
import { openCorpus, type Db } from '../../../main/store/db.js';
import { createSummaryCache } from '../../../main/store/summary-cache.js';
import { listDocumentSummaries } from '../../../main/store/summaries.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';

const RULES: TestRule[] = [
  { id: 'test.ptce', type: 'organisation', pattern: /PTCE Les Vergers/u },
  { id: 'test.figure', type: 'figure', pattern: /\d+ ETP/u },
];

/** A corpus of `count` documents, each of two pages with three mentions. */
function seed(db: Db, count: number): number[] {
  return Array.from({ length: count }, (_, index) =>
    storeTextDocument(db, `doc-${index}.pdf`, [`Le PTCE Les Vergers compte ${index + 2} ETP.`, `Soit ${index + 4} ETP en tout.`], RULES),
  );
}

/** Counts the rows that statements reading the mentions table hand back, while `run` runs. */
async function mentionRowsRead(db: Db, run: () => Promise<void>): Promise<number> {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as { all: (...args: unknown[]) => unknown[]; get: (...args: unknown[]) => unknown; source: string };
  const { all, get } = proto;
  let rows = 0;
  const readsMentions = (statement: { source: string }): boolean => /\bFROM mentions\b/u.test(statement.source);
  proto.all = function (this: { source: string }, ...args: unknown[]) {
    const result = all.apply(this, args);
    if (readsMentions(this)) rows += result.length;
    return result;
  };
  proto.get = function (this: { source: string }, ...args: unknown[]) {
    const result = get.apply(this, args);
    if (readsMentions(this) && result !== undefined) rows += 1;
    return result;
  };
  try {
    await run();
  } finally {
    proto.all = all;
    proto.get = get;
  }
  return rows;
}

async function value<T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * What bench:ui's "open" charges: the app back on the library (its list asked for) right after a
 * decision, then the next document opened (its record, mentions and first page).
 */
async function decideThenOpenNext(db: Db, ids: readonly number[]): Promise<number> {
  const api = createDirectClient(createService(db, { defaultActor: 'tester' }) as ApiImplementation);
  await value(api.listDocumentSummaries({}));
  const [first] = await value(api.listMentions({ documentId: ids[0] ?? 0 }));
  return mentionRowsRead(db, async () => {
    await value(api.acceptMention({ mentionId: first?.id ?? 0 }));
    await value(api.listDocumentSummaries({}));
    await value(api.getDocument({ documentId: ids[1] ?? 0 }));
    await value(api.listMentions({ documentId: ids[1] ?? 0 }));
    await value(api.getPage({ documentId: ids[1] ?? 0, page: 1 }));
  });
}

describe('library summaries kept between calls', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('reads as many mention rows to go back to the library and open the next document on 3 documents as on 30', async () => {
    const small = openTestDb();
    const large = openTestDb();
    const read = [await decideThenOpenNext(small, seed(small, 3)), await decideThenOpenNext(large, seed(large, 30))];
    // Before: the library's counts grouped every document's mentions (one row per document).
    expect(read[1]).toBe(read[0]);
    expect(read[0]).toBeGreaterThan(0);
    small.close();
    large.close();
  });

  it('reads again only the documents a decision, an edit, an addition or an undo touched, and gives what a fresh count gives', async () => {
    const db = openTestDb();
    const ids = seed(db, 5);
    const service = createService(db, { defaultActor: 'tester' });
    const api = createDirectClient(service);
    const cache = createSummaryCache(db);
    // The service's own cache is not reachable: the same calls on a second one show how it reads.
    cache.list();
    expect(cache.lastRefresh).toMatchObject({ full: true });
    const [one, two] = await value(api.listMentions({ documentId: ids[2] ?? 0 }));
    await value(api.rejectMention({ mentionId: one?.id ?? 0 }));
    await value(api.editMention({ mentionId: two?.id ?? 0, changes: { value: '7' } }));
    await value(api.undo({}));
    expect(await value(api.listDocumentSummaries({}))).toEqual(listDocumentSummaries(db));
    // Writes not made through `written` are seen and read in full.
    cache.list();
    expect(cache.lastRefresh).toMatchObject({ full: true });
    cache.written(
      () => db.prepare("UPDATE mentions SET status = 'accepted' WHERE id = ?").run(one?.id ?? 0),
      () => [ids[2] ?? 0],
    );
    expect(cache.list()).toEqual(listDocumentSummaries(db));
    expect(cache.lastRefresh).toEqual({ full: false, documents: 1 });
    // Rejecting the PTCE mention removes the document's PTCE.
    cache.written(
      () => db.prepare("UPDATE mentions SET status = 'rejected' WHERE document_id = ? AND rule = 'test.ptce'").run(ids[3] ?? 0),
      () => [ids[3] ?? 0],
    );
    const listed = cache.list();
    expect(listed).toEqual(listDocumentSummaries(db));
    expect(listed.find((document) => document.id === ids[3])?.ptce).toBeNull();
    expect(cache.lastRefresh).toEqual({ full: false, documents: 1 });
    // A write it was not told about (a bulk action, an import…) makes it read everything.
    db.prepare("UPDATE mentions SET status = 'edited' WHERE document_id = ?").run(ids[4] ?? 0);
    expect(cache.list()).toEqual(listDocumentSummaries(db));
    expect(cache.lastRefresh).toMatchObject({ full: true });
    db.close();
  });

  it('reads everything again when another process commits to the corpus', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'glaneur-summaries-'));
    folders.push(folder);
    const file = join(folder, 'corpus.sqlite');
    const db = await openCorpus(file, { create: true });
    const ids = seed(db, 3);
    const cache = createSummaryCache(db);
    cache.list();
    const other = new BetterSqlite3(file);
    other.prepare("UPDATE mentions SET status = 'accepted' WHERE document_id = ?").run(ids[1] ?? 0);
    other.close();
    expect(cache.list()).toEqual(listDocumentSummaries(db));
    expect(cache.list().find((document) => document.id === ids[1])?.mentions.accepted).toBe(3);
    db.close();
  });
});
