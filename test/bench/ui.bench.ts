/**
 * `npm run bench:ui`: the review app's speed in Chromium through `glaneur serve`, on a corpus of
 * 100 documents (the dev fixtures copied: 97 exported, 3 scanned; ≥ 5 000 mentions) and on its
 * first 10 documents, to see that the figures do not grow with the corpus:
 *   - open a document (address change → page painted and first mention highlighted), p95;
 *   - accept → next mention highlighted, p95;
 *   - page change (→ next page painted), p95;
 *   - JS heap of the page every 100 decisions (after a forced GC; 250 decisions on 10 documents, 500 on 100).
 * Corpora are built once with the real CLI under bench-out/ui/; each run reviews a fresh copy.
 *
 * Both samples measure the same thing: each gets its own fresh server and browser, then the same
 * declared warm-up (WARM_UP_DOCUMENTS opened and paged through, not counted: the first ones are
 * otherwise charged for the browser's and server's start-up — compiling, first queries), and
 * reviews documents of the same kinds in the same order (the 10-document corpus is 3 scans out of
 * 10, the large one 3 out of 100; the large sample follows the small one's sequence of kinds,
 * text or scan and which dev document, so that scans, whose pages take longest to decode, weigh
 * the same in both).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DocumentSummary } from '../../main/api/contract.js';
import { apiCall, cliImport, openBrowser, serve, type Served } from '../e2e/harness.js';
import { makeCopies } from './corpus.js';

const OUT = join('bench-out', 'ui');
/** Decisions taken in each document reviewed (10 documents × 2 cycles × 25 = 500 on the large corpus). */
const DECISIONS_PER_DOCUMENT = 25;
const log = (text = ''): void => void process.stdout.write(`${text}\n`);

async function corpus(name: string, count: number): Promise<string> {
  const db = join(OUT, `${name}.sqlite`);
  if (existsSync(db)) return db;
  const text = await makeCopies(join(OUT, 'files'), count - 3, '', 'ui');
  const scans = await makeCopies(join(OUT, 'files'), 3, '-scan', 'uiscan');
  const files = [...text, ...scans].map((file) => file.path);
  await cliImport(db, files);
  return db;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1))] ?? NaN;
}
const p95 = (values: readonly number[]): number => percentile(values, 0.95);

/**
 * Runs in the page: does `act`, then waits (frame by frame) until `done` holds; milliseconds.
 * Sent as source text: tsx would wrap a function in helpers that do not exist in the page.
 */
async function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    ${act};
    const check = () => {
      if (${done}) resolve(performance.now() - start);
      else if (performance.now() - start > 20000) reject(new Error('timed out waiting for the page'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<number>;
}

const SELECTED = `document.querySelector('.highlight.selected')?.dataset.mentionId`;
const key = (name: string): string => `window.dispatchEvent(new KeyboardEvent('keydown', { key: '${name}', bubbles: true }))`;

async function heap(page: Page): Promise<number> {
  return page.evaluate(`(globalThis.gc?.(), performance.memory.usedJSHeapSize / 1024 / 1024)`) as Promise<number>;
}

interface Figures {
  readonly documents: number;
  readonly mentions: number;
  readonly open: number[];
  /** The same openings split by where they start: the library (just asked for) or the previous document. */
  readonly openFromLibrary: number[];
  readonly openFromDocument: number[];
  readonly accept: number[];
  readonly pageChange: number[];
  readonly heapMiB: number[];
}

/**
 * The new document shown: its page painted and its first mention highlighted. The elements of the
 * screen the open starts from are set aside first (STALE): the address changes before React draws
 * the new document, and the previous document's page and highlight, still on screen for a frame
 * or more, once counted as the new one opened in a few milliseconds.
 */
const STALE = `window.__stale = new Set(document.querySelectorAll('.page canvas, .highlight.selected'))`;
const fresh = (selector: string): string => `(() => { const found = document.querySelector('${selector}'); return found !== null && !window.__stale.has(found); })()`;
const OPENED = `${fresh('.page canvas[data-rendered]')} && ${fresh('.highlight.selected')}`;
const openDocument = (id: number): string => `${STALE}; location.hash = '#/document/${id}'`;
/** Documents opened and paged through before each sample, not counted. */
const WARM_UP_DOCUMENTS = 3;

async function importedDocuments(served: Served): Promise<DocumentSummary[]> {
  return (await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {})).filter((document) => document.status === 'imported');
}

/** A document's kind and the dev document it copies (from its file name, see makeCopies). */
function shapeOf(document: DocumentSummary): string {
  return `${document.kind}:${/-(\d{3})(?:-scan)?\.pdf$/u.exec(document.fileName)?.[1] ?? '?'}`;
}

/**
 * `length` documents of `pool` following `pattern`'s sequence of shapes (cycling through it), each
 * the least used so far of its shape: the large corpus reviewed like the small one.
 */
function likeFor(pattern: readonly DocumentSummary[], pool: readonly DocumentSummary[], length: number): DocumentSummary[] {
  const uses = new Map<number, number>();
  const sequence: DocumentSummary[] = [];
  for (let index = 0; index < length; index += 1) {
    const model = pattern[index % pattern.length];
    if (model === undefined) break;
    const sameShape = pool.filter((document) => shapeOf(document) === shapeOf(model));
    const chosen = sameShape.reduce<DocumentSummary | undefined>((best, document) => (best === undefined || (uses.get(document.id) ?? 0) < (uses.get(best.id) ?? 0) ? document : best), undefined) ?? model;
    uses.set(chosen.id, (uses.get(chosen.id) ?? 0) + 1);
    sequence.push(chosen);
  }
  return sequence;
}

/**
 * Back to the library, and wait until its rows are drawn and no page of a document is left: a
 * document asked for at once could reach the router in the same update as the library, and the
 * review of the same document would then never be left (nothing new to wait for).
 */
async function toLibrary(page: Page): Promise<void> {
  await timeInPage(page, `location.hash = '#/'`, `document.querySelector('.page') === null && document.querySelector('[role="row"], tr') !== null`);
}

/** Opens a document and pages through it to the end; the time to open it and each page change. */
async function openAndPage(page: Page, document: DocumentSummary): Promise<{ open: number; pageChanges: number[] }> {
  await toLibrary(page);
  const open = await timeInPage(page, openDocument(document.id), OPENED);
  const firstPage = Number(await page.evaluate(`document.querySelector('.page canvas')?.dataset.rendered`));
  for (let back = firstPage; back > 1; back -= 1) await timeInPage(page, key('PageUp'), `document.querySelector('.page canvas')?.dataset.rendered === '${back - 1}'`);
  const pageChanges: number[] = [];
  for (let number = 2; number <= document.pageCount; number += 1) {
    pageChanges.push(await timeInPage(page, key('PageDown'), `document.querySelector('.page canvas')?.dataset.rendered === '${number}'`));
  }
  return { open, pageChanges };
}

/**
 * Reviews `cycles` whole cycles of `sequence`, a cycle being `cycle` documents (the small corpus's
 * sequence of kinds), each document with up to DECISIONS_PER_DOCUMENT decisions: both samples then
 * decide on scans and text pages in the same proportion. (Stopping at a fixed number of decisions
 * did not: 200 decisions covered the small corpus's first 8 documents, one scan among them, while
 * 500 covered two whole cycles of the large one, six scans in 20, and accept looked slower at 100
 * documents for that reason alone.)
 */
async function measure(served: Served, page: Page, cycles: number, sequence: readonly DocumentSummary[], cycle: number): Promise<Figures> {
  const documents = await importedDocuments(served);
  const mentions = documents.reduce((sum, document) => sum + document.mentions.pending + document.mentions.accepted + document.mentions.rejected + document.mentions.edited, 0);
  const figures: Figures = { documents: documents.length, mentions, open: [], openFromLibrary: [], openFromDocument: [], accept: [], pageChange: [], heapMiB: [] };
  await page.goto(`${served.origin}/#/`);
  for (const document of sequence.slice(0, WARM_UP_DOCUMENTS)) await openAndPage(page, document); // declared warm-up, not counted
  await toLibrary(page);
  let decided = 0;
  for (let round = 0; round < cycles * cycle; round += 1) {
    const document = sequence[round % sequence.length];
    if (document === undefined) break;
    const fromDocument = await timeInPage(page, openDocument(document.id), OPENED);
    figures.open.push(fromDocument);
    figures.openFromDocument.push(fromDocument);
    if (figures.heapMiB.length === 0) figures.heapMiB.push(await heap(page));
    // Decisions, each timed from the key to the next mention highlighted.
    for (let count = 0; count < Math.min(DECISIONS_PER_DOCUMENT, document.mentions.pending); count += 1) {
      const before = await page.evaluate(`${SELECTED}`);
      figures.accept.push(await timeInPage(page, key('a'), `${SELECTED} !== undefined && ${SELECTED} !== '${String(before)}'`));
      decided += 1;
      if (decided % 100 === 0) figures.heapMiB.push(await heap(page));
    }
    // Opened again, then back to the first page and through every page.
    const paged = await openAndPage(page, document);
    figures.open.push(paged.open);
    figures.openFromLibrary.push(paged.open);
    figures.pageChange.push(...paged.pageChanges);
  }
  return figures;
}

function report(label: string, figures: Figures): void {
  const ms = (values: number[]): string => `${p95(values).toFixed(0)} ms (median ${percentile(values, 0.5).toFixed(0)}, max ${percentile(values, 1).toFixed(0)}, n=${values.length})`;
  log(`${label}: ${figures.documents} documents, ${figures.mentions} mentions`);
  log(`  open a document      p95 ${ms(figures.open)}   target ≤ 1000 ms`);
  log(`    from the library   p95 ${ms(figures.openFromLibrary)}`);
  log(`    from a document    p95 ${ms(figures.openFromDocument)}`);
  log(`  accept → next        p95 ${ms(figures.accept)}   target ≤ 100 ms`);
  log(`  page change          p95 ${ms(figures.pageChange)}   target ≤ 300 ms`);
  log(`  JS heap (MiB) at 0, 100, … decisions: ${figures.heapMiB.map((value) => value.toFixed(1)).join(', ')}`);
}

mkdirSync(OUT, { recursive: true });
const large = await corpus('corpus-100', 100);
const small = await corpus('corpus-10', 10);
const results: [string, Figures][] = [];
/** The small corpus's documents in order: the sequence of kinds both samples review. */
let pattern: DocumentSummary[] = [];
for (const [label, db, cycles] of [
  ['10 documents', small, 1],
  ['100 documents', large, 2],
] as const) {
  // Each run reviews a fresh copy: the decisions of a previous run must not change this one.
  const copy = db.replace(/\.sqlite$/u, '.run.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(db, copy);
  const served = await serve(copy);
  const browsing = await openBrowser(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    await browsing.page.goto(served.url);
    const documents = await importedDocuments(served);
    if (pattern.length === 0) pattern = documents;
    results.push([label, await measure(served, browsing.page, cycles, likeFor(pattern, documents, Math.max(documents.length, pattern.length)), pattern.length)]);
  } finally {
    await browsing.close();
    await served.stop();
  }
}
log('');
log('bench:ui — Chromium (headless, Debian) through glaneur serve');
for (const [label, figures] of results) report(label, figures);
const [ten, hundred] = results.map(([, figures]) => figures);
if (ten !== undefined && hundred !== undefined) {
  const ratio = (a: number[], b: number[]): string => `${((p95(b) / p95(a) - 1) * 100).toFixed(0)} %`;
  log(`100 vs 10 documents (p95): open ${ratio(ten.open, hundred.open)}, accept ${ratio(ten.accept, hundred.accept)}, page change ${ratio(ten.pageChange, hundred.pageChange)}   target within ±10 %`);
}
