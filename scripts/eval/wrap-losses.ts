/**
 * `node --import tsx scripts/eval/wrap-losses.ts [--texts DIR] [--kind exported|scanned|noisy] [--web NAME=DIR …]`:
 * the gold organisations the extractors find on a tuning set's raw text (one paragraph per line, as
 * retrieved: `DIR/NAME/dNN.txt`, default /tmp/texts) and lose on the same text rendered to a PDF and
 * read back (its page dump, where lines wrap anywhere): the names a line break costs. Each is printed
 * with the page text around it, then the counts lost and gained. Untouched sets are skipped (their
 * errors are never read). A rule that reads a name over a wrap should make a line disappear here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../extractors/core/pattern.js';
import { extractDocument } from '../../extractors/index.js';
import type { PageInput } from '../../extractors/index.js';
import type { GoldDocument } from './score.js';
import { KINDS, REAL_TUNING_SETS, isUntouched, webDumpDirs, webEvalSet } from './sets.js';
import type { Kind } from './sets.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const textsRoot = option('--texts', '/tmp/texts');
const kind = option('--kind', 'exported') as Kind;
if (!KINDS.includes(kind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}`);

const key = (name: string): string => fold(name).replace(/\s+/gu, ' ').trim();
const organisations = (pages: readonly PageInput[]): Set<string> =>
  new Set(extractDocument(pages, {}).mentions.filter((mention) => mention.type === 'organisation').map((mention) => key(mention.value)));

/** The page text around the first place a lost name is written, whitespace shown as ⏎. */
function around(pages: readonly PageInput[], name: string): string {
  for (const page of pages) {
    const flat = key(page.text);
    const at = flat.indexOf(name);
    if (at >= 0) return page.text.slice(Math.max(0, at - 40), at + name.length + 30).replace(/\n/gu, '⏎');
  }
  return '';
}

let lost = 0;
let gained = 0;
for (const [name, dir] of webDumpDirs(args, REAL_TUNING_SETS)) {
  if (isUntouched(name)) continue;
  const set = webEvalSet(name, dir);
  const dumps = await set.load(kind);
  if (dumps === null) continue;
  for (const dump of dumps) {
    const id = dump.file.replace(/(?:-scan|-noisy)?\.(?:pdf|txt)$/u, '');
    const textFile = join(textsRoot, name, `${id}.txt`);
    const goldFile = join(set.goldDir, `${id}.json`);
    if (!existsSync(textFile) || !existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldDocument;
    const golds = new Set(gold.entities.filter((entity) => entity.type === 'organisation').flatMap((entity) => [entity.text ?? '', ...(entity.aliases ?? [])]).filter((name) => name !== '').map(key));
    const raw = organisations([{ page: 1, source: 'text', text: readFileSync(textFile, 'utf8') }]);
    const rendered = organisations(dump.pages);
    for (const value of raw) {
      if (rendered.has(value) || !golds.has(value)) continue;
      lost += 1;
      console.log(`lost  ${name} ${id}  ${value}  …${around(dump.pages, value)}…`);
    }
    for (const value of rendered) if (!raw.has(value) && golds.has(value)) gained += 1;
  }
}
console.log(`${lost} gold organisations lost to the rendering, ${gained} gained (${kind})`);
