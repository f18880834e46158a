/**
 * `fr.figure.filter.time-span`: a number of years, months, weeks or days that places an event in
 * time (`depuis deux ans`, `il y a trois ans`, `dix ans plus tard`, `à 3 ans`) is no
 * indicator: nothing the structure did or has is counted. The words are data
 * (lexicon/time-spans.ts); a span that measures a thing (`des missions de 18 mois`) is kept.
 */
import { alternation, OPTIONAL_WRAP_GAP, WRAP_GAP } from '../../core/pattern.js';
import {
  AGE_BRACKETS, AGE_HOLDERS, AGED_BRACKETS, AGED_WORDS, ANNIVERSARY_DETERMINERS, ANNIVERSARY_NOUNS, SENIORITY_AFTER, TIME_SPAN_AFTER, TIME_SPAN_BEFORE, TIME_SPAN_NOUNS,
  TIME_SPAN_QUALIFIERS, YEAR_RANGE_MARKS, YEAR_RANGE_WORDS,
} from '../lexicon/time-spans.js';
import { parseNumberWords } from '../lexicon/number-words.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';
import { singularUnit } from '../units.js';
import { SENTENCE_START_BEFORE } from '../patterns.js';

/** A phrase of the lexicon, any apostrophe, its spaces read as `WRAP_GAP` (core/pattern.ts). */
const phrases = (words: readonly string[]): string => alternation(words).replace(/'/gu, "['’]").replaceAll(' ', WRAP_GAP);

/** The placing word, then at most one qualifier, right before the number. */
const SPAN_BEFORE = new RegExp(`(?:^|[^\\p{L}])${phrases(TIME_SPAN_BEFORE)}(?:${WRAP_GAP}${phrases(TIME_SPAN_QUALIFIERS)})?${WRAP_GAP}$`, 'iu');
/** The dating words right after the noun. */
const SPAN_AFTER = new RegExp(`^${WRAP_GAP}${phrases(TIME_SPAN_AFTER)}(?![\\p{L}])`, 'iu');
/** `de 6 à 18 mois` (`de 6 a 18 mois` once OCR dropped the accent): `à` after a number closes a range of lengths, it places nothing in time. */
const RANGE_BEFORE = /\d[ \t]*\n?[ \t]*[àa][ \t\n]+$/u;
/** How far before the number the placing words are looked for (`au bout de plus de ` is 19 characters). */
const REACH = 32;

/** The noun after `de` of an approximate count (`une quinzaine d'années`). */
const NOUN_AFTER_DE = /^[ \t]*\n?[ \t]*d(?:e[ \t]*\n?[ \t]*|['’])(\p{L}+)/u;

/** The time-span noun the number counts and where it ends, or undefined when it counts something else. */
function spanNoun(p: FigureProposal): number | undefined {
  if (p.kind === 'noun') return TIME_SPAN_NOUNS.has(p.singular) ? p.unitEnd : undefined;
  if (!p.approximate) return undefined;
  const found = NOUN_AFTER_DE.exec(p.text.slice(p.numberEnd, p.numberEnd + 24));
  return found !== null && TIME_SPAN_NOUNS.has(singularUnit(found[1] ?? '')) ? p.numberEnd + found[0].length : undefined;
}

/** Whether the words around the span (its noun ending at `end`) place it in time. */
function placedInTime(p: FigureProposal, end: number): boolean {
  const before = p.text.slice(Math.max(0, p.start - REACH), p.start);
  return (SPAN_BEFORE.test(before) && !RANGE_BEFORE.test(before)) || SPAN_AFTER.test(p.text.slice(end, end + 16));
}

/**
 * `les cinq premières années`, `les 3 prochains mois`, `ses deux derniers mois`: an ordinal or relative adjective
 * between the number and a time-span noun makes the span a stretch of a timeline (the first, the last, the next
 * ones), whatever word comes before; no amount of time the structure counted.
 */
const ORDERED_SPAN = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:premi[eè]re?s?|derni[eè]re?s?|prochaine?s?)(?:[ \t]+|[ \t]*\n[ \t]*)\p{L}+$/iu;

export const timeSpanFilter: FigureFilter = {
  id: 'fr.figure.filter.time-span',
  reason: 'a span of time that places an event in time (`depuis deux ans`, `trois mois plus tard`, `il y a une centaine d\'années`, `les cinq premières années`)',
  rejects: (p) => {
    const end = spanNoun(p);
    return end !== undefined && (placedInTime(p, end) || ORDERED_SPAN.test(p.text.slice(p.numberEnd, end)));
  },
};

/** People (lexicon/time-spans.ts AGE_HOLDERS, singular or plural). */
const AGE_PEOPLE = `(?:^|[^\\p{L}])${alternation(AGE_HOLDERS.flatMap((word) => [word, `${word}s`]))}`;
/**
 * The people, then the bracket words right before the number (`les apprentis de 15 à`, `les habitants de plus de`);
 * a comma between them (group `comma`) makes the bracket an apposition (`14 jeunes, de 17 à 21 ans, autour…`),
 * which counts only if it closes right after the years (APPOSITION_CLOSE); else the comma ended a clause and the
 * number opens another (`des habitants, entre 3 et 4 ans ont suffi`).
 */
const AGE_BEFORE = new RegExp(`${AGE_PEOPLE}(?<comma>,)?${WRAP_GAP}${phrases(AGE_BRACKETS)}${WRAP_GAP}$`, 'iu');
const APPOSITION_CLOSE = /^[ \t]*[,).]/u;
/**
 * `âgés de` (any gender, OCR's `agés`) and its bracket right before the number: the years are an age whoever the
 * participle follows (`tous âgés de 16 à`, `quatre sur dix âgés de 15 à`), where AGE_BEFORE wants the people right before.
 */
const AGED_BEFORE = new RegExp(`(?:^|[^\\p{L}])${alternation(AGED_WORDS)}${WRAP_GAP}${phrases(AGED_BRACKETS)}${WRAP_GAP}$`, 'iu');
/** The opening of a range of ages, `de 16 à` or `entre 16 et`, before its closing number. */
const AGE_RANGE_OPENING = /\d{1,2}[ \t\n]+(?:à|a|et)[ \t\n]+$/u;
/** After a bare number opening a range of ages: `à 18 ans`, `et 25 ans`. */
const AGE_RANGE_CLOSE = /^[ \t\n]+(?:à|a|et)[ \t\n]+\d{1,2}[ \t\n]+ans(?![\p{L}])/u;
/** `20 ans d'expérience`: a length of experience, not an age. */
const SENIORITY = new RegExp(`^${WRAP_GAP}${phrases(SENIORITY_AFTER)}(?![\\p{L}])`, 'iu');
/** How far before the number the people and the bracket are looked for. */
const AGE_REACH = 48;
/** Over this, a number of years is no one's age (`120 ans d'histoire`). */
const AGE_LIMIT = 120;

/** How the people and the bracket end right before `at`: told straight on, as an apposition after a comma, or not. */
function bracketBefore(before: string): 'straight' | 'apposition' | undefined {
  const found = AGE_BEFORE.exec(before);
  if (found === null) return AGED_BEFORE.test(before) ? 'straight' : undefined;
  return found.groups?.['comma'] === undefined ? 'straight' : 'apposition';
}

/**
 * Whether the people and the bracket end right before `start` (or before the opening of a range that ends there),
 * the years ending at `end`: after a comma, only an apposition the years close.
 */
function ageBracketBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - AGE_REACH), start);
  const opening = AGE_RANGE_OPENING.exec(before);
  const bracket = bracketBefore(before) ?? (opening === null ? undefined : bracketBefore(before.slice(0, opening.index)));
  if (bracket === undefined || SENIORITY.test(text.slice(end, end + 24))) return false;
  return bracket === 'straight' || APPOSITION_CLOSE.test(text.slice(end, end + 4));
}

export const ageFilter: FigureFilter = {
  id: 'fr.figure.filter.age',
  reason: 'the age of the people just named (`des apprentis de 17 à 25 ans`, `les habitants de plus de 60 ans`, `ouvert aux enfants dès 6 ans`), no count',
  rejects: (p) => {
    if (p.digits === undefined || p.value >= AGE_LIMIT) return false;
    if (p.kind === 'noun' && p.unitLower === 'ans') return ageBracketBefore(p.text, p.start, p.unitEnd);
    const close = p.kind === 'bare' ? AGE_RANGE_CLOSE.exec(p.text.slice(p.numberEnd, p.numberEnd + 16)) : null;
    return close !== null && ageBracketBefore(p.text, p.start, p.numberEnd + close[0].length);
  },
};

/**
 * What joins the two ends of a range of years: a word between spaces (`16 à 25`, `deux ou trois`) or a mark, spaces
 * around it optional (`12-17`, `12- 17`, `25/30`) except after a comma, which wants one (`trois, quatre`; `2,5` is a decimal).
 */
const RANGE_JOIN = `(?:${WRAP_GAP}${alternation(YEAR_RANGE_WORDS)}${WRAP_GAP}|[ \\t]*${alternation(YEAR_RANGE_MARKS.filter((mark) => mark !== ','))}${OPTIONAL_WRAP_GAP}|,${WRAP_GAP})`;
/** One end of the range: one to three digits standing alone (no year, no decimal's end), or a number in words. */
const RANGE_END = '(?:(?<![\\p{L}\\p{N},.])\\d{1,3}|(?<![\\p{L}])\\p{L}+(?:-\\p{L}+)*)';
/** The opening end and its join right before the closing number. */
const RANGE_OPENING = new RegExp(`(?<end>${RANGE_END})${RANGE_JOIN}$`, 'u');
/** After an opening number: the join, the closing end and the years (`à 25 ans`, `ou trois années`). */
const RANGE_CLOSING = new RegExp(`^${RANGE_JOIN}(?<end>${RANGE_END})${WRAP_GAP}(?:ans|années)(?![\\p{L}])`, 'u');
/** The value of one end, digits or words; undefined when the words are no number (`jeunes à 25 ans`). */
const endValue = (end: string | undefined): number | undefined => (end === undefined ? undefined : /^\d/u.test(end) ? Number(end) : parseNumberWords(end));

/** Whether the number of years closes a range whose smaller opening end comes right before it. */
function closesYearRange(p: FigureProposal): boolean {
  const opening = endValue(RANGE_OPENING.exec(p.text.slice(Math.max(0, p.start - 24), p.start))?.groups?.['end']);
  return opening !== undefined && opening < p.value;
}

/** Whether a bare number opens a range of years whose larger closing end follows (`de 16 à 25 ans`). */
function opensYearRange(p: FigureProposal): boolean {
  const closing = endValue(RANGE_CLOSING.exec(p.text.slice(p.numberEnd, p.numberEnd + 32))?.groups?.['end']);
  return closing !== undefined && closing > p.value;
}

/**
 * `des jeunes de 16 à 25 ans`, `les 12-17 ans`, `entre 30 et 50 ans`, `deux ou trois ans`, `d'ici 20 à 30 ans`: a range of
 * years is an age bracket or a rough length of time, whoever it is said of, and both its ends go (the opening one
 * before the ellipsis refiner lends it the years). The gold never counts one; a single length (`un bail de 9 ans`) stays.
 */
export const yearRangeFilter: FigureFilter = {
  id: 'fr.figure.filter.year-range',
  reason: 'either end of a range of years (`de 16 à 25 ans`, `les 12-17 ans`, `deux ou trois ans`): an age bracket or a rough length, no count',
  rejects: (p) => {
    if (p.value >= AGE_LIMIT) return false;
    if (p.kind === 'noun') return (p.singular === 'an' || p.singular === 'année') && closesYearRange(p);
    return p.kind === 'bare' && opensYearRange(p);
  },
};

/** A possessive or the plural article right before the number (`ses 10`, `les 25`): the candles are someone's years. */
const ANNIVERSARY_BEFORE = new RegExp(`(?:^|[^\\p{L}])${alternation(ANNIVERSARY_DETERMINERS)}[ \\t\\n]+$`, 'iu');

/**
 * `souffler ses 10 bougies`, `Quatre bougies pour la ressourcerie !`: the candles of an anniversary are its years, no
 * count, after a possessive or the article or opening a sentence (a heading). Else they are a workshop's products
 * (`a coulé 60 bougies`), and over the age limit the number may be a real stock (`2 000 bougies vendues`).
 */
export const anniversaryFilter: FigureFilter = {
  id: 'fr.figure.filter.anniversary',
  reason: 'the years of an anniversary written as candles (`souffler ses 30 bougies`), no count',
  rejects: (p) =>
    p.kind === 'noun' && ANNIVERSARY_NOUNS.has(p.singular) && p.value < AGE_LIMIT && (ANNIVERSARY_BEFORE.test(p.before) || SENTENCE_START_BEFORE.test(p.before)),
};
