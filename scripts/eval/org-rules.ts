/**
 * `npm run eval:org-rules [-- --webdev DIR] [-- --web NAME=DIR …] [-- --kind KIND] [-- --fp NAME] [-- --tp NAME]`:
 * which organisation rule or piece of evidence over-generates, measured on the TUNING sets only.
 *
 * 1. KEPT: every organisation the pipeline exports (`extractDocument`, as `npm run eval` scores it),
 *    one per document and scorer key (`orgKey`), labelled TP when it names a gold organisation,
 *    FP when it names none (a name matching only an optional gold entity is left out). Each is
 *    counted under its rule id (`fr.organisation.named`…) and under every evidence name its
 *    mentions record (`ev:list-cue`, `ev:known-name`…): a row's precision is TP / (TP + FP).
 * 2. PROPOSED: every organisation proposal reaching the decision (refiners/organisation-decision.ts),
 *    described by the decision's named features (decision-features.ts: `rule:list`, `evidence:…`,
 *    `one-word`, `whole-line`…, those reading 1), with what became of its key: kept (TP, FP) or
 *    dropped by every rule that proposed it (a gold name lost, `lost`; a false one avoided, `saved`).
 *    A feature with many kept FP and few kept TP is where a precision fix belongs; one with many
 *    `lost` is where the decision is too strict.
 * `--dump FILE` writes every kept key (its document, label, rule ids and evidence, line) as JSON lines.
 * `--web-only` leaves out dev and the fixture sets (to read a few web sets alone).
 * `--fp NAME` / `--tp NAME` list the keys behind one row (a rule id, `ev:NAME` or a feature name), with
 * their line, to read a family. `--kind` keeps one kind (exported, scanned, noisy).
 *
 * Untouched sets (scripts/eval/sets.ts `isUntouched`: heldout4, heldout5, web-held3…) are never
 * loaded: naming one with `--web` prints that it is skipped. Only the tuning sets' errors are read here.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runParsers, runRefiners } from '../../extractors/core/pipeline.js';
import type { Candidate, PageInput, ParsingContext } from '../../extractors/core/types.js';
import { extractDocument } from '../../extractors/index.js';
import { FRENCH_PARSERS, inferFrenchDocumentDate, readFrenchPage } from '../../extractors/fr/index.js';
import { featuresOf, pageFacts, proposalView } from '../../extractors/fr/organisation/decision-features.js';
import { lineEndOf, lineStartOf } from '../../extractors/fr/patterns.js';
import { REFINERS_BEFORE, prepareSetWith } from './organisation-decision-split.js';
import { goldMatch, orgKey } from './score.js';
import type { GoldDocument } from './score.js';
import { chooseWebSets } from './org-rules-sets.js';
import { KINDS, corpusRoot, devSet, fixtureSet, isUntouched, webdevSet } from './sets.js';
import type { EvalSet, Kind } from './sets.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const onlyKind = option('--kind');
const listed = option('--fp') ?? option('--tp');
const listLabel = args.includes('--tp') ? 'TP' : 'FP';

/** One key of one document: its label and the names (rows) it counts under. */
interface Tally {
  tp: number;
  fp: number;
  lost: number;
  saved: number;
}

const keptRows = new Map<string, Tally>();
const proposedRows = new Map<string, Tally>();
const examples: string[] = [];
/** `--dump FILE`: every kept key as one JSON line (where, value, label, rule ids and evidence, line), to study offline. */
const dumped: string[] = [];
const dumpFile = option('--dump');
const row = (table: Map<string, Tally>, name: string): Tally => {
  const found = table.get(name) ?? { tp: 0, fp: 0, lost: 0, saved: 0 };
  table.set(name, found);
  return found;
};

/** The tuning web sets (org-rules-sets.ts): untouched ones named on the command line are refused. */
function webSets(): EvalSet[] {
  const { read, skipped } = chooseWebSets(args, existsSync);
  for (const name of skipped) console.log(`${name}: untouched set, skipped (its errors are never read)`);
  return [...read].map(([name, dir]) => (name === 'web-dev' ? webdevSet(dir) : webdevSet(dir, name, join(corpusRoot, name, 'gold'))));
}

/** The proposals reaching the decision on each page, with their features. */
function proposalsOf(pages: readonly PageInput[]): { text: string; proposal: Candidate; features: string[] }[] {
  const readings = pages.map(readFrenchPage);
  const documentDate = inferFrenchDocumentDate(pages, readings)?.value;
  return readings.flatMap((reading) => {
    const context: ParsingContext = { text: reading.normalised.text, page: reading.page.page, source: reading.page.source, document: { documentDate } };
    const before = runRefiners(REFINERS_BEFORE, context, runParsers(FRENCH_PARSERS, context, undefined, reading.yearDates));
    const proposals = before.filter((candidate) => candidate.type === 'organisation');
    const facts = pageFacts(context.text, proposals);
    return proposals.map((proposal, index) => {
      // Binary features only (those reading 1); `capital-share` reads 1 when every word is capitalised.
      const features = Object.entries(featuresOf(proposalView(context.text, proposals, index, facts)))
        .filter(([name, value]) => value === 1 && name !== 'hand-score' && name !== 'confidence')
        .map(([name]) => (name === 'capital-share' ? 'capital-share=1' : name));
      return { text: context.text, proposal, features: [proposal.rule, ...features] };
    });
  });
}

const lineOf = (text: string, start: number, end: number): string =>
  `${text.slice(lineStartOf(text, start), start)}[${text.slice(start, end)}]${text.slice(end, lineEndOf(text, end))}`.replace(/\s+/gu, ' ').trim();

type Label = (value: string) => 'TP' | 'FP' | null;
interface Keyed {
  value: string;
  names: Set<string>;
  line: string;
}

/** The exported organisations of a document by scorer key, each with its rule ids and evidence (`ev:`). */
function countKept(where: string, pages: PageInput[], label: Label): Map<string, Keyed> {
  const kept = new Map<string, Keyed>();
  for (const mention of extractDocument(pages).mentions) {
    if (mention.type !== 'organisation') continue;
    const key = orgKey(mention.value);
    const entry = kept.get(key) ?? { value: mention.value, names: new Set<string>(), line: mention.context };
    entry.names.add(mention.rule);
    for (const name of mention.evidence ?? []) entry.names.add(`ev:${name}`);
    kept.set(key, entry);
  }
  for (const entry of kept.values()) {
    const verdict = label(entry.value);
    if (verdict === null) continue;
    for (const name of entry.names) row(keptRows, name)[verdict === 'TP' ? 'tp' : 'fp'] += 1;
    if (dumpFile !== undefined) dumped.push(JSON.stringify({ where, value: entry.value, label: verdict, names: [...entry.names], line: entry.line.slice(0, 200) }));
    if (listed !== undefined && entry.names.has(listed) && verdict === listLabel) examples.push(`${where}: ${entry.value}  [${[...entry.names].join(' ')}]  |  ${entry.line.slice(0, 160)}`);
  }
  return kept;
}

/** The proposals of a document by scorer key, with their decision features and what became of the key. */
function countProposed(where: string, pages: PageInput[], label: Label, kept: ReadonlyMap<string, Keyed>): void {
  const proposed = new Map<string, Keyed>();
  for (const { text, proposal, features } of proposalsOf(pages)) {
    const key = orgKey(proposal.value);
    const entry = proposed.get(key) ?? { value: proposal.value, names: new Set<string>(), line: lineOf(text, proposal.start, proposal.end) };
    for (const name of features) entry.names.add(name);
    proposed.set(key, entry);
  }
  for (const [key, entry] of proposed) {
    const verdict = label(entry.value);
    if (verdict === null) continue;
    const field: keyof Tally = kept.has(key) ? (verdict === 'TP' ? 'tp' : 'fp') : verdict === 'TP' ? 'lost' : 'saved';
    for (const name of entry.names) row(proposedRows, name)[field] += 1;
    if (listed !== undefined && entry.names.has(listed) && !kept.has(key) && args.includes('--dropped')) examples.push(`${where}: dropped ${verdict} ${entry.value}  |  ${entry.line.slice(0, 160)}`);
  }
}

/** Counts one document: kept keys by rule and evidence, proposals by feature. */
function countDocument(set: string, kind: Kind, gold: GoldDocument, pages: PageInput[]): void {
  const label: Label = (value) => {
    const match = goldMatch(gold, { type: 'organisation', value });
    return match === 'optional' ? null : match === 'required' ? 'TP' : 'FP';
  };
  const where = `${set}/${kind} ${gold.doc}`;
  countProposed(where, pages, label, countKept(where, pages, label));
}

const precision = (t: Tally): string => (t.tp + t.fp === 0 ? '    -' : (t.tp / (t.tp + t.fp)).toFixed(3));

function printTable(title: string, table: Map<string, Tally>, withDropped: boolean): void {
  console.log(`\n${title}`);
  console.log(`${'rule / evidence'.padEnd(42)}    TP    FP  prec.${withDropped ? '   lost  saved' : ''}`);
  const sorted = [...table.entries()].sort(([a, x], [b, y]) => y.fp - x.fp || y.tp - x.tp || a.localeCompare(b));
  for (const [name, t] of sorted) {
    const dropped = withDropped ? `  ${String(t.lost).padStart(5)}  ${String(t.saved).padStart(5)}` : '';
    console.log(`${name.padEnd(42)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)}  ${precision(t)}${dropped}`);
  }
}

// `--web-only`: the web sets named (or found) alone, without dev and the fixture sets.
const fixtureSets: EvalSet[] = args.includes('--web-only') ? [] : [devSet(), ...['tuned1', 'tuned2', 'tuned3', 'heldout6'].map(fixtureSet)];
const sets: EvalSet[] = [...fixtureSets, ...webSets()].filter((set) => !isUntouched(set.name));
const kinds = KINDS.filter((kind) => onlyKind === undefined || kind === onlyKind);
for (const set of sets) {
  await prepareSetWith(set, (kind, gold, pages) => {
    if (kinds.includes(kind)) countDocument(set.name, kind, gold, pages);
  });
}
console.log(`tuning sets: ${sets.map((set) => set.name).join(', ')}; kinds: ${kinds.join(', ')}`);
console.log('one count per document and scorer key; TP names a gold organisation, FP none');
printTable('KEPT (exported organisations) by rule id and recorded evidence (ev:)', keptRows, false);
printTable('PROPOSED (before the decision) by decision feature; lost = gold name dropped, saved = false name dropped', proposedRows, true);
if (dumpFile !== undefined) writeFileSync(dumpFile, `${dumped.join('\n')}\n`);
if (listed !== undefined) {
  console.log(`\n${listed}: ${args.includes('--dropped') ? 'dropped proposals and ' : ''}kept ${listLabel}`);
  for (const line of examples) console.log(`  ${line}`);
}
