/**
 * Issue 13, round 4: a document named from a local file with U+202E (`rapport‹U+202E›fdp.exe.pdf`
 * reads `rapportexe.pdf`), a zero-width or BOM character, or a terminal escape sequence kept that
 * name raw in every CSV export, where a spreadsheet shows it reversed or hidden and a terminal acts
 * on it. The corpus keeps the real name; every CSV writes the visible escape the CLI prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDirectoryCsv } from '../../../main/export/directory-csv.js';
import { exportMentionsCsv } from '../../../main/export/mentions-csv.js';
import { exportTxm } from '../../../main/export/txm.js';
import { listDocuments } from '../../../main/store/documents.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

// eslint-disable-next-line no-control-regex -- what no export may hold
const INVISIBLE = /[\u0000-\u0008\u000e-\u001b\u007f-\u0084\u0086-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

describe('CSV exports of documents with hostile names', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const db = openTestDb();
  const names = ['rapport\u202efdp.exe.pdf', 'ecran\u001b[2J.pdf', 'cache\u200b\u2066nom\ufeff.pdf'];
  names.forEach((name, index) => storeTextDocument(db, name, [`La coopérative Brunelle publie son bilan numéro ${index}.`], [{ id: 'test.org', type: 'organisation', pattern: /coopérative Brunelle/u }]));

  it('keeps the real names in the corpus', () => {
    expect(listDocuments(db).map((document) => document.fileName).sort()).toEqual([...names].sort());
  });

  it('writes the names escaped in the mentions CSV, both delimiters and the excel-fr preset', async () => {
    for (const options of [{ delimiter: ',', bom: false }, { delimiter: ';', bom: true }, { delimiter: ';', bom: true, preset: 'excel-fr' }] as const) {
      const out = join(dir.path, `mentions-${options.delimiter}-${options.preset ?? 'plain'}.csv`);
      await exportMentionsCsv(db, out, options);
      const raw = readFileSync(out, 'utf8').replace(/^\ufeff/u, '');
      expect(raw).not.toMatch(INVISIBLE);
      const rows = parse(raw, { delimiter: options.delimiter, from_line: 2 }) as string[][];
      expect(rows.map((row) => row[0]).sort()).toEqual(['cache\\u{200b}\\u{2066}nom\\u{feff}.pdf', 'ecran\\x1b[2J.pdf', 'rapport\\u{202e}fdp.exe.pdf']);
    }
  });

  it('writes no invisible character in the directory CSV or TXM metadata either', async () => {
    const directory = join(dir.path, 'annuaire.csv');
    await exportDirectoryCsv(db, directory, { delimiter: ',', bom: false });
    expect(readFileSync(directory, 'utf8')).not.toMatch(INVISIBLE);
    const txm = join(dir.path, 'txm');
    await exportTxm(db, txm);
    const metadata = readFileSync(join(txm, 'metadata.csv'), 'utf8');
    expect(metadata).not.toMatch(INVISIBLE);
    expect(metadata).toContain('rapport\\u{202e}fdp.exe.pdf');
  });
});
