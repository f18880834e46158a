/**
 * `node --import tsx scripts/eval/rule-times.ts [eval's set options] [--rounds N]`: the warm CPU
 * cost per page of each stage of `extractDocument`, by parser and refiner id, over every page dump
 * `npm run eval` scores (the median round of each). Each page is extracted as `extractDocument` does
 * it, one parser and one refiner at a time under a clock (performance.now), so the costs add up to
 * the warm extraction's (`warm-extraction.ts`) up to the clock's own cost.
 */
import { performance } from 'node:perf_hooks';
import { FRENCH_PARSERS, FRENCH_REFINERS, completeDocument, documentContextOf } from '../../extractors/index.js';
import type { Candidate, Mention, PageInput, ParsingContext } from '../../extractors/index.js';
import { runParsers } from '../../extractors/core/pipeline.js';
import { frenchMentions, readFrenchPage } from '../../extractors/fr/index.js';
import { dumpedDocuments } from './sets.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? '5');
const documents: PageInput[][] = (await dumpedDocuments(args)).map((document) => document.pages);
const pageCount = documents.reduce((sum, pages) => sum + pages.length, 0);

let times = new Map<string, number>();
function timed<T>(id: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  times.set(id, (times.get(id) ?? 0) + performance.now() - started);
  return result;
}

/** `extractDocument` over `pages`, stage by stage under the clock. */
function extractTimed(pages: readonly PageInput[]): void {
  const readings = timed('(read page: normalise + year parsers)', () => pages.map(readFrenchPage));
  const { context } = timed('(document date)', () => documentContextOf(pages, readings));
  const found: Mention[] = [];
  for (const reading of readings) {
    const parsing: ParsingContext = { text: reading.normalised.text, page: reading.page.page, source: reading.page.source, document: context };
    let candidates: Candidate[] = [];
    for (const parser of FRENCH_PARSERS) candidates.push(...timed(`parser ${parser.id}`, () => runParsers([parser], parsing, undefined, reading.yearDates)));
    for (const refiner of FRENCH_REFINERS) candidates = timed(`refiner ${refiner.id}`, () => refiner.refine(parsing, candidates));
    found.push(...timed('(mentions)', () => frenchMentions(reading.page, reading, candidates)));
  }
  timed('(complete document)', () => completeDocument(pages, found));
}

for (const pages of documents) extractTimed(pages);
const perRound: Map<string, number>[] = [];
for (let round = 0; round < rounds; round += 1) {
  times = new Map();
  for (const pages of documents) extractTimed(pages);
  perRound.push(times);
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows = [...(perRound[0]?.keys() ?? [])].map((id) => ({ id, ms: median(perRound.map((round) => round.get(id) ?? 0)) / pageCount }));
const total = rows.reduce((sum, row) => sum + row.ms, 0);
rows.sort((a, b) => b.ms - a.ms);
console.log(`${documents.length} documents, ${pageCount} pages; median of ${rounds} rounds, ms/page; total ${total.toFixed(3)}`);
for (const row of rows) console.log(`${row.ms.toFixed(3).padStart(7)}  ${((100 * row.ms) / total).toFixed(1).padStart(5)}%  ${row.id}`);
