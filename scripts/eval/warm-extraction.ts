/**
 * `node --import tsx scripts/eval/warm-extraction.ts [eval's set options] [--rounds N] [--mentions FILE]`:
 * the warm extraction cost per page over every page dump `npm run eval` scores, in CPU time.
 *
 * Unlike the eval's timing (each document timed right after its first extraction, while V8 still
 * compiles), every document is first extracted once, then the whole set of pages is extracted
 * `--rounds` times (default 7) and the median round is printed: the steady per-page cost that a
 * profile (`node --cpu-prof --import tsx …`) of this script explains. `--mentions FILE` writes every
 * mention of one round, one JSON line each, so two versions of the code can be shown to give
 * identical output with `cmp`.
 */
import { writeFile } from 'node:fs/promises';
import { extractDocument } from '../../extractors/index.js';
import { dumpedDocuments } from './sets.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? '7');
const mentionsFile = option('--mentions');
const documents = await dumpedDocuments(args);
const pageCount = documents.reduce((sum, document) => sum + document.pages.length, 0);

const lines: string[] = [];
for (const document of documents) {
  for (const m of extractDocument(document.pages).mentions) lines.push(JSON.stringify({ document: document.name, ...m }));
}
if (mentionsFile !== undefined) await writeFile(mentionsFile, `${lines.join('\n')}\n`);

const perPage: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const started = process.cpuUsage();
  for (const document of documents) extractDocument(document.pages);
  const used = process.cpuUsage(started);
  perPage.push((used.user + used.system) / 1000 / pageCount);
}
const sorted = [...perPage].sort((a, b) => a - b);
console.log(`${documents.length} documents, ${pageCount} pages, ${lines.length} mentions`);
console.log(`rounds (CPU ms/page): ${perPage.map((ms) => ms.toFixed(2)).join(' ')}`);
console.log(`median warm CPU: ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2)} ms/page`);
