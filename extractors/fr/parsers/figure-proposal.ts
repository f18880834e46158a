/**
 * What `fr.figure.count` proposes before any filter looks at it: a number (digits or a number
 * word), and after it either a measure symbol (`%`, `k€`, `m²`, `millions d'euros`) or the word
 * that may name what it counts. The filters of `fr.figure.filter` (figure-filters.ts) read a
 * proposal and say why it is no count; figure-count.ts turns the survivors into candidates.
 */
import { alternation } from '../../core/pattern.js';
import { MEASURE_SYMBOLS, ORDINAL_SHAPES } from '../lexicon/measure-symbols.js';
import { NUMBER_PARTS, NUMBER_WORDS, parseNumberWords } from '../lexicon/number-words.js';
import { COUNTED_NOUNS, ELLIPSIS_VERBS, GLUED_UNITS, PRE_NOUN_ADJECTIVES } from '../lexicon/units.js';
import { NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { WRAPPED_NUMBER_PATTERN, firstLettersAhead } from '../patterns.js';
import { parseNumber, singularUnit } from '../units.js';

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const APPROXIMATE = alternation(Object.keys(NUMBER_WORDS).filter((word) => word.includes(' ')).flatMap((word) => [word, capitalise(word)]));
/** A number part other than `un`/`une` (articles far more often than counts). */
const PART = alternation(Object.keys(NUMBER_PARTS).filter((word) => !word.startsWith('un')).flatMap((word) => [word, capitalise(word)]));
/**
 * `quatre-vingt dix`, `soixante dix-huit`: a space where the hyphen before `dix` to `seize` belongs, after the two tens
 * that count on past ten (a common spelling, read as one number).
 */
const TENS_TEEN_SPACE = '(?<=(?:[Qq]uatre-vingts?|[Ss]oixante))[ ](?=(?:dix|onze|douze|treize|quatorze|quinze|seize)(?![\\p{L}]))';
/**
 * `trente-cinq`, `vingt et un`, `quatre-vingt-dix`, `deux cents`, `cent vingt`, `deux cent cinquante`, `trois mille`
 * (lower case after the first part, which may open a sentence: `Mille sept cents`, `Cent vingt`).
 */
const COMPOUND = `${PART}(?:(?:-et-|[ ]et[ ])(?:une?|onze)(?![\\p{L}])|(?:-|[ ](?=(?:cents?|mille)(?![\\p{L}]))|(?<=(?:[Cc]ents?|[Mm]ille))[ ]|${TENS_TEEN_SPACE})${alternation(Object.keys(NUMBER_PARTS).filter((word) => !word.startsWith('un')))})*`;
/** `un million d'euros`, `un milliard`: before a multiplier `un` is the number one, no article. */
const ONE_MULTIPLIED = '[Uu]n(?=[ \\t\\n]+(?:million|milliard)(?![\\p{L}]))';
const WORDS = `${APPROXIMATE}|${COMPOUND}|${ONE_MULTIPLIED}`;
const ADJECTIVES = alternation(PRE_NOUN_ADJECTIVES);
// A symbol phrase may wrap over a line (`1,1 million⏎d'euros`).
const SYMBOLS = alternation(Object.keys(MEASURE_SYMBOLS)).replace(/ /gu, '[ \\t\\n\\u00a0]+');
// A symbol may sit on the next line when the PDF wraps right after the number (`420⏎m²`).
const SYMBOL_GAP = '(?:[ \\t\\u00a0\\u202f]?|[ \\t]*\\n[ \\t]*)';
/**
 * The plural of a counted noun, glued to the number by a flattened page that lost its spaces
 * (`200dossiersont été soumis`, `45salariés`): four letters or more, and not an invariable word
 * (`fois`, `mois`, `repas` read the same glued to anything). Singular nouns are left out: one
 * thing is rarely glued, and `1er`, `3e`, `10h` are no counts.
 */
const GLUED_PLURALS = [...COUNTED_NOUNS]
  .filter((noun) => /^\p{Ll}{4,}$/u.test(noun) && !/[sxz]$/u.test(noun))
  .map((noun) => (noun.endsWith('eu') ? `${noun}x` : `${noun}s`));
// An acronym unit glued to the number and to the next word by OCR (`12,5ETPcréés`), or a counted
// plural glued to the number, alone or with the next words (`200dossiersont`).
const GLUED_UNIT = `(?:${alternation(GLUED_UNITS)}(?=\\p{Ll})|${alternation(GLUED_PLURALS)}(?![\\p{Lu}\\p{N}]))`;
const NUMBER = `(?:(?<sign>[+-](?=\\d))?(?<digits>${WRAPPED_NUMBER_PATTERN})|(?<words>${WORDS}))`;
// A glued ordinal (`3ME ÉDITION`, lexicon/measure-symbols.ts) is no number of a count.
const NO_GLUED_LETTER = `(?!\\p{N}|[.,/]\\d|${ORDINAL_SHAPES})(?!(?!(?:${SYMBOLS})(?![\\p{L}\\p{N}])|${GLUED_UNIT})\\p{L})`;
// A scan may put a blank line inside the phrase (a column or paragraph gap read by OCR; the normaliser's
// `blank-line` repair makes it one line break before any parser runs): allowed
// before a lower-case word only, which cannot open a new paragraph.
const PHRASE_GAP = '[ \\t]+|[ \\t]*\\n[ \\t]*(?:\\n[ \\t]*(?=\\p{Ll}))?';
const NOUN = `(?<gap>${PHRASE_GAP})(?:(?<adjective>${ADJECTIVES})(?:${PHRASE_GAP}))?(?<unit>\\p{L}[\\p{L}'-]*\\p{L}|\\p{L})`;

/**
 * The opening of a tight range, right before its closing number: one to three digits standing
 * alone, then a hyphen, a dash or a slash (`100-120 personnes`, `10/12 %`). The closing number is
 * proposed with `rangeFrom`; `fr.figure.filter.tight-range` says whether the pair is a range.
 */
const TIGHT_RANGE_OPENING = '(?<![\\p{L}\\p{N},.°/@#+_-])\\d{1,3}[-–/]';
const TIGHT_RANGE_BEFORE = new RegExp(`${TIGHT_RANGE_OPENING}$`, 'u');

/**
 * Before a number: no letter, digit or code mark, nor an underscore after a capital or a digit
 * (`DORNAC_2 IMG`: a file name, its other underscores read as spaces by OCR; after a lower-case
 * word the underscore may be a misread space); or a short function word OCR glued to it
 * (`de45 000 €`), which a text layer never shows. The digit is tested before the words behind it:
 * the same condition, but most positions fail on the cheap test.
 */
const LEFT = `(?:(?<![\\p{L}\\p{N},.°/@#+-])(?<![\\p{Lu}\\p{N}]_)|(?=\\d)(?<=(?<![\\p{L}\\p{N}])(?:de|du|des|les|le|en|et|à|sur|pour|dont|soit))|(?=\\d)(?<=${TIGHT_RANGE_OPENING}))`;

/** Where a number can start: a digit, a sign, or the first letter of a number word. */
const AHEAD = firstLettersAhead([...Object.keys(NUMBER_WORDS), ...Object.keys(NUMBER_PARTS)], '\\d+-');

/** The count parser's pattern: a number, then a symbol, a glued acronym unit or a word. */
/** `17:15`: the minutes of a time of day are no number of their own. */
const NOT_MINUTES = '(?<!\\d:)';
/**
 * After a symbol: no letter or digit, unless the symbol ends with a sign no word holds (`²`, `%`,
 * `€`): then a word OCR glued to it (`310 m²de locaux`, `12 %des`) leaves it whole.
 */
const SYMBOL_END = '(?:(?<=[²³%€])(?!\\p{N})|(?![\\p{L}\\p{N}]))';
export const FIGURE_PATTERN = `${AHEAD}${LEFT}${NOT_MINUTES}${NUMBER}${NO_GLUED_LETTER}(?:${SYMBOL_GAP}(?<symbol>${SYMBOLS})${SYMBOL_END}|(?<glued>${GLUED_UNIT})|${NOUN})?`;

/**
 * How the proposal reads: `measure` (a symbol), `noun` (a word that may be counted), `adjective`
 * (`12 nouveaux`: the noun is elided), `bare` (no word, or a function word, after the number).
 */
export type ProposalKind = 'measure' | 'noun' | 'adjective' | 'bare';

/** One number the count parser found, with everything its filters read. */
export interface FigureProposal {
  readonly text: string;
  readonly kind: ProposalKind;
  /** Offsets in `text`: the match, and where the number ends. */
  readonly start: number;
  readonly end: number;
  readonly numberEnd: number;
  /** Up to 16 characters before the number. */
  readonly before: string;
  readonly digits: string | undefined;
  readonly words: string | undefined;
  readonly sign: string | undefined;
  readonly value: number;
  /** The symbol's unit and factor, for `measure`. */
  readonly measure: { readonly unit: string; readonly factor: number } | undefined;
  /** The word after the number as written, lower-case and singular (`Structures`, `structures`, `structure`). */
  readonly unitWord: string | undefined;
  readonly unitLower: string;
  readonly singular: string;
  /** End offset of the unit word (or of the match). */
  readonly unitEnd: number;
  /** Spaces between number and word (a line break in it matters). */
  readonly gap: string;
  /** Digits in the range of years 1900-2099, and five-digit numbers. */
  readonly yearLike: boolean;
  readonly postcode: boolean;
  /** An approximate count in words (`une vingtaine`), whose noun follows `de`. */
  readonly approximate: boolean;
  /** The value opening a tight range this number closes (`100` of `100-120 personnes`), if any. */
  readonly rangeFrom: number | undefined;
  /**
   * An adjective before the noun read that is a counted noun itself, singular (`jeune` of `12 jeunes
   * pousses`, `500 jeunes suivis`): the head of what is counted (figure-count.ts, `headedUnit`).
   */
  readonly headAdjective: string | undefined;
}

/**
 * An adjective before a noun that is a counted noun itself (`jeunes`: `12 jeunes pousses`, but
 * `12 jeunes ont signé`, `500 jeunes dont 300 lycéens`, `deux jeunes,`): with no noun after it, it is the noun.
 */
const isNounAdjective = (word: string): boolean => PRE_NOUN_ADJECTIVES.has(word.toLowerCase()) && COUNTED_NOUNS.has(singularUnit(word.toLowerCase()));

function kindOf(symbol: string | undefined, glued: string | undefined, unitWord: string | undefined, adjective: boolean): ProposalKind {
  if (symbol !== undefined || glued !== undefined) return 'measure';
  if (unitWord === undefined) return 'bare';
  const lower = unitWord.toLowerCase();
  // `dont 12 nouveaux cette année`: the adjective read first, then a function word; `dont 25 sont`:
  // the number is the verb's subject and stands for the noun before.
  if (NON_UNIT_WORDS.has(lower) || NON_UNIT_WORDS.has(lower.replace(/'.*$/u, '')) || ELLIPSIS_VERBS.has(lower)) return adjective ? 'adjective' : 'bare';
  return PRE_NOUN_ADJECTIVES.has(lower) && !adjective && !isNounAdjective(lower) ? 'adjective' : 'noun';
}

function valueOf(digits: string | undefined, words: string | undefined): number {
  if (digits !== undefined) return parseNumber(digits);
  const key = (words ?? '').toLowerCase() as keyof typeof NUMBER_WORDS;
  return NUMBER_WORDS[key] ?? parseNumberWords(words ?? '') ?? Number.NaN;
}

/** The number opening the tight range that the digits at `start` close (`100-120`), or undefined. */
function tightRangeFrom(text: string, start: number, digits: string | undefined): number | undefined {
  if (digits === undefined || start === 0 || !'-–/'.includes(text[start - 1] ?? '')) return undefined;
  const opening = TIGHT_RANGE_BEFORE.exec(text.slice(Math.max(0, start - 5), start))?.[0];
  return opening === undefined ? undefined : Number(opening.slice(0, -1));
}

/** The adjective before a noun that is a counted noun itself, singular (`jeune` of `12 jeunes pousses`). */
function headAdjectiveOf(kind: ProposalKind, adjective: string | undefined): string | undefined {
  return kind === 'noun' && adjective !== undefined && isNounAdjective(adjective) ? singularUnit(adjective.toLowerCase()) : undefined;
}

/** Reads one match of `FIGURE_PATTERN` (no `d` flag needed: see `unitEnd`). */
export function readProposal(text: string, match: RegExpExecArray): FigureProposal {
  const groups = match.groups ?? {};
  const { digits, words, sign, symbol, glued, adjective } = groups;
  const numberEnd = match.index + (sign ?? '').length + (digits ?? words ?? '').length;
  const read = symbol === undefined && glued === undefined ? groups['unit'] : undefined;
  let kind = kindOf(symbol, glued, read, adjective !== undefined);
  // `500 jeunes dont 300 lycéens`: the adjective that is a counted noun, with no noun after it, is the noun.
  const adjectiveAsNoun = kind === 'adjective' && adjective !== undefined && isNounAdjective(adjective);
  if (adjectiveAsNoun) kind = 'noun';
  const unitWord = adjectiveAsNoun ? adjective : read;
  const matchEnd = adjectiveAsNoun ? numberEnd + (groups['gap'] ?? '').length + adjective.length : match.index + match[0].length;
  const measure = symbol !== undefined ? MEASURE_SYMBOLS[symbol.replace(/\s+/gu, ' ')] : glued !== undefined ? { unit: singularUnit(glued), factor: 1 } : undefined;
  const unitLower = unitWord?.toLowerCase() ?? '';
  return {
    text,
    kind,
    start: match.index,
    end: matchEnd,
    numberEnd,
    before: text.slice(Math.max(0, match.index - 16), match.index),
    digits,
    words,
    sign,
    value: valueOf(digits, words),
    measure,
    unitWord,
    unitLower,
    singular: unitWord === undefined ? '' : singularUnit(unitWord),
    // The unit word is the last group of the pattern: when it matched, it ends the match.
    unitEnd: matchEnd,
    gap: groups['gap'] ?? '',
    yearLike: digits !== undefined && /^(?:19|20)\d{2}$/u.test(digits),
    postcode: digits !== undefined && /^\d{5}$/u.test(digits),
    approximate: words !== undefined && words.includes(' '),
    rangeFrom: tightRangeFrom(text, match.index, digits),
    headAdjective: adjectiveAsNoun ? undefined : headAdjectiveOf(kind, adjective),
  };
}
