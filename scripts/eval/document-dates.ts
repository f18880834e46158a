/**
 * `node --import tsx scripts/eval/document-dates.ts [--webdev DIR] [--web NAME=DIR …] [--verbose]`:
 * how often the inferred document date (`inferFrenchDocumentDate`, what relative and yearless dates
 * are placed from) has the gold `doc_date`'s year, per set and kind: the dev and fixture sets and
 * the web sets named (the same arguments as `npm run eval`). Each row counts the documents by
 * agreement (document-date-agreement.ts) and splits them by where the date came from: a masthead
 * or stamp (`stated`) or the body's years (`guessed`). `--verbose` lists each tuning document
 * whose year is not the gold's (gold, inferred, how it was found); untouched sets (sets.ts
 * `isUntouched`) print their counts only, never a document.
 */
import { basename } from 'node:path';
import type { PageInput } from '../../extractors/index.js';
import { inferFrenchDocumentDate } from '../../extractors/fr/index.js';
import { DATE_AGREEMENTS, documentDateAgreement, yearAgrees } from './document-date-agreement.js';
import type { DateAgreement } from './document-date-agreement.js';
import { KINDS, devSet, fixtureSet, fixtureSetNames, golds, isUntouched, webDumpDirs, webEvalSet } from './sets.js';
import type { EvalSet, Kind } from './sets.js';
import type { GoldDocument } from './score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');

interface Tally {
  readonly counts: Map<DateAgreement, number>;
  stated: number;
  statedRight: number;
  guessed: number;
  guessedRight: number;
}

const newTally = (): Tally => ({ counts: new Map(DATE_AGREEMENTS.map((agreement) => [agreement, 0])), stated: 0, statedRight: 0, guessed: 0, guessedRight: 0 });

function add(tally: Tally, agreement: DateAgreement, guessed: boolean): void {
  tally.counts.set(agreement, (tally.counts.get(agreement) ?? 0) + 1);
  if (agreement === 'no-gold' || agreement === 'no-date') return;
  if (guessed) {
    tally.guessed += 1;
    if (yearAgrees(agreement)) tally.guessedRight += 1;
  } else {
    tally.stated += 1;
    if (yearAgrees(agreement)) tally.statedRight += 1;
  }
}

const share = (right: number, all: number): string => (all === 0 ? '    -' : (right / all).toFixed(3));

function row(label: string, kind: string, tally: Tally): string {
  const judged = [...tally.counts].filter(([agreement]) => agreement !== 'no-gold').reduce((sum, [, count]) => sum + count, 0);
  const right = [...tally.counts].filter(([agreement]) => yearAgrees(agreement)).reduce((sum, [, count]) => sum + count, 0);
  const cells = DATE_AGREEMENTS.map((agreement) => String(tally.counts.get(agreement) ?? 0).padStart(agreement.length));
  return `${label.padEnd(11)}${kind.padEnd(9)}${cells.join(' ')}  ${share(right, judged)}  ${share(tally.statedRight, tally.stated)} (${tally.stated})  ${share(tally.guessedRight, tally.guessed)} (${tally.guessed})`;
}

async function tallySet(set: EvalSet, gold: Map<string, GoldDocument>, kind: Kind, total: Tally): Promise<Tally | null> {
  const dumps = await set.load(kind);
  if (dumps === null) return null;
  const tally = newTally();
  for (const dump of dumps) {
    const document = gold.get(basename(dump.file).slice(0, 3));
    if (document === undefined) continue;
    const pages: PageInput[] = dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }));
    const inferred = inferFrenchDocumentDate(pages);
    const agreement = documentDateAgreement(document.doc_date, inferred?.value);
    const guessed = inferred?.guessed === true;
    add(tally, agreement, guessed);
    add(total, agreement, guessed);
    if (verbose && !isUntouched(set.name) && agreement !== 'no-gold' && !yearAgrees(agreement)) {
      console.log(`  ${set.name}/${kind}/${dump.file}: gold ${document.doc_date ?? '-'}, inferred ${inferred?.value ?? '-'} (${guessed ? 'guessed from the body' : 'stated'}): ${agreement}`);
    }
  }
  return tally;
}

const sets: EvalSet[] = [devSet(), ...(await fixtureSetNames()).map(fixtureSet), ...[...webDumpDirs(args)].map(([name, dir]) => webEvalSet(name, dir))];
const tuning = newTally();
const untouched = newTally();
console.log(`${'set'.padEnd(11)}${'kind'.padEnd(9)}${DATE_AGREEMENTS.join(' ')}  year   stated (n)   guessed (n)`);
for (const set of sets) {
  const gold = await golds(set.goldDir);
  for (const kind of KINDS) {
    const tally = await tallySet(set, gold, kind, isUntouched(set.name) ? untouched : tuning);
    if (tally !== null) console.log(row(set.name, kind, tally));
  }
}
console.log(row('tuning', 'all', tuning));
console.log(row('untouched', 'all', untouched));
