/**
 * Infers a document's reference date from its text. The masthead or cover (first lines of the
 * first page) wins: a full date, else a month and year, else a season and year (`Printemps
 * 2024`). Then a signature or publication stamp anywhere (`Fait à Lyon, le 3 mars 2024`,
 * `Publié le 3 mars 2024`). Otherwise the later of the most frequent year and the year of the latest month-precise
 * event (a newsletter mentions its own year most; a report is written after the last event it
 * recounts), and never before the year a review stands for (`bilan 2023`: 2024; a review is written once its year is
 * over, however often it names that year). Each date counts for the year it stands for (document-date-evidence.ts): deadlines
 * and plans (`jusqu'en décembre 2025`, `d'ici 2026`), a budget's year and the upper end of a range
 * (`2024-2025`) say nothing about when the document was written, so they are left out; a review of
 * a year (`bilan 2023`) stands for the year after it; a starting point, a law named by its year or
 * by the day it was signed (`la loi du 31 juillet 2014`, never a masthead) or a pluperfect's year
 * only bounds it: with no other year, the document is dated the year after the latest of them (it
 * is written after what it recounts as its past), as when every other year is older.
 * A web address dated by its path (`/article/2015/06/30/`) counts as a month-precise event: a
 * clipped article carries its own address. An anniversary the body celebrates (`fête ses 30 ans`),
 * counted from the one founding year it tells (`implantée en 1993`), dates the document when it is
 * later than the body's years (a history names its founding year more than its own).
 * A date from the body's years alone is marked `guessed`,
 * unless the opening lines give a weekday with its day and month (`Jeudi 25 juin, …`, a news post
 * opening on its event): the one year within two of the guess whose day falls on that weekday dates it.
 * Past the opening, weekdays with their day and month (`se sont réunis ce vendredi 9 mars`) name the
 * guessed year the same way, when all that fit one year only name the same one.
 */
import { cueMatches, cueWords } from '../core/cue-words.js';
import { alternation } from '../core/pattern.js';
import type { Candidate, PageInput, Parser } from '../core/types.js';
import { runParsers, runRefiners } from '../core/pipeline.js';
import { anniversaryYears, isStartingPoint, yearEvidence } from './document-date-evidence.js';
import { SEASONS } from './lexicon/seasons.js';
import { MONTHS } from './lexicon/months.js';
import { WEEKDAYS } from './lexicon/weekdays.js';
import { DEADLINE_CUES, DEADLINE_SUBJECTS } from './lexicon/year-cues.js';
import { dateYearListRefiner } from './refiners/date-year-list.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { isoOf } from './refiners/resolve-year.js';
import { YEAR_PARSERS, readPage } from './page-reading.js';
import { firstLettersAhead } from './patterns.js';
import { isToldInPast } from './past-context.js';
import type { PageReading } from './page-reading.js';

const TITLE_LINES = 6;
// The seasons' first letters looked at first (`firstLettersAhead`): the look-behind then runs only where a season may start.
const SEASON_YEAR = new RegExp(`${firstLettersAhead(SEASONS)}(?<![\\p{L}\\p{N}])${alternation(SEASONS)}[ \\t]+(?<year>(?:19|20)\\d{2})(?!\\p{N})`, 'iu');
/** Whether `date` says nothing of when the document was written (a deadline, a plan, a range's end). */
function lookingAhead(text: string, date: Candidate): boolean {
  return yearEvidence(text, date).year === undefined;
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
/** `/2015/06/30/`, `/2019/03/`: a year and month in a web address's path, and the day when it gives one. */
const URL_DATE_PATH = /\/(?<year>(?:19|20)\d{2})\/(?<month>0[1-9]|1[0-2])\/(?:(?<day>0[1-9]|[12]\d|3[01])\/)?/gu;

/**
 * The dates of `text` that write their year, overlaps and lists of years (an archive menu, a chart's
 * axis: fr.date.year-list) removed, as the mentions are. `found` holds the candidates
 * `YEAR_PARSERS` already found in `text` (a page's reading); without it they are run here.
 */
function datesOf(text: string, page: PageInput, found?: ReadonlyMap<Parser, readonly Candidate[]>): Candidate[] {
  if (!ANY_YEAR.test(text)) return [];
  const context = { text, page: page.page, source: page.source, document: {} };
  const dates = runRefiners([removeOverlapsRefiner, dateYearListRefiner], context, runParsers(YEAR_PARSERS, context, undefined, found));
  return dates.filter((date) => (date.date?.year ?? EARLIEST_DOCUMENT_YEAR) >= EARLIEST_DOCUMENT_YEAR);
}

/**
 * The first year a document of the corpus may be written in. A year before it (a body founded in the nineteenth
 * century, a building's date) is history the text tells: it neither dates the document nor bounds it, so a text
 * whose only year is such a founding stays undated rather than dated the year after it.
 */
const EARLIEST_DOCUMENT_YEAR = 1900;

const pad = (value: number): string => String(value).padStart(2, '0');

/** Most text before a date, on its line, that a deadline cue may take. */
const DEADLINE_REACH = 60;
/**
 * A deadline cue right before a date (`avant le`, `date limite :`, `clôture des candidatures :`), or
 * what a call receives then `jusqu'au` (`Inscriptions jusqu'au`). Not a validity end (`valable
 * jusqu'au`) nor a target (`d'ici le`).
 */
const DEADLINE_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])${alternation(DEADLINE_CUES)}[^\\n]*|(?<![\\p{L}])${alternation(DEADLINE_SUBJECTS)}(?![\\p{L}])[^\\n]*(?<![\\p{L}])jusqu['’]?(?:au|à)[ \\t]*)$`,
  'iu',
);

/** Whether `date` is a deadline (`Candidatures avant le 3 juin 2022`), not a validity end, a target or a range end. */
function isDeadline(text: string, date: Candidate): boolean {
  if (yearEvidence(text, date).rule !== 'forward') return false;
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, date.start - DEADLINE_REACH), date.start));
}

/** An issue's number right before a date, a dash or a comma between them: `N°5 – `, `n° 12, `. */
const ISSUE_NUMBER_BEFORE = /(?<![\p{L}])n[°o][ \t]*\d{1,4}[ \t]*[-–—,]?\s*$/iu;
/** A date that closes its line: `mars 2022⏎`. */
const CLOSES_LINE = /^[ \t]*(?:\n|$)/u;
/**
 * Whether `date` is a month written in words (no day) the opening tells in the past (`En mars 2022, la boutique a ouvert…`, `dans notre
 * lettre de février 2015, nous avons présenté…`): an event the text recounts, not its issue's month.
 */
function isToldMonth(head: string, date: Candidate): boolean {
  // A month in digits (`2024-05`, `05/2024`) is a label's or a stamp's, never prose's; so is one closing its line
  // (`Lettre de la Scic⏎mars 2022⏎`), whatever the headline above it tells, or one after an issue's number
  // (`N°5 –⏎Mai 2024 Pôle…`, a masthead whose lines the page ran into the editorial).
  if (date.rule !== 'fr.date.month-year' || date.date?.day !== undefined || CLOSES_LINE.test(head.slice(date.end, date.end + 8))) return false;
  if (ISSUE_NUMBER_BEFORE.test(head.slice(Math.max(0, date.start - 16), date.start))) return false;
  return isToldInPast(head, date.start, date.end);
}

/** The year of the first deadline with its day in the title (`Dépôt des dossiers avant le 30 avril 2021`). */
function deadlineYear(head: string, dates: readonly Candidate[]): string | undefined {
  const deadline = dates.find((date) => date.date?.day !== undefined && date.date.month !== undefined && isDeadline(head, date));
  return deadline?.date?.year === undefined ? undefined : String(deadline.date.year);
}

/**
 * The date a masthead states, at the precision it states it, or undefined. A title that only sets
 * a deadline (`Dépôt des dossiers avant le 30 avril 2021`) dates the document to the deadline's year:
 * a call is written in the months before its deadline.
 */
function mastheadDate(first: PageReading): string | undefined {
  const head = titleArea(first.normalised.text);
  // The title area is a prefix of the page: its dates are read again (a date cut at its end reads
  // otherwise than on the whole page). It is a few lines long; read once, for every test below.
  const headDates = datesOf(head, first.page);
  const written = headDates.filter((date) => date.rule !== 'fr.date.range' && date.date?.year !== undefined);
  // A starting point (`depuis le 1er mars 2019`) in the opening lines dates what the document recounts, not the document.
  const dates = written.filter((date) => !lookingAhead(head, date) && !isStartingPoint(head, date) && !isToldMonth(head, date));
  const full = dates.find((date) => date.date?.month !== undefined && date.date.day !== undefined)?.date;
  if (full?.year !== undefined && full.month !== undefined && full.day !== undefined) return `${full.year}-${pad(full.month)}-${pad(full.day)}`;
  const month = dates.find((date) => date.date?.month !== undefined)?.date;
  if (month?.year !== undefined && month.month !== undefined) return `${month.year}-${pad(month.month)}`;
  return issuePeriodStart(head, headDates) ?? SEASON_YEAR.exec(head)?.groups?.['year'] ?? deadlineYear(head, written);
}

const MONTH_DASH_MONTH = /^\p{L}+\.?[ \t]*[-–/][ \t]*\p{L}/u;

/**
 * `Janvier-Avril 2007`, `Septembre-octobre 2021`: a newsletter issue dated by the months it covers is
 * written at their start (the month of its first end), as a season's issue is dated by its year.
 * `headDates` are the title area's dates (`datesOf(head)`, read once by `mastheadDate`).
 */
function issuePeriodStart(head: string, headDates: readonly Candidate[]): string | undefined {
  // Two months joined by a dash or a slash (`de mars à juin 2026` is a plan's span, not an issue's).
  const range = headDates.find(
    (date) => date.rule === 'fr.date.range' && date.date?.day === undefined && date.date?.month !== undefined && MONTH_DASH_MONTH.test(head.slice(date.start, date.start + 24)),
  );
  const parts = range?.date;
  if (parts?.year === undefined || parts.month === undefined || lookingAhead(head, range as Candidate)) return undefined;
  return `${parts.year}-${pad(parts.month)}`;
}

/** The weekdays written whole (not `lun.`, `mar`): the words the weekday patterns open on. */
const WHOLE_WEEKDAYS = Object.keys(WEEKDAYS).filter((name) => name.length > 4);

/** A weekday, its day and its month with no year after them (`Jeudi 25 juin`, `mardi 1er mars`). */
/**
 * A weekday, its day and its month with `gap` between them and before a year (`Jeudi 25 juin`), never with the year
 * after them: a date whose year is written dates nothing by its weekday. The weekdays' first letters are looked at
 * first (`firstLettersAhead`), so the look-behind runs only where a weekday may start (speed only: same matches).
 */
function weekdayDayMonth(gap: string, flags: string): RegExp {
  return new RegExp(
    `${firstLettersAhead(WHOLE_WEEKDAYS)}(?<![\\p{L}])(?<weekday>${alternation(WHOLE_WEEKDAYS)})${gap}(?<day>1er|[1-9]|[12]\\d|3[01])${gap}(?<month>${alternation(Object.keys(MONTHS).filter((name) => !name.includes('.')))})(?![\\p{L}.])(?![ \\t,]*(?:${gap})?[ \\t,]*(?:19|20)\\d\\d)`,
    flags,
  );
}
const WEEKDAY_DAY_MONTH = weekdayDayMonth('[ \\t]+', 'iu');
/**
 * How much of the first page's text is its opening, for a weekday: a title and a first paragraph,
 * whatever the width of its lines (a narrow column wraps a title over many lines).
 */
const OPENING_CHARS = 600;
/** How far from the body's year a weekday's year is looked for. */
const WEEKDAY_REACH = 2;

/**
 * The date of the first weekday with its day and month in `head` (a page's opening), when one
 * year only within WEEKDAY_REACH of `guess` puts that day on that weekday; else undefined.
 */
function weekdayDated(head: string, guess: number): string | undefined {
  const found = WEEKDAY_DAY_MONTH.exec(head)?.groups;
  return found === undefined ? undefined : weekdayFit(found, guess);
}

/** The date of a weekday, its day and its month (`found`, WEEKDAY_DAY_MONTH's groups) in the one year within WEEKDAY_REACH of `guess` that fits. */
function weekdayFit(found: Record<string, string | undefined>, guess: number): string | undefined {
  const weekday = WEEKDAYS[found['weekday']?.toLowerCase() as keyof typeof WEEKDAYS];
  const month = MONTHS[found['month']?.toLowerCase() as keyof typeof MONTHS];
  const day = found['day'] === '1er' ? 1 : Number(found['day']);
  const years: number[] = [];
  for (let year = guess - WEEKDAY_REACH; year <= guess + WEEKDAY_REACH; year += 1) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday) years.push(year);
  }
  return years.length === 1 ? `${years[0]}-${pad(month)}-${pad(day)}` : undefined;
}

/** Every weekday with its day and month and no year after them, anywhere on a page (a line may break between them, or before the year). */
const WEEKDAY_DAY_MONTH_ALL = weekdayDayMonth('(?:[ \\t]+\\n?|\\n)[ \\t]*', 'giu');
/**
 * The weekdays it opens on, as cue words: it is tried only where a page's word begins with one (`cueMatches`, the
 * same matches as a scan of the whole page, which tried its case-blind list of weekdays at every place).
 */
const WEEKDAY_CUES = cueWords(WHOLE_WEEKDAYS);

/**
 * The year the weekdays of the body (`se sont réunis ce vendredi 9 mars`, `le mardi 4 juin`) name,
 * when each that one year only within WEEKDAY_REACH of `guess` fits names the same one: a news
 * item tells its days near the time it is written. Undefined with none, or with two years.
 */
function bodyWeekdayYear(readings: readonly PageReading[], guess: number): number | undefined {
  const named = new Set<number>();
  for (const reading of readings) {
    for (const match of cueMatches(WEEKDAY_DAY_MONTH_ALL, WEEKDAY_CUES, reading.normalised.text)) {
      const dated = match.groups === undefined ? undefined : weekdayFit(match.groups, guess);
      if (dated !== undefined) named.add(Number(dated.slice(0, 4)));
    }
  }
  const [year, ...others] = named;
  return others.length === 0 ? year : undefined;
}

/** What the body's dates say of the document's date, summed over its pages. */
interface BodyEvidence {
  /** The weight of the dates that stand for each year. */
  readonly counts: Map<number, number>;
  /** The latest year of a month-precise event (or of a dated web address). */
  latestPrecise: number;
  /** The latest year the document is written after (a starting point, a law named by its year). */
  latestBound: number;
  /** The latest year of a told past (a starting point, a pluperfect, a past year's edge): not a thing named by its year. */
  latestPast: number;
  /** The latest year a review stands for (`bilan 2023`: 2024): the document is of that year at the earliest. */
  latestReview: number;
  /** The first signature or publication stamp, as ISO. */
  stamp: string | undefined;
  /** The founding years the body tells (`créée en 1993`). */
  readonly founded: Set<number>;
  /** The earliest deadline or target written with its month (`jusqu'au 30 septembre 2026`, `d'ici juillet 2026`), as ISO. */
  ahead: string | undefined;
  /** The earliest bare year told ahead of the document (`déménagera en 2026`, a forecast's year). */
  aheadYear: number | undefined;
}

function bodyEvidence(readings: readonly PageReading[]): BodyEvidence {
  const evidence: BodyEvidence = { counts: new Map(), latestPrecise: 0, latestBound: 0, latestPast: 0, latestReview: 0, stamp: undefined, founded: new Set(), ahead: undefined, aheadYear: undefined };
  for (const reading of readings) {
    const text = reading.normalised.text;
    for (const date of datesOf(text, reading.page, reading.yearDates)) addDateEvidence(evidence, date, yearEvidence(text, date));
    if (text.includes('/')) for (const match of text.matchAll(URL_DATE_PATH)) addAddressEvidence(evidence, match.groups ?? {});
  }
  return evidence;
}

/**
 * What a web address dated by its path tells: a month-precise event, and, when the path gives the day too
 * (`/article/2015/06/30/…`, a news article's permalink), the clipped article's own publication stamp. A path with a
 * month only (`/uploads/2018/01/`, where a site files its images) is no article's date.
 */
function addAddressEvidence(evidence: BodyEvidence, groups: Record<string, string | undefined>): void {
  const year = Number(groups['year']);
  evidence.latestPrecise = Math.max(evidence.latestPrecise, year);
  if (groups['day'] !== undefined) evidence.stamp ??= `${year}-${groups['month']}-${groups['day']}`;
}

/** What one date of the body tells (`found`, its year evidence) added to `evidence`: kept apart so that each kind of hint reads as one line. */
function addDateEvidence(evidence: BodyEvidence, date: Candidate, found: ReturnType<typeof yearEvidence>): void {
  const { rule, year, weight, after, before, founded } = found;
  if (founded !== undefined) evidence.founded.add(founded);
  evidence.stamp ??= rule === 'stamp' && date.date !== undefined ? isoOf(date.date) : undefined;
  if (after !== undefined) evidence.latestBound = Math.max(evidence.latestBound, after);
  if (after !== undefined && rule !== 'named-year') evidence.latestPast = Math.max(evidence.latestPast, after);
  addAhead(evidence, rule, date, before);
  if (year === undefined) return;
  if (rule === 'closed-year') evidence.latestReview = Math.max(evidence.latestReview, year);
  evidence.counts.set(year, (evidence.counts.get(year) ?? 0) + weight);
  if (date.date?.month !== undefined) evidence.latestPrecise = Math.max(evidence.latestPrecise, year);
}

/** The earliest dated plan ahead (`forward`) and the earliest year a future governs (`future-year`), kept on `evidence`. */
function addAhead(evidence: BodyEvidence, rule: string | undefined, date: Candidate, before: number | undefined): void {
  if (rule === 'forward' && date.date?.year !== undefined && date.date.month !== undefined) {
    const ahead = isoOf(date.date);
    if (evidence.ahead === undefined || ahead < evidence.ahead) evidence.ahead = ahead;
  }
  if (before !== undefined) evidence.aheadYear = Math.min(evidence.aheadYear ?? before, before);
}

/**
 * The year the body's years date the document at (0 for none): the stated year, unless a told past
 * (`depuis fin 2010`, a pluperfect) is later than every stated year (`remontaient à 2007`), which are
 * then its past too: the year after that past, as with no stated year at all. A thing named by its
 * year (`JO 2028`) may lie ahead: it bounds the document only when no year is stated.
 */
function guessedYear(stated: number, latestBound: number, latestPast: number): number {
  if (stated === 0) return latestBound === 0 ? 0 : latestBound + 1;
  return stated >= latestPast ? stated : latestPast + 1;
}

/**
 * The year of an anniversary the body celebrates (`fête ses 30 ans`) counted from the one founding
 * year it tells (`implantée en 1993`: 2023), when it is later than `guess`: a newsletter recounting
 * its history names the founding year, seldom its own. Undefined with no anniversary, or with no
 * founding year or several.
 */
function anniversaryYear(founding: ReadonlySet<number>, readings: readonly PageReading[], guess: number): number | undefined {
  const [founded, ...others] = founding;
  if (founded === undefined || others.length > 0) return undefined;
  // The pages are read for an anniversary only in a document that tells one founding year (few do).
  for (const reading of readings) {
    const years = anniversaryYears(reading.normalised.text);
    if (years !== undefined) return founded + years > guess ? founded + years : undefined;
  }
  return undefined;
}

/**
 * The inferred document date, or null when the text holds no year at all. `readings` are the
 * pages as `readPage` read them, when the caller has them (extractDocument): nothing is read twice.
 */
export function inferDocumentDate(
  pages: readonly PageInput[],
  readings?: readonly PageReading[],
): { value: string; inferred: boolean; guessed?: boolean; ahead?: boolean } | null {
  const first = readings?.[0] ?? (pages[0] === undefined ? undefined : readPage(pages[0]));
  const masthead = first === undefined ? undefined : mastheadDate(first);
  if (masthead !== undefined) return { value: masthead, inferred: true };
  const bodyReadings = readings ?? pages.map(readPage);
  const { counts, latestPrecise, latestBound, latestPast, latestReview, stamp, founded, ahead, aheadYear } = bodyEvidence(bodyReadings);
  if (stamp !== undefined) return { value: stamp, inferred: true };
  let frequent: number | undefined;
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (frequent === undefined || count >= (counts.get(frequent) ?? 0)) frequent = year;
  }
  const body = Math.max(guessedYear(Math.max(frequent ?? 0, latestPrecise), latestBound, latestPast), latestReview);
  // No year the document stands in, only a deadline or a near target ahead of it: it is written before that date;
  // only years told ahead of it (`déménagera en 2027`): it is of the year before the earliest.
  if (body === 0) {
    if (ahead !== undefined) return { value: ahead, inferred: true, guessed: true, ahead: true };
    return aheadYear === undefined ? null : { value: String(aheadYear - 1), inferred: true, guessed: true };
  }
  const year = anniversaryYear(founded, bodyReadings, body) ?? body;
  const opening = first === undefined ? undefined : weekdayDated(first.normalised.text.slice(0, OPENING_CHARS), year);
  if (opening !== undefined) return { value: opening, inferred: true };
  // No masthead nor stamp: the year is a guess from what the body recounts (`guessed`), or from the days its weekdays name.
  return { value: String(bodyWeekdayYear(bodyReadings, year) ?? year), inferred: true, guessed: true };
}
