import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../main/cli/failure.js';
import { corpusErrorFrom, CorpusError, OutputError } from '../../../main/errors.js';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('corpus faults are named as such, never blamed on a document', () => {
  it.each([
    ['SQLITE_BUSY', 'database is locked', 'CORPUS_BUSY', /locked by another program/u],
    ['SQLITE_BUSY_SNAPSHOT', 'database is locked', 'CORPUS_BUSY', /locked/u],
    ['SQLITE_LOCKED', 'database table is locked', 'CORPUS_BUSY', /locked/u],
    ['SQLITE_FULL', 'database or disk is full', 'CORPUS_FULL', /disk is full/u],
    // A write past `ulimit -f` (EFBIG) reaches SQLite as an I/O error: not only a full disk.
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'CORPUS_FULL', /disk is full or the file reached the largest size allowed here \(ulimit -f/u],
    ['SQLITE_READONLY', 'attempt to write a readonly database', 'CORPUS_READ_ONLY', /read-only/u],
    ['SQLITE_NOTADB', 'file is not a database', 'CORPUS_UNREADABLE', /not a SQLite database/u],
    ['SQLITE_CORRUPT', 'database disk image is malformed', 'CORPUS_UNREADABLE', /damaged/u],
  ])('%s → %s', (code, message, expected, text) => {
    const error = corpusErrorFrom(sqliteError(code, message), 'c.sqlite');
    expect(error).toBeInstanceOf(CorpusError);
    expect(error?.code).toBe(expected);
    expect(error?.message).toMatch(/^c\.sqlite: /u);
    expect(error?.message).toMatch(text);
  });

  it('leaves other errors alone', () => {
    expect(corpusErrorFrom(new Error('boom'), 'c.sqlite')).toBeUndefined();
    expect(corpusErrorFrom(sqliteError('SQLITE_CONSTRAINT', 'UNIQUE'), 'c.sqlite')).toBeUndefined();
  });
});

describe('describeFailure: one line for the CLI', () => {
  it('names the corpus for a SQLite error met mid-command', () => {
    expect(describeFailure(sqliteError('SQLITE_BUSY', 'database is locked'), { db: 'c.sqlite' })).toMatch(/^c\.sqlite: the corpus is locked/u);
  });
  it('passes typed errors through', () => {
    expect(describeFailure(new OutputError('OUTPUT_REFUSED', 'x.csv', 'x.csv: no'), {})).toBe('x.csv: no');
  });
  it('explains a port in use', () => {
    expect(describeFailure(sqliteError('EADDRINUSE', 'listen EADDRINUSE'), { port: 4767 })).toBe('port 4767 is already in use; choose another with --port (0 picks a free one)');
  });
  it('keeps anything else to one line, without a stack', () => {
    const line = describeFailure(new TypeError('x is undefined'), { db: 'c.sqlite' });
    expect(line).toBe('unexpected error: x is undefined (set GLANEUR_DEBUG=1 for details)');
  });
});
