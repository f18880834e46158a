/**
 * Runs parsers then ordered refiners over one page's normalised text. When a parser rejects a
 * match, the search resumes one character later, so a rejected long match cannot hide a good
 * shorter one that starts inside it. A parser with an `anchor` is tried only on the lines around its
 * trigger's hits (`anchorWindows`), with the same matches.
 */
import type { Candidate, Parser, ParserAnchor, ParsingContext, Refiner } from './types.js';
import { cueStarts, stickyOf } from './cue-words.js';
import { startsHere, wordScan } from './word-scan.js';
import type { WordScan } from './word-scan.js';

const compiled = new WeakMap<Parser, WordScan>();

/**
 * The parser's pattern, compiled once by `wordScan` (word-scan.ts): its word-boundary
 * look-behinds made cheaper, a capital look-ahead first when it must start on a capital. Same
 * matches either way.
 */
function patternOf(parser: Parser, context: ParsingContext): WordScan {
  let pattern = compiled.get(parser);
  if (pattern === undefined) {
    pattern = wordScan(parser.pattern(context));
    compiled.set(parser, pattern);
  }
  return pattern;
}

/**
 * Work counters of one `runParsers` call: the regex matches parsers examined and the characters
 * those matches spanned. A pattern that matches whole lines and is rejected, then retried one
 * character later, shows here as `matchedChars` growing with the square of the page length.
 */
export interface ParserWork {
  matches: number;
  matchedChars: number;
}

/**
 * Every candidate every parser finds, in parser order. Pass `work` to count the regex work done.
 * A parser listed in `done` is not run again: its candidates from an earlier run over the same
 * context text are taken (the document date is inferred from some parsers' results before the
 * page is extracted).
 */
export function runParsers(
  parsers: readonly Parser[],
  context: ParsingContext,
  work?: ParserWork,
  done?: ReadonlyMap<Parser, readonly Candidate[]>,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const parser of parsers) {
    const earlier = done?.get(parser);
    if (earlier !== undefined) candidates.push(...earlier);
    else runParser(parser, context, candidates, work);
  }
  return candidates;
}

/** Appends to `into` every candidate `parser` finds in the context text. */
function runParser(parser: Parser, context: ParsingContext, into: Candidate[], work?: ParserWork): void {
  if (parser.anchor !== undefined) {
    runAnchored(parser, parser.anchor, context, into, work);
    return;
  }
  if (parser.requires !== undefined && !parser.requires.test(context.text)) return;
  if (parser.cues !== undefined) {
    runAtStarts(parser, cueStarts(context.text, parser.cues), context, into, work);
    return;
  }
  if (parser.starts !== undefined) {
    runAtStarts(parser, parser.starts(context.text), context, into, work);
    return;
  }
  scanRange(parser, context, { subject: context.text, from: 0, last: context.text.length }, into, work);
}

/**
 * Where to try a pattern: start positions `from`..`last` (inclusive), read in `subject`, which is
 * the page text or its beginning (long enough for every attempt started there: `anchorWindows`).
 */
export interface ScanRange {
  readonly subject: string;
  readonly from: number;
  readonly last: number;
}

/**
 * Runs the pattern over the start positions of `range` as the whole-page scan would: a rejected
 * match resumes one character later, an accepted one at the end of what the parser took (`resumeAfter`). Returns where the scan resumes:
 * past `last` (no match started before it), or past the last match.
 */
function scanRange(parser: Parser, context: ParsingContext, range: ScanRange, into: Candidate[], work?: ParserWork): number {
  const scan = patternOf(parser, context);
  const pattern = scan.scan;
  let at = range.from;
  while (at <= range.last) {
    pattern.lastIndex = at;
    const match = pattern.exec(range.subject);
    if (match === null || match.index > range.last) return range.last + 1;
    at = match.index + 1;
    if (!startsHere(scan, context.text, match.index)) continue;
    const taken = takeMatch(parser, context, match, into, work);
    if (taken === null) continue;
    at = resumeAfter(match, taken);
  }
  return at;
}

/**
 * Counts a match (when `work` is given) and hands it to the parser, adding what it returns to
 * `into`; false when the parser rejected it (no candidate), so the caller moves on from the next start.
 */
function takeMatch(parser: Parser, context: ParsingContext, match: RegExpExecArray, into: Candidate[], work?: ParserWork): readonly Candidate[] | null {
  if (work !== undefined) {
    work.matches += 1;
    work.matchedChars += match[0].length;
  }
  const result = parser.extract(context, match);
  if (result === null || (Array.isArray(result) && result.length === 0)) return null;
  const taken: readonly Candidate[] = Array.isArray(result) ? (result as readonly Candidate[]) : [result as Candidate];
  into.push(...taken);
  return taken;
}

/**
 * Where the scan resumes after an accepted match: at the end of what the parser took, when that ends inside the match
 * (`Lise Varnier⏎Gaston` read back to `Lise Varnier`: the next line's `Gaston Roux` is read again), else at the match's end.
 */
function resumeAfter(match: RegExpExecArray, taken: readonly Candidate[]): number {
  const matchEnd = match.index + match[0].length;
  if (match[0].length === 0) return match.index + 1;
  let end = match.index + 1;
  for (const candidate of taken) end = Math.max(end, candidate.end);
  return Math.min(end, matchEnd);
}

/** The patterns of parsers tried at given starts, sticky, compiled once (as `patternOf`'s). */
const cuedPatterns = new WeakMap<Parser, RegExp>();

/**
 * The pattern of a parser tried at `starts` only (its cue words' word starts, `Parser.cues`, or its own `Parser.starts`):
 * as in `scanRange`, a rejected match lets the search go on from the next start, an accepted one from the end of what was taken.
 */
function runAtStarts(parser: Parser, starts: readonly number[], context: ParsingContext, into: Candidate[], work?: ParserWork): void {
  let pattern = cuedPatterns.get(parser);
  if (pattern === undefined) {
    pattern = stickyOf(parser.pattern(context));
    cuedPatterns.set(parser, pattern);
  }
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(context.text);
    if (match === null) continue;
    const taken = takeMatch(parser, context, match, into, work);
    if (taken === null) continue;
    resume = resumeAfter(match, taken);
  }
}

const triggers = new WeakMap<Parser, RegExp | null>();

/** The anchor's trigger as a global pattern, compiled once (null: the parser gives none). */
function triggerOf(parser: Parser, anchor: ParserAnchor): RegExp | null {
  let trigger = triggers.get(parser);
  if (trigger === undefined) {
    const given = anchor.trigger ?? parser.requires;
    trigger = given === undefined ? null : new RegExp(given.source, `${given.flags.replace(/[gy]/gu, '')}g`);
    triggers.set(parser, trigger);
  }
  return trigger;
}

/** The pattern of an anchored parser, tried only in the windows around its trigger's hits. */
function runAnchored(parser: Parser, anchor: ParserAnchor, context: ParsingContext, into: Candidate[], work?: ParserWork): void {
  const trigger = triggerOf(parser, anchor);
  if (trigger === null) throw new Error(`${parser.id}: an anchor needs a trigger or a requires`);
  let next = 0;
  for (const range of anchorWindows(context.text, trigger, anchor.lines)) {
    if (next > range.last) continue;
    next = scanRange(parser, context, { ...range, from: Math.max(next, range.from) }, into, work);
  }
}

/** Where the line holding `index` starts, `lines` lines further back (0 at most). */
function lineStartBack(text: string, index: number, lines: number): number {
  let start = index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  for (let step = 0; step < lines && start > 0; step += 1) start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  return start;
}

/** The line break ending the line that holds `index`, `lines` lines further on (the text's length at most). */
function lineEndOn(text: string, index: number, lines: number): number {
  let end = text.indexOf('\n', index);
  for (let step = 0; step < lines && end !== -1; step += 1) end = text.indexOf('\n', end + 1);
  return end === -1 ? text.length : end;
}

/**
 * The start ranges an anchored pattern must be tried over, in order: for each run of hits of the
 * global `trigger`, from `lines` lines before the hit's first line to the end of its last line;
 * read in the text up to `lines` lines after it (with that line's break). A match holding a hit
 * starts at most `lines` breaks before it, and no attempt from the range reads past the subject:
 * the ranges give exactly the matches of a whole-page scan. A hit spanning a line break covers
 * every line it touches, so a hit it hides (an overlapping one) is covered too.
 */
export function anchorWindows(text: string, trigger: RegExp, lines: number): ScanRange[] {
  const windows: { from: number; last: number; end: number }[] = [];
  trigger.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = trigger.exec(text)) !== null) {
    const hitEnd = hit.index + Math.max(hit[0].length, 1) - 1;
    const from = lineStartBack(text, hit.index, lines);
    const last = lineEndOn(text, hitEnd, 0);
    const end = Math.min(text.length, lineEndOn(text, hitEnd, lines) + 1);
    const previous = windows.at(-1);
    if (previous !== undefined && from <= previous.last + 1) {
      previous.last = Math.max(previous.last, last);
      previous.end = Math.max(previous.end, end);
    } else windows.push({ from, last, end });
    if (last >= text.length) break;
    trigger.lastIndex = Math.max(trigger.lastIndex, last + 1);
  }
  return windows.map(({ from, last, end }) => ({ subject: end >= text.length ? text : text.slice(0, end), from, last }));
}

/**
 * Every match of the global `pattern` in `text`, in order, as `allMatches` (word-scan.ts) gives them,
 * for a pattern that never matches the empty string, every match of which holds a hit of the global
 * `trigger` and starts at most `lines` line breaks before it. The pattern is tried only in the windows
 * around the hits (`anchorWindows`, as an anchored parser is): a page whose lines mostly hold no hit is
 * mostly not scanned. A match found resumes the search at its end, as the whole-page scan does. Each
 * match's `input` is the text up to its window's end (`ScanRange.subject`), its index the text's.
 */
export function anchoredMatches(pattern: RegExp, trigger: RegExp, lines: number, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let resume = 0;
  for (const range of anchorWindows(text, trigger, lines)) {
    for (let at = Math.max(resume, range.from); at <= range.last; ) {
      pattern.lastIndex = at;
      const match = pattern.exec(range.subject);
      if (match === null || match.index > range.last) break;
      found.push(match);
      at = match.index + Math.max(match[0].length, 1);
      resume = at;
    }
  }
  return found;
}

/** Applies `refiners` in order. */
export function runRefiners(refiners: readonly Refiner[], context: ParsingContext, candidates: Candidate[]): Candidate[] {
  let current = candidates;
  for (const refiner of refiners) current = refiner.refine(context, current);
  return current;
}
