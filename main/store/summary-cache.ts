/**
 * The library's rows (summaries.ts) kept between calls, so that coming back to the library after
 * reviewing a document re-reads that document's mentions only, not the whole corpus's.
 *
 * Why: the app goes back to the library after each document reviewed and asks for every
 * document's counts; counting them reads every mention of the corpus (10 000 rows for 100
 * documents), on the server's one thread, so the next document opened waited behind it, and
 * opening a document grew with the corpus (`npm run bench:ui`, 100 vs 10 documents).
 *
 * Correct by construction rather than by listing every writer: a document's counts are read again
 * when a write through `written` names it; any other change to the corpus, in this process
 * (`total_changes()` moved without being accounted for: an import, a bulk action, a
 * re-extraction…) or in another one (`PRAGMA data_version`), makes the next call read everything.
 */
import type { Db } from './db.js';
import { prepared } from './statements.js';
import { corpusVersion, documentsWith, mentionCounts, ptceNames, type DocumentSummary, type MentionCounts } from './summaries.js';

/** How the last `list` was made (tests and diagnostics). */
export interface SummaryRefresh {
  /** The whole corpus's mentions were read. */
  readonly full: boolean;
  /** Documents whose mentions were read. */
  readonly documents: number;
}

export interface SummaryCache {
  /** Every document's summary, as listDocumentSummaries gives it. */
  list(): DocumentSummary[];
  /**
   * Runs a write that changes the mentions of the documents `touched` names (null: some it cannot
   * name), so that only those are read again.
   */
  written<T>(write: () => T, touched: (result: T) => readonly (number | null)[]): T;
  readonly lastRefresh: SummaryRefresh;
}

export function createSummaryCache(db: Db): SummaryCache {
  const changes = (): number => prepared<[], { n: number }>(db, 'SELECT total_changes() AS n').get()?.n ?? 0;
  let counts = new Map<number, MentionCounts>();
  let ptces = new Map<number, string>();
  /** Both maps hold the corpus as of `version` and `accounted`. */
  let known = false;
  let version = -1;
  let accounted = -1;
  const dirty = new Set<number>();
  let lastRefresh: SummaryRefresh = { full: false, documents: 0 };

  const readAll = (): void => {
    counts = mentionCounts(db);
    ptces = ptceNames(db);
    dirty.clear();
    known = true;
    lastRefresh = { full: true, documents: counts.size };
  };

  const readDirty = (): void => {
    for (const id of dirty) {
      const one = mentionCounts(db, id).get(id);
      if (one === undefined) counts.delete(id);
      else counts.set(id, one);
      const ptce = ptceNames(db, id).get(id);
      if (ptce === undefined) ptces.delete(id);
      else ptces.set(id, ptce);
    }
    lastRefresh = { full: false, documents: dirty.size };
    dirty.clear();
  };

  return {
    list() {
      const nowVersion = corpusVersion(db);
      const nowChanges = changes();
      if (!known || nowVersion !== version || nowChanges !== accounted) readAll();
      else readDirty();
      version = nowVersion;
      accounted = nowChanges;
      return documentsWith(db, counts, ptces);
    },
    written(write, touched) {
      const before = changes();
      const result = write();
      const ids = touched(result);
      // A change made before this write and not accounted for is caught by the count check in
      // list(); only when the corpus was as known can this write's documents be named alone.
      if (before === accounted && ids.every((id) => id !== null)) {
        for (const id of ids) dirty.add(id as number);
        accounted = changes();
      }
      return result;
    },
    get lastRefresh() {
      return lastRefresh;
    },
  };
}
