/**
 * Re-running the extractors over stored page text, without re-reading PDFs, while keeping every
 * human decision.
 *
 * How mentions are matched across runs: a *decided* mention (origin `user`, or a status other
 * than `pending`) may claim a new rule mention on the same page whose span overlaps its own and
 * whose type is the same (any type when the person edited the mention). Pairs are matched best
 * first — exact spans, then the same type, then the longest overlap — each decided mention taking
 * at most one new mention in that pass, so a user mention that merely overlaps a rule mention
 * still found does not take its match away. New mentions left over that still overlap a decided
 * mention are claimed by their best one (never inserted as duplicates). A claimed new mention is
 * not inserted: the decided one stays, untouched, with its id, status, value and audit trail. A
 * decided rule mention that claims nothing any more becomes a `user` mention (its decision kept,
 * an audit row says why). Undecided (`pending`) rule mentions are replaced by the new run's output.
 *
 * The extractors get the corpus's accepted names (`knownNames`) and, when a person set the
 * document's date (document-metadata.ts), that date, which then wins over the one read from the text.
 */
import type { DocumentContext, DocumentExtraction, KnownName, Mention, PageInput } from '../../extractors/index.js';
import { writeAudit } from './audit.js';
import type { Db } from './db.js';
import { personSetDocumentDate } from './document-metadata.js';
import { documentAcronyms, insertRuleMentions } from './document-writer.js';
import { getDocument } from './documents.js';
import type { MentionRecord } from './mentions.js';
import { listMentions } from './mentions.js';
import { nowIso, prepared } from './statements.js';

/** The rule set, injected so tests can run re-extraction with a changed set of rules. */
export type DocumentExtractor = (pages: readonly PageInput[], context?: DocumentContext) => DocumentExtraction;

export interface ReextractSummary {
  readonly documentId: number;
  /** New pending mentions inserted. */
  readonly added: number;
  /** Pending rule mentions of the previous run that were replaced. */
  readonly replaced: number;
  /** Decided mentions that a new rule mention matched. */
  readonly matched: number;
  /** Decided rule mentions no rule finds any more, kept as user mentions. */
  readonly orphaned: number;
}

/**
 * The people and organisations a person accepted (or edited) anywhere in the corpus, as the
 * extractors' known names: each of their other occurrences is then proposed, pending (issue 15).
 */
export function acceptedNames(db: Db): KnownName[] {
  return prepared<[], { type: 'person' | 'organisation'; text: string; value: string }>(
    db,
    "SELECT DISTINCT type, text, value FROM mentions WHERE status IN ('accepted', 'edited') AND type IN ('person', 'organisation')",
  ).all();
}

/** `acceptedNames`, computed once and again only when someone else may have changed them. */
export interface AcceptedNamesCache {
  /** The accepted names now: recomputed only if the corpus was written to since the last time, other than through `ownWrite`. */
  names(): KnownName[];
  /**
   * Runs writes that never accept or edit a mention (an importer storing a document, its pending
   * mentions, its original): they do not make the cached names stale.
   */
  ownWrite<T>(write: () => T): T;
}

/**
 * A cache of `acceptedNames` for a long run (an import asks for them before every document; the
 * query reads every mention of the corpus). Its key is this connection's `total_changes()` with
 * `PRAGMA data_version` (which moves when another connection commits), so a decision taken
 * meanwhile — in the app on this connection, or by another process — is seen by the next document.
 */
export function acceptedNamesCache(db: Db): AcceptedNamesCache {
  // Prepared once: `db.pragma()` compiles its statement anew on every call (three per imported document).
  const version = (): string =>
    `${String(prepared<[], { data_version: number }>(db, 'PRAGMA data_version').get()?.data_version)}:${String(prepared<[], { changes: number }>(db, 'SELECT total_changes() AS changes').get()?.changes)}`;
  let cached: { names: KnownName[]; version: string } | null = null;
  return {
    names() {
      const now = version();
      if (cached?.version !== now) cached = { names: acceptedNames(db), version: now };
      return cached.names;
    },
    ownWrite(write) {
      const before = version();
      const result = write();
      // Only when nothing else wrote since the names were read: otherwise they stay stale.
      if (cached?.version === before) cached = { names: cached.names, version: version() };
      return result;
    },
  };
}

function isDecided(mention: MentionRecord): boolean {
  return mention.origin === 'user' || mention.status !== 'pending';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function claims(decided: MentionRecord, candidate: Mention): boolean {
  if (decided.page !== candidate.page || !overlaps(decided, candidate.span)) return false;
  return decided.type === candidate.type || decided.status === 'edited';
}

interface Pair {
  readonly decided: MentionRecord;
  readonly candidate: number;
  readonly exact: boolean;
  readonly sameType: boolean;
  readonly overlap: number;
}

function pairsBestFirst(decided: readonly MentionRecord[], candidates: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  const byPage = new Map<number, MentionRecord[]>();
  for (const mention of decided) byPage.set(mention.page, [...(byPage.get(mention.page) ?? []), mention]);
  candidates.forEach((candidate, index) => {
    for (const mention of byPage.get(candidate.page) ?? []) {
      if (!claims(mention, candidate)) continue;
      pairs.push({
        decided: mention,
        candidate: index,
        exact: mention.start === candidate.span.start && mention.end === candidate.span.end,
        sameType: mention.type === candidate.type,
        overlap: Math.min(mention.end, candidate.span.end) - Math.max(mention.start, candidate.span.start),
      });
    }
  });
  const rank = (pair: Pair): number[] => [pair.exact ? 0 : 1, pair.sameType ? 0 : 1, -pair.overlap, pair.decided.id, pair.candidate];
  return pairs.sort((a, b) => {
    const left = rank(a);
    const right = rank(b);
    const differs = left.findIndex((value, index) => value !== right[index]);
    return differs === -1 ? 0 : (left[differs] ?? 0) - (right[differs] ?? 0);
  });
}

/**
 * Which decided mention claims each claimed candidate (by index): best pairs first, one candidate
 * per decided mention; then leftovers go to their best overlapping decided mention.
 */
function matchCandidates(decided: readonly MentionRecord[], candidates: readonly Mention[]): Map<number, MentionRecord> {
  const pairs = pairsBestFirst(decided, candidates);
  const owner = new Map<number, MentionRecord>();
  const matched = new Set<number>();
  for (const pair of pairs) {
    if (owner.has(pair.candidate) || matched.has(pair.decided.id)) continue;
    owner.set(pair.candidate, pair.decided);
    matched.add(pair.decided.id);
  }
  for (const pair of pairs) if (!owner.has(pair.candidate)) owner.set(pair.candidate, pair.decided);
  return owner;
}

export function reextractDocument(db: Db, extract: DocumentExtractor, documentId: number, actor: string): ReextractSummary {
  return db.transaction((): ReextractSummary => {
    const pages = prepared<[number], { number: number; text: string; source: 'text' | 'ocr' }>(
      db,
      'SELECT number, text, source FROM pages WHERE document_id = ? ORDER BY number',
    ).all(documentId);
    // A date a person set is the document's date: its days without a year and its relative days are read against it.
    const documentDate = personSetDocumentDate(db, documentId);
    const context: DocumentContext = { knownNames: acceptedNames(db), fileName: getDocument(db, documentId)?.fileName, ...(documentDate === null ? {} : { documentDate }) };
    const extraction = extract(pages.map((page) => ({ page: page.number, text: page.text, source: page.source })), context);
    const existing = listMentions(db, { documentId });
    const decided = existing.filter(isDecided);
    const pending = existing.filter((mention) => !isDecided(mention));

    const owners = matchCandidates(decided, extraction.mentions);
    const claimedBy = new Set([...owners.values()].map((mention) => mention.id));
    const fresh = extraction.mentions.filter((_candidate, index) => !owners.has(index));

    const remove = prepared(db, 'DELETE FROM mentions WHERE id = ?');
    for (const mention of pending) remove.run(mention.id);
    const at = nowIso();
    insertRuleMentions(db, documentId, fresh, at, documentAcronyms(pages, extraction.mentions));

    let orphaned = 0;
    for (const mention of decided) {
      if (mention.origin !== 'rule' || claimedBy.has(mention.id)) continue;
      const before = prepared(db, 'SELECT * FROM mentions WHERE id = ?').get(mention.id);
      prepared(db, "UPDATE mentions SET origin = 'user', updated_at = ? WHERE id = ?").run(at, mention.id);
      const after = prepared(db, 'SELECT * FROM mentions WHERE id = ?').get(mention.id);
      writeAudit(db, { actor, action: 'reextract-orphan', mentionId: mention.id, documentId, before, after });
      orphaned += 1;
    }
    // The date read this time, or none: a date a person has just forgotten must not stay behind.
    prepared(db, 'UPDATE documents SET document_date = ?, document_date_inferred = ?, document_date_from_file_name = ? WHERE id = ?').run(
      extraction.documentDate?.value ?? null,
      extraction.documentDate?.inferred === true ? 1 : 0,
      extraction.documentDate?.fromFileName === true ? 1 : 0,
      documentId,
    );
    const summary: ReextractSummary = { documentId, added: fresh.length, replaced: pending.length, matched: claimedBy.size, orphaned };
    writeAudit(db, { actor, action: 'reextract', mentionId: null, documentId, before: null, after: summary });
    return summary;
  }).immediate();
}

/** Re-extracts every imported document, one transaction each. */
export function reextractCorpus(db: Db, extract: DocumentExtractor, actor: string): ReextractSummary[] {
  const ids = prepared<[], { id: number }>(db, "SELECT id FROM documents WHERE status = 'imported' ORDER BY id").all();
  return ids.map(({ id }) => reextractDocument(db, extract, id, actor));
}
