/**
 * Infers a document's reference date from its text. The masthead or cover (first lines of the
 * first page) wins: a full date, else a month and year, else a season and year (`Printemps
 * 2024`). Otherwise the later of the most frequent year and the year of the latest month-precise
 * event (a newsletter mentions its own year most; a report is written after the last event it
 * recounts). Deadlines and plans (`jusqu'en décembre 2025`, `d'ici 2026`) and the upper end of a
 * range (`2024-2025`) say nothing about when the document was written, so they are left out.
 * A web address dated by its path (`/article/2015/06/30/`) counts as a month-precise event: a
 * clipped article carries its own address.
 */
import { alternation } from '../core/pattern.js';
import type { Candidate, PageInput, Parser } from '../core/types.js';
import { runParsers, runRefiners } from '../core/pipeline.js';
import { FORWARD_CUES, SEASONS } from './lexicon/seasons.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { YEAR_PARSERS, readPage } from './page-reading.js';
import type { PageReading } from './page-reading.js';

const TITLE_LINES = 6;
const SEASON_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(SEASONS)}[ \\t]+(?<year>(?:19|20)\\d{2})(?!\\p{N})`, 'iu');
const FORWARD_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(FORWARD_CUES)}[ \\t]*(?:le[ \\t]+|l'|en[ \\t]+|au[ \\t]+)?(?:${alternation(SEASONS)}[ \\t]+)?$`, 'iu');
/**
 * A range connector right before a date: the date is a range's upper end. A spaced dash after a
 * word or an issue number (`Le Parisien — 9 octobre 2025`, `N°7 — avril 2025`) separates masthead
 * parts instead; only a dash glued to its start (`2024-2025`, `janvier-mars`) or after a bare
 * number (`3 – 5 mars`) closes a range.
 */
const RANGE_END_BEFORE = /(?:(?:\p{N}|\p{L})[-–/]|(?<!N°[ \t]*\d*)(?<![\p{L}]\d*)\p{N}[ \t]+[-–][ \t]+|(?:\p{N}|\p{L})[ \t]*(?:au|à|et)[ \t]*)$/u;

/** True for a deadline, a plan or a range's upper end: not a date the document was written at. */
function lookingAhead(text: string, date: Candidate): boolean {
  const before = text.slice(Math.max(0, date.start - 24), date.start);
  return FORWARD_BEFORE.test(before) || RANGE_END_BEFORE.test(before);
}

/** The first lines of a page, where a cover or a masthead states the document's date. */
function titleArea(text: string): string {
  let kept = 0;
  let end = 0;
  for (const line of text.split('\n')) {
    end += line.length + 1;
    if (line.trim() !== '') kept += 1;
    if (kept >= TITLE_LINES) break;
  }
  return text.slice(0, end);
}

const ANY_YEAR = /(?:19|20)\d{2}/u;
/** `/2015/06/30/`, `/2019/03/`: a year and month in a web address's path. */
const URL_DATE_PATH = /\/(?<year>(?:19|20)\d{2})\/(?:0[1-9]|1[0-2])\//gu;

/**
 * The dates of `text` that write their year, overlaps removed. `found` holds the candidates
 * `YEAR_PARSERS` already found in `text` (a page's reading); without it they are run here.
 */
function datesOf(text: string, page: PageInput, found?: ReadonlyMap<Parser, readonly Candidate[]>): Candidate[] {
  if (!ANY_YEAR.test(text)) return [];
  const context = { text, page: page.page, source: page.source, document: {} };
  return runRefiners([removeOverlapsRefiner], context, runParsers(YEAR_PARSERS, context, undefined, found));
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The date a masthead states, at the precision it states it, or undefined. */
function mastheadDate(first: PageReading): string | undefined {
  const head = titleArea(first.normalised.text);
  // The title area is a prefix of the page: its dates are read again (a date cut at its end reads
  // otherwise than on the whole page). It is a few lines long.
  const dates = datesOf(head, first.page).filter((date) => date.rule !== 'fr.date.range' && date.date?.year !== undefined && !lookingAhead(head, date));
  const full = dates.find((date) => date.date?.month !== undefined && date.date.day !== undefined)?.date;
  if (full?.year !== undefined && full.month !== undefined && full.day !== undefined) return `${full.year}-${pad(full.month)}-${pad(full.day)}`;
  const month = dates.find((date) => date.date?.month !== undefined)?.date;
  if (month?.year !== undefined && month.month !== undefined) return `${month.year}-${pad(month.month)}`;
  return SEASON_YEAR.exec(head)?.groups?.['year'];
}

/**
 * The inferred document date, or null when the text holds no year at all. `readings` are the
 * pages as `readPage` read them, when the caller has them (extractDocument): nothing is read twice.
 */
export function inferDocumentDate(
  pages: readonly PageInput[],
  readings?: readonly PageReading[],
): { value: string; inferred: boolean } | null {
  const first = readings?.[0] ?? (pages[0] === undefined ? undefined : readPage(pages[0]));
  const masthead = first === undefined ? undefined : mastheadDate(first);
  if (masthead !== undefined) return { value: masthead, inferred: true };
  const counts = new Map<number, number>();
  let latestPrecise = 0;
  for (const reading of readings ?? pages.map(readPage)) {
    const text = reading.normalised.text;
    for (const date of datesOf(text, reading.page, reading.yearDates)) {
      const year = date.date?.year;
      if (year === undefined) continue;
      if (lookingAhead(text, date)) continue;
      counts.set(year, (counts.get(year) ?? 0) + 1);
      if (date.date?.month !== undefined) latestPrecise = Math.max(latestPrecise, year);
    }
    if (text.includes('/')) for (const match of text.matchAll(URL_DATE_PATH)) latestPrecise = Math.max(latestPrecise, Number(match.groups?.['year']));
  }
  let frequent: number | undefined;
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (frequent === undefined || count >= (counts.get(frequent) ?? 0)) frequent = year;
  }
  const year = Math.max(frequent ?? 0, latestPrecise);
  return year === 0 ? null : { value: String(year), inferred: true };
}
