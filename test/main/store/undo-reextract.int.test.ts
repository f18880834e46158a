/**
 * Must hold (issue 13, point 9): undo and re-extraction tell the truth.
 * - An undo whose mention was removed by a re-extraction restores it from the audit (or fails
 *   with a clear message); it never answers success having restored nothing.
 * - Re-extraction matches decided mentions to new ones best first (exact spans first), so a user
 *   mention overlapping a rule mention that is still found does not make that one an orphan.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageInput } from '../../../extractors/index.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import type { Db } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { openTestDb } from '../../helpers/db.js';
import { runTestRules, storeTextDocument, type TestRule } from '../../helpers/documents.js';

const ORGANISATION: TestRule = { id: 'test.organisation', type: 'organisation', pattern: /\b(?:CRESS|APES)\b/u };
const YEAR: TestRule = { id: 'test.year', type: 'date', pattern: /\b20\d\d\b/u };
const RULES = [ORGANISATION, YEAR];
const PAGES = ['La CRESS et APES se sont réunies en 2024.'];

const rulesExtractor = (rules: TestRule[]) => (pages: readonly PageInput[]) => ({ documentDate: null, mentions: runTestRules(pages, rules) });

describe('undo after a re-extraction', () => {
  let db: Db;
  let documentId: number;
  beforeEach(() => {
    db = openTestDb();
    documentId = storeTextDocument(db, 'rapport.pdf', PAGES, RULES);
  });
  const mentionText = (text: string) => listMentions(db, { documentId }).filter((mention) => mention.text === text);

  it('restores a mention that re-extraction replaced, with its decision, and no duplicate', async () => {
    const api = createService(db, { defaultActor: 'analyst', extract: rulesExtractor(RULES) });
    const cress = mentionText('CRESS')[0]!;
    // A decision on the last mention keeps its row, so the re-extraction's rows get new ids.
    expect((await dispatch(api, 'acceptMention', { mentionId: mentionText('2024')[0]!.id })).ok).toBe(true);
    expect((await dispatch(api, 'acceptMention', { mentionId: cress.id })).ok).toBe(true);
    expect((await dispatch(api, 'resetMention', { mentionId: cress.id })).ok).toBe(true);
    // Pending again, so the re-extraction replaces it with a new pending mention (a new row,
    // which SQLite may give the same id).
    expect((await dispatch(api, 'reextract', {})).ok).toBe(true);
    expect(mentionText('CRESS')).toEqual([expect.objectContaining({ status: 'pending' })]);
    expect(mentionText('CRESS')[0]!.id).not.toBe(cress.id);

    const undo = await dispatch(api, 'undo', {});
    expect(undo.ok).toBe(true);
    // The reset is taken back: CRESS is accepted again, once.
    expect(mentionText('CRESS')).toEqual([expect.objectContaining({ status: 'accepted', start: cress.start, end: cress.end })]);
    // And re-extracting again keeps it as a matched decision, not a duplicate.
    const again = await dispatch(api, 'reextract', {});
    expect(again.ok && again.value).toEqual([expect.objectContaining({ matched: 2, orphaned: 0 })]);
    expect(mentionText('CRESS')).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('does not write the old mention over another one that was given its id', async () => {
    const api = createService(db, { defaultActor: 'analyst', extract: rulesExtractor([YEAR]) });
    const cress = mentionText('CRESS')[0]!;
    await dispatch(api, 'acceptMention', { mentionId: cress.id });
    await dispatch(api, 'resetMention', { mentionId: cress.id });
    // Only the year rule now: every pending row is deleted, and the year mention is inserted anew,
    // getting the smallest free id — the one CRESS had.
    await dispatch(api, 'reextract', {});
    expect(mentionText('2024')[0]!.id).toBe(cress.id);

    expect((await dispatch(api, 'undo', {})).ok).toBe(true);
    expect(mentionText('2024')).toEqual([expect.objectContaining({ status: 'pending', type: 'date' })]);
    expect(mentionText('CRESS')).toEqual([expect.objectContaining({ status: 'accepted', type: 'organisation' })]);
  });

  it('fails with UNDO_UNAVAILABLE, changing nothing, when the mention cannot be restored', async () => {
    const api = createService(db, { defaultActor: 'analyst', extract: rulesExtractor(RULES) });
    const cress = mentionText('CRESS')[0]!;
    await dispatch(api, 'acceptMention', { mentionId: cress.id });
    await dispatch(api, 'resetMention', { mentionId: cress.id });
    await dispatch(api, 'reextract', {});
    // The page itself is gone (as if the document had been re-read with fewer pages).
    db.prepare('DELETE FROM pages WHERE document_id = ?').run(documentId);
    const before = db.prepare('SELECT count(*) AS n FROM audit WHERE undone = 1').get();
    const undo = await dispatch(api, 'undo', {});
    expect(undo).toEqual({ ok: false, error: { code: 'UNDO_UNAVAILABLE', message: expect.stringMatching(/cannot undo reset of mention \d+.*nothing was changed/u) } });
    expect(db.prepare('SELECT count(*) AS n FROM audit WHERE undone = 1').get()).toEqual(before);
  });
});

describe('re-extraction matching', () => {
  it('a user mention overlapping a rule mention still found does not make it an orphan', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'rapport.pdf', PAGES, RULES);
    const api = createService(db, { defaultActor: 'analyst', extract: rulesExtractor(RULES) });
    const cress = listMentions(db, { documentId }).find((mention) => mention.text === 'CRESS')!;
    await dispatch(api, 'acceptMention', { mentionId: cress.id });
    // The analyst adds "La CRESS" (starting before the rule mention) as an organisation of its own.
    const added = await dispatch(api, 'addMention', { documentId, page: 1, start: 0, end: 8, type: 'organisation', value: 'La CRESS' });
    expect(added.ok).toBe(true);

    const result = await dispatch(api, 'reextract', {});
    expect(result.ok && result.value).toEqual([expect.objectContaining({ matched: 1, orphaned: 0, replaced: 2, added: 2 })]);
    const after = listMentions(db, { documentId });
    expect(after.find((mention) => mention.id === cress.id)).toMatchObject({ origin: 'rule', status: 'accepted' });
    expect(after.filter((mention) => mention.text.includes('CRESS'))).toHaveLength(2);
  });
});
