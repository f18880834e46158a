/**
 * Completes dates and writes their ISO value. A day without a year takes the document's year,
 * moved back one year for `dernier` when the month lies after the document date, forward for
 * `prochain` when it lies before; a weekday picks the nearby year on which the date falls on
 * that weekday (`Mardi 14 octobre` → 2025), and none when no year within two of the reference
 * fits the weekday (the printed weekday contradicts it). A bare month (`en septembre`) in the same sentence as
 * a date whose month and year are written (`en mars 2019, … en octobre`) takes that year (the next one
 * when its month comes earlier): the sentence tells one story. A day and month with no year
 * (`Le 28 mars, …`) takes the year of the nearest date written with its month and year before
 * it, in its sentence or the one before, rather than the document's (whose year may come from a
 * farther date): the story goes on. `dernier`/`prochain` and weekdays stay tied to the document
 * date. A date listed right after one placed by its tense (`se réunira le 9 décembre et le 16
 * janvier`) is placed the same way, and so is a date with no tense before a `dernier` date of a
 * later or the same month in its sentence (`après la fête en novembre, … le 12 décembre dernier`). A
 * bare month listed right before a later month written with its year (`en février et mai 2017`)
 * takes that year. Against a reference dated by its year alone, a
 * text reviewing the year before (`bilan 2022` in a document of 2023) places what it tells as past
 * in the year reviewed, unless it tells a month of its own year as late. Filled components are listed
 * in `inferred`.
 */
import type { Candidate, DateParts, Refiner } from '../../core/types.js';
import { yearEvidence } from '../document-date-evidence.js';

/** Parses an ISO reference date at any precision (`2022`, `2022-12`, `2022-12-05`). */
export function parseReferenceDate(iso: string | undefined): DateParts | null {
  const match = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?/u.exec(iso ?? '');
  if (match === null) return null;
  const groups = match.groups ?? {};
  return {
    year: Number(groups['year']),
    month: groups['month'] === undefined ? undefined : Number(groups['month']),
    day: groups['day'] === undefined ? undefined : Number(groups['day']),
  };
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** ISO 8601 at the precision of `parts`; `--MM-DD` when the year is unknown. */
export function isoOf(parts: DateParts): string {
  const { year, month, day } = parts;
  if (year === undefined) return month !== undefined && day !== undefined ? `--${pad(month)}-${pad(day)}` : month !== undefined ? `--${pad(month)}` : '';
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A review of the year before the reference, and the latest month the text tells of the reference's year. */
interface Review {
  readonly year: number;
  readonly latestMonth: number;
}

/**
 * `review`: the text reviews the year before a reference dated by its year alone (`bilan 2022`, a
 * document of 2023). A review is written early in the year after: a month it tells as past (`le 14
 * décembre dernier`, `en novembre` in a past tense) later than any month it tells of its own year is
 * of the year reviewed.
 */
function resolveYear(parts: DateParts, reference: DateParts | null, review?: Review): number | undefined {
  const month = parts.month;
  if (month === undefined) return undefined;
  if (parts.weekday !== undefined && parts.day !== undefined) {
    const base = reference?.year;
    if (base === undefined) return undefined;
    for (const offset of [0, 1, -1, 2, -2]) {
      if (weekdayOf(base + offset, month, parts.day) === parts.weekday) return base + offset;
    }
    // `jeudi 11 mai` against a reference year whose 11 May is no Thursday, nor in the years around
    // it: the reference is not this day's time (a plan's horizon, a past event), the year stays unknown.
    return undefined;
  }
  if (reference?.year === undefined) return undefined;
  if (reference.month === undefined && parts.relative === 'past' && review !== undefined && month > review.latestMonth) return review.year;
  let year = reference.year;
  if (reference.month !== undefined) {
    const after = month > reference.month || (month === reference.month && (parts.day ?? 0) > (reference.day ?? 31));
    const before = month < reference.month;
    if (parts.relative === 'past' && after) year -= 1;
    if (parts.relative === 'future' && before) year += 1;
  }
  return year;
}

/** Most text between a date with its year and a bare month of the same sentence. */
const ANCHOR_REACH = 160;
/** Most text between a date with its year and a day of the same or the next sentence. */
const DAY_ANCHOR_REACH = 320;
/** `dernier`, `prochaine`: the date is placed against the document date, not the story's. */
const DOCUMENT_RELATIVE = /dern|proch/iu;

/** Whether `between` (text from a dated anchor to a day) spans at most one sentence end. */
function withinNextSentence(between: string): boolean {
  return between.length <= DAY_ANCHOR_REACH && (between.match(/[.!?](?:\s|$)|\n\s*\n/gu) ?? []).length <= 1;
}

/** The year a bare month or a day takes from the written date before it, if any. */
function anchorYear(text: string, candidate: Candidate, anchor: Candidate | undefined): number | undefined {
  const year = anchor?.date?.year;
  const anchorMonth = anchor?.date?.month;
  const parts = candidate.date;
  const month = parts?.month;
  // A bare year (`depuis 2022`) is a starting point, not the time of the story: no anchor.
  if (anchor === undefined || year === undefined || anchorMonth === undefined || month === undefined) return undefined;
  const between = text.slice(anchor.end, candidate.start);
  if (candidate.rule === 'fr.date.month-bare') {
    if (between.length > ANCHOR_REACH || /[.!?;]/u.test(between)) return undefined;
    return month >= anchorMonth ? year : year + 1;
  }
  if (parts?.day === undefined || parts.weekday !== undefined || DOCUMENT_RELATIVE.test(text.slice(candidate.start, candidate.end))) return undefined;
  // Only a day of the same year: an earlier month may belong to the next year or a recap. An
  // earlier day of the anchor's own month (`le 16 mars 2024 …, auparavant le 9 mars`) is its year:
  // a recap of the past days, or a step before the event, not a date eleven months ahead.
  if (!withinNextSentence(between) || month < anchorMonth) return undefined;
  return year;
}

/** `le 9 décembre et le 16 janvier`, `en mai, puis en juin`: words that list one date after another. */
const LISTED_AFTER = /^(?:[ \t\n]*(?:,|et|ou|puis|le|les|du|en))*[ \t\n]*$/iu;

/**
 * A date with no year nor tense of its own, listed right after one the text placed in the past
 * or the future (`se réunira le 9 décembre et le 16 janvier`), is placed the same way.
 */
function inheritTense(text: string, candidate: Candidate, previous: Candidate | undefined): void {
  const parts = candidate.date;
  const tense = previous?.date?.relative;
  if (parts === undefined || previous === undefined || tense === undefined || parts.year !== undefined || parts.relative !== undefined) return;
  const between = text.slice(previous.end, candidate.start);
  if (between.length <= 16 && LISTED_AFTER.test(between)) parts.relative = tense;
}

/** Most text between an untensed date and a later `dernier` date of its sentence. */
const PAST_AFTER_REACH = 160;

/**
 * A date with no year nor tense followed, in its sentence, by a later or same month told as past
 * (`Après la fête en novembre, la halle a accueilli le 12 décembre dernier…`) is past too: an earlier
 * step of the story the sentence tells as past.
 */
function pastBeforePast(text: string, dates: readonly Candidate[]): void {
  for (const [index, candidate] of dates.entries()) {
    const parts = candidate.date;
    if (parts?.month === undefined || parts.year !== undefined || parts.relative !== undefined || parts.weekday !== undefined) continue;
    const later = dates.slice(index + 1).find((next) => next.date?.relative === 'past' && DOCUMENT_RELATIVE.test(text.slice(next.start, next.end)));
    const month = later?.date?.month;
    if (later === undefined || month === undefined || later.date?.year !== undefined || month < parts.month) continue;
    const between = text.slice(candidate.end, later.start);
    if (between.length <= PAST_AFTER_REACH && !/[.!?;]|\n\s*\n/u.test(between)) parts.relative = 'past';
  }
}

/** `janvier et avril 2016`, `mars, en avril et en mai 2019`: what lists a month before the next. */
const MONTH_LISTED_BEFORE = /^[ \t\n]*(?:,|et|ou)[ \t\n]*(?:en[ \t\n]+)?$/iu;

/** The year `candidate` writes as a month and year (`avril 2016`, not a day), else the one it was listed under. */
function listYear(candidate: Candidate, listed: ReadonlyMap<Candidate, number>): number | undefined {
  const parts = candidate.date;
  if (parts?.month === undefined || parts.day !== undefined) return undefined;
  return parts.year !== undefined && !candidate.inferred.includes('year') ? parts.year : listed.get(candidate);
}

/**
 * Bare months listed right before a later month written with its year (`en février et mai 2017`,
 * `en mars, en avril et en mai 2019`), each with that year: the list is one span of one year. Read
 * from the end, so that a month listed before a listed month takes its year too.
 */
function listedYears(text: string, dates: readonly Candidate[]): Map<Candidate, number> {
  const listed = new Map<Candidate, number>();
  for (let index = dates.length - 2; index >= 0; index -= 1) {
    const candidate = dates[index];
    const next = dates[index + 1];
    const month = candidate?.date?.month;
    const nextMonth = next?.date?.month;
    if (candidate?.rule !== 'fr.date.month-bare' || next === undefined || month === undefined || nextMonth === undefined || nextMonth <= month) continue;
    const year = listYear(next, listed);
    if (year !== undefined && MONTH_LISTED_BEFORE.test(text.slice(candidate.end, next.start))) listed.set(candidate, year);
  }
  return listed;
}

/** The month of `candidate` when it is a date of `year`, or of no written year, placed by no tense; else 0. */
function ownMonth(candidate: Candidate, year: number): number {
  const parts = candidate.date;
  if (candidate.type !== 'date' || parts?.month === undefined || parts.relative !== undefined) return 0;
  return parts.year === undefined || (parts.year === year && !candidate.inferred.includes('year')) ? parts.month : 0;
}

/**
 * The review of the year before `reference` when `reference` is a year alone and the text reviews that
 * year (closed-year evidence: `bilan 2022`, `rapport d'activité 2022`), with the latest month the text
 * tells of `reference`'s year (a day or month with no year, or with that year); else undefined.
 */
function reviewOf(text: string, candidates: readonly Candidate[], reference: DateParts | null): Review | undefined {
  if (reference?.year === undefined || reference.month !== undefined) return undefined;
  const own = reference.year;
  const year = own - 1;
  const reviews = candidates.some(
    (candidate) => candidate.date?.year === year && candidate.date.month === undefined && !candidate.inferred.includes('year') && yearEvidence(text, candidate).rule === 'closed-year',
  );
  return reviews ? { year, latestMonth: Math.max(0, ...candidates.map((candidate) => ownMonth(candidate, own))) } : undefined;
}

export const resolveYearRefiner: Refiner = {
  id: 'fr.date.resolve-year',
  refine(context, candidates): Candidate[] {
    const reference = parseReferenceDate(context.document.documentDate);
    const dates = candidates.filter((candidate) => candidate.type === 'date' && candidate.date !== undefined);
    pastBeforePast(context.text, dates);
    const review = reviewOf(context.text, candidates, reference);
    let anchor: Candidate | undefined;
    let previous: Candidate | undefined;
    const listed = listedYears(context.text, dates);
    for (const candidate of candidates) {
      if (candidate.type !== 'date' || candidate.date === undefined) continue;
      inheritTense(context.text, candidate, previous);
      previous = candidate;
      const parts = candidate.date;
      if (parts.year !== undefined && !candidate.inferred.includes('year')) anchor = candidate;
      if (parts.year === undefined) {
        const year = listed.get(candidate) ?? anchorYear(context.text, candidate, anchor) ?? resolveYear(parts, reference, review);
        if (year !== undefined) {
          parts.year = year;
          if (!candidate.inferred.includes('year')) candidate.inferred.push('year');
        }
      }
      candidate.value = isoOf(parts);
    }
    return candidates.filter((candidate) => candidate.type !== 'date' || candidate.value !== '');
  },
};
