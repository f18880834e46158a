import { beforeEach, describe, expect, it } from 'vitest';
import type { PageInput } from '../../../extractors/index.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import { createDirectClient } from '../../../main/api/direct-client.js';
import type { MentionRecord } from '../../../main/api/contract.js';
import type { Db } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { openTestDb } from '../../helpers/db.js';
import { runTestRules, storeTextDocument, type TestRule } from '../../helpers/documents.js';

const ORGANISATION: TestRule = { id: 'test.organisation', type: 'organisation', pattern: /\b(?:CRESS|APES|DREETS|ADEME)\b/u };
const YEAR: TestRule = { id: 'test.year', type: 'date', pattern: /\b20\d\d\b/u };
const FIGURE: TestRule = { id: 'test.figure', type: 'figure', pattern: /\b\d{1,3} réunions\b/u };
/** The year rule, changed so that its spans now take in "en " before the year. */
const YEAR_WIDER: TestRule = { id: 'test.year.v2', type: 'date', pattern: /\ben 20\d\d\b/u };

const PAGES = ['La CRESS et APES se sont réunies en 2024 : 26 réunions.', 'La DREETS et ADEME en 2025, 12 réunions.'];

function rulesExtractor(rules: TestRule[]) {
  return (pages: readonly PageInput[]) => ({ documentDate: null, mentions: runTestRules(pages, rules) });
}

describe('re-extraction keeps every human decision', () => {
  let db: Db;
  let documentId: number;
  const byText = (list: MentionRecord[], text: string, page = 1) => list.find((mention) => mention.text.includes(text) && mention.page === page);

  beforeEach(() => {
    db = openTestDb();
    documentId = storeTextDocument(db, 'rapport.pdf', PAGES, [ORGANISATION, YEAR, FIGURE]);
  });

  async function reviewAndReextract(newRules: TestRule[]): Promise<{ before: MentionRecord[]; after: MentionRecord[] }> {
    const review = createService(db, { defaultActor: 'analyst' });
    const mentions = listMentions(db, { documentId });
    await dispatch(review, 'acceptMention', { mentionId: byText(mentions, 'CRESS')?.id });
    await dispatch(review, 'rejectMention', { mentionId: byText(mentions, 'APES')?.id });
    await dispatch(review, 'editMention', { mentionId: byText(mentions, '2024')?.id, changes: { value: '2024-03' } });
    await dispatch(review, 'acceptMention', { mentionId: byText(mentions, '26 réunions')?.id });
    await dispatch(review, 'addMention', { documentId, page: 2, start: 0, end: 2, type: 'organisation', value: 'La Poste' });
    const before = listMentions(db, { documentId }).filter((mention) => mention.status !== 'pending');
    const rerun = createService(db, { defaultActor: 'analyst', extract: rulesExtractor(newRules) });
    const result = await dispatch(rerun, 'reextract', {});
    expect(result.ok).toBe(true);
    return { before, after: listMentions(db, { documentId }) };
  }

  function expectDecisionsKept(before: MentionRecord[], after: MentionRecord[]): void {
    for (const decided of before) {
      const kept = after.find((mention) => mention.id === decided.id);
      expect(kept, `decision on "${decided.text}" kept`).toBeDefined();
      expect(kept).toMatchObject({ status: decided.status, value: decided.value, type: decided.type, start: decided.start, end: decided.end });
    }
  }

  it('with the same rules: every decision kept, nothing duplicated, pending ones refreshed', async () => {
    const { before, after } = await reviewAndReextract([ORGANISATION, YEAR, FIGURE]);
    expectDecisionsKept(before, after);
    expect(after.filter((mention) => mention.text === 'CRESS')).toHaveLength(1);
    expect(after.filter((mention) => mention.text === '2024')).toHaveLength(1);
    expect(after.filter((mention) => mention.status === 'pending').map((mention) => mention.text)).toEqual(['2025', 'DREETS', 'ADEME', '12 réunions'].sort((a, b) => PAGES[1]!.indexOf(a) - PAGES[1]!.indexOf(b)));
  });

  it('with a rule removed: its decided mentions stay, as user mentions; its pending ones go', async () => {
    const { before, after } = await reviewAndReextract([ORGANISATION, YEAR]);
    expectDecisionsKept(before, after);
    expect(byText(after, '26 réunions')).toMatchObject({ status: 'accepted', origin: 'user', rule: 'test.figure' });
    expect(byText(after, '12 réunions', 2)).toBeUndefined();
    const audit = await createDirectClient(createService(db)).listAudit({ mentionId: byText(after, '26 réunions')?.id ?? -1 });
    expect(audit.ok && audit.value.map((entry) => entry.action)).toEqual(['reextract-orphan', 'accept']);
  });

  it('with a rule added: new pending mentions appear beside the decisions', async () => {
    const EMAIL: TestRule = { id: 'test.weekday', type: 'date', pattern: /\bréunies\b/u };
    const { before, after } = await reviewAndReextract([ORGANISATION, YEAR, FIGURE, EMAIL]);
    expectDecisionsKept(before, after);
    expect(byText(after, 'réunies')).toMatchObject({ status: 'pending', origin: 'rule', rule: 'test.weekday' });
  });

  it('with a rule whose spans shift: the decision stays attached, no duplicate is proposed', async () => {
    const { before, after } = await reviewAndReextract([ORGANISATION, YEAR_WIDER, FIGURE]);
    expectDecisionsKept(before, after);
    expect(after.filter((mention) => mention.page === 1 && mention.type === 'date')).toHaveLength(1);
    expect(byText(after, '2024')).toMatchObject({ status: 'edited', value: '2024-03', origin: 'rule' });
    expect(byText(after, 'en 2025', 2)).toMatchObject({ status: 'pending', rule: 'test.year.v2' });
  });

  it('never turns an accepted mention pending, across repeated runs', async () => {
    await reviewAndReextract([ORGANISATION]);
    const rerun = createService(db, { extract: rulesExtractor([YEAR]) });
    await dispatch(rerun, 'reextract', {});
    await dispatch(rerun, 'reextract', {});
    const after = listMentions(db, { documentId });
    expect(after.filter((mention) => mention.origin === 'user' || mention.status !== 'pending')).toHaveLength(5);
    expect(byText(after, 'CRESS')?.status).toBe('accepted');
  });
});
