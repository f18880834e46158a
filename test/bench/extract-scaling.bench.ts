/**
 * `npm run bench:extract`: extraction time against page length (issue 13 point 4: 10 000
 * characters of prose took 0.46 s and 40 000 took 6 s). Prints the best of five warm runs for
 * prose of 10 000, 20 000 and 40 000 characters, as one long line and as ordinary lines, and the
 * ratio for each doubling (linear cost gives about 2; the check is generous: ≤ 3). Times are CPU
 * time (the process's user + system), so other load on the machine does not count; the wall
 * clock is printed beside it. Exit code 1 when a ratio is above 3.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../extractors/index.js';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/tuned1', import.meta.url));
const texts = readdirSync(corpus).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(corpus, file), 'utf8'));
const sized = (source: string, length: number): string => source.repeat(Math.ceil(length / source.length)).slice(0, length);

/** The best of five runs: [CPU ms, wall ms]. */
function best(text: string): [number, number] {
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    extractDocument([{ page: 1, text, source: 'text' }]);
    const used = process.cpuUsage(cpuStarted);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    wall = Math.min(wall, performance.now() - started);
  }
  return [cpu, wall];
}

let failed = false;
for (const [name, source] of [['one long line', texts.join('\n').replace(/\s+/gu, ' ')], ['ordinary lines', texts.join('\n')]] as const) {
  let previous: number | undefined;
  for (const length of [10_000, 20_000, 40_000]) {
    const [ms, wall] = best(sized(source, length));
    const ratio = previous === undefined ? '' : `  ×${(ms / previous).toFixed(2)}`;
    if (previous !== undefined && ms / previous > 3) failed = true;
    console.log(`${name.padEnd(15)} ${String(length).padStart(6)} chars  ${ms.toFixed(1).padStart(7)} ms CPU (${wall.toFixed(1)} ms wall)${ratio}`);
    previous = ms;
  }
}
process.exitCode = failed ? 1 : 0;
