/**
 * `fr.figure.filter`: the named filters that reject a number `fr.figure.count` proposed, each
 * with the reason it is no count. Like chrono-node's refiners, a filter reads one proposal
 * (figure-proposal.ts) and answers one question; the first that rejects names the reason
 * (`fr.figure.filter.phone`). To stop a false figure, add a filter here; to keep a figure a
 * filter drops, fix that filter. Their cases are in fixtures/cases/fr/figure-filter.json.
 */
import type { FigureProposal } from './figure-proposal.js';
import {
  bareWordFilter, bracketedCodeFilter, leadingZeroFilter, phoneFilter, postcodeFilter, referenceFilter, signedFilter, thousandsGroupFilter,
  tightRangeFilter, versionFilter, yearFilter, zeroFilter,
} from './figure-filter-codes.js';
import { contentsRunFilter, headingWordFilter, listMarkerFilter, pageHeaderFilter, rowBreakFilter, tableCellFilter } from './figure-filter-layout.js';
import {
  departmentFilter, enumeratedFilter, insideNameFilter, maskedFilter, numberWordNameFilter, placeDepartmentFilter, quotedNameFilter, streetFilter,
} from './figure-filter-names.js';
import {
  agreementFilter, anaphoricFilter, discourseNounFilter, elidedArticleFilter, fractionFilter, graveDigitFilter, idiomFilter, oneOfFilter, participleFilter, proportionBaseFilter, quizFilter, socialCounterFilter, timeFilter, timesFilter,
} from './figure-filter-grammar.js';
import { cutWordFilter } from './figure-filter-cut.js';
import { partNumeralFilter } from './figure-filter-numeral.js';
import { ageFilter, anniversaryFilter, timeSpanFilter, yearRangeFilter } from './figure-filter-span.js';

/** One reason a proposed number is not a count. */
export interface FigureFilter {
  /** `fr.figure.filter.<reason>`, reported by `rejectingFilter` and asserted by the cases. */
  readonly id: string;
  /** What the filter recognises, for a reader of the table. */
  readonly reason: string;
  readonly rejects: (proposal: FigureProposal) => boolean;
}

/** Every filter, in the order they are asked (cheap and sure ones first). */
export const FIGURE_FILTERS: readonly FigureFilter[] = [
  referenceFilter,
  versionFilter,
  zeroFilter,
  tightRangeFilter,
  signedFilter,
  thousandsGroupFilter,
  leadingZeroFilter,
  maskedFilter,
  phoneFilter,
  bracketedCodeFilter,
  quizFilter,
  bareWordFilter,
  postcodeFilter,
  yearFilter,
  rowBreakFilter,
  partNumeralFilter,
  tableCellFilter,
  listMarkerFilter,
  pageHeaderFilter,
  headingWordFilter,
  contentsRunFilter,
  departmentFilter,
  streetFilter,
  insideNameFilter,
  numberWordNameFilter,
  quotedNameFilter,
  placeDepartmentFilter,
  enumeratedFilter,
  timeFilter,
  timeSpanFilter,
  ageFilter,
  yearRangeFilter,
  anniversaryFilter,
  idiomFilter,
  participleFilter,
  discourseNounFilter,
  fractionFilter,
  proportionBaseFilter,
  oneOfFilter,
  timesFilter,
  socialCounterFilter,
  cutWordFilter,
  agreementFilter,
  anaphoricFilter,
  graveDigitFilter,
  elidedArticleFilter,
];

/** The id of the first filter that rejects `proposal`, or undefined when it is kept. */
export function rejectingFilter(proposal: FigureProposal): string | undefined {
  return FIGURE_FILTERS.find((filter) => filter.rejects(proposal))?.id;
}
