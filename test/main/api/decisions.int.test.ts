import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiOutputs, MentionRecord } from '../../../main/api/contract.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import type { Result } from '../../../main/api/result.js';
import type { Db } from '../../../main/store/db.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';

const RULES: TestRule[] = [
  { id: 'test.organisation', type: 'organisation', pattern: /\b(?:CRESS|APES|DREETS)\b/u },
  { id: 'test.date', type: 'date', pattern: /\b20\d\d\b/u },
];

const PAGE = 'La CRESS et APES se sont réunies en 2024.\nLa DREETS aussi.';

describe('the decisions API', () => {
  let db: Db;
  let call: <M extends ApiMethod>(method: M, input: unknown) => Promise<Result<ApiOutputs[M]>>;
  let documentId: number;

  beforeEach(() => {
    db = openTestDb();
    const service = createService(db, { defaultActor: 'analyst' });
    call = (method, input) => dispatch(service, method, input) as never;
    documentId = storeTextDocument(db, 'lettre.pdf', [PAGE], RULES);
  });

  async function mentions(): Promise<MentionRecord[]> {
    const result = await call('listMentions', { documentId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('lists a document’s mentions in span order', async () => {
    expect((await mentions()).map((mention) => mention.text)).toEqual(['CRESS', 'APES', '2024', 'DREETS']);
  });

  it('accepts, rejects and edits, each with an audit row holding before and after', async () => {
    const [cress, apes, year] = await mentions();
    expect((await call('acceptMention', { mentionId: cress?.id })).ok).toBe(true);
    expect((await call('rejectMention', { mentionId: apes?.id, actor: 'Claire' })).ok).toBe(true);
    const edited = await call('editMention', { mentionId: year?.id, changes: { value: '2024-06' } });
    expect(edited).toMatchObject({ ok: true, value: { status: 'edited', value: '2024-06', text: '2024' } });
    const audit = await call('listAudit', { documentId });
    expect(audit.ok && audit.value.map((entry) => [entry.action, entry.actor])).toEqual([
      ['edit', 'analyst'],
      ['reject', 'Claire'],
      ['accept', 'analyst'],
    ]);
    if (!audit.ok) return;
    expect(audit.value[0]?.before).toMatchObject({ value: '2024', status: 'pending' });
    expect(audit.value[0]?.after).toMatchObject({ value: '2024-06', status: 'edited' });
  });

  it('edits the entity: two spellings become one entity', async () => {
    const [cress, apes] = await mentions();
    await call('editMention', { mentionId: apes?.id, changes: { entity: 'CRESS' } });
    const after = await mentions();
    expect(after.find((mention) => mention.id === apes?.id)?.entityId).toBe(cress?.entityId);
  });

  it('adds a mention the rules missed, reading its text from the page', async () => {
    const start = PAGE.indexOf('DREETS');
    const added = await call('addMention', { documentId, page: 1, start, end: start + 6, type: 'organisation', value: 'DREETS Hauts-de-France' });
    expect(added).toMatchObject({ ok: true, value: { text: 'DREETS', origin: 'user', status: 'accepted', rule: 'user', context: 'La DREETS aussi.' } });
  });

  it('undoes changes one by one, newest first, down to nothing', async () => {
    const [cress] = await mentions();
    await call('acceptMention', { mentionId: cress?.id });
    await call('editMention', { mentionId: cress?.id, changes: { value: 'CRESS Hauts-de-France', unit: null } });
    const added = await call('addMention', { documentId, page: 1, start: 0, end: 2, type: 'organisation', value: 'La' });
    expect(added.ok).toBe(true);
    expect(await mentions()).toHaveLength(5);
    expect((await call('undo', {})).ok).toBe(true);
    expect(await mentions()).toHaveLength(4);
    expect((await call('undo', {})).ok).toBe(true);
    expect((await mentions())[0]).toMatchObject({ value: 'CRESS', status: 'accepted' });
    expect((await call('undo', {})).ok).toBe(true);
    expect((await mentions())[0]).toMatchObject({ value: 'CRESS', status: 'pending' });
    expect(await call('undo', {})).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
  });

  it('validates every argument and answers with error codes, never exceptions', async () => {
    expect(await call('acceptMention', { mentionId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await call('acceptMention', { mentionId: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await call('acceptMention', { mentionId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('editMention', { mentionId: 1, changes: {} })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await call('addMention', { documentId, page: 1, start: 5, end: 500, type: 'date', value: '2024' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call('addMention', { documentId, page: 9, start: 0, end: 2, type: 'date', value: '2024' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(createService(db), 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(createService(db), '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const audit = await call('listAudit', {});
    expect(audit.ok && audit.value).toEqual([]);
  });
});
