/**
 * `npm run eval:heldout [-- SET…] [--csv FILE]`: runs the extractors over held-out corpora
 * (`fixtures/corpus/heldout*`: documents written apart from the rules, each set before it was
 * first scored), writes the mentions as the contract CSV and scores them with score.py: the table
 * per type, then the false positives and false negatives per document (score.py --json).
 * Without SET, every `fixtures/corpus/heldout*` folder is scored in turn. Pages are split on
 * form feeds (\f) when a text has any.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityKey, extractDocument } from '../extractors/index.js';
import type { PageInput } from '../extractors/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scorer = [join(root, '../shared/corpus/score.py'), join(root, 'fixtures/corpus/score.py')].find((p) => existsSync(p));
const args = process.argv.slice(2);
const outArg = args.indexOf('--csv');
const named = args.filter((arg, index) => !arg.startsWith('--') && !(outArg >= 0 && index === outArg + 1));
const sets = named.length > 0 ? named : (await readdir(join(root, 'fixtures/corpus'))).filter((name) => /^(tuned|heldout)\d/u.test(name)).sort();
const csvCell = (value: string): string => (/[",\n\r]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

for (const set of sets) {
  console.log(`\n######## ${set}`);
  const corpus = join(root, 'fixtures/corpus', set);

  const rows: string[] = ['document,page,type,text,value,unit,confidence,status,entity,context'];
  for (const file of (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(join(corpus, file), 'utf8');
    const pages: PageInput[] = text.split('\f').map((pageText, i) => ({ page: i + 1, text: pageText, source: 'text' as const }));
    const result = extractDocument(pages);
    console.log(`${file}: ${result.mentions.length} mentions, document date ${result.documentDate?.value ?? '-'}`);
    for (const m of result.mentions) {
      rows.push([file, String(m.page), m.type, m.text, m.value, m.unit ?? '', m.confidence.toFixed(2), 'pending', entityKey(m.type, m.value), m.context].map(csvCell).join(','));
    }
  }
  const csv = outArg >= 0 && args[outArg + 1] !== undefined ? args[outArg + 1]! : join(await mkdtemp(join(tmpdir(), 'glaneur-heldout-')), `${set}.csv`);
  await writeFile(csv, `${rows.join('\n')}\n`);
  console.log(`mentions CSV: ${csv}\n`);
  if (scorer === undefined) {
    console.log('score.py not found');
  } else {
    console.log(execFileSync('python3', [scorer, corpus, csv], { encoding: 'utf8' }).trimEnd());
    const details = JSON.parse(execFileSync('python3', [scorer, corpus, csv, '--json'], { encoding: 'utf8' })) as {
      details: Record<string, { fp: string[]; fn: string[] }>;
    };
    for (const key of Object.keys(details.details).sort()) {
      const { fp, fn } = details.details[key]!;
      console.log(`\n${key}`);
      for (const x of fp) console.log(`   FP ${x}`);
      for (const x of fn) console.log(`   FN ${x}`);
    }
  }
}
