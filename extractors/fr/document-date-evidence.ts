/**
 * What one written date says about when its document was written, as named evidence
 * (document-date.ts weighs it):
 * - `stamp`: a full date the document is signed or published at (`Fait à Lyon, le 3 mars 2024`,
 *   `Publié le 3 mars 2024`, `Mis en ligne le 3 mars 2024`) is its date;
 * - `range-end`: the upper end of a range (`2024-2025`, `de mai 2022 à juin 2023`) says nothing; days of
 *   one month (`du 3 au 5 mars 2025`) are one event, which is `stated` as a single day would be;
 * - `forward`: a deadline, a plan or a target (`jusqu'en décembre 2025`, `d'ici 2026`, `fin 2025`,
 *   `début 2027`) says nothing;
 * - `future-year`: a bare year told in the future (`déménagera en 2027`) or a forecast's (`chiffre
 *   d'affaires prévisionnel 2027`; a budget's is a `plan-year`) is ahead of the document, only an upper bound (`before`);
 * - `plan-year`: the year of a budget (`le budget 2026`) says nothing: it is voted before the year,
 *   spent in it and accounted for after it;
 * - `closed-year`: a review of a year (`bilan 2023`, `rapport d'activité 2023`, `compte administratif
 *   2023`, a year said finished: `fini l'année 2023`) stands for the year after, when the review is written;
 * - `origin-year` (`depuis 2019`, `créée en 2019`, `lancée en 2019`; a founding, `implantée en 2019`, is kept as `founded`
 *   for an anniversary to count from), `named-year` (`une loi de 2016`, `l'appel à
 *   projets de 2017`, an acronym's year: `JO 2028`) and `earlier-year` (a pluperfect, `avait été retenu en 2021`): a past the
 *   document is written after; each is only a lower bound (`after`);
 * - `legal-text`: a legal text named by the day it was signed (`la loi du 31 juillet 2014`, `le décret
 *   du 3 mars 2015`), at any precision: a past the document cites, not an event it recounts nor its
 *   masthead; only a lower bound (`after`), as a told past is;
 * - `stated`: any other date stands for its own year.
 * All but `range-end` and `forward` read a bare year only: a month or a day names an event.
 */
import { alternation, endsWithWord, fold } from '../core/pattern.js';
import type { Candidate } from '../core/types.js';
import { FORWARD_CUES, SEASONS } from './lexicon/seasons.js';
import { ANNIVERSARY_ORDINALS, CLOSED_YEAR_CUES, FOUNDING_YEAR_CUES, LAUNCH_YEAR_CUES, LEGAL_TEXT_NOUNS, ORIGIN_YEAR_CUES, PLAN_YEAR_CUES, WHOLE_YEAR_CUES, YEAR_OVER_VERBS, YEAR_REVIEW_CUES } from './lexicon/year-cues.js';
import { parseNumberWords } from './lexicon/number-words.js';
import { isCommonWord } from './lexicon-lookup.js';
import { TWO_LETTER_WORDS } from './lexicon/function-words.js';
import { isFutureBefore, isToldInPast, tenseAround } from './past-context.js';

export type YearEvidenceRule = 'stamp' | 'range-end' | 'forward' | 'future-year' | 'origin-year' | 'named-year' | 'legal-text' | 'earlier-year' | 'plan-year' | 'closed-year' | 'stated';

export interface YearEvidence {
  readonly rule: YearEvidenceRule;
  /** The year the date stands for as the document's, or undefined when it says nothing. */
  readonly year: number | undefined;
  /** How much the date counts for that year: a budget's year half, as it may be the year before. */
  readonly weight: number;
  /** A year the document was written after (a starting point, a law or a call named by its year). */
  readonly after?: number;
  /** A year the document was written before (`déménagera en 2027`). */
  readonly before?: number;
  /** The year its subject was founded (`créée en 2009`, an `origin-year`): an anniversary counts from it. */
  readonly founded?: number;
}

/** Most text before a date that a review or budget cue may take. */
const CUE_REACH = 40;
/** Most text before a date that a range connector or a forward cue may take. */
const NEAR_REACH = 24;
/** `words` as an alternation whose words may be parted by any space, a line break included. */
const spacedAlternation = (words: readonly string[]): string => alternation(words).replace(/ /gu, '\\s+');
/** A forward cue right before a date; a line may wrap anywhere in it (`D'ici` at a line's end, `juillet 2026` on the next). */
const FORWARD_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(FORWARD_CUES)}\\s*(?:le\\s+|l'|en\\s+|au\\s+)?(?:${alternation(SEASONS)}\\s+)?$`, 'iu');
/**
 * A range connector right before a date: the date is a range's upper end. A spaced dash after a
 * word or an issue number (`Le Parisien — 9 octobre 2025`, `N°7 — avril 2025`) separates masthead
 * parts instead; only a dash glued to its start (`2024-2025`, `janvier-mars`) or after a bare
 * number (`3 – 5 mars`) closes a range. `au`, `à` and `et` are words of their own (or glued to a
 * number): the end of `budget` or `projet` is none.
 */
const RANGE_END_BEFORE = /(?:(?:\p{N}|\p{L})[-–/]|(?<!N°[ \t]*\d*)(?<![\p{L}]\d*)\p{N}[ \t]+[-–][ \t]+|(?:\p{N}|\p{L})(?:[ \t]+|(?<=\p{N}))(?:au|à|et)[ \t]*)$/u;
/** A bare day and a range connector before a day-precise date: the days of one event in one month (`du 3 au 5 mars 2025`). */
const DAY_BEFORE_RANGE_END = /(?<![\p{N}])\d{1,2}(?:er)?[ \t]*(?:au|à|et|-|–)[ \t]*$/u;
const daysOfOneMonth = (near: string, date: Candidate): boolean => date.date?.day !== undefined && DAY_BEFORE_RANGE_END.test(near);

/** A review or a budget word, then the year: `bilan 2023`, `comptes de l'exercice 2023`, `budget pour 2026`. */
const YEAR_OF = "\\s+(?:(?:de|pour|sur)\\s+l'(?:année|exercice)\\s+|(?:de|pour)\\s+)?$";
const PLAN_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(PLAN_YEAR_CUES)}${YEAR_OF}`, 'iu');
const ORIGIN_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(ORIGIN_YEAR_CUES)}\\s+$`, 'iu');
const LAUNCH_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(LAUNCH_YEAR_CUES)}\\s+$`, 'iu');
const FOUNDING_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(FOUNDING_YEAR_CUES)}\\s+$`, 'iu');
/** `depuis le`, `depuis`: a starting point (`Présidente depuis le 1er mars 2019`). */
const SINCE_BEFORE = /(?<![\p{L}])depuis(?:\s+le)?\s+$/iu;

/**
 * Whether `date` is a starting point (`depuis le 1er mars 2019`). With its day it still counts as an
 * event of the body (`stated`), but a masthead never states it: the document is written after it.
 */
export function isStartingPoint(text: string, date: Candidate): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, date.start - NEAR_REACH), date.start));
}

/** A thing named by its year: `une loi de 2016`, `l'appel à projets de 2017` (not a range's start, `de 2016 à 2019`). */
const NAMED_BEFORE = /\p{L}{3,}\s+de\s+$/u;
const RANGE_AFTER = /^\s*(?:à|au|-|–|et)\s/u;
/**
 * A legal text, at most five words of its name (`ESS`, `n° 2014-856`, `relative à l'ESS`), then `du`:
 * the date names the text (`la loi ESS du 31 juillet 2014`), at any precision.
 */
const LEGAL_TEXT_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(LEGAL_TEXT_NOUNS)}(?:\\s+[\\p{L}\\p{N}'’°.-]+){0,5}?\\s+du\\s+$`, 'iu');
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/u;

/**
 * Whether `date` names a legal text the document cites (`conformément à la loi du 31 juillet 2014`). A
 * legal text's name opening its line (`Arrêté du 3 mars 2021 portant…`) is the document's own title:
 * its date is the document's.
 */
function namesLegalText(text: string, date: Candidate, before: string): boolean {
  const found = LEGAL_TEXT_BEFORE.exec(before);
  if (found === null) return false;
  const nounStart = date.start - before.length + found.index;
  return !LINE_START_BEFORE.test(text.slice(Math.max(0, nounStart - 80), nounStart));
}

/** An acronym right before the year: an event, a plan or a rule named by its year (`JO 2028`, `RE 2020`). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(?<acronym>\p{Lu}{2,6})[ \t]+$/u;
/**
 * A word in capitals that is a common word (`BILAN 2023`, `PLU 2019`: a participle too) or a two-letter function
 * word (`ACTIONS EN 2023`, a heading) is no acronym.
 */
function namedByAcronym(near: string): boolean {
  const acronym = ACRONYM_BEFORE.exec(near)?.groups?.['acronym'];
  if (acronym === undefined) return false;
  return acronym.length < 3 ? !TWO_LETTER_WORDS.has(acronym.toLowerCase()) : !isCommonWord(acronym);
}

/**
 * `chiffre d'affaires prévisionnel 2015` (`previsionnel` once OCR dropped the accent): a forecast's year, ahead of the
 * document (a budget's is a `plan-year`).
 */
const FORECAST_BEFORE = /(?<![\p{L}])pr[ée]visionnel(?:le)?s?\s+$/iu;
/**
 * The `en` through which a future verb governs a bare year (`ouvrira en 2027`). A future verb a few words before a year
 * it does not govern says nothing of it: `présentera son bilan 2025` (a closed year), `reviendra sur les chantiers de
 * 2023`, `doit encore rembourser le prêt de 2021`, and `Jura 2023`, whose ending reads like a future.
 */
const FUTURE_EN_BEFORE = endsWithWord(['en'], '\\s+');

/** Pluperfect, a past before the story: `avait été retenu en`, `avaient lancé en`. */
const EARLIER_BEFORE = /(?<![\p{L}])(?:avait|avaient|était|étaient)\s+(?:été\s+)?\p{L}+\s+(?:en\s+)?$/iu;
const CLOSED_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(CLOSED_YEAR_CUES)}${YEAR_OF}`, 'iu');
/** `au cours de l'année`, `durant l'année` right before a year; `retour sur l'année`; `l'année` right before it. */
const WHOLE_YEAR_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(WHOLE_YEAR_CUES)}\\s+$`, 'iu');
const YEAR_REVIEW_BEFORE = new RegExp(`(?<![\\p{L}])${spacedAlternation(YEAR_REVIEW_CUES)}\\s+$`, 'iu');
const THE_YEAR_BEFORE = /(?<![\p{L}])l'année\s+$/iu;
/** A verb right after the year that tells it over: `(l'année 2014) a été difficile`, `s'est clôturée`. */
const YEAR_OVER_AFTER = new RegExp(`^\\s+${spacedAlternation(YEAR_OVER_VERBS)}(?![\\p{L}])`, 'iu');

/**
 * Whether a verb right after the year at `date` tells it over (`(l'année) 2014 a été difficile`, `2022 s'est
 * clôturée`): a review of that year follows, and its days with no year are of it (resolve-year's frame).
 */
export function isYearSaidOver(text: string, date: Candidate): boolean {
  return YEAR_OVER_AFTER.test(text.slice(date.end, date.end + 16));
}

/**
 * Whether the bare year at `date` is a whole year told over: a past that ran through it (`au cours de l'année 2016, les
 * ventes ont augmenté`), a review of it (`retour sur l'année 2015`) or the year said over (`l'année 2014 a été
 * difficile`). Not a range's start (`durant l'année 2015-2016`, a season) nor a year told ahead (`au cours de l'année
 * 2027, nous ouvrirons`).
 */
function isYearOver(text: string, date: Candidate, near: string): boolean {
  if (date.rule === 'fr.date.range' || RANGE_AFTER.test(text.slice(date.end, date.end + 4))) return false;
  if (YEAR_REVIEW_BEFORE.test(near)) return true;
  if (THE_YEAR_BEFORE.test(near) && isYearSaidOver(text, date)) return true;
  return WHOLE_YEAR_BEFORE.test(near) && isToldInPast(text, date.start, date.end);
}

/**
 * `Fait à Lyon, le`, `Publié le`, `Mis en ligne le` (a weekday may follow): a signature or a publication
 * stamp. A web page's byline may put a colon after `le` (`publié le : 14.03.2016`).
 */
const STAMP_BEFORE = /(?:(?<![\p{L}])fait\s+(?:à|a)\s+[\p{L}' -]{2,40},?\s+le|(?<![\p{L}])publiée?\s+le|(?<![\p{L}])mise?\s+en\s+ligne\s+le)(?:\s*:)?\s+$/iu;

/**
 * A clock time to the minute with a colon right after a date (`17/04/2014 08:52`, `14/05/2022 à 07:45`, `21/08/2017 -
 * 16:20`): a web page's or a mail's time stamp. An event's hour is written `18 h 30`, `18h30`.
 */
const CLOCK_AFTER = /^[ \t]*(?:(?:à|-|–)[ \t]*)?(?:[01]\d|2[0-3]):[0-5]\d(?![\p{N}])/u;

/**
 * Whether `date` (a full date) is a signature or publication stamp: after a stamp's words (`Publié le`), or a date in
 * digits followed by a clock time (`17/04/2014 08:52`).
 */
function isStamp(text: string, date: Candidate): boolean {
  if (STAMP_BEFORE.test(text.slice(Math.max(0, date.start - 60), date.start))) return true;
  return date.rule.startsWith('fr.date.numeric') && CLOCK_AFTER.test(text.slice(date.end, date.end + 12));
}

/** `fin`, `début` right before a bare year: a year's edge, named ahead as a target or told as a past. */
const YEAR_EDGE_BEFORE = /(?<![\p{L}])(?<since>depuis\s+)?(?:fin|début)\s+$/iu;
/** After a year's edge that opens its sentence and its comma: at most five words (the subject), then an imperfect. */
const IMPERFECT_CLAUSE_AFTER = /^\s*,\s*(?:[\p{L}'’-]+\s+){0,5}?\p{Ll}{2,}(?<!r)(?:ait|aient)(?![\p{L}])/u;

/**
 * A year's edge told as a past (`depuis fin 2019`, `lancé par la commune fin 2020`, `Fin 2021, les
 * ateliers comptaient…`): a past the document is written after, not a target (`d'ici fin 2026`,
 * `seront ouverts fin 2026`).
 */
function isPastYearEdge(text: string, date: Candidate, near: string): boolean {
  const edge = YEAR_EDGE_BEFORE.exec(near);
  if (edge === null || date.date?.month !== undefined) return false;
  if (edge.groups?.['since'] !== undefined) return true;
  const cueStart = date.start - edge[0].length;
  return tenseAround(text, cueStart, date.end) === 'past' || IMPERFECT_CLAUSE_AFTER.test(text.slice(date.end, date.end + 80));
}

/** The evidence `date` (a candidate of `text` that writes its year) gives of the document's date. */
export function yearEvidence(text: string, date: Candidate): YearEvidence {
  const year = date.date?.year;
  const before = text.slice(Math.max(0, date.start - CUE_REACH), date.start);
  const near = before.slice(-NEAR_REACH);
  if (year !== undefined && date.date?.day !== undefined && isStamp(text, date)) return { rule: 'stamp', year, weight: 1 };
  if (RANGE_END_BEFORE.test(near) && !daysOfOneMonth(near, date)) return { rule: 'range-end', year: undefined, weight: 0 };
  if (year !== undefined && namesLegalText(text, date, before)) return { rule: 'legal-text', year: undefined, weight: 0, after: year };
  if (FORWARD_BEFORE.test(near)) {
    if (year !== undefined && isPastYearEdge(text, date, near)) return { rule: 'earlier-year', year: undefined, weight: 0, after: year };
    return { rule: 'forward', year: undefined, weight: 0 };
  }
  const bare = year !== undefined && date.date?.month === undefined ? bareYearEvidence(text, date, year, before, near) : undefined;
  return bare ?? { rule: 'stated', year, weight: 1 };
}

/** The evidence a bare year (`year`, written at `date`) gives by the words before it, or undefined when it is only stated. */
function bareYearEvidence(text: string, date: Candidate, year: number, before: string, near: string): YearEvidence | undefined {
  if (ORIGIN_BEFORE.test(near)) return { rule: 'origin-year', year: undefined, weight: 0, after: year, ...(FOUNDING_BEFORE.test(near) ? { founded: year } : {}) };
  if (NAMED_BEFORE.test(near) && !RANGE_AFTER.test(text.slice(date.end, date.end + 4))) return { rule: 'named-year', year: undefined, weight: 0, after: year };
  if (EARLIER_BEFORE.test(before)) return { rule: 'earlier-year', year: undefined, weight: 0, after: year };
  // A launch, once the pluperfect is read (`avaient lancé en 2018`: earlier still), is a starting point.
  if (LAUNCH_BEFORE.test(near)) return { rule: 'origin-year', year: undefined, weight: 0, after: year };
  if (PLAN_BEFORE.test(before)) return { rule: 'plan-year', year, weight: 0.5 };
  // A closed year (`le bilan 2025`) wins over a future verb before it: the verb tells of the report, not of the year.
  if (CLOSED_BEFORE.test(before) || isYearOver(text, date, before)) return { rule: 'closed-year', year: year + 1, weight: 1 };
  if (FORECAST_BEFORE.test(near) || (FUTURE_EN_BEFORE.test(near) && isFutureBefore(text, date.start))) return { rule: 'future-year', year: undefined, weight: 0, before: year };
  if (namedByAcronym(near)) return { rule: 'named-year', year: undefined, weight: 0, after: year };
  return undefined;
}

/**
 * An anniversary of its subject's founding: `fête ses 30 ans`, `les 30 ans de la Recyclerie`, `son
 * 10e anniversaire`, `sa douzième année d'existence`. A bare `les 3 ans` (`sous les 3 ans`, a span
 * ahead) is none: `les` needs the name after it (`de`, `d'`), other determiners are possessive.
 */
const ANNIVERSARY = new RegExp(
  `(?<![\\p{L}])(?:(?<possessive>ses|leurs|nos|son|sa|leur|notre|ce|cet|cette|le|la)|(?<article>les))\\s+(?<count>\\d{1,3}(?:e|ème|ième|eme|ieme)?|[\\p{L}-]+)\\s+(?<what>ans|anniversaire|année\\s+d['’]existence)(?![\\p{L}])(?<of>\\s+d(?:e\\s|['’]))?`,
  'giu',
);

/** The ordinals by their folded spelling: OCR often loses the accents (`dixieme`). */
const ORDINAL_YEARS = new Map(Object.entries(ANNIVERSARY_ORDINALS).map(([word, years]) => [fold(word), years]));

/** The number of years `count` says (`30`, `30e`, `trente`, `dixième`), or undefined. */
function yearsOf(count: string): number | undefined {
  const digits = /^\d+/u.exec(count)?.[0];
  if (digits !== undefined) return Number(digits);
  return ORDINAL_YEARS.get(fold(count)) ?? parseNumberWords(count);
}

/**
 * The number of years of the first anniversary in `text` (`fête ses 30 ans` → 30), or undefined.
 * `ans` takes a possessive (`ses 30 ans`) or `les` and a name (`les 30 ans de Solibois`); an ordinal
 * anniversary (`son 10e anniversaire`) any determiner. Fewer than two years is no anniversary.
 */
export function anniversaryYears(text: string): number | undefined {
  for (const match of text.matchAll(ANNIVERSARY)) {
    const groups = match.groups ?? {};
    const ordinal = groups['what']?.toLowerCase() !== 'ans';
    if (!ordinal && groups['possessive'] === undefined && groups['of'] === undefined) continue;
    if (!ordinal && /^(?:ce|cet|cette|le|la)$/iu.test(groups['possessive'] ?? '')) continue;
    const years = yearsOf(groups['count'] ?? '');
    if (years !== undefined && years >= 2) return years;
  }
  return undefined;
}
