/**
 * `npm run bench:ui`: the review app's speed in Chromium through `glaneur serve`, on a corpus of
 * 100 documents (the dev fixtures copied: 97 exported, 3 scanned; ≥ 5 000 mentions) and on its
 * first 10 documents, to see that the figures do not grow with the corpus:
 *   - open a document (address change → page painted and first mention highlighted), p95;
 *   - accept → next mention highlighted, p95;
 *   - page change (→ next page painted), p95;
 *   - JS heap of the page every 100 decisions over 500 decisions (after a forced GC).
 * Corpora are built once with the real CLI under bench-out/ui/; each run reviews a fresh copy.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DocumentSummary } from '../../main/api/contract.js';
import { apiCall, cliImport, openBrowser, serve, type Served } from '../e2e/harness.js';
import { makeCopies } from './corpus.js';

const OUT = join('bench-out', 'ui');
const DECISIONS = 500;
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
  readonly accept: number[];
  readonly pageChange: number[];
  readonly heapMiB: number[];
}

async function measure(served: Served, page: Page, decisions: number): Promise<Figures> {
  const documents = (await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {})).filter((document) => document.status === 'imported');
  const mentions = documents.reduce((sum, document) => sum + document.mentions.pending + document.mentions.accepted + document.mentions.rejected + document.mentions.edited, 0);
  const figures: Figures = { documents: documents.length, mentions, open: [], accept: [], pageChange: [], heapMiB: [] };
  await page.goto(`${served.origin}/#/`);
  let decided = 0;
  for (let round = 0; decided < decisions; round += 1) {
    const document = documents[round % documents.length];
    if (document === undefined) break;
    figures.open.push(
      await timeInPage(page, `location.hash = '#/document/${document.id}'`, `document.querySelector('.page canvas[data-rendered]') !== null && ${SELECTED} !== undefined`),
    );
    if (figures.heapMiB.length === 0) figures.heapMiB.push(await heap(page));
    // Decisions: up to 25 per document, each timed from the key to the next mention highlighted.
    for (let count = 0; count < Math.min(25, document.mentions.pending) && decided < decisions; count += 1) {
      const before = await page.evaluate(`${SELECTED}`);
      figures.accept.push(await timeInPage(page, key('a'), `${SELECTED} !== undefined && ${SELECTED} !== '${String(before)}'`));
      decided += 1;
      if (decided % 100 === 0) figures.heapMiB.push(await heap(page));
    }
    // Page changes: back to the first page, then through every page.
    await page.evaluate(`location.hash = '#/'`);
    figures.open.push(await timeInPage(page, `location.hash = '#/document/${document.id}'`, `document.querySelector('.page canvas[data-rendered]') !== null && ${SELECTED} !== undefined`));
    const firstPage = Number(await page.evaluate(`document.querySelector('.page canvas')?.dataset.rendered`));
    for (let back = firstPage; back > 1; back -= 1) await timeInPage(page, key('PageUp'), `document.querySelector('.page canvas')?.dataset.rendered === '${back - 1}'`);
    for (let number = 2; number <= document.pageCount; number += 1) {
      figures.pageChange.push(await timeInPage(page, key('PageDown'), `document.querySelector('.page canvas')?.dataset.rendered === '${number}'`));
    }
  }
  return figures;
}

function report(label: string, figures: Figures): void {
  const ms = (values: number[]): string => `${p95(values).toFixed(0)} ms (median ${percentile(values, 0.5).toFixed(0)}, max ${percentile(values, 1).toFixed(0)}, n=${values.length})`;
  log(`${label}: ${figures.documents} documents, ${figures.mentions} mentions`);
  log(`  open a document      p95 ${ms(figures.open)}   target ≤ 1000 ms`);
  log(`  accept → next        p95 ${ms(figures.accept)}   target ≤ 100 ms`);
  log(`  page change          p95 ${ms(figures.pageChange)}   target ≤ 300 ms`);
  log(`  JS heap (MiB) at 0, 100, … decisions: ${figures.heapMiB.map((value) => value.toFixed(1)).join(', ')}`);
}

mkdirSync(OUT, { recursive: true });
const large = await corpus('corpus-100', 100);
const small = await corpus('corpus-10', 10);
const results: [string, Figures][] = [];
for (const [label, db, decisions] of [
  ['10 documents', small, 200],
  ['100 documents', large, DECISIONS],
] as const) {
  // Each run reviews a fresh copy: the decisions of a previous run must not change this one.
  const copy = db.replace(/\.sqlite$/u, '.run.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(db, copy);
  const served = await serve(copy);
  const browsing = await openBrowser(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    await browsing.page.goto(served.url);
    results.push([label, await measure(served, browsing.page, decisions)]);
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
