/**
 * `node --import tsx scripts/eval/org-decision-examples.ts [--web NAME=DIR …] > examples.jsonl`:
 * the training examples of the organisation decision (what `npm run fit:org` fits on), one JSON
 * line each, for studying where the hand rules and the fitted model go wrong: the set, kind,
 * document and page; the rule, the value and its line around it; the label (1: names a required
 * gold organisation, 0: names none; a proposal matching only an optional entity is left out, as
 * in the fit); whether the hand rules keep it; whether its value is among the page's final
 * organisations with the hand rules (`final`); and its features (decision-features.ts).
 * TUNING sets only: an untouched set (sets.ts `isUntouched`) is never read, whatever the command
 * line says. Web sets default to the /tmp page dumps of REAL_TUNING_SETS when present.
 */
import { existsSync } from 'node:fs';
import { fold } from '../../extractors/core/pattern.js';
import { runParsers, runRefiners } from '../../extractors/core/pipeline.js';
import type { PageInput, ParsingContext } from '../../extractors/core/types.js';
import { FRENCH_PARSERS, inferFrenchDocumentDate, readFrenchPage } from '../../extractors/fr/index.js';
import { featuresOf, handKept, handScoreOf, pageFacts, proposalView } from '../../extractors/fr/organisation/decision-features.js';
import { makeOrganisationDecisionRefiner } from '../../extractors/fr/refiners/organisation-decision.js';
import { REFINERS_AFTER, REFINERS_BEFORE, prepareSetWith } from './organisation-decision-split.js';
import { chooseWebSets } from './org-rules-sets.js';
import { goldMatch } from './score.js';
import type { GoldDocument } from './score.js';
import { devSet, fixtureSet, webEvalSet } from './sets.js';
import type { EvalSet, Kind } from './sets.js';

const HAND = makeOrganisationDecisionRefiner({ scope: 'hand', bias: 0, threshold: 0.5, weights: {} });
/** Characters of the line shown each side of a proposal. */
const SHOWN = 60;

function linesOf(set: string, kind: Kind, gold: GoldDocument, pages: readonly PageInput[]): string[] {
  const readings = pages.map(readFrenchPage);
  const documentDate = inferFrenchDocumentDate(pages, readings)?.value;
  return readings.flatMap((reading) => {
    const context: ParsingContext = { text: reading.normalised.text, page: reading.page.page, source: reading.page.source, document: { documentDate } };
    const before = runRefiners(REFINERS_BEFORE, context, runParsers(FRENCH_PARSERS, context, undefined, reading.yearDates));
    const kept = new Set(
      runRefiners([HAND, ...REFINERS_AFTER], context, before)
        .filter((candidate) => candidate.type === 'organisation')
        .map((candidate) => fold(candidate.value)),
    );
    const proposals = before.filter((candidate) => candidate.type === 'organisation');
    const facts = pageFacts(context.text, proposals);
    return proposals.flatMap((proposal, index) => {
      const match = goldMatch(gold, { type: 'organisation', value: proposal.value, text: context.text.slice(proposal.start, proposal.end) });
      if (match === 'optional') return [];
      const view = proposalView(context.text, proposals, index, facts);
      return [
        JSON.stringify({
          set,
          kind,
          doc: gold.doc,
          page: context.page,
          rule: proposal.rule,
          value: proposal.value,
          label: match === 'required' ? 1 : 0,
          hand: handKept({ rule: proposal.rule, handScore: handScoreOf(proposal) }),
          final: kept.has(fold(proposal.value)),
          before: view.before.slice(-SHOWN),
          after: view.after.slice(0, SHOWN),
          features: featuresOf(view),
        }),
      ];
    });
  });
}

const { read } = chooseWebSets(process.argv.slice(2), existsSync);
const sets: EvalSet[] = [
  devSet(),
  ...['tuned1', 'tuned2', 'tuned3', 'heldout6'].map(fixtureSet),
  ...[...read].map(([name, dir]) => webEvalSet(name, dir)),
];
for (const set of sets) {
  for (const lines of await prepareSetWith(set, (kind, gold, pages) => linesOf(set.name, kind, gold, pages))) {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
}
