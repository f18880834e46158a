/**
 * Infers a document's reference date from its text: a full date in the first lines of the first
 * page (a masthead or a slide deck's cover), else the later of the most frequent year and the year of the
 * latest month-precise date (a newsletter mentions its own year most, a report its last event).
 */
import type { Candidate, PageInput } from '../core/types.js';
import { runParsers, runRefiners } from '../core/pipeline.js';
import { DATE_PARSERS } from './parsers/date-parsers.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { normaliseText } from './normalise.js';

/** The first lines of a page, where a cover or a masthead states the document's date. */
function titleArea(text: string): string {
  const lines = text.split('\n');
  let kept = 0;
  let end = 0;
  for (const line of lines) {
    end += line.length + 1;
    if (line.trim() !== '') kept += 1;
    if (kept >= TITLE_LINES) break;
  }
  return text.slice(0, end);
}

const TITLE_LINES = 6;

function datesOf(page: PageInput): Candidate[] {
  const text = normaliseText(page.text).text;
  const context = { text, page: page.page, source: page.source, document: {} };
  return runRefiners([removeOverlapsRefiner], context, runParsers(DATE_PARSERS, context));
}

/** The inferred document date, or null when the text holds no year at all. */
export function inferDocumentDate(pages: readonly PageInput[]): { value: string; inferred: boolean } | null {
  const first = pages[0];
  if (first !== undefined) {
    const head = { ...first, text: titleArea(first.text) };
    const full = datesOf(head).find((date) => date.rule !== 'fr.date.range' && date.date?.year !== undefined && date.date.day !== undefined);
    const parts = full?.date;
    if (parts?.year !== undefined && parts.month !== undefined && parts.day !== undefined) {
      return { value: `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`, inferred: true };
    }
  }
  const counts = new Map<number, number>();
  let latestPrecise: number | undefined;
  for (const page of pages) {
    for (const date of datesOf(page)) {
      const year = date.date?.year;
      if (year === undefined) continue;
      counts.set(year, (counts.get(year) ?? 0) + 1);
      if (date.date?.month !== undefined && (latestPrecise === undefined || year > latestPrecise)) latestPrecise = year;
    }
  }
  let frequent: number | undefined;
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (frequent === undefined || count >= (counts.get(frequent) ?? 0)) frequent = year;
  }
  const year = Math.max(frequent ?? 0, latestPrecise ?? 0);
  return year === 0 ? null : { value: String(year), inferred: true };
}
