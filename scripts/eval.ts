/**
 * `npm run eval [-- --cached] [-- --verbose]`: runs the extractors over the dev corpus (exported
 * and scanned PDFs), scores them against the gold per type like ../shared/corpus/score.py, prints
 * one table per kind of PDF, writes the mentions as the CLI's CSV and runs score.py on it too
 * when python3 is there. By default the page texts come from the real ingest (pdf.js + OCR);
 * `--cached` reads fixtures/corpus/dev-pages instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityKey, extractDocument } from '../extractors/index.js';
import type { Mention, PageInput } from '../extractors/index.js';
import { finish, scoreDocument } from './eval/score.js';
import type { GoldDocument, TypeScore } from './eval/score.js';
import { readPagesWithIngest } from './eval/ingest-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, 'fixtures/corpus/dev');
const cachedDir = join(root, 'fixtures/corpus/dev-pages');
const args = process.argv.slice(2);
const cached = args.includes('--cached');
const verbose = args.includes('--verbose');
const TYPES = ['person', 'organisation', 'date', 'figure'];
const TIMING_ROUNDS = 10;

interface PageDump {
  readonly file: string;
  readonly pages: readonly { page: number; source: 'text' | 'ocr'; text: string }[];
}

async function loadPages(pdfs: readonly string[]): Promise<PageDump[]> {
  if (cached) {
    return Promise.all(pdfs.map(async (pdf) => JSON.parse(await readFile(join(cachedDir, `${pdf}.json`), 'utf8')) as PageDump));
  }
  return readPagesWithIngest(pdfs.map((pdf) => join(corpus, pdf)));
}

const csvCell = (value: string): string => (/[",\n\r]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const golds = new Map<string, GoldDocument>();
for (const file of (await readdir(corpus)).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(await readFile(join(corpus, file), 'utf8')) as GoldDocument;
  golds.set(gold.doc, gold);
}
const ids = [...golds.keys()];
const csvRows: string[] = ['document,page,type,text,value,unit,confidence,status,entity,context'];
const tmp = await mkdtemp(join(tmpdir(), 'glaneur-eval-'));
await mkdir(tmp, { recursive: true });

for (const kind of ['exported', 'scanned'] as const) {
  const pdfs = ids.map((id) => (kind === 'exported' ? `${id}.pdf` : `${id}-scan.pdf`));
  const dumps = await loadPages(pdfs);
  const totals = new Map<string, TypeScore>();
  let pageCount = 0;
  let chars = 0;
  let elapsed = 0;
  const kindRows: string[] = [csvRows[0] ?? ''];
  for (const dump of dumps) {
    const gold = golds.get(basename(dump.file).slice(0, 3));
    if (gold === undefined) continue;
    const pages: PageInput[] = dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }));
    const result = extractDocument(pages);
    // Timed on warm code (regexes compiled, lexicons loaded): the cost per page of an import.
    const started = performance.now();
    for (let round = 0; round < TIMING_ROUNDS; round += 1) extractDocument(pages);
    elapsed += (performance.now() - started) / TIMING_ROUNDS;
    pageCount += pages.length;
    chars += pages.reduce((sum, page) => sum + page.text.length, 0);
    scoreDocument(gold, result.mentions.map((m: Mention) => ({ type: m.type, value: m.value, unit: m.unit, text: m.text })), TYPES, totals);
    for (const m of result.mentions) {
      const row = [basename(dump.file), String(m.page), m.type, m.text, m.value, m.unit ?? '', m.confidence.toFixed(2), 'pending', entityKey(m.type, m.value), m.context];
      const line = row.map(csvCell).join(',');
      csvRows.push(line);
      kindRows.push(line);
    }
    if (verbose) console.log(`${dump.file}: document date ${result.documentDate?.value ?? '-'} (gold ${gold.doc_date ?? '-'})`);
  }
  finish(totals);
  console.log(`\n## ${kind} PDFs (${pageCount} pages, warm extraction ${(elapsed / Math.max(1, pageCount)).toFixed(2)} ms/page, text ${Math.round(chars / Math.max(1, pageCount))} chars/page)`);
  console.log('type          P      R      F1     tp  fp  fn');
  for (const type of TYPES) {
    const t = totals.get(type);
    if (t === undefined) continue;
    console.log(`${type.padEnd(13)} ${t.p.toFixed(3)}  ${t.r.toFixed(3)}  ${t.f1.toFixed(3)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
    if (verbose) {
      for (const fp of t.fpKeys) console.log(`   FP ${fp}`);
      for (const fn of t.fnNorms) console.log(`   FN ${fn}`);
    }
  }
  const macro = TYPES.reduce((sum, type) => sum + (totals.get(type)?.f1 ?? 0), 0) / TYPES.length;
  console.log(`macro_f1=${Math.round(macro * 1000) / 1000}`);
  const kindCsv = join(tmp, `${kind}.csv`);
  await writeFile(kindCsv, `${kindRows.join('\n')}\n`);
  const scorer = [join(root, '../shared/corpus/score.py'), join(root, 'fixtures/corpus/score.py')].find((path) => existsSync(path));
  if (scorer !== undefined) {
    try {
      const output = execFileSync('python3', [scorer, corpus, kindCsv], { encoding: 'utf8' });
      console.log(`score.py (${kind}):\n${output.trimEnd()}`);
    } catch (error) {
      console.log(`score.py could not run: ${(error as Error).message.split('\n')[0] ?? ''}`);
    }
  }
}
const allCsv = join(tmp, 'mentions.csv');
await writeFile(allCsv, `${csvRows.join('\n')}\n`);
console.log(`\nmentions CSV: ${allCsv}`);
