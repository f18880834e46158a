/**
 * The API's view of works: document groups (exported PDF + scan), and metadata inferred from the
 * text (title from page 1, PTCE, genre) that a person corrects, with an audit row, and that
 * re-inference then leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { ApiMethod, ApiOutputs } from '../../../main/api/contract.js';
import { dispatch } from '../../../main/api/dispatch.js';
import type { Result } from '../../../main/api/result.js';
import { createService } from '../../../main/api/service.js';
import { refreshDocumentMetadata } from '../../../main/store/document-metadata.js';
import { listDocuments } from '../../../main/store/documents.js';
import { listMentions } from '../../../main/store/mentions.js';
import { openTestDb } from '../../helpers/db.js';
import { storeDevDocument } from '../../helpers/dev-corpus.js';

describe('groups and metadata through the API', () => {
  const db = openTestDb();
  for (const file of ['000.pdf', '000-scan.pdf', '002.pdf', '003.pdf']) storeDevDocument(db, file);
  const service = createService(db, { defaultActor: 'analyst' });
  const call = <M extends ApiMethod>(method: M, input: unknown): Promise<Result<ApiOutputs[M]>> => dispatch(service, method, input) as never;
  const idOf = (name: string): number => listDocuments(db).find((document) => document.fileName === name)?.id ?? 0;

  it('lists the exported PDF and its scan as one group, the text layer first', async () => {
    const result = await call('listDocumentGroups', {});
    expect(result.ok && result.value.map((group) => [group.primaryId, group.members.map((member) => member.documentId)])).toEqual([[idOf('000.pdf'), [idOf('000.pdf'), idOf('000-scan.pdf')]]]);
  });

  it('infers title, PTCE and genre from the text', async () => {
    const values = await Promise.all(['000.pdf', '002.pdf', '003.pdf'].map((name) => call('getDocumentMetadata', { documentId: idOf(name) })));
    expect(values.map((result) => (result.ok ? [result.value.title, result.value.ptce, result.value.genre] : result.error))).toEqual([
      ['La lettre N°03 du PTCE Émergence Hénin-Carvin', 'PTCE Émergence Hénin-Carvin', 'lettre'],
      ["Mutations de l'économie, transition et résilience territoriale", null, 'présentation'],
      ["Pôle Territorial de Coopération Économique Auton'Hommes", expect.stringMatching(/^PTCE Auton'Hommes?$/u), null],
    ]);
  });

  it('keeps a correction through re-inference, with an audit row', async () => {
    const documentId = idOf('003.pdf');
    const updated = await call('updateDocumentMetadata', { documentId, actor: 'claire', changes: { title: 'PHARE — comité stratégique', genre: 'rapport' } });
    expect(updated.ok && [updated.value.title, updated.value.genre, updated.value.edited]).toEqual(['PHARE — comité stratégique', 'rapport', ['title', 'genre']]);
    expect(refreshDocumentMetadata(db, documentId)).toMatchObject({ title: 'PHARE — comité stratégique', genre: 'rapport', ptce: expect.stringMatching(/^PTCE Auton'Hommes?$/u) });
    const audit = await call('listAudit', { documentId });
    expect(audit.ok && audit.value.map((entry) => [entry.action, entry.actor])).toEqual([['metadata', 'claire']]);
  });

  it('shows the indicator table from accepted figures by default, with the pending ones counted', async () => {
    // Counted once per work: the scan's figures are its exported twin's.
    const pending = listMentions(db, { types: ['figure'], statuses: ['pending'] }).filter((mention) => mention.documentId !== idOf('000-scan.pdf')).length;
    const before = await call('getIndicatorTable', {});
    expect(before.ok && [before.value.rows.length, before.value.leftOut]).toEqual([0, pending]);
    const figure = listMentions(db, { types: ['figure'] }).find((mention) => mention.text === '26 réunions' && mention.documentId === idOf('000.pdf'));
    await call('acceptMention', { mentionId: figure?.id });
    const after = await call('getIndicatorTable', {});
    expect(after.ok && after.value.rows.map((row) => [row.ptce, row.period, row.indicator, row.value])).toEqual([['PTCE Émergence Hénin-Carvin', '2022', 'meetings', 26]]);
    const all = await call('getIndicatorTable', { status: 'all' });
    expect(all.ok && all.value.leftOut).toBe(0);
  });

  it('refuses a malformed date or an unknown document with one clear error', async () => {
    const bad = await call('updateDocumentMetadata', { documentId: idOf('000.pdf'), changes: { documentDate: 'mars 2022' } });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('INVALID_ARGUMENT');
    const missing = await call('getDocumentMetadata', { documentId: 9999 });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });
});
