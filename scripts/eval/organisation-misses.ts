/**
 * `node --import tsx scripts/eval/organisation-misses.ts [--kind exported|scanned|noisy] [--quiet] [--web NAME=DIR …]`:
 * where each missed organisation (a false negative of `npm run eval`) was lost, for the TUNING sets:
 * - `dropped-by-decision`: a proposal named it, the organisation decision did not keep it;
 * - `dropped-after`: the decision kept it, a later refiner (places, overlaps, document passes) dropped it;
 * - `wrong-extent`: an organisation proposal overlaps the name as written but names something else
 *   (cut short, overrun);
 * - `shadowed`: only a mention of another type (person, place, date…) covers the name, or a
 *   parser's mention did and a later refiner removed it (the name candidates skip a covered span);
 * - `never-proposed`: nothing covers the name as written on the page;
 * - `not-on-page`: the name as the gold writes it is not found on the pages (rendering, OCR).
 * Each miss is printed with its page context (tuning sets only). Untouched sets (sets.ts
 * `isUntouched`) are skipped: their errors are never read. Web sets default to the /tmp page
 * dumps of REAL_TUNING_SETS when present.
 * `--scores`: only the organisation precision, recall, F1 and TP/FP/FN counts of every web set
 * and kind, the untouched ones (`--web web-held3=DIR`…) included: counts, never their strings.
 * `--fates-only`: the per-set line of fate counts, no miss printed; untouched sets named with `--web` are then
 * counted too (org-rules-sets.ts `chooseCountedSets`): where their misses are lost, never which.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { runParsers, runRefiners } from '../../extractors/core/pipeline.js';
import type { Candidate, ParsingContext } from '../../extractors/core/types.js';
import { extractDocument } from '../../extractors/index.js';
import type { PageInput } from '../../extractors/index.js';
import { FRENCH_PARSERS, inferFrenchDocumentDate, readFrenchPage } from '../../extractors/fr/index.js';
import { organisationDecisionRefiner } from '../../extractors/fr/refiners/organisation-decision.js';
import { REFINERS_BEFORE } from './organisation-decision-split.js';
import { finish, goldMatch, scoreDocument } from './score.js';
import type { GoldDocument, GoldEntity, TypeScore } from './score.js';
import { KINDS, REAL_TUNING_SETS, golds, isUntouched, webDumpDirs, webEvalSet } from './sets.js';
import { chooseCountedSets } from './org-rules-sets.js';
import type { EvalSet, Kind } from './sets.js';

const args = process.argv.slice(2);
const kindArg = args[args.indexOf('--kind') + 1];
const kind: Kind = args.includes('--kind') && KINDS.includes(kindArg as Kind) ? (kindArg as Kind) : 'exported';
const fatesOnly = args.includes('--fates-only');
const quiet = fatesOnly || args.includes('--quiet');

type Fate = 'dropped-by-decision' | 'dropped-after' | 'wrong-extent' | 'shadowed' | 'never-proposed' | 'not-on-page';
const FATES: readonly Fate[] = ['dropped-by-decision', 'dropped-after', 'wrong-extent', 'shadowed', 'never-proposed', 'not-on-page'];

interface Page {
  readonly text: string;
  /** The parsers' mentions, before any refiner. */
  readonly parsed: readonly Candidate[];
  readonly before: readonly Candidate[];
  readonly decided: readonly Candidate[];
}

function sets(): EvalSet[] {
  // --fates-only: untouched sets named on the command line are counted too (no miss of theirs is ever printed).
  if (fatesOnly) {
    const chosen = chooseCountedSets(args, existsSync);
    return [...chosen.read, ...chosen.countedOnly].filter(([, dir]) => existsSync(dir)).map(([name, dir]) => webEvalSet(name, dir));
  }
  return [...webDumpDirs(args, REAL_TUNING_SETS)]
    // Untouched sets are never read here, whatever the arguments say.
    .filter(([name, dir]) => !isUntouched(name) && (REAL_TUNING_SETS as readonly string[]).includes(name) && existsSync(dir))
    .map(([name, dir]) => webEvalSet(name, dir));
}

function preparePages(pages: readonly PageInput[]): Page[] {
  const readings = pages.map(readFrenchPage);
  const documentDate = inferFrenchDocumentDate(pages, readings)?.value;
  return readings.map((reading) => {
    const context: ParsingContext = { text: reading.normalised.text, page: reading.page.page, source: reading.page.source, document: { documentDate } };
    const parsed = runParsers(FRENCH_PARSERS, context, undefined, reading.yearDates);
    const before = runRefiners(REFINERS_BEFORE, context, parsed);
    return { text: context.text, parsed, before, decided: runRefiners([organisationDecisionRefiner], context, before) };
  });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where the entity is written on a page: its text, norm and aliases, spaces and apostrophes loose. */
function occurrences(text: string, entity: GoldEntity): { start: number; end: number }[] {
  const names = [entity.text ?? '', entity.norm ?? '', ...(entity.aliases ?? [])].filter((name) => name.trim().length >= 2);
  const found: { start: number; end: number }[] = [];
  for (const name of names) {
    const pattern = escape(name.trim()).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]");
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'))) found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length > 0) break;
  }
  return found;
}

const names = (page: Page, candidate: Candidate, entity: GoldEntity): boolean =>
  goldMatch({ doc: '', entities: [{ ...entity, optional: false }] }, { type: 'organisation', value: candidate.value, text: page.text.slice(candidate.start, candidate.end) }) === 'required';

interface Miss {
  readonly fate: Fate;
  readonly line: string;
}

function fateOf(pages: readonly Page[], entity: GoldEntity): Miss {
  const organisations = (list: readonly Candidate[]): Candidate[] => list.filter((c) => c.type === 'organisation');
  for (const page of pages) {
    const named = organisations(page.before).find((c) => names(page, c, entity));
    if (named === undefined) continue;
    const kept = organisations(page.decided).some((c) => names(page, c, entity));
    const why = `${named.rule} [${(named.evidence ?? []).join(' ')}] hand ${String((named.data as { handScore?: number } | undefined)?.handScore ?? '-')}`;
    return { fate: kept ? 'dropped-after' : 'dropped-by-decision', line: why };
  }
  let seen: { page: Page; at: { start: number; end: number } } | null = null;
  for (const page of pages) {
    for (const at of occurrences(page.text, entity)) {
      seen ??= { page, at };
      const overlapping = page.before.filter((c) => c.start < at.end && at.start < c.end);
      const organisation = overlapping.find((c) => c.type === 'organisation');
      if (organisation !== undefined) return { fate: 'wrong-extent', line: `${organisation.rule}: «${organisation.value}»  ${context(page.text, at)}` };
      const other = overlapping[0] ?? page.parsed.find((c) => c.start < at.end && at.start < c.end);
      if (other !== undefined) return { fate: 'shadowed', line: `${other.type} ${other.rule}: «${other.value}»${overlapping.length === 0 ? ' (removed later)' : ''}  ${context(page.text, at)}` };
    }
  }
  return seen === null ? { fate: 'not-on-page', line: '' } : { fate: 'never-proposed', line: context(seen.page.text, seen.at) };
}

function context(text: string, at: { start: number; end: number }): string {
  const clean = (part: string): string => part.replace(/\n/gu, '⏎');
  return `…${clean(text.slice(Math.max(0, at.start - 70), at.start))}[[${clean(text.slice(at.start, at.end))}]]${clean(text.slice(at.end, at.end + 50))}…`;
}

/** Organisation scores of one set and kind, no error read (safe for untouched sets). */
async function scoresOnly(set: EvalSet, scored: Kind): Promise<TypeScore | undefined> {
  const gold = await golds(set.goldDir);
  const score = new Map<string, TypeScore>();
  for (const dump of (await set.load(scored)) ?? []) {
    const document = gold.get(basename(dump.file).slice(0, 3));
    if (document === undefined) continue;
    const mentions = extractDocument(dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }))).mentions;
    scoreDocument(document, mentions.map((m) => ({ type: m.type, value: m.value, unit: m.unit, text: m.text })), ['organisation'], score);
  }
  finish(score);
  return score.get('organisation');
}

if (args.includes('--scores')) {
  for (const [name, dir] of webDumpDirs(args, REAL_TUNING_SETS)) {
    const set = webEvalSet(name, dir);
    for (const scored of KINDS) {
      const org = await scoresOnly(set, scored);
      if (org !== undefined) console.log(`${name.padEnd(10)} ${scored.padEnd(8)} P ${org.p.toFixed(3)} R ${org.r.toFixed(3)} F1 ${org.f1.toFixed(3)}  TP ${org.tp} FP ${org.fp} FN ${org.fn}${isUntouched(name) ? '  (untouched)' : ''}`);
    }
  }
  process.exit(0);
}

const totals = new Map<Fate, number>(FATES.map((fate) => [fate, 0]));
for (const set of sets()) {
  const gold = await golds(set.goldDir);
  const score = new Map<string, TypeScore>();
  const perSet = new Map<Fate, number>(FATES.map((fate) => [fate, 0]));
  const lines: string[] = [];
  for (const dump of (await set.load(kind)) ?? []) {
    const document: GoldDocument | undefined = gold.get(basename(dump.file).slice(0, 3));
    if (document === undefined) continue;
    const inputs: PageInput[] = dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }));
    const predictions = extractDocument(inputs).mentions.map((m) => ({ type: m.type, value: m.value, unit: m.unit, text: m.text }));
    const documentScore = new Map<string, TypeScore>();
    scoreDocument(document, predictions, ['organisation'], documentScore);
    scoreDocument(document, predictions, ['organisation'], score);
    const missed = new Set(documentScore.get('organisation')?.fnNorms.map((fn) => fn.slice(fn.indexOf(': ') + 2)) ?? []);
    if (missed.size === 0) continue;
    const pages = preparePages(inputs);
    for (const entity of document.entities.filter((e) => e.type === 'organisation' && e.optional !== true && missed.has(e.norm ?? ''))) {
      const miss = fateOf(pages, entity);
      perSet.set(miss.fate, (perSet.get(miss.fate) ?? 0) + 1);
      totals.set(miss.fate, (totals.get(miss.fate) ?? 0) + 1);
      lines.push(`  ${miss.fate.padEnd(19)} ${document.doc} ${entity.norm ?? ''}  ${miss.line}`);
    }
  }
  finish(score);
  const org = score.get('organisation');
  console.log(`${set.name} ${kind}: organisation P ${org?.p.toFixed(3)} R ${org?.r.toFixed(3)} F1 ${org?.f1.toFixed(3)} (TP ${org?.tp} FP ${org?.fp} FN ${org?.fn}); ${FATES.map((fate) => `${fate} ${perSet.get(fate)}`).join(', ')}`);
  if (!quiet) for (const line of lines.sort()) console.log(line);
}
console.log(`all ${fatesOnly ? 'web sets read' : 'tuning web sets'} (${kind}): ${FATES.map((fate) => `${fate} ${totals.get(fate)}`).join(', ')}`);
