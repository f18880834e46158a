/**
 * Figures: a number (digits with space thousands separators and a decimal comma, or a number
 * word) and what it counts (`26 réunions`, `19,7 ETP`, `92 %`, `> 56 tonnes`, `quatre groupes de
 * travail`). Years, dates, times, phones, postcodes, codes and list markers are refused here or
 * by `fr.figure.filter`. A bare number keeps `unit` undefined for `fr.figure.ellipsis`.
 */
import { alternation, compile, endsWithWord } from '../../core/pattern.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import type { Candidate, Parser } from '../../core/types.js';
import { NUMBER_WORDS } from '../lexicon/number-words.js';
import { MEASURE_SYMBOLS } from '../lexicon/measure-symbols.js';
import { STREET_WORDS } from '../lexicon/street-words.js';
import { COMPOUND_UNITS, COUNTED_NOUNS, PRE_NOUN_ADJECTIVES, UNIT_ALIASES } from '../lexicon/units.js';
import { ELLIPSIS_WORDS, NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { NUMBER_PATTERN, lineAround, lineEndOf, lineStartOf } from '../patterns.js';
import { formatNumber, isNounInE, parseNumber, singularUnit } from '../units.js';

const DIGITS = NUMBER_PATTERN;
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const WORDS = alternation(Object.keys(NUMBER_WORDS).flatMap((word) => [word, capitalise(word)]));
const ADJECTIVES = alternation(PRE_NOUN_ADJECTIVES);
// A symbol phrase may wrap over a line (`1,1 million⏎d'euros`).
const SYMBOLS = alternation(Object.keys(MEASURE_SYMBOLS)).replace(/ /gu, '[ \\t\\n\\u00a0]+');
const PATTERN =
  `(?<![\\p{L}\\p{N},.°/@#+-])(?:(?<sign>[+-](?=\\d))?(?<digits>${DIGITS})|(?<words>${WORDS}))(?!\\p{N}|[.,/]\\d)(?!(?!(?:${SYMBOLS})(?![\\p{L}\\p{N}]))\\p{L})` +
  `(?:[ \\t\\u00a0\\u202f]?(?<symbol>${SYMBOLS})(?![\\p{L}\\p{N}])|(?<gap>[ \\t]+|[ \\t]*\\n[ \\t]*(?:\\n[ \\t]*(?=\\p{Ll}))?)(?:(?<adjective>${ADJECTIVES})[ \\t]+)?(?<unit>\\p{L}[\\p{L}'-]*\\p{L}|\\p{L}))?`;

/** Words before a number that make it a code or an ordinal, not a count. */
const CODE_BEFORE = endsWithWord(CODE_HEADS, '\\s*');

/** Words before a number of hours that make it a time of day (`à 14 heures`). */
const TIME_BEFORE = endsWithWord(['à', 'vers', 'dès', 'avant', 'après', "jusqu'à"], '\\s*');

const RATIO_AFTER = /^[ \t]+(?:plus|moins|mieux|autant|davantage|supérieure?s?|inférieure?s?)(?![\p{L}])/u;

const ACRONYM_UNIT = /^\p{Lu}{2,6}s?$/u;

function compoundAfter(text: string, unitEnd: number, singular: string): { unit: string; end: number } {
  const following = text.slice(unitEnd, unitEnd + 40).toLowerCase();
  for (const compound of COMPOUND_UNITS) {
    if (!compound.startsWith(`${singular} `)) continue;
    const tail = compound.slice(singular.length);
    const normalisedTail = following.replace(/[ \t\n]+/g, ' ');
    if (normalisedTail.startsWith(tail) || normalisedTail.startsWith(tail.replace(/(\p{L})$/u, '$1s'))) {
      const plural = normalisedTail.startsWith(`${tail}s`) ? 1 : 0;
      const raw = following.match(new RegExp(`^${tail.replace(/ /g, '[ \\t\\n]+').replace(/'/g, "'")}`, 'u'));
      return { unit: compound, end: unitEnd + (raw?.[0].length ?? tail.length) + plural };
    }
  }
  return { unit: singular, end: unitEnd };
}

export const figureCountParser: Parser = {
  id: 'fr.figure.count',
  pattern: () => compile(PATTERN, 'dgu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const text = context.text;
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (CODE_BEFORE.test(before)) return null;
    const digits = groups['digits'];
    const words = groups['words'];
    let value: number;
    if (digits !== undefined) value = parseNumber(digits);
    else {
      const key = (words ?? '').toLowerCase() as keyof typeof NUMBER_WORDS;
      value = NUMBER_WORDS[key];
      if (value === undefined) return null;
    }
    if (!Number.isFinite(value)) return null;
    const sign = groups['sign'];
    const numberEnd = match.index + (sign ?? '').length + (digits ?? words ?? '').length;
    const symbol = groups['symbol'];
    const measure = symbol === undefined ? undefined : MEASURE_SYMBOLS[symbol.replace(/\s+/gu, ' ')];
    // A signed number is a change (`+12 %`, `-5 %`) only before a percent sign; `+33 6…` is a phone.
    if (sign !== undefined && measure?.unit !== '%') return null;
    if (measure !== undefined) {
      if (sign === '-') value = -value;
      return {
        type: 'figure', start: match.index, end: match.index + match[0].length, value: formatNumber(value * measure.factor),
        unit: measure.unit, confidence: 0.9, rule: this.id, inferred: [],
      };
    }
    // Counts carry no leading zero: `09` after a name or in `N°03` is a code.
    if (digits !== undefined && /^0\d/u.test(digits)) return null;
    // A masked or spaced phone number (`04 75 25 XX XX`): two-digit groups in a row.
    if (digits !== undefined && /^\d{2}$/u.test(digits) && /\d{2}[ .]$/u.test(before)) return null;
    // Department codes `(62)`, postcodes, glued phone blocks.
    if (text[match.index - 1] === '(' && text[numberEnd] === ')') return null;
    const isYearLike = digits !== undefined && /^(?:19|20)\d{2}$/u.test(digits);
    const isPostcode = digits !== undefined && /^\d{5}$/u.test(digits);
    const unitWord = groups['unit'];
    if (unitWord === undefined) {
      if (words !== undefined || isYearLike || isPostcode) return null;
      return bareNumber(this.id, context.text, match.index, numberEnd, value);
    }
    const unitLower = unitWord.toLowerCase();
    const gap = groups['gap'] ?? '';
    // `…| 9 | 13\nEmplois directs`: in a table or a list of `Label : value` lines, a capitalised
    // word on the next line starts a new row; it does not name the number ending the row above.
    if (gap.includes('\n') && /^\p{Lu}/u.test(unitWord) && rowBreak(text, match.index)) return null;
    if (/^x+$/iu.test(unitWord)) return null;
    if (!gap.includes('\n') && listMarker(text, match.index, unitWord, unitIndexEnd(match))) return null;
    // `les restaurateurs du 93 sera…`: a department number after `du`/`le`, not a count.
    if (digits !== undefined && /^\d{2}$/u.test(digits) && /(?:^|[^\p{L}])(?:du|le|dans le)[ \t]+$/iu.test(before) &&
      singularUnit(unitWord) === unitLower && !COUNTED_NOUNS.has(unitLower)) return null;
    if (STREET_WORDS.has(unitLower) && /^[ \t]+(?:(?:de|du|des|d'|de la)[ \t]*)?\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
    if (NON_UNIT_WORDS.has(unitLower) || NON_UNIT_WORDS.has(unitLower.replace(/'.*$/u, ''))) {
      if (words !== undefined || isYearLike || isPostcode) return null;
      return bareNumber(this.id, context.text, match.index, numberEnd, value);
    }
    // `Pays Basque 64 ouvre`, `l'Atelier 42 accueille`: a number glued to a name, before a verb
    // (a counted noun after 2+ is plural).
    if (/\p{L}(?:[ \t]+|')\p{Lu}\p{Ll}+[ \t]+$/u.test(before) && value >= 2 && singularUnit(unitWord) === unitLower && !COUNTED_NOUNS.has(unitLower)) return null;
    if (/^\p{Lu}/u.test(unitWord) && !ACRONYM_UNIT.test(unitWord)) {
      // A number inside a capitalised name (`Ternois 7 Vallées`) or before a name is not a count.
      if (/\p{Lu}[\p{Ll}]+[ \t]+$/u.test(before) || postcodeLike(digits)) return null;
    }
    if (PRE_NOUN_ADJECTIVES.has(unitLower)) {
      // `58 adhérents, 12 nouveaux`: the adjective stands for the noun before; the ellipsis refiner copies it.
      if (words !== undefined) return null;
      return { type: 'figure', start: match.index, end: numberEnd, value: formatNumber(value), unit: undefined, confidence: 0.5, rule: `${this.id}.ellipsis`, inferred: [] };
    }
    const singular = singularUnit(unitWord);
    // `à 14 heures` is a time of day; `1 200 heures de formation` a figure.
    if (singular === 'heure' && TIME_BEFORE.test(before)) return null;
    // `… en 2023\nAction 1`: a year at a line end before a capitalised heading.
    if (isYearLike && gap.includes('\n')) return null;
    // Past participles (`11 labellisées dans…`) qualify an elided noun; they are not counted things.
    if (/(?:é|ée)$/u.test(singular) && !COUNTED_NOUNS.has(singular) && !isNounInE(singular)) return null;
    if ((isYearLike || isPostcode) && !COUNTED_NOUNS.has(singular)) return null;
    // `Sept Vallées`, `Trois Rivières`: a capitalised number word before a capitalised noun is a name.
    if (words !== undefined && /^\p{Lu}/u.test(words) && /^\p{Lu}/u.test(unitWord)) return null;
    const unitIndices = match.indices?.groups?.['unit'];
    const unitEnd = unitIndices?.[1] ?? match.index + match[0].length;
    // `9 BEAUVAIS (60)`: a place with its department code, not a count.
    if (/^[ \t]*\(\d{2,3}\)/u.test(text.slice(unitEnd, unitEnd + 7))) return null;
    const compound = compoundAfter(text, unitEnd, singular);
    // `2 fois plus`, `trois fois moins`: a ratio, not a count.
    if (singular === 'fois' && RATIO_AFTER.test(text.slice(compound.end, compound.end + 16))) return null;
    return {
      type: 'figure', start: match.index, end: compound.end, value: formatNumber(value), unit: UNIT_ALIASES[compound.unit] ?? compound.unit,
      confidence: COUNTED_NOUNS.has(singular) ? 0.9 : 0.7, rule: this.id, inferred: [],
    };
  },
};

/** True when the line of `offset` or the next one is a table row or a `Label : value` line. */
function rowBreak(text: string, offset: number): boolean {
  const { line, end: lineEnd } = lineAround(text, offset);
  const next = lineEnd < text.length ? text.slice(lineEnd + 1, lineEndOf(text, lineEnd + 1)) : '';
  const row = /\||^[^:]*\p{L}[^:]*:[ \t]*\d|\p{L}[^\n]*?(?: {2,}|\t)[+-]?\d/u;
  return row.test(line) || row.test(next);
}

function unitIndexEnd(match: RegExpExecArray): number {
  return match.indices?.groups?.['unit']?.[1] ?? match.index + match[0].length;
}

/**
 * `8    GEIQ Agri Occitanie`, `9 Épicerie solidaire…`: a number opening a line before a capitalised
 * name is a list marker; a counted plural (`12 Structures membres`) stays a figure.
 */
function listMarker(text: string, start: number, unitWord: string, unitEnd: number): boolean {
  if (!/^\p{Lu}/u.test(unitWord)) return false;
  if (text.slice(lineStartOf(text, start), start).trim() !== '') return false;
  const lower = unitWord.toLowerCase();
  if (/^[ \t]+\p{Lu}/u.test(text.slice(unitEnd, unitEnd + 3))) return true;
  return singularUnit(unitWord) === lower && !COUNTED_NOUNS.has(lower) && !/^\p{Lu}{2,6}s$/u.test(unitWord);
}

function postcodeLike(digits: string | undefined): boolean {
  return digits !== undefined && /^\d{5}$/u.test(digits);
}

/** A number with no noun: kept only when alone on its line (an infographic) or before `dans`. */
function bareNumber(rule: string, text: string, start: number, end: number, value: number): Candidate | null {
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  if (alone) {
    const after = text.slice(lineEnd, lineEnd + 160);
    const named = /nombre\s+(?:de|d')\s*(?<unit>\p{L}[\p{L}'-]*)/iu.exec(after);
    const unitWord = named?.groups?.['unit'];
    if (unitWord === undefined) return null;
    return { type: 'figure', start, end, value: formatNumber(value), unit: singularUnit(unitWord), confidence: 0.6, rule, inferred: [] };
  }
  const next = /^[ \t]+(?<word>\p{L}+)/u.exec(text.slice(end, end + 20))?.groups?.['word']?.toLowerCase();
  if (next === undefined || !ELLIPSIS_WORDS.has(next)) return null;
  return { type: 'figure', start, end, value: formatNumber(value), unit: undefined, confidence: 0.5, rule: `${rule}.ellipsis`, inferred: [] };
}
