/**
 * Must hold (issue 13, point 8): a CSV export is safe whatever delimiter the spreadsheet splits it
 * on. Every export is written with `,` and with `;`, read back with both delimiters (and with
 * tabs and line breaks inside cells taken as cell starts, as lenient readers do), and no cell may
 * start a formula.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDirectoryCsv } from '../../../main/export/directory-csv.js';
import { exportIndicatorsCsv } from '../../../main/export/indicators-csv.js';
import { exportMentionsCsv } from '../../../main/export/mentions-csv.js';
import { exportTxm } from '../../../main/export/txm.js';
import type { Db } from '../../../main/store/db.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument, type TestRule } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

// Each hostile line hides a formula after a delimiter, a tab or a line break, or behind a full-width sign.
const HOSTILE_PAGE = [
  "PTCE Les Rivières a tenu 26 réunions;=cmd|' /C calc'!A0;fin",
  'Claire Martin, =HYPERLINK("http://x.example","clic")',
  'Claire Martin anime ; ＋cmd|calc et ﹦1+1',
  "Paul Durand\t@SUM(A1)\t-2+3+cmd|' /C calc'!A0",
  'Paul Durand écrit à paul@riv.fr ;"=1+1"',
].join('\n');

const RULES: TestRule[] = [
  { id: 'test.ptce', type: 'organisation', pattern: /PTCE Les Rivières[^\n]*/u },
  { id: 'test.person', type: 'person', pattern: /(?:Claire Martin|Paul Durand)[^\n]*/u },
  { id: 'test.email', type: 'email', pattern: /[a-z.]+@[a-z.]+\.fr[^\n]*/u },
  { id: 'test.figure', type: 'figure', pattern: /\b\d+(?= réunions)/u },
];

const LIVE = /^[ "]*[=+\-@＝＋－＠﹦﹢﹣﹫]/u;
const NUMBER = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/u;

/** Cells of `csv` as a spreadsheet splitting on `delimiter` would see them that start a formula. */
function liveCells(csv: string, delimiter: ',' | ';'): string[] {
  const rows = parse(csv, { bom: true, delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return rows.flat().flatMap((cell) => cell.split(/[\t\r\n]/u)).filter((piece) => LIVE.test(piece) && !NUMBER.test(piece));
}

async function allExports(db: Db, dir: string, delimiter: ',' | ';'): Promise<Record<string, string>> {
  const csv = { delimiter, bom: delimiter === ';' };
  const files: Record<string, string> = {};
  const mentions = join(dir, `mentions${delimiter}.csv`);
  await exportMentionsCsv(db, mentions, csv);
  files.mentions = readFileSync(mentions, 'utf8');
  const indicators = join(dir, `indicators${delimiter}.csv`);
  await exportIndicatorsCsv(db, indicators, csv);
  files.indicators = readFileSync(indicators, 'utf8');
  const directory = join(dir, `directory${delimiter}.csv`);
  await exportDirectoryCsv(db, directory, csv);
  files.directory = readFileSync(directory, 'utf8');
  return files;
}

describe('CSV exports read back with either delimiter', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const db = openTestDb();
  storeTextDocument(db, "rapport;=cmd|' /C calc'!A0.pdf", [HOSTILE_PAGE], RULES);

  it.each([',', ';'] as const)('written with %j: no live formula when split on "," or on ";"', async (delimiter) => {
    const files = await allExports(db, dir.path, delimiter);
    // The exports do carry the hostile text (the test would pass vacuously otherwise).
    expect(files.mentions).toContain('cmd|');
    expect(files.directory).toContain('Claire Martin');
    for (const [name, csv] of Object.entries(files)) {
      expect({ name, split: ',', live: liveCells(csv, ',') }).toEqual({ name, split: ',', live: [] });
      expect({ name, split: ';', live: liveCells(csv, ';') }).toEqual({ name, split: ';', live: [] });
    }
  });

  it('the txm metadata.csv too', async () => {
    const folder = join(dir.path, 'txm');
    await exportTxm(db, folder);
    const csv = readFileSync(join(folder, 'metadata.csv'), 'utf8');
    expect(csv).toContain('cmd|');
    expect(liveCells(csv, ',')).toEqual([]);
    expect(liveCells(csv, ';')).toEqual([]);
  });

  it('keeps the text readable: only an apostrophe is added before each neutralised sign', async () => {
    const files = await allExports(db, dir.path, ',');
    const rows = parse(files.mentions ?? '', { columns: true }) as Record<string, string>[];
    const ptce = rows.find((row) => row.type === 'organisation');
    expect(ptce?.text).toBe("PTCE Les Rivières a tenu 26 réunions;'=cmd|' /C calc'!A0;fin");
    const figure = rows.find((row) => row.type === 'figure');
    expect(figure?.value).toBe('26');
  });
});
