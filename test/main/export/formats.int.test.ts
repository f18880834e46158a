import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDirectoryCsv } from '../../../main/export/directory-csv.js';
import { exportIndicatorsCsv, unmappedPath } from '../../../main/export/indicators-csv.js';
import { exportIramuteq } from '../../../main/export/iramuteq.js';
import { exportTxm } from '../../../main/export/txm.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

const RULES: TestRule[] = [
  { id: 'test.ptce', type: 'organisation', pattern: /PTCE Les Rivières|CRESS/u },
  { id: 'test.person', type: 'person', pattern: /Claire Martin|Paul Durand/u },
  { id: 'test.email', type: 'email', pattern: /[a-z.]+@[a-z.]+\.fr/u },
  { id: 'test.figure', type: 'figure', pattern: /\b\d+(?= réunions)/u },
];

describe('derived exports', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const db = openTestDb();
  storeTextDocument(db, 'lettre 2025.pdf', ['Le PTCE Les Rivières a tenu 26 réunions.\nContact : Claire Martin (CRESS), claire.martin@cress.fr', '**** fin\nPaul Durand anime le PTCE Les Rivières.'], RULES);

  it('indicators: a figure with no counted noun is listed apart with its PTCE and period, never dropped', async () => {
    const out = join(dir.path, 'indicators.csv');
    expect(await exportIndicatorsCsv(db, out, { delimiter: ';', bom: true })).toBe(0);
    const unmapped = parse(readFileSync(unmappedPath(out), 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(unmapped).toEqual([expect.objectContaining({ ptce: 'PTCE Les Rivières', period: '2025', period_inferred: 'oui', value: '26', document: 'lettre 2025.pdf', page: '1' })]);
  });

  it('directory: each person with the contacts of their own line, and no organisation without a role linking them', async () => {
    const out = join(dir.path, 'directory.csv');
    await exportDirectoryCsv(db, out, { delimiter: ',', bom: false });
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.person, row.organisations, row.emails])).toEqual([
      ['Claire Martin', '', 'claire.martin@cress.fr'],
      ['Paul Durand', '', ''],
    ]);
  });

  it('txm: a text per document and a metadata.csv naming them', async () => {
    const out = join(dir.path, 'txm');
    expect(await exportTxm(db, out)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['lettre 2025.txt', 'metadata.csv']);
    const rows = parse(readFileSync(join(out, 'metadata.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ id: 'lettre 2025', fichiers: 'lettre 2025.pdf', ptce: 'PTCE Les Rivières', annee: '2025', source: 'texte', pages: '2' })]);
  });

  it('iramuteq: starred variables before each document, and no stray star in the text', async () => {
    const out = join(dir.path, 'corpus.txt');
    await exportIramuteq(db, out);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('**** *id_lettre_2025 *ptce_les_rivieres *annee_2025 *genre_inconnu *source_texte *pages_2');
    expect(lines.filter((line) => line.includes('*'))).toHaveLength(1);
    expect(lines).toContain('fin');
  });
});
