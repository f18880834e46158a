/**
 * `npm run bench`: Glaneur's import speed and memory against the tools a user would otherwise
 * script together, in one run, on a corpus made of the dev fixtures (see corpus.ts):
 *   - scanned pages: Glaneur vs `ocrmypdf -l fra --jobs N` vs `pdfimages` + N `tesseract` CLIs,
 *     with each one's character error rate (defined in cer-pages.ts);
 *   - text-layer pages: Glaneur vs bare pdf.js getTextContent in N plain processes vs `pdftotext`;
 *   - peak RSS on 100+ scanned pages, time per page for 10, 50 and 100 documents, `--help` start-up.
 * Glaneur runs through its built CLI (`npm run build` first) as a child process. N = the number
 * of cores (or BENCH_JOBS). A missing native tool skips its comparison, saying so.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CerTally, loadReferences } from './cer-pages.js';
import { glaneurPageTexts, importedLines, runBarePdfjs, runGlaneur, runOcrmypdf, runPdftotext, runTesseractCli, timeBareNode, timeHelp, type GlaneurRun, type PageTexts, type Timed } from './contenders.js';
import { DEV_IDS, makeCopies, type BenchFile } from './corpus.js';
import { hasGnuTime, onPath, run } from './measure.js';
import { mib, percent, rate, seconds, table, verdict } from './report.js';
import { WARM_DOCUMENTS_PER_THREAD, warmThreadScaling } from './warm-scaling.js';

const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
const TEXT_COPIES = 54; // 18 × (5 + 7 + 5) = 306 text-layer pages
const SCAN_COPIES = 6; // 34 scanned pages for the three-way OCR comparison
const SCAN_COPIES_MEMORY = 18; // 102 scanned pages for the peak-RSS target
const SCALING_DOCS = [10, 50, 100] as const;
const SINGLE_ROUNDS = 2; // one scanned newsletter alone, glaneur and ocrmypdf in turn
const SINGLE_PAGES = 5;
/** Sections, all by default; `BENCH_ONLY=text,scaling npm run bench` runs some (startup, text, scaling, scanned, single, memory). */
const SECTIONS = ['startup', 'text', 'scaling', 'scanned', 'single', 'memory'] as const;
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknownSection = only?.find((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknownSection !== undefined) throw new Error(`BENCH_ONLY: unknown section ${unknownSection} (known: ${SECTIONS.join(', ')})`);
const wanted = (section: (typeof SECTIONS)[number]): boolean => only === undefined || only.includes(section);

const started = performance.now();
const cpu = (value: number | null): string => (value === null ? 'n/a' : seconds(value));
const cpuPerPage = (timed: Timed, scale: number, digits: number): string => (timed.cpuS === null ? 'n/a' : ((timed.cpuS * scale) / timed.pages).toFixed(digits));
const log = (text = ''): void => void process.stdout.write(`${text}\n`);

function cerOf(texts: PageTexts, files: readonly BenchFile[], references: Map<string, string[]>): number | null {
  const tally = new CerTally();
  for (const file of files) {
    const pages = texts.get(basename(file.path)) ?? [];
    const reference = references.get(file.devId) ?? [];
    reference.forEach((page, index) => tally.add(page, pages[index] ?? ''));
  }
  return tally.rate();
}

/**
 * Marginal seconds per page: the least-squares slope of completion time against cumulative pages,
 * one point per imported document. The intercept absorbs the fixed start-up (process, pdf.js,
 * models), which otherwise dominates small runs; documents read side by side blur single points,
 * not the slope.
 */
function marginalSecondsPerPage(glaneur: GlaneurRun): number | null {
  const points: { pages: number; seconds: number }[] = [];
  let pages = 0;
  for (const line of importedLines(glaneur)) {
    pages += line.pages;
    points.push({ pages, seconds: line.timeMs / 1000 });
  }
  if (points.length < 3) return null;
  const meanPages = points.reduce((sum, point) => sum + point.pages, 0) / points.length;
  const meanSeconds = points.reduce((sum, point) => sum + point.seconds, 0) / points.length;
  const covariance = points.reduce((sum, point) => sum + (point.pages - meanPages) * (point.seconds - meanSeconds), 0);
  const variance = points.reduce((sum, point) => sum + (point.pages - meanPages) ** 2, 0);
  return variance === 0 ? null : covariance / variance;
}

async function toolVersion(command: string, args: readonly string[]): Promise<string> {
  const result = await run(command, args);
  return `${result.stdout}${result.stderr}`.split('\n').find((line) => line.trim() !== '')?.trim() ?? '?';
}

/** What every section of the bench shares: its scratch folder, the native tools found, and the verdict lines. */
interface BenchContext {
  readonly work: string;
  readonly tools: Record<'ocrmypdf' | 'tesseract' | 'pdfimages' | 'pdftotext', boolean>;
  readonly targets: string[];
}

async function startUpSection({ targets }: BenchContext): Promise<void> {
  const helps = (await timeHelp(5)).sort((a, b) => a - b);
  const helpMedian = helps[2] ?? Number.NaN;
  log(`\n## Start-up: glaneur --help, median of 5: ${seconds(helpMedian)} (${helps.map((value) => value.toFixed(2)).join(', ')})`);
  const bareNode = (await timeBareNode(5)).sort((a, b) => a - b)[2] ?? Number.NaN;
  log(`(bare \`node -e 0\` on this machine now, median of 5: ${seconds(bareNode)})`);
  targets.push(verdict('`glaneur --help` ≤ 0.3 s', seconds(helpMedian), helpMedian <= 0.3));
}

/** Glaneur and bare pdf.js take turns this many times on the text-layer corpus (other load drifts; pairs compare alike). */
const TEXT_ROUNDS = Number(process.env.BENCH_TEXT_ROUNDS ?? 2);

async function textLayerSection({ work, tools, targets }: BenchContext): Promise<void> {
  const textFiles = await makeCopies(join(work, 'text'), TEXT_COPIES, '', 't');
  await runGlaneur([textFiles[0]?.path ?? ''], join(work, 'warmup.sqlite'), jobs); // warms the page cache
  const rounds: { glaneur: Timed & { load: string }; bare: Timed & { load: string } }[] = [];
  for (let round = 0; round < TEXT_ROUNDS; round += 1) {
    const glaneur = { ...(await runGlaneur([join(work, 'text')], join(work, `text-${round}.sqlite`), jobs)), load: load1() };
    const bare = { ...(await runBarePdfjs(textFiles.map((file) => file.path), jobs)), load: load1() };
    rounds.push({ glaneur, bare });
  }
  const pdftotextRun = tools.pdftotext ? await runPdftotext(textFiles.map((file) => file.path), jobs, join(work, 'pdftotext'), rounds[0]?.bare.pages ?? 0) : null;
  const pdftotext = pdftotextRun === null ? null : { ...pdftotextRun, load: load1() };
  log(`\n## Text-layer pages: ${TEXT_COPIES} exported PDFs, ${rounds[0]?.bare.pages ?? 0} pages, N = ${jobs}; glaneur and bare pdf.js in turn, ${TEXT_ROUNDS} rounds`);
  const textRows = [['contender', 'pages', 'wall', 'pages/s', 'vs bare pdf.js (same round)', 'CPU', 'CPU ms/page', 'peak RSS', 'load (1 min)']];
  const textRow = (name: string, timed: Timed & { load: string }, bareWallS: number): string[] => [
    name, String(timed.pages), seconds(timed.wallS), rate(timed.pages / timed.wallS), `${(bareWallS / timed.wallS).toFixed(2)} ×`, cpu(timed.cpuS), cpuPerPage(timed, 1000, 1), mib(timed.peakRssMiB), timed.load,
  ];
  rounds.forEach(({ glaneur, bare }, index) => {
    textRows.push(textRow(`${index + 1}. glaneur import --jobs ${jobs} (parse + extract + store)`, glaneur, bare.wallS));
    textRows.push(textRow(`${index + 1}. bare pdf.js getTextContent, ${jobs} processes`, bare, bare.wallS));
  });
  if (pdftotext !== null) textRows.push(textRow(`pdftotext, ${jobs} at a time`, pdftotext, rounds.at(-1)?.bare.wallS ?? Number.NaN));
  else textRows.push(['pdftotext: skipped (poppler-utils not installed)']);
  log(table(textRows));
  // Pages/s ratio over all rounds (sums of walls, the same pages each time).
  const sum = (pick: (round: (typeof rounds)[number]) => number): number => rounds.reduce((total, round) => total + pick(round), 0);
  const textRatio = sum((round) => round.glaneur.pages / round.glaneur.wallS * round.bare.wallS) / sum((round) => round.bare.pages);
  const cpuRatio = rounds.every((round) => round.glaneur.cpuS !== null && round.bare.cpuS !== null) ? sum((round) => round.glaneur.cpuS ?? 0) / sum((round) => round.bare.cpuS ?? 0) : null;
  log(`glaneur / bare pdf.js: pages/s ${textRatio.toFixed(2)} × (mean over rounds); CPU ${cpuRatio === null ? 'n/a' : `${cpuRatio.toFixed(2)} ×`}`);
  targets.push(verdict('text-layer import ≥ 0.8 × bare pdf.js pages/s', `${textRatio.toFixed(2)} ×`, textRatio >= 0.8));
}

/**
 * A one-page PDF with one line of text in a standard font: what a run that imports (almost)
 * nothing costs. The line has over 40 letters, so the page counts as a text layer (not OCR'd).
 */
const TINY_CONTENT = 'BT /F1 8 Tf 10 20 Td (Lettre du pole territorial, le 3 mars 2024: vingt structures reunies) Tj ET';
const TINY_PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 50]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj',
  '4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
  `5 0 obj<</Length ${TINY_CONTENT.length}>>stream\n${TINY_CONTENT}\nendstream endobj`,
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');
const STARTUP_RUNS = 3;
/** Rounds of the warm-thread scaling runs (medians per size): the 10-document size's 56 pages need more than the start-up's three. */
const SCALING_ROUNDS = 5;
const load1 = (): string => (loadavg()[0] ?? 0).toFixed(1);

/** The median run of a few (wall and CPU), and its pages. */
interface MedianRun {
  readonly wallS: number;
  readonly cpuS: number | null;
  readonly pages: number;
}

function medianRun(runs: readonly GlaneurRun[]): MedianRun {
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const cpus = runs.map((run) => run.cpuS).filter((value): value is number => value !== null);
  return { wallS: median(runs.map((run) => run.wallS)), cpuS: cpus.length === runs.length ? median(cpus) : null, pages: runs[0]?.pages ?? 0 };
}

/**
 * Start-up, as issue 10 first defined it: `glaneur import` of N tiny one-page PDFs (one per
 * document thread, so that every thread starts, as in a real run) into a fresh corpus, median of
 * a few runs (wall and CPU): process start, opening the corpus, the N document threads with pdf.js
 * and the extractors loaded and warmed, the exit.
 */
async function startUpRun(work: string): Promise<MedianRun> {
  const runs: GlaneurRun[] = [];
  for (let index = 0; index < STARTUP_RUNS; index += 1) {
    const tiny = join(work, `tiny-${index}`);
    await mkdir(tiny, { recursive: true });
    for (let file = 0; file < jobs; file += 1) await writeFile(join(tiny, `tiny-${file}.pdf`), `${TINY_PDF}\n% tiny ${file}\n`); // distinct bytes: not duplicates
    const run = await runGlaneur([tiny], join(work, `tiny-${index}.sqlite`), jobs);
    const textPages = run.measured.stdout.split('\n').filter((line) => /\t1 pages \(1 text, 0 OCR\)/u.test(line)).length;
    if (textPages !== jobs) throw new Error(`the start-up documents were not imported as ${jobs} text pages: ${run.measured.stdout}${run.measured.stderr}`);
    runs.push(run);
  }
  return medianRun(runs);
}

/**
 * Start-up on real documents: the import of the first N documents of the same set (one per
 * document thread) into a fresh corpus, median of a few runs. A thread's first real document
 * costs several times what the next ones do (measured on the dev fixtures: 60-90 ms of pdf.js and
 * 30-45 ms of extraction per page, against 8-12 and 3-8 warm): V8 compiles pdf.js's font parsers
 * and the extractors' hot paths on real text, which a one-line PDF in a standard font never
 * reaches. That is a fixed cost of each thread, not of the pages; the tiny start-up leaves it on
 * the pages of a small run, where it shows ten times as much as in a run ten times the size.
 */
async function warmStartUpRun(work: string, files: readonly BenchFile[]): Promise<MedianRun> {
  const runs: GlaneurRun[] = [];
  for (let index = 0; index < STARTUP_RUNS; index += 1) runs.push(await runGlaneur(files.slice(0, jobs).map((file) => file.path), join(work, `first-${index}.sqlite`), jobs));
  return medianRun(runs);
}

async function scalingSection({ work, targets }: BenchContext): Promise<void> {
  const scaleFiles = await makeCopies(join(work, 'scale'), WARM_DOCUMENTS_PER_THREAD * jobs + Math.max(...SCALING_DOCS), '', 'n');
  const startUp = await startUpRun(work);
  const firstDocuments = await warmStartUpRun(work, scaleFiles);
  log(`\n## Time per page vs corpus size (exported PDFs, glaneur import --jobs ${jobs})`);
  log(`start-up, tiny (${jobs} tiny one-page PDFs, one per document thread, into a fresh corpus, median of ${STARTUP_RUNS}): wall ${seconds(startUp.wallS)}, CPU ${cpu(startUp.cpuS)} (load ${load1()})`);
  log(`start-up, first documents (the first ${jobs} documents of the set, ${firstDocuments.pages} pages, one per thread, median of ${STARTUP_RUNS}): wall ${seconds(firstDocuments.wallS)}, CPU ${cpu(firstDocuments.cpuS)}`);
  log('marginal = (run − start-up run) / (its pages − the start-up run\'s pages), wall and CPU, after either start-up; the slope of completion times (one point per document) is shown too');
  const scaleRows = [['documents', 'pages', 'wall', 'marginal wall ms/page', '(after tiny start-up)', 'slope ms/page', 'CPU', 'marginal CPU ms/page', '(after tiny start-up)', 'peak RSS', 'load (1 min)']];
  const marginal = { wall: [] as number[], cpu: [] as number[], tinyWall: [] as number[], tinyCpu: [] as number[] };
  const perPage = (run: number | null, base: number | null, pages: number): number | null => (run === null || base === null ? null : (run - base) / pages);
  const ms = (value: number | null): string => (value === null ? 'n/a' : (value * 1000).toFixed(1));
  const runs: GlaneurRun[] = [];
  for (const count of SCALING_DOCS) {
    const result = await runGlaneur(scaleFiles.slice(0, count).map((file) => file.path), join(work, `scale-${count}.sqlite`), jobs);
    runs.push(result);
    const slope = marginalSecondsPerPage(result);
    const row = {
      wall: perPage(result.wallS, firstDocuments.wallS, result.pages - firstDocuments.pages),
      cpu: perPage(result.cpuS, firstDocuments.cpuS, result.pages - firstDocuments.pages),
      tinyWall: perPage(result.wallS, startUp.wallS, result.pages),
      tinyCpu: perPage(result.cpuS, startUp.cpuS, result.pages),
    };
    for (const key of ['wall', 'cpu', 'tinyWall', 'tinyCpu'] as const) {
      const value = row[key];
      if (value !== null) marginal[key].push(value);
    }
    scaleRows.push([
      String(count), String(result.pages), seconds(result.wallS), ms(row.wall), ms(row.tinyWall), slope === null ? 'n/a' : (slope * 1000).toFixed(1),
      cpu(result.cpuS), ms(row.cpu), ms(row.tinyCpu), mib(result.peakRssMiB), load1(),
    ]);
  }
  log(table(scaleRows));
  // Needs no start-up at all: what the pages a larger run adds cost. A per-page cost that grew with
  // the corpus would show here; so does one that falls while V8 is still optimising.
  const steps = runs.slice(1).map((run, index) => {
    const before = runs[index];
    const pages = run.pages - (before?.pages ?? 0);
    const cpuStep = run.cpuS === null || before?.cpuS == null ? 'n/a' : (((run.cpuS - before.cpuS) / pages) * 1000).toFixed(1);
    return `${SCALING_DOCS[index]} → ${SCALING_DOCS[index + 1]} documents: wall ${(((run.wallS - (before?.wallS ?? 0)) / pages) * 1000).toFixed(1)} ms/page, CPU ${cpuStep} ms/page`;
  });
  log(`time per page the larger runs add (no start-up involved): ${steps.join('; ')}`);
  const spreadOf = (values: number[]): number | null => (values.length === SCALING_DOCS.length && Math.min(...values) > 0 ? Math.max(...values) / Math.min(...values) - 1 : null);
  const percentOf = (spread: number | null): string => (spread === null ? 'n/a' : `${(spread * 100).toFixed(1)} %`);
  const warm = await warmThreadScaling(work, scaleFiles, { jobs, sizes: SCALING_DOCS, startUpRuns: SCALING_ROUNDS, tiny: startUp, log });
  const wallSpread = warm.inRunSpread;
  log(
    `spread of the time per page from ${SCALING_DOCS[0]} to ${SCALING_DOCS.at(-1)} documents: with warm threads, inside each run (the target's measure): wall ${percentOf(wallSpread)}; ` +
      `with warm threads, marginal between runs: wall ${percentOf(warm.wallSpread)}, CPU ${percentOf(warm.cpuSpread)}; ` +
      `earlier measures, which leave the threads' warm-up on the small run's pages: after the first ${jobs} documents wall ${percentOf(spreadOf(marginal.wall))}, CPU ${percentOf(spreadOf(marginal.cpu))}; ` +
      `after the tiny start-up wall ${percentOf(spreadOf(marginal.tinyWall))}, CPU ${percentOf(spreadOf(marginal.tinyCpu))}`,
  );
  targets.push(
    verdict(
      `time per page from 10 to 100 documents within 10 % (wall per page inside each run after the first ${WARM_DOCUMENTS_PER_THREAD} documents per thread, medians of ${SCALING_ROUNDS} rounds; the warm-up's own cost is printed in its section)`,
      wallSpread === null
        ? 'n/a'
        : `spread ${percentOf(wallSpread)}: ${warm.inRun.map((row) => (row.wallMs ?? Number.NaN).toFixed(1)).join(' / ')} ms/page; marginal between runs ${percentOf(warm.wallSpread)} (${warm.marginal.map((row) => row.wallMs.toFixed(1)).join(' / ')} ms/page, CPU ${percentOf(warm.cpuSpread)}); after the first ${jobs} documents only: ${percentOf(spreadOf(marginal.wall))}`,
      wallSpread === null ? null : wallSpread <= 0.1,
    ),
  );
}

/** Scanned pages, three ways; returns Glaneur's run (the memory section compares with it). */
async function scannedSection({ work, tools, targets }: BenchContext): Promise<{ glaneurScan: GlaneurRun }> {
  const scanFiles = await makeCopies(join(work, 'scan'), SCAN_COPIES, '-scan', 's');
  const references = await loadReferences(DEV_IDS);
  const glaneurScan = await runGlaneur([join(work, 'scan')], join(work, 'scan.sqlite'), jobs);
  const glaneurCer = cerOf(glaneurPageTexts(join(work, 'scan.sqlite')), scanFiles, references);
  const scanPaths = scanFiles.map((file) => file.path);
  const ocrmypdf = tools.ocrmypdf ? await runOcrmypdf(scanPaths, jobs, join(work, 'ocrmypdf')) : null;
  const tesseract = tools.tesseract && tools.pdfimages ? await runTesseractCli(scanPaths, jobs, join(work, 'tesseract')) : null;
  log(`\n## Scanned pages: ${SCAN_COPIES} scanned PDFs, ${glaneurScan.pages} pages (one 200 dpi image each), N = ${jobs}`);
  log('CER = Σ Levenshtein distance / Σ reference length over pages, against the text layer of the matching exported PDF,');
  log('after collapsing whitespace runs to one space and unifying typographic quotes; aligned, so reading order counts.');
  const scanRows = [['contender', 'pages', 'wall', 'pages/s', 's/page', 'CPU', 'CPU s/page', 'CER', 'peak RSS']];
  const scanRow = (name: string, timed: Timed, cer: number | null): string[] => [
    name, String(timed.pages), seconds(timed.wallS), rate(timed.pages / timed.wallS), (timed.wallS / timed.pages).toFixed(2), cpu(timed.cpuS), cpuPerPage(timed, 1, 2), percent(cer), mib(timed.peakRssMiB),
  ];
  scanRows.push(scanRow(`glaneur import --jobs ${jobs} (OCR + extract + store)`, glaneurScan, glaneurCer));
  const ocrmypdfCer = ocrmypdf === null ? null : cerOf(ocrmypdf.texts, scanFiles, references);
  const tesseractCer = tesseract === null ? null : cerOf(tesseract.texts, scanFiles, references);
  scanRows.push(ocrmypdf === null ? ['ocrmypdf: skipped (not installed)'] : scanRow(`ocrmypdf -l fra --jobs ${jobs}, file by file`, ocrmypdf, ocrmypdfCer));
  scanRows.push(tesseract === null ? ['tesseract CLI: skipped (tesseract-ocr or poppler-utils not installed)'] : scanRow(`pdfimages + tesseract -l fra --psm 3, ${jobs} at a time`, tesseract, tesseractCer));
  log(table(scanRows));
  targets.push(
    verdict(
      'scanned import wall ≤ 0.9 × ocrmypdf --jobs N',
      ocrmypdf === null ? 'ocrmypdf missing' : `${(glaneurScan.wallS / ocrmypdf.wallS).toFixed(2)} × (${seconds(glaneurScan.wallS)} vs ${seconds(ocrmypdf.wallS)})`,
      ocrmypdf === null ? null : glaneurScan.wallS <= 0.9 * ocrmypdf.wallS,
    ),
  );
  targets.push(
    verdict(
      'scanned CER no worse than native tesseract',
      `${percent(glaneurCer)} vs ${percent(tesseractCer)}`,
      glaneurCer === null || tesseractCer === null ? null : glaneurCer <= tesseractCer,
    ),
  );
  return { glaneurScan };
}

async function singleNewsletterSection({ work, tools, targets }: BenchContext): Promise<void> {
  // One scanned newsletter alone, as a person imports it (issue 13): glaneur and ocrmypdf
  // alternate, twice each, each on a fresh copy and a fresh corpus.
  if (tools.ocrmypdf) {
    const singles: { glaneur: number; ocrmypdf: number; glaneurCpu: number | null; ocrmypdfCpu: number | null; load: number }[] = [];
    for (let round = 0; round < SINGLE_ROUNDS; round += 1) {
      const [single] = await makeCopies(join(work, `single-${round}`), 1, '-scan', `one${round}`);
      if (single === undefined) break;
      const load = loadavg()[0] ?? Number.NaN;
      const glaneurOne = await runGlaneur([single.path], join(work, `single-${round}.sqlite`), jobs);
      const ocrmypdfOne = await runOcrmypdf([single.path], jobs, join(work, `single-${round}-ocrmypdf`));
      singles.push({ glaneur: glaneurOne.wallS, ocrmypdf: ocrmypdfOne.wallS, glaneurCpu: glaneurOne.cpuS, ocrmypdfCpu: ocrmypdfOne.cpuS, load });
    }
    log(`\n## One ${SINGLE_PAGES}-page scanned newsletter imported alone (fresh corpus each time), N = ${jobs}`);
    // Both use every core they get: on a machine shared with other work their CPU seconds (user +
    // system) compare them better than wall time, which follows the other load.
    const singleRows = [['round', 'load avg (1 min)', 'glaneur import', `ocrmypdf -l fra --jobs ${jobs}`, 'ratio', 'glaneur CPU', 'ocrmypdf CPU', 'CPU ratio']];
    const cpuRatio = (a: number | null, b: number | null): string => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)} ×`);
    singles.forEach((single, index) => singleRows.push([
      String(index + 1), single.load.toFixed(2), seconds(single.glaneur), seconds(single.ocrmypdf), `${(single.glaneur / single.ocrmypdf).toFixed(2)} ×`, cpu(single.glaneurCpu), cpu(single.ocrmypdfCpu), cpuRatio(single.glaneurCpu, single.ocrmypdfCpu),
    ]));
    log(table(singleRows));
    const ratio = singles.reduce((sum, single) => sum + single.glaneur, 0) / singles.reduce((sum, single) => sum + single.ocrmypdf, 0);
    targets.push(verdict('one scanned newsletter alone ≤ 0.9 × ocrmypdf --jobs N (sum over rounds)', `${ratio.toFixed(2)} ×`, ratio <= 0.9));
  }
}

async function memorySection({ work, targets }: BenchContext, glaneurScan: GlaneurRun | null): Promise<void> {
  await makeCopies(join(work, 'scan100'), SCAN_COPIES_MEMORY, '-scan', 'm');
  const memory = await runGlaneur([join(work, 'scan100')], join(work, 'scan100.sqlite'), jobs);
  const memorySteady = marginalSecondsPerPage(memory);
  log(`\n## Memory: glaneur import --jobs ${jobs} of ${SCAN_COPIES_MEMORY} scanned PDFs, ${memory.pages} pages`);
  log(`wall ${seconds(memory.wallS)}, ${(memory.wallS / memory.pages).toFixed(2)} s/page (${memorySteady === null ? 'n/a' : memorySteady.toFixed(2)} marginal; ${glaneurScan === null ? 'the 34-page run skipped' : `${(glaneurScan.wallS / glaneurScan.pages).toFixed(2)} s/page at ${glaneurScan.pages} pages`}), CPU ${cpuPerPage(memory, 1, 2)} s/page, peak RSS ${mib(memory.peakRssMiB)}`);
  targets.push(verdict(`peak RSS ≤ 600 MB importing ${memory.pages} scanned pages with ${jobs} workers`, memory.peakRssMiB === null ? 'n/a' : `${Math.round(memory.peakRssMiB * 1.048576)} MB`, memory.peakRssMiB === null ? null : memory.peakRssMiB * 1.048576 <= 600));
}

async function main(): Promise<void> {
  if (!existsSync('dist/main/cli/main.js')) throw new Error('Glaneur is not built: run `npm run build` first');
  const tools = { ocrmypdf: await onPath('ocrmypdf'), tesseract: await onPath('tesseract'), pdfimages: await onPath('pdfimages'), pdftotext: await onPath('pdftotext') };
  const work = await mkdtemp(join(tmpdir(), 'glaneur-bench-'));
  const targets: string[] = [];
  try {
    log(`Glaneur import bench — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), N = ${jobs}, Node ${process.version}`);
    log(`load average at start: ${loadavg().map((value) => value.toFixed(2)).join(' ')} (other processes on the machine skew every number below)`);
    log(`native tools (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-fra, ocrmypdf, time): ${Object.entries(tools).map(([name, found]) => `${name} ${found ? 'yes' : 'MISSING'}`).join(', ')}`);
    if (tools.tesseract) log(`  ${await toolVersion('tesseract', ['--version'])}; ocrmypdf ${tools.ocrmypdf ? await toolVersion('ocrmypdf', ['--version']) : '-'}`);
    log(`peak RSS: ${hasGnuTime ? 'GNU time %M (largest single process of the run)' : 'polled VmHWM of the child (no /usr/bin/time)'}; CPU = user + system seconds (GNU time), which other load on the machine barely changes`);

    const context: BenchContext = { work, tools, targets };
    if (wanted('startup')) await startUpSection(context);
    if (wanted('text')) await textLayerSection(context);
    if (wanted('scaling')) await scalingSection(context);
    const scanned = wanted('scanned') ? await scannedSection(context) : null;
    if (wanted('single')) await singleNewsletterSection(context);
    if (wanted('memory')) await memorySection(context, scanned?.glaneurScan ?? null);
    log(`\n## Targets (issues 10 and 13)`);
    for (const line of targets) log(line);
    log(`\nload average at end: ${loadavg().map((value) => value.toFixed(2)).join(' ')}; bench wall ${seconds((performance.now() - started) / 1000)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
