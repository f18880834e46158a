/**
 * `node --import tsx scripts/eval/ocr-gap.ts EVAL.log [TYPE…]`: what OCR damage costs, set by set.
 * Reads the output of `npm run eval -- --verbose` and, for every tuning set, lists the mentions of
 * each type (default: organisation and person) that the `scanned` or `noisy` kind misses although
 * `exported` finds them (`lost`), and the false positives that only the damaged kind makes (`new FP`).
 * Untouched sets are skipped: the eval prints only their counts, and this script reads nothing else
 * of them (`isUntouched`), so no error string of a held-out set is ever shown.
 */
import { readFileSync } from 'node:fs';
import { isUntouched } from './sets.js';

const [logPath, ...typeArgs] = process.argv.slice(2);
if (logPath === undefined) {
  console.error('usage: ocr-gap.ts EVAL.log [TYPE…] (EVAL.log: output of npm run eval -- --verbose)');
  process.exit(2);
}
const types = typeArgs.length > 0 ? typeArgs : ['organisation', 'person'];
const ROW = /^(\S+)\s+(exported|scanned|noisy)\s+\d+\s/u;
const ERROR = /^ {4}(\S+) (FP|FN) (.*)$/u;

/** errors[set][kind] = lines `TYPE FP|FN doc: text`. */
const errors = new Map<string, Map<string, Set<string>>>();
let current: Set<string> | null = null;
for (const line of readFileSync(logPath, 'utf8').split('\n')) {
  const row = ROW.exec(line);
  if (row !== null) {
    const [, set = '', kind = ''] = row;
    if (isUntouched(set)) {
      current = null;
      continue;
    }
    const kinds = errors.get(set) ?? new Map<string, Set<string>>();
    errors.set(set, kinds);
    current = new Set<string>();
    kinds.set(kind, current);
    continue;
  }
  const error = ERROR.exec(line);
  if (error !== null && current !== null && types.includes(error[1] ?? '')) current.add(`${error[1]} ${error[2]} ${error[3]}`);
}

const totals = new Map<string, number>();
for (const [set, kinds] of errors) {
  const exported = kinds.get('exported');
  if (exported === undefined) continue;
  for (const kind of ['scanned', 'noisy']) {
    const damaged = kinds.get(kind);
    if (damaged === undefined || damaged.size + exported.size === 0) continue;
    const only = [...damaged].filter((e) => !exported.has(e));
    const regained = [...exported].filter((e) => !damaged.has(e));
    if (only.length === 0 && regained.length === 0) continue;
    console.log(`${set} ${kind}: ${only.length} errors only here, ${regained.length} exported errors not here`);
    for (const e of only.sort()) console.log(`  + ${e.replace(' FN ', ' lost ').replace(' FP ', ' new FP ')}`);
    for (const e of regained.sort()) console.log(`  - ${e}`);
    for (const e of only) {
      const key = `${kind} ${e.split(' ').slice(0, 2).join(' ')}`;
      totals.set(key, (totals.get(key) ?? 0) + 1);
    }
  }
}
console.log('\ntotals (errors only on the damaged kind):');
for (const [key, count] of [...totals].sort()) console.log(`  ${key}: ${count}`);
