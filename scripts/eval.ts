/**
 * `npm run eval [-- --webdev DIR] [-- --web NAME=DIR …] [-- --verbose] [-- --csv DIR] [-- --again]`: one table of F1 per type for every
 * corpus set × kind of PDF, with the warm extraction time per page. `--again` then times every set a
 * second time in the same process and prints that CPU time too (the first pass includes V8's compiling).
 *
 * Sets: `dev`, the tuning sets `tuned1`–`tuned3`, the untouched held-out sets `heldout4`–`heldout6`
 * (fixtures/corpus), and the real web texts of ../shared/corpus/web-dev when `--webdev DIR` names
 * a folder of their page texts (made by scripts/eval/score-pdfs.sh; the texts are never committed).
 * `--web NAME=DIR` (repeatable) scores another set of real web texts the same way: its manifest and gold
 * live in `fixtures/corpus/NAME/` (`gold/*.json`), its rendered page dumps in DIR (never committed).
 * Kinds: `exported` (text layer), `scanned` (OCR of page images), `noisy` (a text layer passed
 * through ocr_noise.py). Page texts come from stored dumps of the real ingest
 * (`fixtures/corpus/dev-pages`, `fixtures/corpus/pages/SET/KIND.pages.json`, made by
 * scripts/eval/render-set.sh + score-pdfs.sh); a set with no dump for `exported` is read from its
 * `.txt` files (pages split on form feeds), and a kind with no dump is shown as `-`.
 * Scores follow ../shared/corpus/score.py (scripts/eval/score.ts is its port).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { entityKey, extractDocument } from '../extractors/index.js';
import type { PageInput } from '../extractors/index.js';
import { finish, scoreDocument } from './eval/score.js';
import type { GoldDocument, TypeScore } from './eval/score.js';
import { KINDS, corpusRoot, devSet, fixtureSet, fixtureSetNames, golds, isUntouched, webdevSet } from './eval/sets.js';
import type { EvalSet, Kind } from './eval/sets.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const verbose = args.includes('--verbose');
const csvDir = option('--csv');
const webdevPages = option('--webdev') ?? process.env['GLANEUR_WEBDEV_PAGES'];
/** Every `--web NAME=DIR` pair, in the order given. */
const webSets = args.flatMap((arg, index) => (arg === '--web' && args[index + 1] !== undefined ? [args[index + 1] as string] : [])).map((pair) => {
  const split = pair.indexOf('=');
  if (split <= 0) throw new Error(`--web expects NAME=DIR, got ${pair}`);
  return { name: pair.slice(0, split), dir: pair.slice(split + 1) };
});
const TYPES = ['person', 'organisation', 'date', 'figure'] as const;
const TIMING_ROUNDS = 5;

const csvCell = (value: string): string => (/[",\n\r]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

interface Row {
  readonly set: string;
  readonly kind: Kind;
  readonly pages: number;
  readonly scores: Map<string, TypeScore> | null;
  readonly msPerPage: number;
  /** CPU time of the warm rounds, per page: unlike the wall clock, the machine's load does not count. */
  readonly cpuMsPerPage: number;
}

async function evaluate(set: EvalSet, kind: Kind, gold: Map<string, GoldDocument>): Promise<Row> {
  const dumps = await set.load(kind);
  if (dumps === null) return { set: set.name, kind, pages: 0, scores: null, msPerPage: 0, cpuMsPerPage: 0 };
  const totals = new Map<string, TypeScore>();
  const csv = ['document,page,type,text,value,unit,confidence,status,entity,context'];
  let pageCount = 0;
  let elapsed = 0;
  let cpu = 0;
  for (const dump of dumps) {
    const document = gold.get(basename(dump.file).slice(0, 3));
    if (document === undefined) continue;
    const pages: PageInput[] = dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }));
    const result = extractDocument(pages);
    // Warm timing (regexes compiled, lexicons loaded): the extraction cost of one page at import.
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (let round = 0; round < TIMING_ROUNDS; round += 1) extractDocument(pages);
    elapsed += (performance.now() - started) / TIMING_ROUNDS;
    const used = process.cpuUsage(cpuStarted);
    cpu += (used.user + used.system) / 1000 / TIMING_ROUNDS;
    pageCount += pages.length;
    scoreDocument(document, result.mentions.map((m) => ({ type: m.type, value: m.value, unit: m.unit, text: m.text })), TYPES, totals);
    for (const m of result.mentions) {
      csv.push([dump.file, String(m.page), m.type, m.text, m.value, m.unit ?? '', m.confidence.toFixed(2), 'pending', entityKey(m.type, m.value), m.context].map(csvCell).join(','));
    }
  }
  finish(totals);
  if (csvDir !== undefined) {
    await mkdir(csvDir, { recursive: true });
    await writeFile(join(csvDir, `${set.name}-${kind}.csv`), `${csv.join('\n')}\n`);
  }
  return { set: set.name, kind, pages: pageCount, scores: totals, msPerPage: elapsed / Math.max(1, pageCount), cpuMsPerPage: cpu / Math.max(1, pageCount) };
}

function printRow(row: Row): void {
  const cells = TYPES.map((type) => (row.scores === null ? '    -' : (row.scores.get(type)?.f1 ?? 0).toFixed(3)));
  const macro = row.scores === null ? '    -' : (TYPES.reduce((sum, type) => sum + (row.scores?.get(type)?.f1 ?? 0), 0) / TYPES.length).toFixed(3);
  const timing = row.scores === null ? '      -' : row.msPerPage.toFixed(2).padStart(7);
  console.log(`${row.set.padEnd(10)} ${row.kind.padEnd(8)} ${String(row.pages).padStart(5)}  ${cells.map((c) => c.padStart(6)).join('  ')}  ${macro.padStart(6)}  ${timing}`);
  if (verbose && row.scores !== null && isUntouched(row.set)) {
    // A held-out set stays untouched only if nobody reads its errors: counts, never strings.
    const counts = TYPES.map((type) => `${type} FP ${row.scores?.get(type)?.fp ?? 0} FN ${row.scores?.get(type)?.fn ?? 0}`);
    console.log(`    untouched, errors not shown: ${counts.join(', ')}`);
  } else if (verbose && row.scores !== null) {
    for (const type of TYPES) {
      const score = row.scores.get(type);
      for (const fp of score?.fpKeys ?? []) console.log(`    ${type} FP ${fp}`);
      for (const fn of score?.fnNorms ?? []) console.log(`    ${type} FN ${fn}`);
    }
  }
}

const names = await fixtureSetNames();
const sets: EvalSet[] = [devSet(), ...names.map(fixtureSet)];
if (webdevPages !== undefined) sets.push(webdevSet(webdevPages));
for (const web of webSets) sets.push(webdevSet(web.dir, web.name, join(corpusRoot, web.name, 'gold')));

console.log('set        kind     pages  person   organ.    date  figure   macro  ms/page');
let allPages = 0;
let allMs = 0;
let allCpuMs = 0;
for (const set of sets) {
  const gold = await golds(set.goldDir);
  for (const kind of KINDS) {
    const row = await evaluate(set, kind, gold);
    allPages += row.pages;
    allMs += row.msPerPage * row.pages;
    allCpuMs += row.cpuMsPerPage * row.pages;
    printRow(row);
  }
}
console.log(`\nwarm extraction over all ${allPages} pages: ${(allMs / Math.max(1, allPages)).toFixed(2)} ms/page (target ≤ 2)`);
console.log(`CPU time of the same runs: ${(allCpuMs / Math.max(1, allPages)).toFixed(2)} ms/page (the wall clock above also counts the machine's other load)`);
if (args.includes('--again')) {
  // The rows above are timed while V8 is still compiling (each document right after its first
  // extraction, in one process): `--again` times every set once more, its optimised code ready.
  let againPages = 0;
  let againCpuMs = 0;
  for (const set of sets) {
    const gold = await golds(set.goldDir);
    for (const kind of KINDS) {
      const row = await evaluate(set, kind, gold);
      againPages += row.pages;
      againCpuMs += row.cpuMsPerPage * row.pages;
    }
  }
  console.log(`CPU time of the same runs again in this process (compiled code warm): ${(againCpuMs / Math.max(1, againPages)).toFixed(2)} ms/page`);
}
if (webdevPages === undefined) console.log('web-dev not scored: pass --webdev DIR (see scripts/eval/score-pdfs.sh and ../shared/corpus/web-dev/README.md)');
