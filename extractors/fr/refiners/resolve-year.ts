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
 * farther date): the story goes on. A year framing its passage (`En 2016, …`, `l'année 2013, …`, `L'année 2013 a été …`) places the
 * yearless days and months after it the same way. `dernier`/`prochain` and weekdays stay tied to the document
 * date. A document dated only by a deadline or a near target ahead of it (`documentDateAhead`,
 * document-date.ts) is written before it: a day after it falls in the year before, a day to come
 * before it stays in its year. A date listed right after one placed by its tense (`se réunira le 9 décembre et le 16
 * janvier`) is placed the same way. Filled components are listed in `inferred`.
 */
import { alternation, RIGHT_BOUNDARY, WRAP_GAP } from '../../core/pattern.js';
import type { Candidate, DateParts, Refiner } from '../../core/types.js';
import { isYearSaidOver } from '../document-date-evidence.js';
import { FRAME_BREAKERS } from '../lexicon/tense-cues.js';
import { hasPastInSentence, isParticipleBefore, isToldInPast } from '../past-context.js';

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

/** Most days between a day-precise document date and a weekday's day that a wrong weekday does not move from its year. */
const SLIP_DAYS = 62;
const DAY_MS = 86_400_000;

/**
 * The year that puts `month` and `day` nearest a day-precise `reference`, when that day lies within SLIP_DAYS of it:
 * a news item tells the days around its own, and a weekday that does not fit that year is a slip of its writer
 * (`mardi 1er juillet` in a piece of 3 July 2007, a Sunday), not a day five years away. Undefined otherwise.
 */
function slipYear(month: number, day: number, reference: DateParts | null): number | undefined {
  if (reference?.month === undefined || reference.day === undefined) return undefined;
  // The reference's own day under another weekday is no slip: the reference is another time's (a day commemorated).
  if (month === reference.month && day === reference.day) return undefined;
  const at = Date.UTC(reference.year ?? 0, reference.month - 1, reference.day);
  for (const offset of [0, -1, 1]) {
    const year = (reference.year ?? 0) + offset;
    if (Math.abs(Date.UTC(year, month - 1, day) - at) <= SLIP_DAYS * DAY_MS) return year;
  }
  return undefined;
}

/** The year a weekday, its day and its month fall in near the reference year (see resolveYear). */
function weekdayYear(parts: DateParts, month: number, day: number, reference: DateParts | null): number | undefined {
  const base = reference?.year;
  if (base === undefined || parts.weekday === undefined) return undefined;
  const near = slipYear(month, day, reference);
  if (near !== undefined) return near;
  for (const offset of [0, 1, -1, 2, -2]) {
    if (weekdayOf(base + offset, month, day) === parts.weekday) return base + offset;
  }
  // `jeudi 11 mai` against a reference year whose 11 May is no Thursday, nor in the years around
  // it: the reference is not this day's time (a plan's horizon, a past event), the year stays unknown.
  return undefined;
}

function resolveYear(parts: DateParts, reference: DateParts | null, ahead = false): number | undefined {
  const month = parts.month;
  if (month === undefined) return undefined;
  if (parts.weekday !== undefined && parts.day !== undefined) return weekdayYear(parts, month, parts.day, reference);
  if (reference?.year === undefined) return undefined;
  let year = reference.year;
  if (reference.month !== undefined) {
    const after = month > reference.month || (month === reference.month && (parts.day ?? 0) > (reference.day ?? 31));
    const before = month < reference.month;
    // A reference ahead of the document (its deadline): a day after it was before the document, a year earlier.
    if ((parts.relative === 'past' || (ahead && parts.relative !== 'future')) && after) year -= 1;
    // Never past a deadline the document is written before: a day ahead and before it is of its year.
    if (parts.relative === 'future' && before && !ahead) year += 1;
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

/**
 * A year that frames the passage after it: a capitalised `En` opening its sentence or line (`En 2016, la coopérative
 * a déménagé`), or a year told as a whole (`les étapes de l'année 2013,`, `L'année 2013,` opening a sentence), then a comma: what the passage
 * dates next without a year is of that year (`… En mars, …`, `… le 4 octobre …`).
 */
const FRAME_BEFORE = /(?:(?<![\p{L}])En|(?<![\p{L}])[lL]['’]année)[ \t]*\n?[ \t]*$/u;
const FRAME_AFTER = /^[ \t]*,/u;
/**
 * A sentence opening on `En 2016` frames its passage with no comma too, the sentence going on in lower case (`En 2021
 * du 4 avril au 15 octobre, …`, `En 2016 la coopérative…`); not a second year or a span (`En 2018 et 2019`, `En 2018 à
 * 2020`). `l'année 2019` needs its comma: inside a sentence (`elle a terminé l'année 2021 en hausse`) it frames nothing.
 */
const OPENING_EN_BEFORE = /(?:^|[.!?:][ \t]+|\n[ \t]*)En[ \t]+$/u;
const OPENING_EN_AFTER = /^[ \t]+(?!(?:et|ou|à|a|au)(?![\p{L}]))\p{Ll}/u;
/**
 * A year closing a heading (`Nos chantiers 2021` alone on its line, `Bilan des ateliers 2017 : le 5 avril…`): what the
 * section dates next without a year is of that year. The heading is a short line opening on a capital with no sentence
 * punctuation before the year; not a year the words before tie to a time ahead or behind (`depuis 2019 :`,
 * `d'ici 2030 :`) or compares it (`par rapport à 2019`, `contre 40 en 2019`: a sentence whose stop the line lost), nor a
 * colon starting a time (`2018 : 14 h`).
 */
// A line break after the year closes a heading only if the next line does not go on in lower case: a narrow column
// wraps prose at any word (`Les comptes de l'exercice 2020⏎ont été approuvés le 12 juin`), and that year frames nothing.
const HEADING_YEAR_AFTER = /^[ \t]*(?::(?![ \t]*\d)|\n(?![ \t]*\p{Ll}))/u;
const HEADING_LINE = /(?:^|\n)[ \t]*\p{Lu}[^\n.!?;,]{0,60}$/u;
const HEADING_YEAR_BEFORE = /(?<![\p{L}])(?:depuis|ici|avant|après|jusqu['’]en|fin|début|mi|en|dès|de|du|le|à|contre)[ \t-]*$/iu;
/** Most text between a framing year and a date it places: a paragraph. */
const FRAME_REACH = 600;
/**
 * A word opening a sentence between the framing year and the date that brings the story back to the document's time
 * or ahead of it (`Aujourd'hui, …`, `Depuis le 1er juin, …`, `Prochaine assemblée : le 12 juin`): the frame ends
 * there. A paragraph's end cannot be seen (normaliseText keeps one line break of a blank line), so the words tell it.
 * Inside a sentence they go on telling the framed story (`l'année 2013, … depuis la création`).
 */
const FRAME_BREAKER = new RegExp(`(?:^|[.!?:;\\n])[ \\t]*${alternation(FRAME_BREAKERS).replace(/'/gu, "['’]").replaceAll(' ', WRAP_GAP)}${RIGHT_BOUNDARY}`, 'iu');

/** A framing year and the last month it placed. */
interface Frame {
  readonly candidate: Candidate;
  month: number;
}

/**
 * The frame still in force for a yearless date of parts `parts`: a month that goes back from the last one the frame
 * placed (`En 2016, … le 20 décembre ; le 5 janvier, …`) has turned the year, and the frame ends.
 */
function followFrame(frame: Frame | undefined, parts: DateParts): Frame | undefined {
  if (frame === undefined || parts.month === undefined) return frame;
  if (parts.month < frame.month) return undefined;
  frame.month = parts.month;
  return frame;
}

/** Whether `candidate` is a bare year framing the passage after it (`En 2016,`). */
function isFrameYear(text: string, candidate: Candidate): boolean {
  const parts = candidate.date;
  if (parts?.year === undefined || parts.month !== undefined || candidate.inferred.includes('year')) return false;
  const after = text.slice(candidate.end, candidate.end + 6);
  const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  // `L'année 2012 a été marquée par…`: a year said over frames the review that follows, as its comma would.
  if (FRAME_BEFORE.test(before) && (FRAME_AFTER.test(after) || isYearSaidOver(text, candidate))) return true;
  if (OPENING_EN_BEFORE.test(before) && OPENING_EN_AFTER.test(after)) return true;
  if (!HEADING_YEAR_AFTER.test(after)) return false;
  const line = text.slice(Math.max(0, candidate.start - 80), candidate.start);
  return HEADING_LINE.test(line) && !HEADING_YEAR_BEFORE.test(line);
}

/**
 * Whether a `dernier` date (`parts`) lies in the past year `frame` sets, the document's year being later (`L'année 2022
 * s'est clôturée… le 10 décembre dernier` in a piece of 2023): both say it is past, and the frame says which year.
 */
function isFramedPast(parts: DateParts, frame: Candidate, reference: DateParts | null): boolean {
  const year = frame.date?.year;
  return parts.relative === 'past' && year !== undefined && reference?.year !== undefined && year < reference.year;
}

/**
 * The year of the framing year before `candidate` (no date written with its year between them), for a
 * day or a month with no year, weekday nor tense of its own (`dernier`, `prochain`, a future verb: the document's time).
 */
function frameYear(text: string, candidate: Candidate, frame: Candidate | undefined, reference: DateParts | null): number | undefined {
  const parts = candidate.date;
  if (frame === undefined || parts === undefined || parts.weekday !== undefined || parts.relative === 'future') return undefined;
  if (candidate.start - frame.end > FRAME_REACH || (DOCUMENT_RELATIVE.test(text.slice(candidate.start, candidate.end)) && !isFramedPast(parts, frame, reference))) return undefined;
  if (FRAME_BREAKER.test(text.slice(frame.end, candidate.start))) return undefined;
  return frame.date?.year;
}

/** Most months between the document's month and a date of its year with no tense of its own. */
const NEAR_MONTHS = 7;

/**
 * The tense that places a day or a month with no year nor tense of its own nearest the document date: a news item tells
 * the days around the time it is written. More than NEAR_MONTHS months before the document's month, it is next year's
 * (`la fête commence le 14 février` in a November piece), unless its sentence has a past in it or a participle a few
 * words before it (`transmis aux financeurs le 15 janvier`); more than NEAR_MONTHS
 * after it, last year's when its sentence tells a past (`l'association a ouvert, en octobre, un atelier` in a February
 * piece; a present there, `la récolte débute le 20 novembre`, may be a plan). None with a document date with no month,
 * or one dated by a deadline ahead of it.
 */
function nearestTense(text: string, candidate: Candidate, reference: DateParts | null, ahead: boolean): 'past' | 'future' | undefined {
  const parts = candidate.date;
  if (parts?.month === undefined || parts.relative !== undefined || parts.weekday !== undefined || reference?.month === undefined || ahead) return undefined;
  const gap = parts.month - reference.month;
  if (gap > NEAR_MONTHS && isToldInPast(text, candidate.start, candidate.end)) return 'past';
  if (gap < -NEAR_MONTHS && !hasPastInSentence(text, candidate.start, candidate.end) && !isParticipleBefore(text, candidate.start)) return 'future';
  return undefined;
}

/** The year the document date gives a date the text gives none: its nearest tense read only then (see nearestTense). */
function placedYear(text: string, candidate: Candidate, parts: DateParts, reference: DateParts | null, ahead: boolean): number | undefined {
  const near = nearestTense(text, candidate, reference, ahead);
  return resolveYear(near === undefined ? parts : { ...parts, relative: near }, reference, ahead);
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

/** `janvier et avril 2016`, `mars, avril 2016`: what joins a month to the dated month it is listed before. */
const LISTED_BEFORE = /^[ \t\n]*(?:,|et|ou)[ \t\n]*$/iu;

/**
 * The year of the month written with its year that a month with none is listed right before (`embauchées en janvier
 * et avril 2016`): the list shares it (the year before for a later month: `décembre et janvier 2016`).
 */
function listedYear(text: string, candidate: Candidate, next: Candidate | undefined): number | undefined {
  const month = candidate.date?.month;
  const year = next?.date?.year;
  const nextMonth = next?.date?.month;
  if (next === undefined || month === undefined || year === undefined || nextMonth === undefined || candidate.date?.day !== undefined) return undefined;
  if (next.inferred.includes('year') || !LISTED_BEFORE.test(text.slice(candidate.end, next.start))) return undefined;
  return month <= nextMonth ? year : year - 1;
}

export const resolveYearRefiner: Refiner = {
  id: 'fr.date.resolve-year',
  refine(context, candidates): Candidate[] {
    const reference = parseReferenceDate(context.document.documentDate);
    let anchor: Candidate | undefined;
    let previous: Candidate | undefined;
    let frame: Frame | undefined;
    const dates = candidates.filter((candidate) => candidate.type === 'date' && candidate.date !== undefined);
    for (const [index, candidate] of dates.entries()) {
      if (candidate.date === undefined) continue;
      inheritTense(context.text, candidate, previous);
      previous = candidate;
      const parts = candidate.date;
      if (parts.year !== undefined && !candidate.inferred.includes('year')) {
        anchor = candidate;
        frame = isFrameYear(context.text, candidate) ? { candidate, month: 0 } : undefined;
      }
      if (parts.year === undefined) {
        frame = followFrame(frame, parts);
        const told = frameYear(context.text, candidate, frame?.candidate, reference) ?? anchorYear(context.text, candidate, anchor) ?? listedYear(context.text, candidate, dates[index + 1]);
        if (told === undefined && context.document.documentDateGuessed === true && candidate.rule === 'fr.date.month-bare') {
          candidate.value = '';
          continue;
        }
        const year = told ?? placedYear(context.text, candidate, parts, reference, context.document.documentDateAhead === true);
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
