/**
 * Issue 13, round 7: a corpus fault met by an API call reached the app with the CLI's advice in
 * English ("free some space and run the command again") after the app's own French sentence. The
 * API now sends the fault's cause only (the file and SQLite's words); the app says what to do.
 */
import { describe, expect, it } from 'vitest';
import type { ApiImplementation } from '../../../main/api/contract.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { CorpusError, corpusErrorFrom } from '../../../main/errors.js';
import { apiErrorNotice } from '../../../renderer/app/notice.js';

const sqliteError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

/** An implementation whose acceptMention throws `error`. */
const throwing = (error: unknown): ApiImplementation =>
  ({
    acceptMention: () => {
      throw error;
    },
  }) as unknown as ApiImplementation;

describe('corpus faults through the API', () => {
  it.each([
    ['SQLITE_FULL', 'database or disk is full', 'CORPUS_FULL'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'CORPUS_FULL'],
    ['SQLITE_BUSY', 'database is locked', 'CORPUS_BUSY'],
    ['SQLITE_READONLY', 'attempt to write a readonly database', 'CORPUS_READ_ONLY'],
  ])('sends %s as its cause, without the command line’s advice', async (code, message, expected) => {
    const result = await dispatch(throwing(sqliteError(code, message)), 'acceptMention', { mentionId: 1 });
    expect(result).toEqual({ ok: false, error: { code: expected, message } });
  });

  it('sends a corpus fault already typed (an import stopped by a full disk) with its file, without the advice', async () => {
    const typed = corpusErrorFrom(sqliteError('SQLITE_FULL', 'database or disk is full'), 'corpus.sqlite');
    expect(typed?.message).toMatch(/run the command again/u);
    const result = await dispatch(throwing(typed), 'acceptMention', { mentionId: 1 });
    expect(result).toEqual({ ok: false, error: { code: 'CORPUS_FULL', message: 'corpus.sqlite: database or disk is full' } });
    if (result.ok) return;
    // The app shows the French sentence, and the cause apart, under « Détail technique ».
    const shown = apiErrorNotice(result.error);
    expect(shown.text).not.toMatch(/command|commande/u);
    expect(shown.text).toMatch(/^Le corpus n’a pas pu grandir.*refaites la même action\.$/u);
    expect(shown.detail).toBe('corpus.sqlite: database or disk is full');
  });

  it('still sends the whole message of a corpus fault that has no separate cause', async () => {
    const result = await dispatch(throwing(new CorpusError('CORPUS_UNREADABLE', 'c.sqlite', 'c.sqlite: replaced while open')), 'acceptMention', { mentionId: 1 });
    expect(result).toEqual({ ok: false, error: { code: 'CORPUS_UNREADABLE', message: 'c.sqlite: replaced while open' } });
  });
});
