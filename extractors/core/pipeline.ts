/**
 * Runs parsers then ordered refiners over one page's normalised text. When a parser rejects a
 * match, the search resumes one character later, so a rejected long match cannot hide a good
 * shorter one that starts inside it.
 */
import { leadingLookBehinds, withAsciiLookBehinds, withCapitalFirst } from './pattern.js';
import type { Candidate, Parser, ParsingContext, Refiner } from './types.js';

/** A parser's pattern as run: the scan, and the leading look-behinds tested apart (or null). */
interface Compiled {
  readonly scan: RegExp;
  readonly behind: RegExp | null;
}

const compiled = new WeakMap<Parser, Compiled>();

/**
 * The parser's pattern, compiled once, with its word-boundary look-behinds made cheaper: leading
 * ones after an initials look-ahead are tested at each match's start (`leadingLookBehinds`), the
 * others get an ASCII pre-test (`withAsciiLookBehinds`); a pattern that must start on a capital
 * gets a capital look-ahead first (`withCapitalFirst`). Same matches either way.
 */
function patternOf(parser: Parser, context: ParsingContext): Compiled {
  let pattern = compiled.get(parser);
  if (pattern === undefined) {
    const own = parser.pattern(context);
    const split = leadingLookBehinds(own.source);
    pattern = {
      scan: new RegExp(withCapitalFirst(withAsciiLookBehinds(split?.pattern ?? own.source), own.flags), own.flags),
      behind: split === null ? null : new RegExp(split.behind, `${own.flags.replace(/[gd]/gu, '')}y`),
    };
    compiled.set(parser, pattern);
  }
  return pattern;
}

/** Whether the split-off look-behinds hold at `index` (always, when there are none). */
function startsHere(behind: RegExp | null, text: string, index: number): boolean {
  if (behind === null) return true;
  behind.lastIndex = index;
  return behind.test(text);
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
  if (parser.requires !== undefined && !parser.requires.test(context.text)) return;
  const { scan: pattern, behind } = patternOf(parser, context);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.text)) !== null) {
    if (!startsHere(behind, context.text, match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (work !== undefined) {
      work.matches += 1;
      work.matchedChars += match[0].length;
    }
    const result = parser.extract(context, match);
    if (result === null || (Array.isArray(result) && result.length === 0)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (Array.isArray(result)) into.push(...(result as readonly Candidate[]));
    else into.push(result as Candidate);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

/** Applies `refiners` in order. */
export function runRefiners(refiners: readonly Refiner[], context: ParsingContext, candidates: Candidate[]): Candidate[] {
  let current = candidates;
  for (const refiner of refiners) current = refiner.refine(context, current);
  return current;
}
