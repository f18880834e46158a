import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const CONTRACT_COLUMNS = ['document', 'page', 'type', 'text', 'value', 'unit', 'confidence', 'status', 'entity', 'context'];

describe('the glaneur CLI', () => {
  const dir = tempDir();
  const db = join(dir.path, 'corpus.sqlite');

  beforeAll(async () => {
    const run = await runCli(['import', devFile('000.pdf'), devFile('003.pdf'), '--db', db, '--jobs', '2']);
    expect(run.stderr).not.toMatch(/Error:|at .*\.js:\d+/u);
    expect(run.code).toBe(0);
  });
  afterAll(() => dir.cleanup());

  it('prints one summary line per document on stdout', async () => {
    const run = await runCli(['import', devFile('000.pdf'), '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^skipped\t000\.pdf\talready in the corpus/u)]);
  });

  it('exports a CSV whose header starts with the contract columns, in order, and parses back', async () => {
    const out = join(dir.path, 'mentions.csv');
    const run = await runCli(['export', '--db', db, '--out', out]);
    expect(run.code).toBe(0);
    const raw = readFileSync(out, 'utf8');
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(raw, { columns: false, relax_column_count: false }) as string[][];
    expect(rows[0]?.slice(0, CONTRACT_COLUMNS.length)).toEqual(CONTRACT_COLUMNS);
    expect(rows.length).toBeGreaterThan(20);
    const documents = new Set(rows.slice(1).map((row) => row[0]));
    expect(documents).toEqual(new Set(['000.pdf', '003.pdf']));
  });

  it('honours --delimiter ";" --bom --types --status', async () => {
    const out = join(dir.path, 'organisations.csv');
    const run = await runCli(['export', '--db', db, '--out', out, '--delimiter', ';', '--bom', '--types', 'organisation', '--status', 'pending']);
    expect(run.code).toBe(0);
    const raw = readFileSync(out, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(raw, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['organisation']));
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['pending']));
  });

  it('rejects an unknown type with exit code 2 and writes nothing', async () => {
    const out = join(dir.path, 'nothing.csv');
    const run = await runCli(['export', '--db', db, '--out', out, '--types', 'date,weather']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('weather');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to export from a corpus that does not exist, without creating it', async () => {
    const missing = join(dir.path, 'missing.sqlite');
    const run = await runCli(['export', '--db', missing, '--out', join(dir.path, 'x.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such corpus');
    expect(existsSync(missing)).toBe(false);
  });

  it('writes one cleaned text file per document, pages separated by form feeds', async () => {
    const out = join(dir.path, 'texts');
    const run = await runCli(['text', '--db', db, '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.glaneur-export.json', '000.txt', '003.txt']);
    const text = readFileSync(join(out, '000.txt'), 'utf8');
    expect(text.split('\f')).toHaveLength(5);
    expect(text).toContain('Hénin-Carvin');
  });

  it('answers --help quickly without loading the heavy modules', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('import');
  });
});
