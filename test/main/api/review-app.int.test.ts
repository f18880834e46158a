/**
 * The API methods the review app added (issue 14), through the same dispatch as every transport:
 * span fixing keeps identity, bulk actions are one undoable step, the library's summaries, the
 * originals kept in the corpus, and imports started from the app (progress events, cancel).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent, AuditEntry, MentionRecord } from '../../../main/api/contract.js';
import { createDirectClient } from '../../../main/api/direct-client.js';
import { createService } from '../../../main/api/service.js';
import { createUploadStore } from '../../../main/api/uploads.js';
import { createImportRunner } from '../../../main/api/imports.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';
import { openCorpus } from '../../../main/store/db.js';

async function value<T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('review app API', () => {
  it('moves a span by a token keeping the id and audit trail, and re-reads value and unit with the extractors', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'a.pdf', ['Le pôle compte 12,5 ETP en 2024.'], [{ id: 'test.number', type: 'figure', pattern: /12(?=,)/u }]);
    const api = createDirectClient(createService(db, { defaultActor: 'tester' }));
    const [mention] = await value(api.listMentions({ documentId }));
    expect(mention?.text).toBe('12');
    const resized = await value(api.resizeMention({ mentionId: mention?.id ?? 0, start: mention?.start ?? 0, end: (mention?.start ?? 0) + '12,5 ETP'.length }));
    expect(resized).toMatchObject({ id: mention?.id, text: '12,5 ETP', value: '12.5', unit: 'ETP', status: 'edited', createdAt: mention?.createdAt });
    const trail = await value(api.listAudit({ mentionId: mention?.id }));
    expect(trail.map((entry) => entry.action)).toEqual(['edit']);
    // Undo restores the old span on the same row.
    await value(api.undo({}));
    expect((await value(api.listMentions({ documentId })))[0]).toMatchObject({ id: mention?.id, text: '12', start: mention?.start, end: mention?.end, status: 'pending' });
    // A span that is only blank space, or outside the page, is refused.
    expect(await api.resizeMention({ mentionId: mention?.id ?? 0, start: 0, end: 9999 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    db.close();
  });

  it('reads a selection with the extractors for the add dialog', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'b.pdf', ['Réunion le 3 mars 2024 à Lille.'], []);
    const api = createDirectClient(createService(db));
    const text = 'Réunion le 3 mars 2024 à Lille.';
    const start = text.indexOf('3 mars');
    expect(await value(api.readSpan({ documentId, page: 1, start, end: start + '3 mars 2024'.length }))).toMatchObject({ type: 'date', value: '2024-03-03' });
    expect(await value(api.readSpan({ documentId, page: 1, start: 0, end: 'Réunion'.length }))).toBeNull();
    db.close();
  });

  it('rejects mentions like this one as one step that one undo reverses, after a preview', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'c.pdf', ['CRESS et CRESS', 'encore CRESS'], [{ id: 'test.org', type: 'organisation', pattern: /CRESS/u }]);
    const api = createDirectClient(createService(db, { defaultActor: 'tester' }));
    const mentions = await value(api.listMentions({ documentId }));
    const first = mentions[0] as MentionRecord;
    await value(api.acceptMention({ mentionId: mentions[2]?.id ?? 0 }));
    expect((await value(api.previewBulk({ mentionId: first.id, match: 'text', scope: 'page' }))).map((each) => each.id)).toEqual([mentions[0]?.id, mentions[1]?.id]);
    const inDocument = await value(api.previewBulk({ mentionId: first.id, match: 'rule', scope: 'document' }));
    expect(inDocument).toHaveLength(3);
    expect(await value(api.applyBulk({ mentionIds: inDocument.map((each) => each.id), status: 'rejected' }))).toMatchObject({ changed: 3 });
    expect((await value(api.listMentions({ documentId }))).map((each) => each.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const undone: AuditEntry = await value(api.undo({}));
    expect(undone.action).toBe('reject');
    expect((await value(api.listMentions({ documentId }))).map((each) => each.status)).toEqual(['pending', 'pending', 'accepted']);
    // The accept before the bulk action is the next undo, on its own.
    await value(api.undo({}));
    expect((await value(api.listMentions({ documentId }))).map((each) => each.status)).toEqual(['pending', 'pending', 'pending']);
    db.close();
  });

  it('lists documents with their mentions counted by status and the PTCE they name', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'd.pdf', ['Le PTCE Terres Vives et la CRESS'], [
      { id: 'test.ptce', type: 'organisation', pattern: /PTCE Terres Vives/u },
      { id: 'test.org', type: 'organisation', pattern: /CRESS/u },
    ]);
    const api = createDirectClient(createService(db));
    const [mention] = await value(api.listMentions({ documentId }));
    await value(api.acceptMention({ mentionId: mention?.id ?? 0 }));
    const [summary] = await value(api.listDocumentSummaries({}));
    expect(summary).toMatchObject({ id: documentId, ptce: 'PTCE Terres Vives', mentions: { pending: 1, accepted: 1, rejected: 0, edited: 0 } });
    db.close();
  });

  it('imports uploaded files in the background with page progress, keeps the originals, and stops on cancel', async () => {
    const db = openTestDb();
    const events: ApiEvent[] = [];
    const uploads = createUploadStore();
    // Cancels from inside the first progress event, as a click would arrive while a document is
    // being read: deterministic, whatever the machine's speed.
    const imports = createImportRunner(db, {
      emit: (event) => {
        events.push(event);
        if (event.type === 'import-progress' && events.filter((each) => each.type === 'import-progress').length === 1) imports.cancel(event.importId);
      },
      uploads,
      jobs: 1,
    });
    const api = createDirectClient(createService(db, { uploads, imports }));
    const bytes = readFileSync(devFile('000.pdf'));
    const names = ['un.pdf', 'deux.pdf', 'trois.pdf', 'quatre.pdf'];
    const ids = names.map((name, index) => uploads.save(name, Buffer.concat([bytes, Buffer.from(`\n% copy ${index}\n`)])));
    const started = await value(api.startImport({ uploads: ids }));
    expect(started.files).toBe(4);
    await imports.idle();
    const finished = events.find((event) => event.type === 'import-finished');
    expect(finished).toMatchObject({ type: 'import-finished', cancelled: true });
    const documents = await value(api.listDocuments({}));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(names.length);
    expect(events.filter((event) => event.type === 'import-file-done')).toHaveLength(documents.length);
    const original = await value(api.getOriginal({ documentId: documents[0]?.id ?? 0 }));
    expect(Buffer.from(original.base64, 'base64').subarray(0, bytes.length)).toEqual(bytes);
    expect(documents.every((document) => names.includes(document.fileName))).toBe(true);
    uploads.clear();
    db.close();
  });
});

describe('an upload that cannot be removed after its import', () => {
  it('stops neither the imports queued behind it nor the process', async () => {
    const db = openTestDb();
    const events: ApiEvent[] = [];
    const store = createUploadStore();
    // Its folder cannot be removed (a file held open on Windows, a permission changed meanwhile).
    const uploads = { ...store, discard: () => { throw new Error('EBUSY: resource busy or locked'); } };
    const imports = createImportRunner(db, { emit: (event) => events.push(event), uploads, jobs: 1 });
    const first = await imports.start({ uploads: [uploads.save('lettre.pdf', readFileSync(devFile('000.pdf')))] });
    await expect(imports.idle()).resolves.toBeUndefined();
    const second = await imports.start({ uploads: [uploads.save('copie.pdf', readFileSync(devFile('000.pdf')))] });
    await imports.idle();
    const finished = events.filter((event) => event.type === 'import-finished').map((event) => event.importId);
    expect(finished).toEqual([first.importId, second.importId]);
    store.clear();
    db.close();
  });
});

describe('an import the corpus stops', () => {
  it('says why (read-only corpus) and how many files were not read, instead of a quiet « 0 imported »', async () => {
    const dir = tempDir('glaneur-stopped-');
    const file = join(dir.path, 'corpus.sqlite');
    (await openCorpus(file, { create: true })).close();
    const db = await openCorpus(file, { readOnly: true });
    const events: ApiEvent[] = [];
    const uploads = createUploadStore();
    const imports = createImportRunner(db, { emit: (event) => events.push(event), uploads, jobs: 1 });
    const api = createDirectClient(createService(db, { uploads, imports }));
    const id = uploads.save('lettre.pdf', readFileSync(devFile('000.pdf')));
    await value(api.startImport({ uploads: [id] }));
    await imports.idle();
    const finished = events.find((event) => event.type === 'import-finished');
    expect(finished).toMatchObject({ imported: 0, failed: 0, notRead: 1, stopped: { code: 'CORPUS_READ_ONLY' } });
    uploads.clear();
    db.close();
    dir.cleanup();
  });
});
