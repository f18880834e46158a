/**
 * Proposer family "a name and its department's number": a local body, branch or federation often
 * writes its department's number after its name, spaced or glued (`la Passerelle 38, qui accueille…`,
 * `la coopérative Trokal38`, `Kalimbo RS 22 (Réseau…)`), with no type word before it. The number
 * alone does not make a name (`Atelier 12` may be a step, `Réunions 12` a count): the page must also
 * name that department (`en Isère`, `Finistère`) or hold one of its postcodes (`38100 Grenoble`), so
 * the number is read as the department's. Not proposed: a number a unit, a lower-case noun, another
 * number or a decimal follows (a figure: `Ateliers 12 salariés`, `Parcours 12,5`), a number after a
 * reference word (`Article 12`, lexicon/code-heads.ts), a date's month or day, a place and its
 * number (`Grenoble 38`). A legal form opening the two words is
 * left out (`la SEM Horizons 38`: the name is `Horizons 38`). A body's kind alone before a two-digit number
 * (`le Réseau 37 a réuni`, `la CAE 29 de Quimperlé`: a type word with its capital or a kind's acronym) needs no
 * department on the page when a finite verb or `de` and a town follows: the kind says a body is named (`kindHead`).
 * Evidence `department-numbered`.
 */
import { CAPITAL_OR_ABOVE_AHEAD, fold, withoutMarks } from '../../core/pattern.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import { DEPARTMENTS } from '../lexicon/departments.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { LEGAL_FORMS_AFTER } from '../lexicon/well-known-organisations.js';
import { KIND_ACRONYMS } from '../lexicon/kinds-of-structure.js';
import { FINITE_VERB_FORMS } from '../lexicon/prose-words.js';
import { DEPARTMENT_NUMBER } from '../patterns.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { anchoredMatches } from '../../core/pipeline.js';
import type { SourcedSpan } from '../../core/types.js';
import { VENUE_HEADS } from '../lexicon/place-heads.js';
import { ONE_WORD_HEADS } from './name-words.js';

export type DepartmentNumberedName = SourcedSpan<'department-numbered'>;

/** A capitalised word (an elided capital article may open it: `L'Atelier`). */
const WORD = "\\p{Lu}[\\p{L}'’-]*";
/**
 * One or two capitalised words (a capitalised article may open them), then the number: after a
 * space or a line break (a wrapped line), or glued to a word of three letters or more (`Trokal38`). Not inside a longer token
 * (`/`, `.`, `@`: a path, an address), nor a number going on (`2024`, `38B`). The capital look-ahead
 * first, as the pattern is tried from every position (speed only: the same matches).
 */
const NUMBERED = new RegExp(
  `${CAPITAL_OR_ABOVE_AHEAD}(?<![\\p{L}\\p{N}'’&./@_-])(?<name>(?:(?:Les|Le|La)[ \\t]+)?${WORD}(?:[ \\t]+${WORD})?)(?:[ \\t]+|[ \\t]*\\n[ \\t]*|(?<=\\p{L}{3}))(?<number>${DEPARTMENT_NUMBER})(?![\\p{L}\\p{N}])`,
  'gu',
);
/**
 * Every match's number as it stands on the page: two digits (or `2A`, `2B`, or three from `97`), no digit before
 * them (a blank or a letter stands there) and no letter or digit after them. A match starts on its line or the line
 * before (one line break at most stands between the name and the number), so the pattern is tried around such
 * numbers only (speed only: the same matches). Tried around every digit it was tried around years, amounts and
 * phone numbers too.
 */
const NUMBER_HIT = /(?<!\d)(?:\d\d|97\d|2[AB])(?![\p{L}\p{N}])/gu;
/**
 * After the number, what makes it a figure or a part of one: a lower-case word (`12 salariés`), a
 * unit or currency sign, a decimal, a range or a score (`12-14`, `12/15`, `12 - 3`), another number.
 * A place after `à`/`en`/`au` (`Kalimbo 38 à Voiron`) says where the body is.
 */
const FIGURE_AFTER = /^(?:[ \t]*(?:(?!(?:à|au|aux|en|et|sur)[ \t]+\p{Lu})\p{Ll}|[%€$£°²³]|[,.:][ \t]*\d|\d)|[ \t]*[-–/][ \t]*\d)/u;
/** The capitalised word or words right after the number (`29 Finistère`, `38 Grenoble`). */
const WORDS_AFTER = /^[ \t]+(?<place>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)/u;
/** `Lieu 29 Finistère`: a place after the number makes the number its department's code, in an address or a label's value. */
function placeAfter(after: string): boolean {
  const words = WORDS_AFTER.exec(after)?.groups?.['place'];
  return words !== undefined && (isPlaceName(words) || isPlaceName(words.split(/[ \t]+/u)[0] ?? ''));
}

/** A line at least this long is wrapped prose. */
const PROSE_LINE = 30;
/**
 * `Lieu⏎29 Finistère`: a number on the line after the name is the name's only when the line wraps
 * prose (`…, Trokal à Crest, L'Envol⏎26 à…`); after a short line it opens a label's value.
 */
function labelLine(text: string, start: number, match: string): boolean {
  const lineBreak = match.indexOf('\n');
  if (lineBreak < 0) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start + lineBreak - lineStart < PROSE_LINE;
}

const CALENDAR = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map(fold));
const CODE_HEAD_WORDS: ReadonlySet<string> = new Set(CODE_HEADS.map(fold));
const LEGAL_FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS_AFTER.map(fold));

/**
 * A word that opens no name of its own here: a legal form (`SEM`), a phrase opener (`Depuis`). A type
 * word stays: with the number it is the name (`la Fédération 38`, `L'Atelier 42`), which the type-word
 * rules leave, as a number alone names nothing after a type word elsewhere.
 */
const openingOnly = (word: string): boolean => LEGAL_FORMS.has(fold(word)) || PHRASE_OPENERS.has(fold(word));

/**
 * A body's kind alone before the number (`le Réseau 37`, `la Ligue 58`, `la CAE 29`): a type word written with its
 * capital, or a kind's acronym in capitals, one word. The kind says a body is named, the number which department's:
 * the page need not name the department (`type-head-number`). Not a kind that also names a building or a room
 * (`la Maison 14 est à vendre`, `la Chambre 12`: VENUE_HEADS), which still needs its department named.
 */
const VENUE_WORDS: ReadonlySet<string> = new Set(VENUE_HEADS);
const HEAD_WORDS: ReadonlySet<string> = new Set([...ONE_WORD_HEADS].filter((head) => !VENUE_WORDS.has(head)));
const KIND_ACRONYM_WORDS: ReadonlySet<string> = new Set(KIND_ACRONYMS);
function kindHead(words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const word = (words[0] ?? '').replace(/^[LD]['’]/u, '');
  return KIND_ACRONYM_WORDS.has(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && HEAD_WORDS.has(fold(word)));
}
/**
 * After a kind and its number, what the sentence does with the body: a finite verb (`le Réseau 37 a réuni`, `la Ligue 58
 * sont partis`), or `de` and a capital, the town it serves (`la CAE 29 de Quimperlé`).
 */
const BODY_AFTER = /^[ \t]*\n?[ \t]*(?:de[ \t]*\n?[ \t]*\p{Lu}|(?<verb>\p{Ll}+)[ \t\n])/u;
function bodyAfter(after: string): boolean {
  const match = BODY_AFTER.exec(after);
  if (match === null) return false;
  const verb = match.groups?.['verb'];
  return verb === undefined || FINITE_VERB_FORMS.has(fold(verb));
}

/** The name's words, less a first word that opens no name (`SEM Horizons` → `Horizons`), and where they start in it. */
function nameWords(name: string): { readonly skip: number; readonly words: readonly string[] } {
  const words = name.split(/[ \t]+/u);
  const article = /^(?:Les|Le|La)$/u.test(words[0] ?? '') ? 1 : 0;
  if (words.length - article === 2 && openingOnly(words[article] ?? '')) {
    return { skip: name.indexOf(words[article + 1] ?? '', (words[article] ?? '').length), words: words.slice(article + 1) };
  }
  return { skip: 0, words: words.slice(article) };
}

/** Whether the words before the number may be a name's: no reference word, date word or place last, nothing but openers. */
function nameLike(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const bare = last.replace(/^[LD]['’]/u, '');
  if (CODE_HEAD_WORDS.has(fold(bare)) || CALENDAR.has(fold(bare)) || isPlaceName(bare)) return false;
  return !words.every(openingOnly);
}

/** Separators inside a department's name as a page may write it (`Pas-de-Calais`, `Pas de⏎Calais`, `Val d'Oise`). */
const joinable = (name: string): string => withoutMarks(name, 'NFD').split(/[- ']+/u).join("[ \\t\\n'’-]*");

/** The department's name as a whole word, accents optional (OCR drops them), or one of its postcodes before a town; null for no department. */
function departmentPattern(number: string): RegExp | null {
  const department = DEPARTMENTS[number.toUpperCase()];
  if (department === undefined) return null;
  const postcodeHead = number.length === 3 ? number : number.replace(/^2[AB]$/iu, '20');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${joinable(department)}(?![\\p{L}\\p{N}]|-\\p{L})|${postcodeHead}\\d{${5 - postcodeHead.length}}[ \\t]+\\p{Lu})`, 'u');
}

/** Each number's pattern, built at its first use (speed only: a pattern per match cost a compile each time). */
const DEPARTMENT_PATTERNS = new Map<string, RegExp | null>();

/** Whether the page (without accents) names the number's department or holds one of its postcodes. */
function namesDepartment(plain: string, number: string): boolean {
  let pattern = DEPARTMENT_PATTERNS.get(number);
  if (pattern === undefined) {
    pattern = departmentPattern(number);
    DEPARTMENT_PATTERNS.set(number, pattern);
  }
  return pattern !== null && pattern.test(plain);
}

/** Every name and department number on the page whose department the page names. */
export function departmentNumberedNames(text: string): DepartmentNumberedName[] {
  const found: DepartmentNumberedName[] = [];
  let plain: string | undefined;
  for (const match of anchoredMatches(NUMBERED, NUMBER_HIT, 1, text)) {
    const name = match.groups?.['name'] ?? '';
    const number = match.groups?.['number'] ?? '';
    const end = match.index + match[0].length;
    const read = nameWords(name);
    // `le Réseau 37 a réuni`: a kind and its department's number, before what the body does.
    if (kindHead(read.words) && !/\n/u.test(match[0]) && bodyAfter(text.slice(end, end + 24))) {
      found.push({ start: match.index + read.skip, end, source: 'department-numbered' });
      continue;
    }
    if (FIGURE_AFTER.test(text.slice(end, end + 12)) || placeAfter(text.slice(end, end + 40)) || labelLine(text, match.index, match[0])) continue;
    if (!nameLike(read.words)) continue;
    // The page without accents, made once and only for a page with such a name (speed only).
    plain ??= withoutMarks(text, 'NFD');
    if (namesDepartment(plain, number)) found.push({ start: match.index + read.skip, end, source: 'department-numbered' });
  }
  return found;
}
