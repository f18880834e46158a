/**
 * The --excel-fr preset, read back as a French spreadsheet would: `;`, BOM, French headers,
 * numbers with a decimal comma read as numbers, phone numbers and codes read as text (no lost
 * leading zero, no date), formulas still neutralised. Also through the real CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDirectoryCsv } from '../../../main/export/directory-csv.js';
import { excelFrCell } from '../../../main/export/excel-fr.js';
import { exportIndicators } from '../../../main/export/indicators-csv.js';
import { exportMentionsCsv } from '../../../main/export/mentions-csv.js';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { storeDevDocument, storeExtractedDocument } from '../../helpers/dev-corpus.js';
import { tempDir } from '../../helpers/fixtures.js';

/**
 * How French Excel and LibreOffice type a CSV cell on opening: a formula result, a number (space
 * or no-break space grouping by three, decimal comma, optional %), a date, or text.
 */
function spreadsheetType(cell: string): { kind: 'text' | 'number' | 'date'; value: string | number } {
  const formula = /^="((?:[^"]|"")*)"$/u.exec(cell);
  if (formula !== null) return { kind: 'text', value: (formula[1] ?? '').replace(/""/gu, '"') };
  if (/^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^[+-]?\d+(?:,\d+)?$/u.test(cell)) return { kind: 'number', value: Number(cell.replace(/[ \u00a0\u202f]/gu, '').replace(',', '.')) };
  if (/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$|^\d{4}-\d{2}(?:-\d{2})?$/u.test(cell)) return { kind: 'date', value: cell };
  return { kind: 'text', value: cell };
}

const read = (file: string): Record<string, string>[] => {
  const raw = readFileSync(file, 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  return parse(raw, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
};

describe('the excel-fr preset', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const file = join(dir.path, 'corpus.sqlite');

  it('writes cells a French spreadsheet reads right', () => {
    expect(spreadsheetType(excelFrCell(12.5))).toEqual({ kind: 'number', value: 12.5 });
    expect(spreadsheetType(excelFrCell('19.7'))).toEqual({ kind: 'number', value: 19.7 });
    expect(spreadsheetType(excelFrCell('0321456789'))).toEqual({ kind: 'text', value: '03 21 45 67 89' });
    expect(spreadsheetType(excelFrCell('02'))).toEqual({ kind: 'text', value: '02' });
    expect(spreadsheetType(excelFrCell('2022-06'))).toEqual({ kind: 'text', value: '2022-06' });
    expect(spreadsheetType(excelFrCell('1/2'))).toEqual({ kind: 'text', value: '1/2' });
    expect(excelFrCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });

  it('mentions, indicators and directory read back with French headers, numbers and text codes', async () => {
    const db = await openCorpus(file, { create: true });
    storeDevDocument(db, '000.pdf');
    storeExtractedDocument(db, 'budget.pdf', [{ page: 1, source: 'text', text: 'Rapport du PTCE Morvan\nEn 2024, le pôle a accueilli 12,5 ETP salariés.\nContact : 03 21 45 67 89' }]);
    const mentions = join(dir.path, 'mentions.csv');
    await exportMentionsCsv(db, mentions, { delimiter: ';', bom: true, preset: 'excel-fr' });
    const rows = read(mentions);
    expect(Object.keys(rows[0] ?? {}).slice(0, 10)).toEqual(['document', 'page', 'type', 'texte', 'valeur', 'unité', 'confiance', 'statut', 'entité', 'contexte']);
    const phones = rows.filter((row) => row.type === 'phone').map((row) => spreadsheetType(row.valeur ?? ''));
    expect(phones).toEqual(expect.arrayContaining([{ kind: 'text', value: '06 80 59 63 40' }, { kind: 'text', value: '03 21 45 67 89' }]));
    expect(phones.every((phone) => phone.kind === 'text')).toBe(true);
    const etp = rows.find((row) => row.type === 'figure' && row.unité === 'ETP');
    expect(spreadsheetType(etp?.valeur ?? '')).toEqual({ kind: 'number', value: 12.5 });
    // A month (`juin 2022` → 2022-06) stays a month: written as text, never turned into a date.
    const months = rows.filter((row) => row.type === 'date' && /^(?:=")?2022-06"?$/u.test(row.valeur ?? ''));
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(spreadsheetType(month.valeur ?? '')).toEqual({ kind: 'text', value: '2022-06' });

    const indicators = join(dir.path, 'indicateurs.csv');
    await exportIndicators(db, indicators, { delimiter: ';', bom: true, preset: 'excel-fr', layout: 'wide' });
    const wide = read(indicators);
    expect(wide.find((row) => row.PTCE === 'PTCE Morvan')).toMatchObject({ période: '2024', 'Emplois (ETP) (ETP)': '12,5' });

    const directory = join(dir.path, 'annuaire.csv');
    await exportDirectoryCsv(db, directory, { delimiter: ';', bom: true, preset: 'excel-fr' });
    expect(read(directory).find((row) => row.personne === 'Félix Delsert')).toMatchObject({ téléphones: '06 80 59 63 40', 'e-mails': 'fdelsert@adds62.fr' });
    db.close();
  });

  it('the CLI preset writes rows on a fresh corpus (no status filter)', async () => {
    const out = join(dir.path, 'cli.csv');
    const run = await runCli(['export', '--db', file, '--out', out, '--excel-fr', '--types', 'person,organisation,phone']);
    expect(run.code).toBe(0);
    const rows = read(out);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['person', 'organisation', 'phone']));
  });
});
