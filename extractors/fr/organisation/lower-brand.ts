/**
 * Proposer family "a brand written in lower case": a structure may write its name all in lower case
 * (`l'association « kalvoiture.org »`, `le Collectif ôvrak,`, `directrice d'ïbrak`), which every
 * capital-led rule misses. Such a word is read as a name only where a name is expected and only when
 * French cannot spell it: right after a type word (its opening quote maybe between) or after a person's
 * role and its `de`/`d'`, one word of four letters or more that holds a group of letters no French word
 * form writes (ocr-repairs-letters.ts `spellsFrench`) and is no English word of an activity (`espace
 * coworking`, lexicon/loan-words.ts), or a web address (`.org`, `.fr`…); no apostrophe nor hyphen inside
 * (`s'est`, `tiers-lieux`); closing the phrase (a punctuation mark, a closing quote or a number follows;
 * a line break may only wrap the sentence). A lower-case word French spells (`l'association agréée`) is
 * prose; after an indefinite (`une coopérative ôvrak`) the type word is a kind; a type word of three
 * letters counts in capitals only (`la SA`, not the possessive `sa`). Evidence `lower-brand`.
 */
import { alternation, fold } from '../../core/pattern.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { ROLE_IN_ORGANISATION } from '../lexicon/organisation-cues.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { spellsFrench } from '../ocr-repairs-letters.js';
import { LOWER_CASE_LOAN_WORDS } from '../lexicon/loan-words.js';
import { RANKING_WORDS } from '../lexicon/ranking-words.js';

export type LowerBrand = SourcedSpan<'lower-brand'>;

/** English words of the ESS's activities (`espace coworking`): an activity, no body. */
const LOAN_WORDS: ReadonlySet<string> = new Set(LOWER_CASE_LOAN_WORDS);

/** Between the type word and the name: a space, or an opening quote (`l'association «⏎kalvoiture.org »`); never nothing (`jardin` of `jardiniers`). */
const OPENING_QUOTE = '(?:[ \\t]*(?:«[ \\t\\u00a0]*\\n?[ \\t]*|"[ \\t]*)|[ \\t]+)';
/** A lower-case word (letters, digits, dots between them), then what closes the phrase. */
const LOWER_WORD = '(?<word>\\p{Ll}[\\p{Ll}\\p{N}]*(?:\\.\\p{Ll}[\\p{Ll}\\p{N}]*)*)(?=[ \\t]*(?:[,;:.!?)»"]|$)|[ \\t]+\\d)';
/** A word as written in lower case, with its capital, and in capitals; one of three letters at most in capitals only (`la SA`, not the possessive `sa`). */
const cases = (words: readonly string[]): string[] =>
  words.flatMap((word) => (word.length <= 3 ? [word.toUpperCase()] : [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]));
/**
 * A type word (its opening quote maybe after it), or a person's role and its `de`/`d'`, then the word. Tried only
 * at words opening on a type word or a role (core/cue-words.ts: speed only, the same matches).
 */
const BRAND_AFTER_CUE = new RegExp(
  `(?:${alternation(cases(ORGANISATION_HEADS))}${OPENING_QUOTE}|${alternation(cases(ROLE_IN_ORGANISATION))}[ \\t]+(?:de[ \\t]+|d['’]))${LOWER_WORD}`,
  'gu',
);
const CUES = cueWords([...ORGANISATION_HEADS, ...ROLE_IN_ORGANISATION]);
/** A web address's ending: the word names a site, so a body. */
const WEB_ADDRESS = /\.(?:org|fr|com|net|coop|eu|info|asso\.fr)$/u;
/** An indefinite or a counting word before the type word: a kind, not a body (`une coopérative`, `des associations`). */
const INDEFINITES: readonly string[] = ['un', 'une', 'des', 'deux', 'trois', 'plusieurs', 'chaque', 'cette', 'autre'];
/**
 * Those and the ranking words (lexicon/ranking-words.ts: `la dernière épicerie kalvoise`, the word after the type word is
 * the town's adjective), folded: an OCR that drops an accent writes the same word.
 */
const KIND_BEFORE: ReadonlySet<string> = new Set([...INDEFINITES, ...RANKING_WORDS]);
/** The last word (letters and digits) before the type word, then its blanks. */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(?<word>[\p{L}\p{N}]+)[ \t]*$/u;

/** Whether a word of KIND_BEFORE ends the text before the type word at `index`. */
function kindBefore(text: string, index: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, index - 20), index))?.groups?.['word'];
  return word !== undefined && KIND_BEFORE.has(fold(word));
}

/** Whether `word` is written as no French word: a web address, or a word holding a group of letters French does not write. */
function brandShaped(word: string): boolean {
  if (WEB_ADDRESS.test(word)) return word.length >= 6;
  // `œ` and `æ` lie outside the letter groups' table: French writes them (`sœur`), read as `oe`, `ae`.
  // The table first (speed only: most words of a page spell French).
  if (word.length < 4 || spellsFrench(word.replace(/œ/gu, 'oe').replace(/æ/gu, 'ae'))) return false;
  return !/\d/u.test(word) && !LOAN_WORDS.has(word) && !isCommonWord(word) && !isPlaceName(word);
}

/** Every brand written in lower case where a name is expected on the page. */
export function lowerBrands(text: string): LowerBrand[] {
  const found: LowerBrand[] = [];
  for (const match of cueMatches(BRAND_AFTER_CUE, CUES, text)) {
    const word = match.groups?.['word'] ?? '';
    if (!brandShaped(word) || kindBefore(text, match.index)) continue;
    const start = match.index + match[0].length - word.length;
    found.push({ start, end: start + word.length, source: 'lower-brand' });
  }
  return found;
}
