/**
 * The indicator table of each dev document, checked cell by cell against the expected table
 * written by hand from its text (fixtures/indicators/NNN.json) before the export was run: for the
 * exported PDF, for its scan, and for both imported together (each figure counted once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusIndicatorTable } from '../../../main/export/indicators-csv.js';
import type { IndicatorTable } from '../../../main/export/indicators-table.js';
import { UNKNOWN_PTCE } from '../../../main/export/indicators-ptce.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptMention, editMention, rejectMention } from '../../../main/store/review.js';
import { openTestDb } from '../../helpers/db.js';
import { storeDevDocument } from '../../helpers/dev-corpus.js';
import { fixturesDir } from '../../helpers/fixtures.js';

interface ExpectedRow {
  readonly indicator: string;
  readonly period: string;
  readonly inferred: boolean;
  readonly value: number;
  readonly unit: string;
  readonly mentions: readonly string[];
}

interface Expected {
  readonly document: string;
  readonly ptce: { readonly name: string; readonly aliases: readonly string[] } | null;
  readonly rows: readonly ExpectedRow[];
  readonly unmapped: readonly { readonly value: number; readonly words: string; readonly gap?: string }[];
  readonly noise: readonly string[];
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function expectedOf(id: string): Expected {
  return JSON.parse(readFileSync(join(fixturesDir, 'indicators', `${id}.json`), 'utf8')) as Expected;
}

function tableOf(files: readonly string[]): IndicatorTable {
  const db = openTestDb();
  for (const file of files) storeDevDocument(db, file);
  return corpusIndicatorTable(db);
}

function isListedUnmapped(table: IndicatorTable, want: { readonly value: number; readonly words: string }): boolean {
  return table.unmapped.some((figure) => figure.source.value === want.value && flat(`${figure.source.text} ${figure.source.unit ?? ''}`).toLowerCase().includes(want.words.toLowerCase()));
}

function checkTable(table: IndicatorTable, expected: Expected): void {
  const ptce = expected.ptce?.name ?? UNKNOWN_PTCE;
  const names = new Set([ptce, ...(expected.ptce?.aliases ?? [])]);
  expect(table.rows.map((row) => [row.indicator.id, row.period])).toEqual(expect.arrayContaining(expected.rows.map((row) => [row.indicator, row.period])));
  for (const want of expected.rows) {
    const got = table.rows.find((row) => row.indicator.id === want.indicator && row.period === want.period);
    expect(got, `${want.indicator} ${want.period}`).toBeDefined();
    if (got === undefined) continue;
    expect(names.has(got.ptce), `ptce of ${want.indicator}: ${got.ptce}`).toBe(true);
    expect({ inferred: got.inferred, value: got.value, unit: got.indicator.unit, conflict: got.conflict }).toEqual({ inferred: want.inferred, value: want.value, unit: want.unit, conflict: false });
    for (const source of got.sources) expect(want.mentions.map(flat)).toContain(flat(source.text));
  }
  expect(table.rows, 'no row beyond the expected ones').toHaveLength(expected.rows.length);
  for (const want of expected.unmapped.filter((figure) => figure.gap === undefined)) expect(isListedUnmapped(table, want), `unmapped ${want.value} ${want.words}`).toBe(true);
  const written = [...table.rows.flatMap((row) => row.sources), ...table.unmapped.map((figure) => figure.source)].map((source) => flat(source.text));
  for (const noise of expected.noise) expect(written, `noise ${noise}`).not.toContain(flat(noise));
}

describe.each(['000', '002', '003'])('indicators of dev document %s', (id) => {
  const expected = expectedOf(id);
  it('exported PDF: every cell as in the hand-made table', () => checkTable(tableOf([`${id}.pdf`]), expected));
  it('scan: every cell as in the hand-made table', () => checkTable(tableOf([`${id}-scan.pdf`]), expected));
  it('exported PDF and scan imported together: every figure counted once, from the text layer', () => {
    const table = tableOf([`${id}.pdf`, `${id}-scan.pdf`]);
    checkTable(table, expected);
    for (const source of [...table.rows.flatMap((row) => row.sources), ...table.unmapped.map((figure) => figure.source)]) expect(source.document).toBe(`${id}.pdf`);
  });
  for (const gap of expected.unmapped.filter((figure) => figure.gap !== undefined)) {
    it.fails(`known gap: ${gap.value} ${gap.words} is listed unmapped (${gap.gap ?? ''})`, () => {
      expect(isListedUnmapped(tableOf([`${id}.pdf`]), gap)).toBe(true);
    });
  }
});

describe('decisions taken on a scan count for its exported twin', () => {
  it('accepted, rejected and edited on the scan, read from the text layer', () => {
    const db = openTestDb();
    storeDevDocument(db, '000.pdf');
    const scan = storeDevDocument(db, '000-scan.pdf');
    const onScan = (text: string): number => listMentions(db, { documentId: scan, types: ['figure'] }).find((mention) => mention.text.replace(/\s+/gu, ' ') === text)?.id ?? 0;
    acceptMention(db, 'claire', onScan('26 réunions'));
    rejectMention(db, 'claire', onScan('47 rencontres'));
    editMention(db, 'claire', onScan('2 Comités de pilotage'), { value: '3' });
    const accepted = corpusIndicatorTable(db, { status: 'accepted' });
    expect(accepted.rows.map((row) => [row.indicator.id, row.value, row.sources.map((source) => source.document)])).toEqual([
      ['steering_meetings', 3, ['000.pdf']],
      ['meetings', 26, ['000.pdf']],
    ]);
    expect(corpusIndicatorTable(db, { status: 'all' }).rows.map((row) => row.indicator.id)).not.toContain('events');
  });
});
