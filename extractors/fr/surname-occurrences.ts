/**
 * Where a surname occurs on a page, found without compiling a pattern for it. The civil-title rules
 * (parsers/person-civility.ts) ask, for each surname they read, what stands before its other
 * occurrences (`Claire Roussel` … `Mme Roussel`): written as one pattern per surname
 * (`SURNAME(?<=BEFORE SURNAME)(?![\p{L}])`), each new surname cost a compilation of about 2 ms
 * (the `i` flag with Unicode classes), more than the rest of a page's extraction. Here the surname
 * is looked for as text and only the fixed part before it is a pattern, compiled once; the
 * answers are those of the per-surname pattern (test/extractors/fr/surname-occurrences.test.ts
 * compares both).
 *
 * Only surnames written with the letters of French words, hyphens, apostrophes and blanks are
 * searched this way: for those characters `foldedForSearch` folds together exactly the code units an
 * ignore-case Unicode pattern takes as equal (checked over every code unit by that test).
 * `surnameParts` answers null for any other surname, and the caller compiles its pattern.
 */
import { foldUnit } from '../core/code-units.js';

const FRENCH_LETTERS = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';
/** The characters a surname may hold to be searched as text: each matches itself only (up to case, with `i`). */
const SEARCHABLE: ReadonlySet<string> = new Set([...FRENCH_LETTERS, ...FRENCH_LETTERS.toUpperCase(), '-', "'", '’']);

/** A surname as searched: its words (the blanks between them read as `\s+`), as written and folded. */
export interface SurnameParts {
  readonly parts: readonly string[];
  readonly folded: readonly string[];
}

/**
 * `text` folded one code unit for one (offsets kept), as far as the searchable characters go: a unit
 * folds to a searchable character's fold exactly when a case-blind Unicode pattern takes it for that
 * character. `toLowerCase` does it for a whole page at once but for the long s (`ſ`, which such a
 * pattern takes for `s`) and for the one unit it lowers to two (`İ`), when the length changes: then each
 * unit is folded by `foldUnit`. (Its only other rule that reads context, the Greek final sigma, gives a
 * Greek letter either way.)
 */
export function foldedForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.includes('ſ') ? lower.replace(/ſ/gu, 's') : lower;
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += String.fromCharCode(foldUnit(text.charCodeAt(index)));
  return folded;
}

/** The last page folded: every surname of a page is searched in the same text. */
let foldedPage = { text: '', folded: '' };
function foldedOf(text: string): string {
  if (foldedPage.text !== text) foldedPage = { text, folded: foldedForSearch(text) };
  return foldedPage.folded;
}

const BLANK = /\s/u;

/**
 * `surname`'s words when every character is searchable (see above) and blanks only part its words,
 * else null: the caller then compiles the surname's pattern.
 */
export function surnameParts(surname: string): SurnameParts | null {
  const parts = surname.split(/\s+/u);
  for (const part of parts) {
    if (part === '') return null;
    for (const char of part) if (!SEARCHABLE.has(char)) return null;
  }
  return { parts, folded: parts.map(foldedForSearch) };
}

/**
 * Where the surname written at `start` ends, as `WORD1\s+WORD2…` (the words as written, or folded when
 * `caseless`) matches there; -1 when it does not.
 */
function surnameEnd(text: string, folded: string, start: number, surname: SurnameParts, caseless: boolean): number {
  let at = start;
  for (let index = 0; index < surname.parts.length; index += 1) {
    if (index > 0) {
      const blanks = at;
      while (at < text.length && BLANK.test(text.charAt(at))) at += 1;
      if (at === blanks) return -1;
    }
    const part = (caseless ? surname.folded[index] : surname.parts[index]) ?? '';
    if (!(caseless ? folded : text).startsWith(part, at)) return -1;
    at += part.length;
  }
  return at;
}

/**
 * The first match at or after `from` of the pattern `SURNAME(?<=BEFORE SURNAME)AFTER`, where
 * SURNAME is `surname` (its blanks `\s+`), `before` is the sticky pattern `(?<=BEFORE)` and
 * `after` the sticky pattern `AFTER` (zero-width both), both with the surname pattern's flags (`i`
 * when `caseless`). Its index and span are the surname's and its groups `before`'s (the surname
 * inside the look-behind spans the same characters as the one before it, so the look-behind reads
 * the same text before it). Null when there is none.
 */
export function nextSurnameMatch(
  text: string,
  surname: SurnameParts,
  caseless: boolean,
  before: RegExp,
  after: RegExp,
  from: number,
): RegExpExecArray | null {
  const folded = caseless ? foldedOf(text) : text;
  const first = (caseless ? surname.folded[0] : surname.parts[0]) ?? '';
  for (let start = folded.indexOf(first, from); start >= 0; start = folded.indexOf(first, start + 1)) {
    const end = surnameEnd(text, folded, start, surname, caseless);
    if (end < 0) continue;
    after.lastIndex = end;
    if (!after.test(text)) continue;
    before.lastIndex = start;
    const behind = before.exec(text);
    if (behind === null) continue;
    const match = [text.slice(start, end)] as unknown as RegExpExecArray;
    match.index = start;
    match.input = text;
    if (behind.groups !== undefined) match.groups = behind.groups;
    return match;
  }
  return null;
}
