/**
 * Every export format runs on a corpus that was only imported: exports open the corpus read-only,
 * so what they derive on the way (document groups, signatures, metadata) must be computed without
 * being written. A format that writes to the corpus fails here with "attempt to write a readonly
 * database".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

const RULES: TestRule[] = [
  { id: 'test.org', type: 'organisation', pattern: /\bCRESS\b/u },
  { id: 'test.figure', type: 'figure', pattern: /\b12 réunions\b/u },
];

describe('every export format on a corpus that was only imported', () => {
  const dir = tempDir();
  const corpus = join(dir.path, 'corpus.sqlite');
  beforeAll(async () => {
    const db = await openCorpus(corpus, { create: true });
    storeTextDocument(db, 'lettre.pdf', ['La CRESS a tenu 12 réunions en 2024.', 'La CRESS publie son bilan.'], RULES);
    db.close();
  });
  afterAll(() => dir.cleanup());

  it.each([
    ['mentions', 'mentions.csv'],
    ['indicators', 'indicateurs.csv'],
    ['directory', 'annuaire.csv'],
    ['iramuteq', 'corpus.txt'],
    ['txm', 'txm'],
  ])('exports %s', async (format, name) => {
    const out = join(dir.path, name);
    const run = await runCli(['export', '--db', corpus, '--format', format, '--out', out]);
    expect(run.stderr).not.toMatch(/glaneur: /u);
    expect(run.code).toBe(0);
    expect(existsSync(format === 'txm' ? join(out, 'metadata.csv') : out)).toBe(true);
    if (format === 'txm') expect(readFileSync(join(out, 'metadata.csv'), 'utf8')).toMatch(/^id,titre,/u);
  });
});
