/**
 * The adversarial suite for hostile and broken PDFs, corpus files, export destinations and
 * command-line misuse (issue 13):
 * `node --import tsx scripts/adversarial/run.ts [SCRATCH_DIR]` (`npm run adversarial`).
 *
 * Runs the built CLI (`bin/glaneur.js`; run `npm run build` first) once per case and prints a
 * Markdown table: input or fault, what Glaneur says (first line of stderr), exit code, data lost
 * (precious files changed, or documents/mentions/audit rows missing), peak RSS, wall time. Exit
 * code 1 when any case lost data or printed a stack trace. About 3 minutes, two of them waiting
 * on held locks, and about 5 more for the PDFs (some are OCR'd, some are bombs); needs GNU time
 * for RSS, qpdf and opj_compress for two of the PDFs and, when run as root, setpriv to act as `nobody`
 * (and mount, for a full-disk case on a small tmpfs). `ADVERSARIAL_ONLY=regex` keeps the CLI and PDF
 * cases whose names match.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { CASES as CORPUS_CASES, type Base } from './cases.js';
import { PDF_CASES } from './pdf-cases.js';
import { ROUND3_CASES } from './round3-cases.js';
import { ROUND4_CASES } from './round4-cases.js';
import { ROUND5_CASES } from './round5-cases.js';
import { ROUND6_CASES } from './round6-cases.js';
import { ROUND7_CASES } from './round7-cases.js';
import { ROUND8_CASES } from './round8-cases.js';
import { ROUND10_CASES } from './round10-cases.js';
import { ROUND11_CASES } from './round11-cases.js';
import { ROUND9_CASES } from './round9-cases.js';
import { exportsOf, liveCells, makeHostilePdf } from './hostile-csv.js';
import { httpRows } from './http-cases.js';
import type { AdversarialRow } from './http-cases.js';
import { runGlaneur, type Measured } from './measure.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'glaneur.js');
const pdf = join(root, 'fixtures', 'corpus', 'dev', '000.pdf');

/** `ADVERSARIAL_ONLY=regex` runs only the cases whose names match (the HTTP and CSV rows always run). */
const only = process.env.ADVERSARIAL_ONLY === undefined ? undefined : new RegExp(process.env.ADVERSARIAL_ONLY, 'u');
const CASES = [...PDF_CASES, ...CORPUS_CASES, ...ROUND3_CASES, ...ROUND4_CASES, ...ROUND5_CASES, ...ROUND6_CASES, ...ROUND7_CASES, ...ROUND8_CASES, ...ROUND9_CASES, ...ROUND10_CASES, ...ROUND11_CASES].filter((test) => only === undefined || only.test(test.name));

const sha = (file: string): string => (existsSync(file) && statSync(file).isFile() ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent');

/** Documents, mentions and audit rows; a command may add to them, never take away. */
function counts(file: string): number[] | string {
  try {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return ['documents', 'mentions', 'audit'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    } finally {
      db.close();
    }
  } catch (error) {
    return `unreadable (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** One case's outcome. */
type Row = AdversarialRow;

const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim();

function firstLine(run: Measured): string {
  const lines = run.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const error = lines.find((line) => /^(glaneur|error):/u.test(line)) ?? lines.at(-1) ?? run.stdout.split('\n')[0] ?? '';
  return error.length > 170 ? `${error.slice(0, 167)}…` : error;
}

async function runCase(scratch: string, index: number, base: Base): Promise<Row> {
  const test = CASES[index]!;
  const dir = join(scratch, `case-${String(index).padStart(2, '0')}`);
  mkdirSync(dir);
  const prepared = await test.prepare(dir, base);
  if (prepared.asUser === undefined && test.name.includes('as another user') && process.getuid?.() === 0) {
    return { name: test.name, says: 'skipped: running as root without setpriv', code: null, lost: '—', rss: '—', seconds: '—', stack: false };
  }
  const precious = new Map((prepared.precious ?? []).map((file) => [file, sha(file)]));
  const corpora = new Map((prepared.corpora ?? []).map((file) => [file, counts(file)]));
  const stop = prepared.during === undefined ? undefined : await prepared.during();
  const run = await runGlaneur(cli, prepared.args, { cwd: prepared.cwd, asUser: prepared.asUser, fileSizeLimit: prepared.fileSizeLimit });
  await stop?.();
  const changed = [...precious].filter(([file, before]) => sha(file) !== before).map(([file]) => file.slice(dir.length + 1));
  const shrunk = (before: number[] | string, after: number[] | string): boolean =>
    typeof before === 'string' || typeof after === 'string' ? before !== after : before.some((count, at) => (after[at] ?? 0) < count);
  const lostRows = [...corpora]
    .filter(([file, before]) => shrunk(before, counts(file)))
    .map(([file, before]) => `${file.slice(dir.length + 1)} documents/mentions/audit ${String(before)} → ${String(counts(file))}`);
  const lost = [...changed.map((file) => `${file} changed`), ...lostRows].join('; ') || 'none';
  const note = prepared.check?.() ?? '';
  for (const file of prepared.outside ?? []) rmSync(file, { force: true });
  prepared.after?.();
  return {
    name: test.name,
    says: `${prepared.summary?.(run.stdout) ?? firstLine(run)}${note === '' ? '' : ` (${note})`}`,
    code: run.code,
    lost,
    rss: run.peakRssMiB === undefined ? 'n/a' : run.peakRssMiB.toFixed(0),
    seconds: run.seconds.toFixed(2),
    stack: /\n\s+at .+:\d+:\d+/u.test(run.stderr),
  };
}

async function hostileCsvRows(scratch: string): Promise<Row[]> {
  const dir = join(scratch, 'hostile-csv');
  mkdirSync(dir);
  const file = join(dir, 'lettre-piegee.pdf');
  await makeHostilePdf(file);
  const corpus = join(dir, 'corpus.sqlite');
  const imported = await runGlaneur(cli, ['import', file, '--db', corpus, '--jobs', '1']);
  const rows: Row[] = [];
  for (const { file: out, args } of exportsOf(dir)) {
    const run = await runGlaneur(cli, ['export', '--db', corpus, ...args]);
    const live = run.code === 0 ? liveCells(out, ',').length + liveCells(out, ';').length : NaN;
    rows.push({
      name: `CSV injection after delimiters: ${args.slice(1, 4).join(' ')} read back split on , and ;`,
      says: `${firstLine(run)}; live formula cells: ${live}${imported.code === 0 ? '' : ` (import exit ${imported.code})`}`,
      code: run.code,
      lost: 'none',
      rss: run.peakRssMiB === undefined ? 'n/a' : run.peakRssMiB.toFixed(0),
      seconds: run.seconds.toFixed(2),
      stack: live !== 0,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'main', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  const scratch = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'glaneur-adversarial-'));
  mkdirSync(scratch, { recursive: true });
  chmodSync(scratch, 0o755); // the read-only cases run as another user, who must reach their folder
  const corpus = join(scratch, 'base.sqlite');
  const imported = await runGlaneur(cli, ['import', pdf, '--db', corpus, '--jobs', '1']);
  if (imported.code !== 0) throw new Error(`could not build the base corpus: ${imported.stderr}`);
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].some((path) => existsSync(path));
  const nobody = process.getuid?.() === 0 ? (setpriv ? '65534:65534' : undefined) : undefined;
  const base: Base = { corpus, pdf, nobody };
  const rows: Row[] = [];
  for (let index = 0; index < CASES.length; index += 1) {
    const row = await runCase(scratch, index, base);
    rows.push(row);
    // The whole row, as it comes: a run that stops half-way still leaves its rows.
    process.stderr.write(`${String(index + 1).padStart(2)}/${CASES.length} ${row.name}: exit ${row.code}, data lost ${row.lost}${row.stack ? ', STACK TRACE' : ''} | ${cell(row.says)} | RSS ${row.rss} MiB | ${row.seconds} s\n`);
  }
  rows.push(...(await hostileCsvRows(scratch)));
  rows.push(...(await httpRows(cli, scratch, corpus)));
  process.stdout.write('| # | input or fault | what Glaneur says | exit | data lost | peak RSS (MiB) | time (s) |\n|---|---|---|---|---|---|---|\n');
  rows.forEach((row, index) => process.stdout.write(`| ${index + 1} | ${cell(row.name)} | ${cell(row.says)} | ${row.code ?? '—'} | ${cell(row.lost)} | ${row.rss} | ${row.seconds} |\n`));
  const bad = rows.filter((row) => row.lost !== 'none' && row.lost !== '—').length + rows.filter((row) => row.stack).length;
  process.stdout.write(`\n${rows.length} cases; ${bad} with data lost, a stack trace or a live formula cell.\n`);
  if (process.argv[2] === undefined) rmSync(scratch, { recursive: true, force: true });
  process.exitCode = bad > 0 ? 1 : 0;
}

await main();
