/**
 * The programs the bench times, each run as a user would run it: Glaneur through its real CLI,
 * ocrmypdf and the tesseract CLI for scans, bare pdf.js and pdftotext for text layers.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { maxRss, run, runParallel, totalCpu, type Measured } from './measure.js';

export interface Timed {
  readonly wallS: number;
  readonly peakRssMiB: number | null;
  readonly cpuS: number | null;
  readonly pages: number;
}

/** OCR'd text per file name, page by page. */
export type PageTexts = Map<string, string[]>;

export interface GlaneurRun extends Timed {
  readonly measured: Measured;
  readonly failed: number;
}

/** `glaneur import DIR --db DB --jobs N` as a child process; pages counted from its summary lines. */
export async function runGlaneur(inputs: readonly string[], db: string, jobs: number): Promise<GlaneurRun> {
  const measured = await run(process.execPath, ['bin/glaneur.js', 'import', ...inputs, '--db', db, '--jobs', String(jobs)]);
  let pages = 0;
  let failed = 0;
  for (const line of measured.stdout.split('\n')) {
    const fields = line.split('\t');
    if (fields[0] === 'imported') pages += Number(/^(\d+) pages/u.exec(fields[2] ?? '')?.[1] ?? 0);
    if (fields[0] === 'failed') failed += 1;
  }
  if (measured.code !== 0 && measured.code !== 1) throw new Error(`glaneur import exited with ${measured.code}: ${measured.stderr.slice(-2000)}`);
  return { wallS: measured.wallS, peakRssMiB: measured.peakRssMiB, cpuS: measured.cpuS, pages, measured, failed };
}

/** One document a run reported imported: when its line was printed (ms since the run started) and its pages. */
export interface ImportedLine {
  readonly timeMs: number;
  readonly pages: number;
}

/** The run's `imported` lines in the order printed, each with its time and page count. */
export function importedLines(glaneur: GlaneurRun): ImportedLine[] {
  const imported: ImportedLine[] = [];
  glaneur.measured.stdout.split('\n').forEach((line, index) => {
    const timeMs = glaneur.measured.lineTimesMs[index]; // line i ended at the i-th newline time
    if (!line.startsWith('imported\t') || timeMs === undefined) return;
    imported.push({ timeMs, pages: Number(/\t(\d+) pages/u.exec(line)?.[1] ?? 0) });
  });
  return imported;
}

/** `glaneur --help`, `times` times; returns each wall time in seconds. */
export async function timeHelp(times: number): Promise<number[]> {
  const walls: number[] = [];
  for (let index = 0; index < times; index += 1) walls.push((await run(process.execPath, ['bin/glaneur.js', '--help'])).wallS);
  return walls;
}

/** `node -e 0`, `times` times: the floor any Node CLI's start-up stands on, on this machine now. */
export async function timeBareNode(times: number): Promise<number[]> {
  const walls: number[] = [];
  for (let index = 0; index < times; index += 1) walls.push((await run(process.execPath, ['-e', '0'])).wallS);
  return walls;
}

/** Page texts Glaneur stored, per imported file name. */
export function glaneurPageTexts(db: string): PageTexts {
  const connection = new Database(db, { readonly: true });
  try {
    const rows = connection
      .prepare('SELECT d.file_name AS file, p.number AS number, p.text AS text FROM pages p JOIN documents d ON d.id = p.document_id ORDER BY d.file_name, p.number')
      .all() as { file: string; number: number; text: string }[];
    const texts: PageTexts = new Map();
    for (const row of rows) {
      const pages = texts.get(row.file) ?? [];
      pages[row.number - 1] = row.text;
      texts.set(row.file, pages);
    }
    return texts;
  } finally {
    connection.close();
  }
}

/** `ocrmypdf -l fra --jobs N` on each file in turn (it takes one input), text from `--sidecar`. */
export async function runOcrmypdf(files: readonly string[], jobs: number, outDir: string): Promise<Timed & { texts: PageTexts }> {
  await mkdir(outDir, { recursive: true });
  const started = performance.now();
  const results: Measured[] = [];
  const texts: PageTexts = new Map();
  for (const file of files) {
    const out = join(outDir, basename(file));
    const result = await run('ocrmypdf', ['-q', '-l', 'fra', '--jobs', String(jobs), '--sidecar', `${out}.txt`, file, out]);
    if (result.code !== 0) throw new Error(`ocrmypdf failed on ${file}: ${result.stderr.slice(-1000)}`);
    results.push(result);
  }
  const wallS = (performance.now() - started) / 1000;
  let pages = 0;
  for (const file of files) {
    const sidecar = await readFile(`${join(outDir, basename(file))}.txt`, 'utf8');
    // Pages are separated by form feeds; drop the empty piece a final one leaves, if any.
    const pageTexts = sidecar.split('\f');
    if (pageTexts.length > 1 && pageTexts.at(-1)?.trim() === '') pageTexts.pop();
    pages += pageTexts.length;
    texts.set(basename(file), pageTexts);
  }
  return { wallS, peakRssMiB: maxRss(results), cpuS: totalCpu(results), pages, texts };
}

interface PageImage {
  readonly page: number;
  readonly path: string;
  readonly ppi: number;
}

/** Lists a PDF's images with `pdfimages -list` and extracts them as PNG. */
async function extractImages(file: string, outDir: string): Promise<PageImage[]> {
  const listing = await run('pdfimages', ['-list', file]);
  const prefix = join(outDir, basename(file, '.pdf'));
  const extracted = await run('pdfimages', ['-png', file, prefix]);
  if (listing.code !== 0 || extracted.code !== 0) throw new Error(`pdfimages failed on ${file}`);
  // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
  const rows = listing.stdout.split('\n').slice(2).map((line) => line.trim().split(/\s+/u)).filter((fields) => fields.length > 13 && fields[2] === 'image');
  return rows.map((fields) => ({
    page: Number(fields[0]),
    path: `${prefix}-${String(Number(fields[1])).padStart(3, '0')}.png`,
    ppi: Number(fields[12]),
  }));
}

/**
 * The tesseract CLI as one would script it: `pdfimages` pulls each page's scan out, then N
 * single-threaded `tesseract IMG OUT -l fra --psm 3 --dpi PPI` run side by side. Timed whole.
 */
export async function runTesseractCli(files: readonly string[], jobs: number, outDir: string): Promise<Timed & { texts: PageTexts }> {
  await mkdir(outDir, { recursive: true });
  const started = performance.now();
  const images = new Map<string, PageImage[]>();
  for (const file of files) images.set(file, await extractImages(file, outDir));
  const all = [...images.values()].flat();
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' }; // one core per process; N processes fill N cores
  const { results } = await runParallel('tesseract', all.map((image) => [image.path, image.path, '-l', 'fra', '--psm', '3', '--dpi', String(image.ppi)]), jobs, { env });
  const wallS = (performance.now() - started) / 1000;
  const cpuS = totalCpu(results); // tesseract only: pdfimages is a small share
  const texts: PageTexts = new Map();
  for (const [file, pageImages] of images) {
    const pageTexts: string[] = [];
    for (const image of pageImages) pageTexts[image.page - 1] = (pageTexts[image.page - 1] ?? '') + (await readFile(`${image.path}.txt`, 'utf8'));
    texts.set(basename(file), pageTexts);
  }
  return { wallS, peakRssMiB: maxRss(results), cpuS, pages: all.length, texts };
}

/** pdf.js getTextContent alone, in `jobs` plain node processes sharing the files round-robin. */
export async function runBarePdfjs(files: readonly string[], jobs: number): Promise<Timed> {
  const shares = Array.from({ length: jobs }, (_, lane) => files.filter((_, index) => index % jobs === lane));
  const { wallS, results } = await runParallel(process.execPath, shares.map((share) => ['test/bench/bare-pdfjs.mjs', ...share]), jobs);
  const pages = results.reduce((sum, result) => sum + Number(result.stdout.trim().split(' ')[0] ?? 0), 0);
  return { wallS, peakRssMiB: maxRss(results), cpuS: totalCpu(results), pages };
}

/** `pdftotext` once per file, `jobs` processes at a time. */
export async function runPdftotext(files: readonly string[], jobs: number, outDir: string, pages: number): Promise<Timed> {
  await mkdir(outDir, { recursive: true });
  const { wallS, results } = await runParallel('pdftotext', files.map((file) => ['-q', file, join(outDir, `${basename(file)}.txt`)]), jobs);
  return { wallS, peakRssMiB: maxRss(results), cpuS: totalCpu(results), pages };
}
