/**
 * What `npm run fit:org` and `npm run fit:tagger` share: the French refiners split around the
 * organisation decision (what runs before it once per page, what runs after it for each model
 * tried), the organisation score of documents decided by a given refiner, and the loop that
 * prepares every document of a set.
 */
import { basename } from 'node:path';
import { runParsers, runRefiners } from '../../extractors/core/pipeline.js';
import type { Candidate, PageInput, ParsingContext, Refiner } from '../../extractors/core/types.js';
import { FRENCH_PARSERS, FRENCH_REFINERS, frenchMentions, readFrenchPage } from '../../extractors/fr/index.js';
import type { PageReading } from '../../extractors/fr/index.js';
import { completeDocument, documentContextOf } from '../../extractors/index.js';
import { finish, scoreDocument } from './score.js';
import type { GoldDocument, TypeScore } from './score.js';
import { KINDS, golds } from './sets.js';
import type { EvalSet, Kind } from './sets.js';

const DECISION_ID = 'fr.organisation.decision';
const decisionIndex = FRENCH_REFINERS.findIndex((refiner) => refiner.id === DECISION_ID);
if (decisionIndex < 0) throw new Error(`${DECISION_ID} is not in FRENCH_REFINERS`);
/** The refiners that run before the decision: their output is computed once per page. */
export const REFINERS_BEFORE = FRENCH_REFINERS.slice(0, decisionIndex);
/** The refiners that run after the decision, for each decision tried. */
export const REFINERS_AFTER = FRENCH_REFINERS.slice(decisionIndex + 1);

/** A page run up to the decision. */
export interface DecidablePage {
  /** The page as given (its original text: mentions' spans index it). */
  readonly page: PageInput;
  /** The page as `readFrenchPage` read it: the decision and the refiners see its normalised text. */
  readonly reading: PageReading;
  readonly context: ParsingContext;
  readonly before: Candidate[];
}

/**
 * The pages of one document run up to the decision exactly as `extractDocument` runs them: the
 * same readings, the same document context (inferred date, whether it is only guessed).
 */
export function decidablePages(pages: readonly PageInput[]): DecidablePage[] {
  const readings = pages.map(readFrenchPage);
  const { context: document } = documentContextOf(pages, readings);
  return readings.map((reading): DecidablePage => {
    const context: ParsingContext = { text: reading.normalised.text, page: reading.page.page, source: reading.page.source, document };
    return { page: reading.page, reading, context, before: runRefiners(REFINERS_BEFORE, context, runParsers(FRENCH_PARSERS, context, undefined, reading.yearDates)) };
  });
}

/** A document whose pages were run up to the decision, with its gold. */
export interface DecidableDocument {
  readonly gold: GoldDocument;
  readonly pages: readonly DecidablePage[];
}

/**
 * The organisations `extractDocument` would export for `pages` if `decision` were the decision
 * refiner: the rest of each page's refiners, then the document-wide pass (`completeDocument`:
 * document overruns, other occurrences, OCR variants). With the production decision this equals
 * the organisations of `extractDocument(pages)`.
 */
export function organisationsWith(pages: readonly DecidablePage[], decision: Refiner): { value: string; text: string }[] {
  const found = pages.flatMap((page) => frenchMentions(page.page, page.reading, runRefiners([decision, ...REFINERS_AFTER], page.context, page.before)));
  return completeDocument(
    pages.map((page) => page.page),
    found,
  )
    .filter((mention) => mention.type === 'organisation')
    .map((mention) => ({ value: mention.value, text: mention.text }));
}

/**
 * Organisation precision, recall and F1 of `documents` when `decisionFor(document)` decides
 * their proposals and the rest of the pipeline runs as in `npm run eval` (the document-wide pass
 * included); null for no documents.
 */
export function organisationScoreWith(documents: readonly DecidableDocument[], decisionFor: (document: DecidableDocument) => Refiner): TypeScore | null {
  if (documents.length === 0) return null;
  const totals = new Map<string, TypeScore>();
  for (const document of documents) {
    const predictions = organisationsWith(document.pages, decisionFor(document)).map((mention) => ({ type: 'organisation', ...mention }));
    scoreDocument(document.gold, predictions, ['organisation'], totals);
  }
  finish(totals);
  return totals.get('organisation') ?? null;
}

/**
 * Every document of `set` (each kind rendered for it) that has gold, through `prepare`, in the
 * order of the kinds and of the set's page dumps.
 */
export async function prepareSetWith<T>(set: EvalSet, prepare: (kind: Kind, gold: GoldDocument, pages: PageInput[]) => T): Promise<T[]> {
  const gold = await golds(set.goldDir);
  const documents: T[] = [];
  for (const kind of KINDS) {
    for (const dump of (await set.load(kind)) ?? []) {
      const document = gold.get(basename(dump.file).slice(0, 3));
      if (document !== undefined) documents.push(prepare(kind, document, dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }))));
    }
  }
  return documents;
}
