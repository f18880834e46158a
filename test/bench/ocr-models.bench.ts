/**
 * `npm run bench:ocr-models`: the two French models of `@tesseract.js-data/fra` (and Debian's
 * tessdata_fast model, `tesseract-ocr-fra`, when it is installed) side by side on
 * the dev scans (the page images the importer would hand to OCR), each through a fresh pool of N
 * workers: wall time for the pages, worker CPU seconds per page, and character error rate against
 * the exported PDFs' text layers (defined in cer-pages.ts), next to the `tesseract` CLI's rate on
 * the same images (`--psm 3`, standard Debian model) when it is installed. The models alternate,
 * `ROUNDS` times each, so that a change of load on the machine hits both.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePgm, type GrayImage } from '../../main/ingest/gray-image.js';
import { createOcrPool, type FrenchModel } from '../../main/ingest/ocr-pool.js';
import { pageImageForOcr } from '../../main/ingest/page-image.js';
import { openPdf } from '../../main/ingest/pdf-document.js';
import { CerTally, loadReferences } from './cer-pages.js';
import { DEV_DIR, DEV_IDS } from './corpus.js';
import { onPath, runParallel } from './measure.js';
import { percent, table } from './report.js';

const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
const ROUNDS = 2;

interface PageImage {
  readonly devId: string;
  readonly index: number;
  readonly image: GrayImage;
  readonly dpi: number;
}

async function pageImages(): Promise<PageImage[]> {
  const images: PageImage[] = [];
  for (const devId of DEV_IDS) {
    const path = join(DEV_DIR, `${devId}-scan.pdf`);
    const doc = await openPdf(new Uint8Array(await readFile(path)), path);
    try {
      for (let number = 1; number <= doc.numPages; number += 1) {
        const page = await doc.getPage(number);
        const { input } = await pageImageForOcr(doc, page);
        images.push({ devId, index: number - 1, image: input.image, dpi: input.dpi });
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
  }
  return images;
}

function cer(texts: readonly string[], images: readonly PageImage[], references: Map<string, string[]>): number | null {
  const tally = new CerTally();
  images.forEach((image, index) => tally.add(references.get(image.devId)?.[image.index], texts[index] ?? ''));
  return tally.rate();
}

/** Debian's French model (tessdata_fast: a smaller last LSTM layer than tessdata_best), where tesseract-ocr-fra puts it. */
const DEBIAN_FAST_MODEL = '/usr/share/tesseract-ocr/5/tessdata/fra.traineddata';

/** A model to compare: one of the npm package's, or a folder holding another `fra.traineddata.gz`. */
interface Contender {
  readonly label: string;
  readonly model?: FrenchModel;
  readonly langPath?: string;
}

/** Debian's model gzipped into a temporary folder, as tesseract.js reads it; null when not installed. */
async function debianFastModel(): Promise<Contender | null> {
  if (!existsSync(DEBIAN_FAST_MODEL)) return null;
  const dir = await mkdtemp(join(tmpdir(), 'glaneur-fast-model-'));
  await writeFile(join(dir, 'fra.traineddata.gz'), gzipSync(await readFile(DEBIAN_FAST_MODEL)));
  return { label: 'Debian fast', langPath: dir };
}

async function runModel(contender: Contender, images: readonly PageImage[]): Promise<{ startS: number; wallS: number; workerS: number; cpuS: number; texts: string[] }> {
  const started = performance.now();
  const pool = await createOcrPool({ size: jobs, model: contender.model, langPath: contender.langPath });
  const ready = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    const results = await Promise.all(images.map((image) => pool.run({ image: encodePgm(image.image), dpi: image.dpi })));
    return {
      startS: (ready - started) / 1000,
      wallS: (performance.now() - ready) / 1000,
      workerS: results.reduce((sum, result) => sum + result.seconds, 0),
      // The workers are threads of this process: its CPU time counts theirs, and load on the machine does not inflate it.
      cpuS: ((cpu) => (cpu.user + cpu.system) / 1e6)(process.cpuUsage(cpuBefore)),
      texts: results.map((result) => result.text),
    };
  } finally {
    await pool.terminate();
  }
}

async function tesseractCli(images: readonly PageImage[]): Promise<{ wallS: number; texts: string[] } | null> {
  if (!(await onPath('tesseract'))) return null;
  const dir = await mkdtemp(join(tmpdir(), 'glaneur-ocr-models-'));
  try {
    const paths = await Promise.all(images.map(async (image, index) => {
      const path = join(dir, `${index}.pgm`);
      await writeFile(path, encodePgm(image.image));
      return path;
    }));
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const { wallS } = await runParallel('tesseract', paths.map((path, index) => [path, path, '-l', 'fra', '--psm', '3', '--dpi', String(images[index]?.dpi ?? 300)]), jobs, { env });
    return { wallS, texts: await Promise.all(paths.map((path) => readFile(`${path}.txt`, 'utf8'))) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const images = await pageImages();
  const references = await loadReferences(DEV_IDS);
  process.stdout.write(`OCR models on ${images.length} dev scan pages, pools of ${jobs} workers, ${ROUNDS} rounds each (alternating)\n`);
  const fast = await debianFastModel();
  const contenders: Contender[] = [{ label: 'standard', model: 'standard' }, { label: 'best_int', model: 'best_int' }, ...(fast === null ? [] : [fast])];
  if (fast === null) process.stdout.write(`Debian's fast model: skipped (${DEBIAN_FAST_MODEL} not installed)\n`);
  const runs = new Map<string, { startS: number[]; wallS: number[]; workerS: number[]; cpuS: number[]; cer: number | null }>();
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const contender of contenders) {
        const result = await runModel(contender, images);
        const entry = runs.get(contender.label) ?? { startS: [], wallS: [], workerS: [], cpuS: [], cer: null };
        entry.startS.push(result.startS);
        entry.wallS.push(result.wallS);
        entry.workerS.push(result.workerS);
        entry.cpuS.push(result.cpuS);
        entry.cer = cer(result.texts, images, references);
        runs.set(contender.label, entry);
      }
    }
  } finally {
    if (fast?.langPath !== undefined) await rm(fast.langPath, { recursive: true, force: true });
  }
  const rows = [['model', 'pool start (s)', 'wall for the pages (s)', 'worker s/page', 'CPU s/page', 'CER']];
  const list = (values: readonly number[]): string => values.map((value) => value.toFixed(2)).join(', ');
  const perPage = (values: readonly number[]): string => list(values.map((value) => value / images.length));
  for (const [label, entry] of runs) {
    rows.push([`tesseract.js ${label}`, list(entry.startS), list(entry.wallS), perPage(entry.workerS), perPage(entry.cpuS), percent(entry.cer)]);
  }
  const cli = await tesseractCli(images);
  rows.push(cli === null ? ['tesseract CLI: skipped (not installed)'] : [`tesseract CLI, ${jobs} at a time`, '-', cli.wallS.toFixed(2), '-', '-', percent(cer(cli.texts, images, references))]);
  process.stdout.write(`${table(rows)}\n`);
}

await main();
