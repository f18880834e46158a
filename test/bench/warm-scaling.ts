/**
 * Time per page for 10, 50 and 100 documents with the start-up excluded in full, the document
 * threads' warm-up included in it (issue 13's flatness target).
 *
 * A document thread does not reach its steady speed on its first document: V8 keeps compiling and
 * optimising pdf.js and the extractors on the real documents' own feedback for about its first
 * fifteen documents of the bench set (measured in one thread, CPU per page over blocks of five
 * documents: 64, 28, 20, then 15-19 ms). That is a fixed cost of each thread, the same for 10 or
 * 100 documents; a start-up run of one document per thread leaves most of it on the pages of
 * the 10-document run (the spread of 97 % first reported), which then measures the warm-up
 * rather than the time per page.
 *
 * So the start-up run here is the first WARM_DOCUMENTS_PER_THREAD × N documents of the set, and
 * each measured run imports those same documents followed by 10, 50 or 100 more into a fresh
 * corpus (a few rounds of the four runs in turn; medians): marginal = (run − start-up run) /
 * (its pages − the start-up run's pages). The warm-up is not hidden: its cost, what any import pays once per thread, is
 * printed beside (the start-up run beyond the tiny start-up, less its pages at the marginal rate).
 *
 * The same runs also give a measure taken inside each run: the time from the warm-up documents'
 * last "imported" line to the last one reported while every thread was still busy, over the pages
 * imported in between. It leaves out
 * what a difference of two runs carries twice (process start and exit, the corpus's creation and
 * final checkpoint, the machine's drift between runs), which on the 10-document size (about 56
 * pages, 0.4 s of a 5 s run) is as large as the quantity measured. Its own noise is about one
 * document's time at each end of the span. Both measures are printed; the in-run one is the
 * target's.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { importedLines, runGlaneur, type GlaneurRun } from './contenders.js';
import type { BenchFile } from './corpus.js';
import { seconds, table } from './report.js';

/** Documents each thread reads before it runs at its steady speed (bench set, measured). */
export const WARM_DOCUMENTS_PER_THREAD = 15;

/** A run's wall and CPU seconds and pages (a median run for the start-up). */
export interface RunFigures {
  readonly wallS: number;
  readonly cpuS: number | null;
  readonly pages: number;
}

export interface WarmScaling {
  /** Marginal ms per page at each size, wall and CPU (null where CPU was not measured). */
  readonly marginal: readonly { readonly documents: number; readonly wallMs: number; readonly cpuMs: number | null }[];
  /** Spread (max / min − 1) of the marginal wall and CPU times. */
  readonly wallSpread: number | null;
  readonly cpuSpread: number | null;
  /** Wall ms per page inside each run, after the warm-up documents (median of the rounds), per size. */
  readonly inRun: readonly { readonly documents: number; readonly wallMs: number | null }[];
  /** Spread of the in-run times (null when a size has none). */
  readonly inRunSpread: number | null;
}

/**
 * Wall milliseconds per page of the documents a run imported after its first `after` ones, timed
 * inside the run while every one of its `threads` document threads was busy: from the `after`-th
 * "imported" line to the `threads`-th line from the end, over the pages of the documents reported
 * in between. Once fewer documents remain than there are threads, a thread sits idle until the
 * run ends; that idle tail is a fixed cost of each run (one document's time at most), not a cost
 * per page, and on a 10-document run it weighs several times more per page than on a
 * 100-document one. Null when no document was reported inside that span.
 */
export function inRunWallMsPerPage(run: GlaneurRun, after: number, threads: number): number | null {
  const imported = importedLines(run);
  const last = imported.length - threads;
  const start = imported[after - 1];
  const end = imported[last];
  const pages = imported.slice(after, last + 1).reduce((sum, document) => sum + document.pages, 0);
  return start === undefined || end === undefined || last < after || pages === 0 ? null : (end.timeMs - start.timeMs) / pages;
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function medianOf(runs: readonly GlaneurRun[]): RunFigures {
  const cpus = runs.map((run) => run.cpuS).filter((value): value is number => value !== null);
  return { wallS: median(runs.map((run) => run.wallS)), cpuS: cpus.length === runs.length ? median(cpus) : null, pages: runs[0]?.pages ?? 0 };
}

const spread = (values: readonly number[]): number | null => (values.length < 2 || Math.min(...values) <= 0 ? null : Math.max(...values) / Math.min(...values) - 1);

/**
 * Runs the warm-thread scaling measure over `files` (at least the warm-up documents plus the
 * largest size) and prints its table; `tiny` is the tiny start-up (process and threads, no real
 * document), to print what the warm-up itself costs.
 */
export async function warmThreadScaling(
  work: string,
  files: readonly BenchFile[],
  options: { jobs: number; sizes: readonly number[]; startUpRuns: number; tiny: RunFigures; log: (text: string) => void },
): Promise<WarmScaling> {
  const { jobs, sizes, startUpRuns, tiny, log } = options;
  const warmDocuments = WARM_DOCUMENTS_PER_THREAD * jobs;
  const paths = (count: number): string[] => files.slice(0, count).map((file) => file.path);
  if (files.length < warmDocuments + Math.max(...sizes)) throw new Error(`the warm scaling needs ${warmDocuments + Math.max(...sizes)} documents, got ${files.length}`);
  // Rounds of the start-up run and every size in turn, medians per size: the machine's other load
  // drifts over minutes, and a marginal is a difference of two runs.
  const startUps: GlaneurRun[] = [];
  const sized = new Map<number, GlaneurRun[]>(sizes.map((count) => [count, []]));
  for (let round = 0; round < startUpRuns; round += 1) {
    startUps.push(await runGlaneur(paths(warmDocuments), join(work, `warm-${round}.sqlite`), jobs));
    for (const count of sizes) sized.get(count)?.push(await runGlaneur(paths(warmDocuments + count), join(work, `warm-${round}-plus-${count}.sqlite`), jobs));
  }
  const startUp = medianOf(startUps);
  const rows = [['documents', 'pages', 'wall', 'marginal wall ms/page', 'in-run wall ms/page (rounds)', 'CPU', 'marginal CPU ms/page', 'load (1 min)']];
  const marginal: { documents: number; wallMs: number; cpuMs: number | null }[] = [];
  const inRun: { documents: number; wallMs: number | null }[] = [];
  for (const count of sizes) {
    const runs = sized.get(count) ?? [];
    const run = medianOf(runs);
    const inRunRounds = runs.map((one) => inRunWallMsPerPage(one, warmDocuments, jobs)).filter((value): value is number => value !== null);
    const inRunMs = inRunRounds.length === runs.length && runs.length > 0 ? median([...inRunRounds]) : null;
    inRun.push({ documents: count, wallMs: inRunMs });
    const pages = run.pages - startUp.pages;
    const wallMs = ((run.wallS - startUp.wallS) / pages) * 1000;
    const cpuMs = run.cpuS === null || startUp.cpuS === null ? null : ((run.cpuS - startUp.cpuS) / pages) * 1000;
    marginal.push({ documents: count, wallMs, cpuMs });
    const inRunText = inRunMs === null ? 'n/a' : `${inRunMs.toFixed(1)} (${inRunRounds.map((value) => value.toFixed(1)).join(', ')})`;
    rows.push([`${warmDocuments} + ${count}`, `${startUp.pages} + ${pages}`, seconds(run.wallS), wallMs.toFixed(1), inRunText, run.cpuS === null ? 'n/a' : seconds(run.cpuS), cpuMs === null ? 'n/a' : cpuMs.toFixed(1), (loadavg()[0] ?? 0).toFixed(1)]);
  }
  log(`\nwith warm threads: start-up = the first ${warmDocuments} documents of the set (${WARM_DOCUMENTS_PER_THREAD} per thread, ${startUp.pages} pages, median of ${startUpRuns}): wall ${seconds(startUp.wallS)}, CPU ${startUp.cpuS === null ? 'n/a' : seconds(startUp.cpuS)}; each run imports them and then 10, 50 or 100 more (medians of ${startUpRuns}, in rounds)`);
  log(table(rows));
  const steady = marginal.at(-1);
  if (steady !== undefined) {
    // What the threads' warm-up costs beyond the tiny start-up: the start-up run less its pages at the steady rate.
    const warmUpWall = startUp.wallS - tiny.wallS - ((startUp.pages - jobs) * steady.wallMs) / 1000;
    const warmUpCpu = startUp.cpuS === null || tiny.cpuS === null || steady.cpuMs === null ? null : startUp.cpuS - tiny.cpuS - ((startUp.pages - jobs) * steady.cpuMs) / 1000;
    log(
      `the threads' warm-up on their first documents (a fixed cost every import pays, beyond the tiny start-up; the ${warmDocuments}-document start-up less its pages at the ${sizes.at(-1)}-document marginal rate): ` +
        `wall ${seconds(warmUpWall)}, CPU ${warmUpCpu === null ? 'n/a' : seconds(warmUpCpu)}`,
    );
  }
  const cpus = marginal.map((row) => row.cpuMs).filter((value): value is number => value !== null);
  const inRunTimes = inRun.map((row) => row.wallMs).filter((value): value is number => value !== null);
  return {
    marginal,
    wallSpread: spread(marginal.map((row) => row.wallMs)),
    cpuSpread: cpus.length === marginal.length ? spread(cpus) : null,
    inRun,
    inRunSpread: inRunTimes.length === inRun.length ? spread(inRunTimes) : null,
  };
}
