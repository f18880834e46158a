/**
 * A locked corpus is the corpus's state, not a bug (issue 13, point 5): the API answers
 * CORPUS_BUSY (the app shows it in French), not INTERNAL, and nothing is half-written.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

describe('a write while another program holds the lock', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('answers CORPUS_BUSY and changes nothing', async () => {
    const file = join(dir.path, 'corpus.sqlite');
    const db = await openCorpus(file, { create: true, busyTimeoutMs: 100 });
    const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS publie.'], [{ id: 't', type: 'organisation', pattern: /CRESS/u }]);
    const mention = listMentions(db, { documentId })[0]!;
    const other = new BetterSqlite3(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await dispatch(createService(db, { defaultActor: 'analyst' }), 'acceptMention', { mentionId: mention.id });
      expect(result).toEqual({ ok: false, error: { code: 'CORPUS_BUSY', message: expect.stringMatching(/^database is locked/u) } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(listMentions(db, { documentId })[0]).toMatchObject({ status: 'pending' });
    expect(db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a change on a corpus opened read-only (serve on a read-only file) answers CORPUS_READ_ONLY', async () => {
    const file = join(dir.path, 'archive.sqlite');
    const writer = await openCorpus(file, { create: true });
    const documentId = storeTextDocument(writer, 'lettre.pdf', ['La CRESS publie.'], [{ id: 't', type: 'organisation', pattern: /CRESS/u }]);
    writer.close();
    const db = await openCorpus(file, { readOnly: true });
    const mention = listMentions(db, { documentId })[0]!;
    const result = await dispatch(createService(db, { defaultActor: 'analyst' }), 'acceptMention', { mentionId: mention.id });
    expect(result).toEqual({ ok: false, error: { code: 'CORPUS_READ_ONLY', message: expect.stringMatching(/readonly database/u) } });
    db.close();
  });
});
