/**
 * Whole-page scans of a pattern that opens on a word boundary, made cheaper with the same
 * matches. V8 tries a global pattern at every position of a page; a leading Unicode look-behind
 * (`(?<![\p{L}\p{N}])`) is a long range test at each one. `wordScan` compiles the pattern as
 * the parsers' patterns are run (`runParsers`): its leading look-behinds are split off and
 * tested only where the rest matched, the others get an ASCII pre-test, and a pattern that must
 * open on a capital gets a capital look-ahead (core/pattern.ts says why each is exact).
 * `wordMatches` then gives exactly the matches of `text.matchAll` over the pattern as written.
 * `allMatches` gives them for a pattern run as it is, without the iterator and the copy of the
 * pattern that `matchAll` makes on each call.
 */
import { letterLength } from './code-units.js';
import { leadingLookBehinds, withAsciiLookBehinds, withCapitalFirst } from './pattern.js';

/** A global pattern as scanned: the scan, and its leading look-behinds tested apart (or null). */
export interface WordScan {
  readonly scan: RegExp;
  readonly behind: RegExp | null;
  /** Whether the pattern has the `u` (or `v`) flag: an empty match then steps over a whole code point. */
  readonly unicode: boolean;
}

/** Compiles a global `pattern` for `wordMatches` or `runParsers` (the pattern itself is left as it is). */
export function wordScan(pattern: RegExp): WordScan {
  const { source, flags } = pattern;
  const split = leadingLookBehinds(source);
  return {
    scan: new RegExp(withCapitalFirst(withAsciiLookBehinds(split?.pattern ?? source), flags), flags),
    behind: split === null ? null : new RegExp(split.behind, `${flags.replace(/[gd]/gu, '')}y`),
    unicode: /[uv]/u.test(flags),
  };
}

/** Whether the split-off look-behinds hold at `index` (always, when there are none). */
export function startsHere(scan: WordScan, text: string, index: number): boolean {
  if (scan.behind === null) return true;
  scan.behind.lastIndex = index;
  return scan.behind.test(text);
}

/** Where a scan goes on after an empty match at `index`: one character on, a whole code point with `u`. */
function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Every match of the pattern in `text`, in order: the same matches, groups and indices as
 * `[...text.matchAll(pattern)]`. A match whose start fails the split-off
 * look-behinds is dropped and the scan resumes one character later, as the engine would.
 */
export function wordMatches(scan: WordScan, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const pattern = scan.scan;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (!startsHere(scan, text, match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = stepOver(text, pattern.lastIndex, scan.unicode);
  }
  return found;
}

/**
 * Every match of the global `pattern` in `text`, in order: the matches of `[...text.matchAll(pattern)]`
 * from the text's start, found by `exec` on `pattern` itself (its `lastIndex` is reset first).
 * Cheaper than `matchAll` where a page is scanned by many patterns that mostly find nothing.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // As `matchAll`: a pattern without `g` would find its first match for ever.
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const found: RegExpExecArray[] = [];
  // `pattern.flags` builds a new string at each call: the two flags are read as properties (`v` is
  // ES2024's `unicodeSets`, unknown to this project's ES2023 types, hence the look-up by name).
  const unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = stepOver(text, pattern.lastIndex, unicode);
  }
  return found;
}

/**
 * Every run of `shortest` letters or more in `text`, in order: the matches of `allMatches(/\p{L}{n,}/gu, text)`
 * (each run whole, its index, `input` the text; no `groups`, as the pattern has none), read unit by unit with code-units.ts's letter table instead of the
 * Unicode class (speed only: a page's word runs are scanned for every word it holds). A letter beyond the BMP (a
 * surrogate pair) counts as one letter, as the `u` flag reads it.
 */
export function letterRuns(text: string, shortest: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const end = text.length;
  let index = 0;
  while (index < end) {
    let length = letterLength(text, index);
    if (length === 0) {
      index += 1;
      continue;
    }
    const start = index;
    let letters = 0;
    while (length !== 0) {
      index += length;
      letters += 1;
      length = index < end ? letterLength(text, index) : 0;
    }
    if (letters >= shortest) {
      const run = [text.slice(start, index)] as unknown as RegExpExecArray;
      run.index = start;
      run.input = text;
      found.push(run);
    }
  }
  return found;
}
