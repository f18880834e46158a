/**
 * `recruté en janvier`, `depuis mars`, `fin septembre`, `au mois de mai`: a month with no year
 * after a preposition or a part-of-month word. The year is the document's (`fr.date.resolve-year`),
 * moved back when the month lies after the document date and the sentence speaks of the past.
 * `Mars` with no cue (the planet, a brand) and `mai` with no cue are left alone. A month that
 * comes back every year (`organisé tous les ans en mars`, `chaque année en juin`) or by custom
 * (`se tient traditionnellement en mai`) is a habit, not a date. With no document date (no year
 * anywhere in the text) there is no year to give the month, and no mention: as for `fr.date.month-relative`,
 * a month alone names no time of its own (a day the text writes out, `le 4 mars`, stays).
 */
import { bounded, compile, phraseAlternation } from '../../core/pattern.js';
import { HABIT_CUES, YEARLY_CUES } from '../lexicon/tense-cues.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { tenseAround } from '../past-context.js';
import { GAP, MONTH_PATTERN, firstLettersAhead, isCutMonth, parseMonth } from '../patterns.js';

// The PDF may wrap the line between the cue and the month (`depuis⏎janvier`).
const MONTH_OF = `(?:au|le|du|ce)${GAP}mois${GAP}d(?:e${GAP}|')`;
// `des` is `dès` after OCR dropped its accent (`des septembre`); no plural article comes before a month.
const CUE = `(?:(?:en|depuis|dès|des|début|fin|courant)${GAP}|mi-|${MONTH_OF})`;
/** The words a cue opens on. */
const CUE_WORDS = ['en', 'depuis', 'dès', 'des', 'début', 'fin', 'courant', 'mi', 'au', 'le', 'du', 'ce'];
const PATTERN = firstLettersAhead(CUE_WORDS) + bounded(`(?<cue>${CUE})${MONTH_PATTERN}(?![ \\t]*(?:\\d|dernier|prochain))`);

/**
 * `depuis sept mois`, `en sept ans`: `sept` before a lower-case word is the number seven counting
 * it; the month's abbreviation stands before a year, a dot or the end of a phrase (`fin sept`).
 */
const SEVEN_BEFORE_NOUN = /^sept$/iu;
const NOUN_AFTER = /^[ \t]*\n?[ \t]*\p{Ll}/u;

/** `tous les ans`, `chaque année`, `traditionnellement`: a recurring time or a custom just before the month's cue. */
const RECURRING_BEFORE = new RegExp(`(?<![\\p{L}])${phraseAlternation(HABIT_CUES)}[ \\t\\n,]*$`, 'iu');

/** Most text between a habit cue and a month of the same sentence it makes a habit. */
const HABIT_REACH = 120;
/**
 * A yearly cue earlier in the month's sentence (`Comme tous les ans, la brocante se tient en mai`,
 * `le club propose chaque année une randonnée en avril et une veillée en juin`): every month the sentence names comes
 * back each year, none is a date. The sentence ends at `.`, `!`, `?`, `;`, a blank line or a bulleted line: a list's items
 * are written without a stop, and a yearly cue in one item (`• une collecte chaque année`) says nothing of the next.
 */
const HABIT_IN_SENTENCE = new RegExp(`(?<![\\p{L}])${phraseAlternation(YEARLY_CUES)}(?![\\p{L}])(?:[^.!?;\\n]|\\n(?![ \\t]*(?:[•▪●◦*–-]|\\n)))*$`, 'iu');

export const dateMonthBareParser: Parser = {
  id: 'fr.date.month-bare',
  pattern: () => compile(PATTERN, 'giu'),
  // Tried only at words opening on a cue (core/cue-words.ts): every match starts on one.
  cues: cueWords(CUE_WORDS),
  extract(context, match): Candidate | null {
    if ((context.document.documentDate ?? '') === '') return null;
    const groups = match.groups ?? {};
    const month = parseMonth(groups['month']);
    const cue = groups['cue'] ?? '';
    if (month === undefined) return null;
    // Three-letter abbreviations (`oct`, `jan`) are too ambiguous without a year.
    if (isCutMonth(groups['month'] ?? '')) return null;
    if (SEVEN_BEFORE_NOUN.test(groups['month'] ?? '') && NOUN_AFTER.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 8))) return null;
    if (RECURRING_BEFORE.test(context.text.slice(Math.max(0, match.index - 32), match.index))) return null;
    if (HABIT_IN_SENTENCE.test(context.text.slice(Math.max(0, match.index - HABIT_REACH), match.index))) return null;
    const monthStart = match.index + match[0].length - (groups['month'] ?? '').length;
    const relative = /^depuis/iu.test(cue) ? 'past' : tenseAround(context.text, match.index, match.index + match[0].length);
    return {
      type: 'date', start: monthStart, end: match.index + match[0].length, value: '', confidence: 0.8,
      rule: this.id, inferred: [], date: { month, ...(relative === undefined ? {} : { relative }) },
    };
  },
};
