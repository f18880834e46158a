/**
 * Word shapes that many rules test, each compiled once here. A regular expression written inside a
 * function is built again at each call once `\p{…}` is rewritten as `new RegExp(…)`, as esbuild
 * does for Node 20 (tsx; the build's thread bundles are told not to): 0.2 µs to 1.5 µs a call,
 * hundreds of calls a page (README, Rules of the house). None has the `g` or `y` flag, so a shared
 * one keeps no state between calls.
 */
import { LETTER_UNIT, unitKind } from './code-units.js';

/** Opens on an upper-case letter (`Kalimba`, `ESS`). */
export const OPENS_UPPER = /^\p{Lu}/u;
/** Opens on a lower-case letter. */
export const OPENS_LOWER = /^\p{Ll}/u;
/** Upper-case letters only (`ESS`, `CAHC`). */
export const ALL_UPPER = /^\p{Lu}+$/u;
/** Lower-case letters only. */
export const ALL_LOWER = /^\p{Ll}+$/u;
/** Holds a letter. */
export const HOLDS_LETTER = /\p{L}/u;
/** Holds an upper-case letter. */
export const HOLDS_UPPER = /\p{Lu}/u;
/** Holds a lower-case letter. */
export const HOLDS_LOWER = /\p{Ll}/u;
/** One initial and its dot, nothing else (`J.`). */
export const ONE_INITIAL = /^\p{Lu}\.$/u;

/**
 * Where the run of letters that reaches `index` from the left starts (`index` itself when no letter stands before it).
 * A letter is a code unit `HOLDS_LETTER` takes on its own (a surrogate never is), read in code-units.ts's table: the
 * OCR repairs ask it around most accented letters of a page (speed only, the same answer as the pattern).
 */
export function letterRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && unitKind(text.charCodeAt(start - 1)) === LETTER_UNIT) start -= 1;
  return start;
}

/** Where the run of letters that opens at `index` ends (`index` itself when no letter stands there); letters as `letterRunStart` reads them. */
export function letterRunEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && unitKind(text.charCodeAt(end)) === LETTER_UNIT) end += 1;
  return end;
}

/**
 * `word` with its `length` characters at `at` replaced by `text`: one letter confusion undone
 * (`spliced('pdles', 1, 1, 'ô')` → `pôles`) or made, as the OCR repairs try them.
 */
export function spliced(word: string, at: number, length: number, text: string): string {
  return `${word.slice(0, at)}${text}${word.slice(at + length)}`;
}
