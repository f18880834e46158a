/**
 * A document date a person sets is the date the document's own dates are read against: setting it
 * re-reads the document at once (the real extractors, a real SQLite file), re-extraction of the
 * corpus keeps reading against it, and decisions already taken are kept.
 */
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../main/api/events.js';
import type { ApiMethod, ApiOutputs } from '../../../main/api/contract.js';
import { dispatch } from '../../../main/api/dispatch.js';
import type { Result } from '../../../main/api/result.js';
import { createService } from '../../../main/api/service.js';
import { getDocument } from '../../../main/store/documents.js';
import { listMentions } from '../../../main/store/mentions.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';

/** Invented minutes: a day without its year, a relative day, and a weekday that does not fit the set year. */
const PAGE = [
  'Compte rendu du bureau',
  '',
  "Le bureau de l'association Les Tilleuls s'est réuni le 12 mars pour préparer le vide-grenier du samedi 6 juin.",
  'La prochaine réunion aura lieu mardi prochain.',
].join('\n');

function setUp() {
  const db = openTestDb();
  const documentId = storeTextDocument(db, 'compte-rendu.pdf', [PAGE], []);
  const events: ApiEvent[] = [];
  const service = createService(db, { defaultActor: 'analyst', emit: (event) => events.push(event) });
  const call = <M extends ApiMethod>(method: M, input: unknown): Promise<Result<ApiOutputs[M]>> => dispatch(service, method, input) as never;
  const dates = (): Record<string, string> =>
    Object.fromEntries(listMentions(db, { documentId, types: ['date'] }).map((mention) => [mention.text, mention.value]));
  return { db, documentId, events, call, dates };
}

describe('a document date set by a person', () => {
  it('re-reads the dates without a year and the relative ones against it', async () => {
    const { db, documentId, events, call, dates } = setUp();
    await call('reextract', { documentId });
    expect(dates()).toMatchObject({ '12 mars': '--03-12' });
    expect(Object.keys(dates())).not.toContain('mardi prochain');

    const updated = await call('updateDocumentMetadata', { documentId, actor: 'claire', changes: { documentDate: '2023-05-20' } });
    expect(updated.ok && [updated.value.documentDate, updated.value.edited]).toEqual(['2023-05-20', ['documentDate']]);
    expect(dates()).toMatchObject({ '12 mars': '2023-03-12', 'mardi prochain': '2023-05-23' });
    // 6 June 2023 is a Tuesday, but the day is a few weeks after a day-precise document date: a printed slip of the
    // weekday, so the day keeps the document's year.
    expect(dates()).toMatchObject({ 'samedi 6 juin': '2023-06-06' });
    expect(getDocument(db, documentId)).toMatchObject({ documentDate: '2023-05-20', documentDateInferred: false });
    expect(events.map((event) => event.type)).toContain('reextract-finished');
  });

  it('gives no year to a weekday that disagrees with it, months away from it', async () => {
    const { documentId, call, dates } = setUp();
    await call('updateDocumentMetadata', { documentId, actor: 'claire', changes: { documentDate: '2023-01-10' } });
    expect(dates()).toMatchObject({ '12 mars': '2023-03-12', 'samedi 6 juin': '--06-06' });
  });

  it('is kept by a later re-extraction of the whole corpus', async () => {
    const { documentId, call, dates } = setUp();
    await call('updateDocumentMetadata', { documentId, changes: { documentDate: '2021-03' } });
    await call('reextract', {});
    expect(dates()).toMatchObject({ '12 mars': '2021-03-12' });
  });

  it('keeps the decisions taken before it was set', async () => {
    const { db, documentId, call } = setUp();
    await call('reextract', { documentId });
    const day = listMentions(db, { documentId, types: ['date'] }).find((mention) => mention.text === '12 mars');
    await call('acceptMention', { mentionId: day?.id });
    await call('updateDocumentMetadata', { documentId, changes: { documentDate: '2023-05-20' } });
    const kept = listMentions(db, { documentId, types: ['date'] }).filter((mention) => mention.text === '12 mars');
    expect(kept.map((mention) => [mention.id, mention.status, mention.value])).toEqual([[day?.id, 'accepted', '--03-12']]);
  });

  it('is read from the text again once the person clears it', async () => {
    const { documentId, call, dates } = setUp();
    await call('updateDocumentMetadata', { documentId, changes: { documentDate: '2023-05-20' } });
    const cleared = await call('updateDocumentMetadata', { documentId, changes: { documentDate: null } });
    expect(dates()).toMatchObject({ '12 mars': '--03-12' });
    // The text gives no year: the date is unknown again, and no longer the person's.
    expect(cleared.ok && [cleared.value.documentDate, cleared.value.edited]).toEqual([null, []]);
  });

  it('once cleared, shows the date the text gives', async () => {
    const { db, call } = setUp();
    const dated = storeTextDocument(db, 'lettre-datee.pdf', [`Lettre du 3 avril 2024\n\n${PAGE}`], []);
    await call('updateDocumentMetadata', { documentId: dated, changes: { documentDate: '2023-05-20' } });
    const cleared = await call('updateDocumentMetadata', { documentId: dated, changes: { documentDate: null } });
    expect(cleared.ok && [cleared.value.documentDate, cleared.value.edited]).toEqual(['2024-04-03', []]);
    expect(getDocument(db, dated)).toMatchObject({ documentDate: '2024-04-03', documentDateInferred: true });
  });

  it('leaves the mentions alone when only the title changes', async () => {
    const { documentId, events, call } = setUp();
    await call('updateDocumentMetadata', { documentId, changes: { title: 'Bureau de mars' } });
    expect(events.map((event) => event.type)).not.toContain('reextract-finished');
    const audit = await call('listAudit', { documentId });
    expect(audit.ok && audit.value.map((entry) => entry.action)).toEqual(['metadata']);
  });
});
