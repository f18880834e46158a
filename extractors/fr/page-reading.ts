/**
 * The first reading of a page, before the document date is known: its normalised text and the
 * candidates of the parsers of dates that write their year. The document date is inferred from
 * these (document-date.ts), then the page is extracted from the same reading (index.ts): each
 * page is normalised once, and these parsers run once, per document extraction.
 */
import { runParsers } from '../core/pipeline.js';
import type { Candidate, PageInput, Parser, ParsingContext } from '../core/types.js';
import { normaliseText } from './normalise.js';
import type { NormalisedText } from './normalise.js';
import { dateAbsoluteParser } from './parsers/date-absolute.js';
import { dateMonthYearParser } from './parsers/date-month-year.js';
import { dateNumericParser } from './parsers/date-numeric.js';
import { dateRangeParser } from './parsers/date-range.js';
import { dateYearParser } from './parsers/date-year.js';

/**
 * Only dates that write their year say when a document was written. None of these parsers reads
 * `context.document` (test/extractors/fr/page-reading.test.ts checks it), so their candidates
 * before the document date is known are the extraction's own.
 */
export const YEAR_PARSERS: readonly Parser[] = [dateRangeParser, dateAbsoluteParser, dateNumericParser, dateMonthYearParser, dateYearParser];

/** One page as read before the document date is known. */
export interface PageReading {
  readonly page: PageInput;
  readonly normalised: NormalisedText;
  /** The candidates of each of `YEAR_PARSERS` over the normalised text. */
  readonly yearDates: ReadonlyMap<Parser, readonly Candidate[]>;
}

/** Normalises `page` and runs `YEAR_PARSERS` over it. */
export function readPage(page: PageInput): PageReading {
  const normalised = normaliseText(page.text);
  const context: ParsingContext = { text: normalised.text, page: page.page, source: page.source, document: {} };
  const yearDates = new Map<Parser, readonly Candidate[]>();
  for (const parser of YEAR_PARSERS) yearDates.set(parser, runParsers([parser], context));
  return { page, normalised, yearDates };
}
